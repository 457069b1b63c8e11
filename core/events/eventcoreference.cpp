// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcoreference.h"

#include "../eventstatus.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace Readout
{

namespace
{

bool datesCompatible(const Event &a, const Event &b)
{
    return a.date.isEmpty() || b.date.isEmpty() || a.date == b.date;
}

/// "The summit, planned for March ... The summit was due to open on March 14": a day within the
/// month an event was given, told later, is its day.
bool refines(const QString &day, const QString &month)
{
    return month.size() == 7 && day.size() == 10 && day.startsWith(month);
}

/// "A and B will meet in Addis Ababa ... Sudan offered to host them in Khartoum": two places stated,
/// two events.
bool placesCompatible(const Event &a, const Event &b)
{
    return a.location.isEmpty() || b.location.isEmpty() || a.location == b.location;
}

/// "It would follow an earlier round of talks": an event named as past is not one reported before
/// that has not taken place, nor one held on another day. "The two sides last met in 2019" never is.
bool earlierThan(const EventCandidate &cand, const Event &before)
{
    // "previous negotiations", "an earlier round" are never the ones reported; "the earlier talks"
    // may be.
    return cand.lastOccasion
        || (cand.earlier
            && (!cand.definite || before.status != statusName(EventStatus::Held)
                || (!cand.event.date.isEmpty() && !before.date.isEmpty() && cand.event.date != before.date)));
}

/// "A and B met on Tuesday. ... A and B are likely to meet only after a deal": a meeting still
/// expected, planned or proposed is not one reported as held.
bool laterThan(const Event &ev, const Event &before)
{
    static const QStringList tentative = {statusName(EventStatus::Likely),
                                          statusName(EventStatus::Planned),
                                          statusName(EventStatus::Proposed)};
    return before.status == statusName(EventStatus::Held) && ev.date.isEmpty() && tentative.contains(ev.status);
}

/// "A and B met on Tuesday. B will propose further talks": a next event of those sides, when the
/// sides the mention names itself are among them.
bool nextAfter(const EventCandidate &cand, const Event &before)
{
    return cand.next
        && std::all_of(cand.event.participants.cbegin(),
                       cand.event.participants.cend(),
                       [&before](const QString &side) {
                           return before.participants.contains(side);
                       });
}

/// "A and B will meet on Friday. Last week, discussions between the two sides broke up": what the
/// sides did, told as held, is not the meeting still to come.
bool heldBefore(const Event &ev, const Event &coming)
{
    return ev.status == statusName(EventStatus::Held) && coming.status != statusName(EventStatus::Held)
        && coming.status != statusName(EventStatus::Cancelled) && !coming.status.isEmpty();
}

/// The sides of `of` replace those the mention named itself, and so do their reasons.
void adoptSides(Event *ev, const Event &of, const QString &rule)
{
    ev->participants = of.participants;
    ev->participantCodes = of.participantCodes;
    ev->reasons.erase(std::remove_if(ev->reasons.begin(),
                                     ev->reasons.end(),
                                     [](const EventReason &r) {
                                         return r.field == QLatin1String("participants");
                                     }),
                      ev->reasons.end());
    ev->reasons.append({QStringLiteral("participants"), rule, of.evidenceText.left(80)});
}

} // namespace

void EventCoreference::enrich(Event &into, const Event &from)
{
    Seen seen;
    enrich(into, from, seen);
}

void EventCoreference::enrich(Event &into, const Event &from, Seen &seen)
{
    // The seen sets make repeated enrichment of one event linear, not quadratic, in its mentions.
    if (seen.topics.isEmpty() && !into.topics.isEmpty()) {
        for (const QString &t : std::as_const(into.topics)) {
            seen.topics.insert(t.toLower());
        }
    }
    if (seen.ids.isEmpty() && !into.entityIds.isEmpty()) {
        seen.ids = QSet<QString>(into.entityIds.cbegin(), into.entityIds.cend());
    }
    QStringList taken; // the fields filled from the later mention: their reasons come along
    for (const QString &topic : from.topics) {
        if (!seen.topics.contains(topic.toLower())) {
            seen.topics.insert(topic.toLower());
            into.topics.append(topic);
            taken.append(QStringLiteral("topics"));
        }
    }
    if (into.location.isEmpty() && !from.location.isEmpty()) {
        into.location = from.location;
        taken.append(QStringLiteral("location"));
    }
    if ((into.date.isEmpty() && !from.date.isEmpty()) || refines(from.date, into.date)) {
        into.date = from.date;
        into.dateText = from.dateText;
        taken << QStringLiteral("date");
        // "Envoys met last week ... the meeting would": a status the first mention states itself
        // ("met", "will") stays; one it took by default follows the date.
        const bool stated = std::any_of(into.reasons.cbegin(), into.reasons.cend(), [](const EventReason &r) {
            return r.field == QLatin1String("status") && r.rule == QLatin1String("status-cue");
        });
        if (!stated) {
            into.status = from.status;
            taken << QStringLiteral("status");
        }
    }
    // "A and B were to meet on Friday, but the meeting was called off": a later mention that cancels
    // an event still to come cancels it.
    const QString cancelled = statusName(EventStatus::Cancelled);
    if (from.status == cancelled && into.status != cancelled && into.status != statusName(EventStatus::Held)
        && !into.status.isEmpty() && !taken.contains(QLatin1String("status"))) {
        into.status = cancelled;
        taken << QStringLiteral("status");
    }
    if (into.source.isEmpty() && !from.source.isEmpty()) {
        into.source = from.source;
        taken.append(QStringLiteral("source"));
    }
    for (const EventReason &r : from.reasons) {
        if (taken.contains(r.field) && !into.reasons.contains(r)) {
            into.reasons.append(r);
        }
    }
    for (const QString &id : from.entityIds) {
        if (!seen.ids.contains(id)) {
            seen.ids.insert(id);
            into.entityIds.append(id);
        }
    }
    into.confidence = std::min(0.95, into.confidence + 0.05);
}

bool EventCoreference::heldAndComing(const Event &a, const Event &b) const
{
    // "Talks between A and B broke up last week. ... A and B will hold talks on Wednesday": an event
    // told as held without a day, and one of the same sides on a day after the report's, are two
    // events (in either order). A mention dated on the report's day may be the same one ("arrived on
    // a state visit ... the visit, scheduled for May 10").
    const auto apart = [this](const Event &held, const Event &later) {
        if (held.status != statusName(EventStatus::Held) || !held.date.isEmpty() || !m_published.isValid()) {
            return false;
        }
        const QDate day = QDate::fromString(later.date.left(10), Qt::ISODate);
        return day.isValid() && day > m_published;
    };
    return apart(a, b) || apart(b, a);
}

QString EventCoreference::ownKind(const QString &type)
{
    // A visit and a call are events of their own beside the talks of the same sides ("he arrived
    // on a state visit ... he will hold talks with"); talks, meetings and summits may name one event.
    return type == QLatin1String("visit") || type == QLatin1String("call") ? type : QString();
}

QString EventCoreference::sidesKey(const QStringList &participants, const QString &type)
{
    QStringList sorted = participants;
    sorted.sort();
    sorted.removeDuplicates();
    const QString own = ownKind(type);
    return sorted.join(QChar(0x1f)) + (own.isEmpty() ? QString() : QChar(0x1e) + own);
}

void EventCoreference::add(const EventCandidate &candidate)
{
    EventCandidate dated;
    const bool framed = !candidate.sameDayAs.isEmpty() && candidate.event.date.isEmpty() && !m_events.isEmpty();
    if (framed) {
        dated = candidate;
        dateByFrame(&dated.event, candidate.sameDayAs);
    }
    const EventCandidate &cand = framed ? dated : candidate;
    const Event &ev = cand.event;
    if (cand.anaphoric) {
        if (m_events.isEmpty()) {
            return;
        }
        if (cand.plural) {
            // "Those talks": every event reported in the latest sentence that reported any.
            for (const int i : std::as_const(m_latestSentenceEvents)) {
                enrich(m_events[i], ev, m_seen[i]);
            }
        } else {
            // "The talks": the latest event of the same type, else the latest event; "the two leaders
            // agreed to meet": the sides of the latest event.
            const int latest = int(m_events.size()) - 1;
            // "the previous talks", "earlier talks": an occasion of the sides reported last, whatever
            // the word.
            const bool occasion = cand.again || cand.lastOccasion || cand.earlier;
            // "The resumed talks came after previous negotiations failed": the event named last,
            // even where that mention joined an event listed before others.
            const int named = occasion && m_lastNamed >= 0 ? m_lastNamed : latest;
            const int target = ev.type.isEmpty() || occasion ? named : antecedentOfType(ev);
            // "A and B will meet in Addis Ababa. C offered to host the two foes in Kampala": another
            // place, another occasion. "A and B will restart talks on Monday. The talks broke down in
            // January": told as held on another day than the occasion still to come, one of its own.
            const Event &to = m_events.at(target);
            const bool heldOnAnotherDay =
                heldBefore(ev, to) && !ev.date.isEmpty() && !to.date.isEmpty() && ev.date != to.date;
            if (((cand.again
                  && (ownKind(to.type) != ownKind(ev.type) || heldBefore(ev, to) || !placesCompatible(ev, to)))
                 || heldOnAnotherDay || earlierThan(cand, to) || nextAfter(cand, to))
                && to.participants.size() >= 2) {
                // "A spoke with B by phone. The two leaders agreed to meet": a meeting of their own;
                // "A and B plan to meet. It would follow an earlier round of talks": one before it;
                // "A and B met. B will propose further talks": one after it.
                EventCandidate own = cand;
                own.anaphoric = false;
                adoptSides(&own.event, to, QStringLiteral("sides-of-event-before"));
                add(own);
                return;
            }
            enrich(m_events[target], ev, m_seen[target]);
            m_lastNamed = target;
        }
        return;
    }
    if (ev.participants.size() < 2 && !cand.standalone) {
        return;
    }
    const QString key = sidesKey(ev.participants, ev.type);
    for (const int i : m_byParticipants.value(key)) {
        // "Ruiz would also meet Boluarte": another event of the same sides, unless on the same day.
        const bool sameDay = !ev.date.isEmpty() && ev.date == m_events.at(i).date;
        if ((cand.additional && !sameDay) || earlierThan(cand, m_events.at(i)) || laterThan(ev, m_events.at(i))
            || (cand.next && !m_next.at(i)) || (cand.again && heldBefore(ev, m_events.at(i)))
            || heldAndComing(ev, m_events.at(i))) {
            continue;
        }
        if (datesCompatible(m_events.at(i), ev) && placesCompatible(m_events.at(i), ev)) {
            enrich(m_events[i], ev, m_seen[i]);
            m_sentenceOf[i] = std::max(m_sentenceOf.at(i), cand.sentence);
            m_lastNamed = i;
            return;
        }
    }
    if (joinNeighbour(cand)) {
        return;
    }
    const int index = list(ev, cand);
    m_lastNamed = index;
    m_byParticipants[key].append(index);
    m_latestOfType.insert(ev.type, index);
    if (cand.sentence != m_lastEventSentence) {
        m_latestSentenceEvents.clear();
        m_lastEventSentence = cand.sentence;
    }
    m_latestSentenceEvents.append(index);
}

int EventCoreference::antecedentOfType(const Event &ev) const
{
    // "The summit, planned for March, was put off ... an A-B summit ... The summit was due to open
    // on March 14": the latest event of the type, unless one of the few before it was given the
    // month this day lies in.
    const int latest = m_latestOfType.value(ev.type, int(m_events.size()) - 1);
    constexpr int lookBack = 8;
    for (int i = latest, seen = 0; i >= 0 && seen < lookBack; --i) {
        if (m_events.at(i).type == ev.type) {
            if (refines(ev.date, m_events.at(i).date)) {
                return i;
            }
            ++seen;
        }
    }
    return latest;
}

int EventCoreference::list(const Event &ev, const EventCandidate &cand)
{
    // The per-event vectors grow together, here only.
    m_events.append(ev);
    m_seen.append(Seen{});
    m_sentenceOf.append(cand.sentence);
    m_next.append(cand.next);
    return int(m_events.size()) - 1;
}

bool EventCoreference::joinNeighbour(const EventCandidate &cand)
{
    // "Chile will host talks between A and B with Norway mediating. The talks between A and B are
    // expected to begin on May 3": one event told in two sentences, the second giving the date and
    // the first a side more. Taken only between neighbouring sentences, when one mention is dated and
    // the other not and the sides of one are all among the other's.
    const Event &ev = cand.event;
    if (ev.participants.size() < 2 || cand.additional || cand.earlier || cand.lastOccasion || cand.next) {
        return false;
    }
    for (int i = int(m_events.size()) - 1; i >= 0; --i) {
        if (cand.sentence - m_sentenceOf.at(i) > 1) {
            break;
        }
        Event &into = m_events[i];
        if (into.participants.size() < 2 || ownKind(into.type) != ownKind(ev.type)
            || into.date.isEmpty() == ev.date.isEmpty() || cand.sentence == m_sentenceOf.at(i)
            || !placesCompatible(into, ev) || laterThan(ev, into) || (cand.again && heldBefore(ev, into))
            || heldAndComing(ev, into)) {
            continue;
        }
        const auto within = [](const QStringList &a, const QStringList &b) {
            return std::all_of(a.cbegin(), a.cend(), [&b](const QString &s) {
                return b.contains(s);
            });
        };
        if (!within(ev.participants, into.participants) && !within(into.participants, ev.participants)) {
            continue;
        }
        const qsizetype before = into.participants.size();
        for (qsizetype k = 0; k < ev.participants.size(); ++k) {
            if (!into.participants.contains(ev.participants.at(k))) {
                into.participants.append(ev.participants.at(k));
                into.participantCodes.append(ev.participantCodes.value(k));
            }
        }
        if (into.participants.size() > before) {
            into.reasons.append(
                {QStringLiteral("participants"), QStringLiteral("same-event-next-sentence"), ev.evidenceText.left(80)});
            m_byParticipants[sidesKey(into.participants, into.type)].append(i);
        }
        enrich(into, ev, m_seen[i]);
        m_sentenceOf[i] = cand.sentence;
        return true;
    }
    return false;
}

void EventCoreference::dateByFrame(Event *ev, const QString &type) const
{
    // "Hours before the border talks, A held talks with B": on the day of the latest dated event of
    // that type reported, else of the latest dated event (the frame points back to one the report
    // told).
    int from = -1;
    int anyType = -1;
    for (int i = int(m_events.size()) - 1; i >= 0 && from < 0; --i) {
        if (!m_events.at(i).date.isEmpty()) {
            anyType = anyType < 0 ? i : anyType;
            from = m_events.at(i).type == type ? i : -1;
        }
    }
    from = from < 0 ? anyType : from;
    if (from < 0) {
        return;
    }
    ev->date = m_events.at(from).date;
    ev->dateText = m_events.at(from).dateText;
    ev->reasons.append(
        {QStringLiteral("date"), QStringLiteral("same-day-as-frame"), m_events.at(from).evidenceText.left(80)});
}

void EventCoreference::dateByVisit(int index)
{
    // "X will pay a state visit to Turkey on May 10. In Ankara, he will hold talks with Y": talks of
    // the same sides told within two sentences of a mention of a dated visit, without a date of
    // their own, are on its day.
    Event &ev = m_events[index];
    if (!ev.date.isEmpty() || ev.type == QLatin1String("visit") || ev.type == QLatin1String("call")) {
        return;
    }
    const QVector<int> visits = m_byParticipants.value(sidesKey(ev.participants, QStringLiteral("visit")));
    for (auto it = visits.crbegin(); it != visits.crend(); ++it) {
        const Event &visit = m_events.at(*it);
        const int distance = m_sentenceOf.at(index) - m_sentenceOf.at(*it);
        // "... arrived in Ankara on Tuesday for a state visit. The two sides agreed to meet again in
        // Geneva": talks elsewhere, or only planned, are not on its day.
        const bool plan =
            ev.status == statusName(EventStatus::Planned) || ev.status == statusName(EventStatus::Proposed);
        if (!visit.date.isEmpty() && std::abs(distance) <= 2 && placesCompatible(ev, visit) && !plan) {
            ev.date = visit.date;
            ev.dateText = visit.dateText;
            ev.reasons.append({QStringLiteral("date"), QStringLiteral("date-of-visit"), visit.evidenceText.left(80)});
            return;
        }
    }
}

bool EventCoreference::absorbHeadline(const EventCandidate &cand)
{
    // "Hamas, Israel at Cairo talks": the body tells that event with its date and all its sides; the
    // headline adds only what the body left out. The body event sharing most sides takes it.
    int best = -1;
    int bestShared = 0;
    for (int i = 0; i < m_events.size(); ++i) {
        int shared = 0;
        for (const QString &side : cand.event.participants) {
            shared += m_events.at(i).participants.contains(side) ? 1 : 0;
        }
        if (shared > bestShared) {
            best = i;
            bestShared = shared;
        }
    }
    if (best < 0) {
        return false;
    }
    Event from = cand.event;
    from.date.clear(); // a headline's tense and date are the least reliable words of a report
    enrich(m_events[best], from, m_seen[best]);
    return true;
}

void EventCoreference::addRound(const EventCandidate &cand, std::multimap<int, int> &sided)
{
    // "The eighth round of talks started on December 7", "they met on March 2": a dated session of
    // the process reported just before (or, at the top of a report, just after): the same sides, an
    // event of its own unless that date is already listed.
    const Event &ev = cand.event;
    if (sided.empty()) {
        return;
    }
    // The latest reported at or before the round, else the first after it; "they" points back only.
    const auto after = sided.upper_bound(ev.evidenceStart);
    if (!cand.round && after == sided.begin()) {
        return;
    }
    const int antecedent = after == sided.begin() ? after->second : std::prev(after)->second;
    const Event &of = m_events.at(antecedent);
    if (!cand.round && of.date.isEmpty()) {
        // "A and B will hold talks. They will meet on Friday": the date of the talks reported.
        enrich(m_events[antecedent], ev, m_seen[antecedent]);
        return;
    }
    const QString key = sidesKey(of.participants, of.type);
    for (const int i : m_byParticipants.value(key)) {
        if (m_events.at(i).date == ev.date) {
            enrich(m_events[i], ev, m_seen[i]);
            return;
        }
    }
    Event session = ev;
    session.participants = of.participants;
    session.participantCodes = of.participantCodes;
    // "the envoy said Saturday after the new round of talks": a side the round names itself (the
    // speaker took part) joins the process's.
    for (qsizetype k = 0; k < ev.participants.size(); ++k) {
        if (!session.participants.contains(ev.participants.at(k))) {
            session.participants.append(ev.participants.at(k));
            session.participantCodes.append(ev.participantCodes.value(k));
        }
    }
    session.reasons.append(
        {QStringLiteral("participants"), QStringLiteral("round-of-process"), of.evidenceText.left(80)});
    const int index = list(session, cand);
    m_byParticipants[key].append(index);
    sided.emplace(session.evidenceStart, index);
}

void EventCoreference::addLeadingNext(const EventCandidate &cand, const std::multimap<int, int> &sided)
{
    // "CAIRO - Sudan will propose further talks ... The trilateral meeting held on Tuesday among A, B
    // and C": told before the event it follows, an occasion of the sides of the first event after it.
    const auto after = sided.upper_bound(cand.event.evidenceStart);
    if (after == sided.end()) {
        return;
    }
    const Event &of = m_events.at(after->second);
    EventCandidate own = cand;
    own.anaphoric = false;
    adoptSides(&own.event, of, QStringLiteral("sides-of-event-after"));
    add(own);
}

QVector<Event> EventCoreference::resolve(const QVector<EventCandidate> &candidates, const QDate &published)
{
    EventCoreference c;
    c.m_published = published;
    QVector<const EventCandidate *> rounds;
    QVector<const EventCandidate *> headlines;
    QVector<const EventCandidate *> leading;
    for (const EventCandidate &cand : candidates) {
        if (cand.anaphoric && (cand.round || cand.again) && !cand.event.date.isEmpty()) {
            rounds.append(&cand); // resolved below, once every event of the document is known
        } else if (cand.anaphoric && cand.next && c.m_events.isEmpty()) {
            leading.append(&cand); // "further talks" before any event: resolved below
        } else if (cand.headline && !cand.anaphoric) {
            headlines.append(&cand);
        } else {
            c.add(cand);
        }
    }
    for (const EventCandidate *cand : std::as_const(headlines)) {
        if (!c.absorbHeadline(*cand)) {
            c.add(*cand);
        }
    }
    // The events with two or more sides by evidence start (equal starts in the order listed), so
    // that finding a round's antecedent costs a look-up, not a pass over every event.
    std::multimap<int, int> sided;
    for (int i = 0; i < c.m_events.size(); ++i) {
        if (c.m_events.at(i).participants.size() >= 2) {
            sided.emplace(c.m_events.at(i).evidenceStart, i);
        }
    }
    for (const EventCandidate *cand : std::as_const(rounds)) {
        c.addRound(*cand, sided);
    }
    for (const EventCandidate *cand : std::as_const(leading)) {
        c.addLeadingNext(*cand, sided);
    }
    for (int i = 0; i < c.m_events.size(); ++i) {
        c.dateByVisit(i); // once every mention of the visit has brought what it knows
    }
    std::stable_sort(c.m_events.begin(), c.m_events.end(), [](const Event &a, const Event &b) {
        return a.evidenceStart < b.evidenceStart;
    });
    for (int i = 0; i < c.m_events.size(); ++i) {
        c.m_events[i].id = QStringLiteral("E%1").arg(i + 1);
    }
    return std::move(c.m_events);
}

} // namespace Readout
