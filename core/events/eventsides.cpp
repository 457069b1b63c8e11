// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsides.h"

#include "eventgrammar.h"

namespace Readout
{

namespace
{

/// "the OSCE Permanent Council", "the Peace and Security Council" (an organ named as its body, the
/// African Union): a council by its name as written or as known.
bool isCouncil(const SentenceView &view, const Mention &me)
{
    const auto council = QLatin1String("Council");
    return me.type == EntityType::Organization
        && (me.canonical.endsWith(council)
            || QStringView(view.text).mid(me.start, me.end - me.start).endsWith(council));
}

} // namespace

EventSides::EventSides(const SentenceView &view,
                       const Clause &clause,
                       const FoundTrigger &found,
                       const QString &speaker)
    : m_view(view)
    , m_clause(clause)
    , m_found(found)
    , m_speaker(speaker)
{
}

void EventSides::collect(const EventGrammar &grammar, Event *ev)
{
    const PatternMatcher matcher(m_view, m_clause, m_found.anchor);
    for (const PatternRule &rule : grammar.rules) {
        if (rule.placeOnly || !matcher.applies(rule)) {
            continue;
        }
        for (const PatternMatch &match : matcher.matches(rule)) {
            const qsizetype before = ev->participants.size();
            const QString location = ev->location;
            for (const PatternCapture &capture : match.captures) {
                take(capture, rule, ev);
            }
            const QString words = m_view.phrase(match.first, match.last);
            if (ev->participants.size() > before) {
                ev->reasons.append({QStringLiteral("participants"), rule.id, words});
            }
            if (ev->location != location) {
                ev->reasons.append({QStringLiteral("location"), rule.id, words});
            }
        }
    }
    const qsizetype before = ev->participants.size();
    addBodyMembers(ev);
    if (ev->participants.size() > before) {
        ev->reasons.append({QStringLiteral("participants"),
                            QStringLiteral("members-of-body"),
                            ev->participants.mid(before).join(QLatin1String(", "))});
    }
}

void EventSides::take(const PatternCapture &capture, const PatternRule &rule, Event *ev)
{
    if (capture.role == PatternRole::Topic) {
        const QString topic = m_view.phrase(capture.token, capture.last);
        if (!topic.isEmpty() && !ev->topics.contains(topic)) {
            ev->topics.append(topic);
            ev->reasons.append({QStringLiteral("topics"), rule.id, topic});
        }
        return;
    }
    if (capture.role == PatternRole::Date) {
        if (m_date.mention < 0 && capture.mention >= 0) {
            m_date = {capture.mention, rule.id};
        }
        return;
    }
    if (capture.mention < 0) {
        if (!m_speaker.isEmpty()) {
            addState(m_speaker, ev); // "our" in a quotation: the state of the latest speaker
        }
        return;
    }
    const Mention &me = m_view.mentions.at(capture.mention);
    const qsizetype before = ev->participants.size();
    addMention(capture.mention, ev);
    if (capture.subject) {
        m_subjectSides += ev->participants.mid(before);
    }
    if (capture.role == PatternRole::Mediator) {
        m_mediators += ev->participants.mid(before);
    }
    if (capture.subject && isCouncil(m_view, me)) {
        m_councilName = true;
    }
    if (capture.role == PatternRole::Destination && ev->location.isEmpty()
        && (me.kind == QLatin1String("capital") || me.kind == QLatin1String("city")
            || me.kind == QLatin1String("region") || m_view.kb.isCityState(me.canonical))) {
        ev->location = me.canonical;
    }
}

void EventSides::addMention(int m, Event *ev)
{
    const Mention &me = m_view.mentions.at(m);
    if (!m_view.isActor(m) && m_view.members.contains(m) && me.type == EntityType::Organization
        && me.kind != QLatin1String("media")) {
        // "a meeting of the Russia-NATO Council": its members take part.
        for (int member : m_view.members.value(m)) {
            addMention(member, ev);
        }
        m_councilName = m_councilName || me.canonical.endsWith(QLatin1String("Council"));
        return;
    }
    if (!m_view.isActor(m)) {
        return;
    }
    if (!ev->participants.contains(me.actor)) {
        m_organizationOnly = m_organizationOnly && me.actorKind == ActorKind::Organization;
        // Only a body of members meets as itself ("the OSCE Permanent Council met"), not an agency.
        m_standaloneKind = me.kind == QLatin1String("igo") || me.canonical.endsWith(QLatin1String("Council"));
        ev->participants.append(me.actor);
        const QString code = m_view.kb.actorCode(me.actor);
        ev->participantCodes.append(code.isEmpty() ? me.code : code);
    }
    const QString id = m_view.visibleId(m);
    if (!id.isEmpty() && !ev->entityIds.contains(id)) {
        ev->entityIds.append(id);
    }
}

void EventSides::addState(const QString &actor, Event *ev)
{
    if (!ev->participants.contains(actor)) {
        m_organizationOnly = false;
        ev->participants.append(actor);
        ev->participantCodes.append(m_view.kb.actorCode(actor));
    }
}

void EventSides::addBodyMembers(Event *ev)
{
    // Hidden members of a body named in the clause ("the NATO-Russia Council meets"), before a noun
    // trigger or anywhere with a verb one.
    const int trig = m_found.anchor.token;
    for (int k = m_clause.first; k < m_clause.last; ++k) {
        const int m = m_view.mentionAt.at(k);
        if (m_view.excluded.at(k) || m < 0 || m_view.dateline.at(k) || m_view.noSide.at(k)) {
            continue;
        }
        const Mention &me = m_view.mentions.at(m);
        // A party named after a place ("the Myanmar National Democratic Alliance Army") is one side,
        // not a body of members.
        if (me.hidden || me.type != EntityType::Organization || me.kind == QLatin1String("media")
            || m_view.isActor(m)) {
            continue;
        }
        for (int member : m_view.members.value(m)) {
            if (m_view.isActor(member) && (m_view.mentions.at(member).firstToken < trig || m_found.trigger.isVerb)) {
                addMention(member, ev);
                m_councilName = m_councilName || me.canonical.endsWith(QLatin1String("Council"));
            }
        }
    }
}

} // namespace Readout
