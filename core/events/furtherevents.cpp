// SPDX-License-Identifier: GPL-3.0-or-later
#include "furtherevents.h"

#include "../knowledge/knowledgebase.h"
#include "eventlexicon.h"
#include "eventsides.h"
#include "sentenceview.h"
#include "triggerfinder.h"

#include <utility>

namespace Readout
{

namespace
{

/// The noun trigger that ends a conjunct naming its own sides, "and a Chilean-Peruvian summit"
/// (from the token after "and" or the comma): names, their hyphens and at most two lower-case
/// words before it. -1 when the conjunct is something else ("and Nepal at a summit").
int conjunctTrigger(const SentenceView &view, int from, int last)
{
    int k = from;
    if (k < last && view.lex.determiners->contains(view.key(k)) && view.nameAt(k) < 0) {
        ++k;
    }
    const int m = k < last ? view.nameAt(k) : -1;
    if (m < 0 || !view.isActor(m)) {
        return -1;
    }
    int words = 0;
    for (; k < last && words <= 2; ++k) {
        if (view.nameAt(k) >= 0 || view.key(k) == QLatin1String("-")) {
            continue;
        }
        const auto it = view.kb.triggers().constFind(view.key(k));
        if (it != view.kb.triggers().cend() && !it->isVerb && !view.excluded.at(k)) {
            return k;
        }
        if (!view.lowerWord(k)) {
            return -1;
        }
        ++words;
    }
    return -1;
}

} // namespace

/// "X held separate meetings with A and B", "X met A and B separately": one event with each of A
/// and B, each with X.
bool splitSeparate(const SentenceView &view,
                   const Clause &c,
                   const FoundTrigger &found,
                   const QStringList &subject,
                   const EventCandidate &cand,
                   QVector<EventCandidate> *result)
{
    bool separate = false;
    for (int d = found.anchor.token - 1; d >= c.first && d >= found.anchor.token - 3 && !separate; --d) {
        separate = view.lex.separateMarkers->contains(view.key(d));
    }
    // "X met A and B separately", "X met A and B in separate meetings": the marker after them.
    for (int d = found.anchor.token + 1; d < c.last && !separate; ++d) {
        separate = view.lex.separateAdverbs->contains(view.key(d))
            || (view.lex.separateMarkers->contains(view.key(d)) && d + 1 < c.last
                && view.kb.triggerWords().contains(view.key(d + 1)));
    }
    const Event &ev = cand.event;
    QStringList others;
    for (const QString &side : ev.participants) {
        if (!subject.contains(side)) {
            others.append(side);
        }
    }
    if (!separate || subject.isEmpty() || others.size() < 2) {
        return false;
    }
    for (const QString &other : std::as_const(others)) {
        EventCandidate one = cand;
        one.event.participants = subject + QStringList{other};
        one.event.participantCodes.clear();
        for (const QString &side : std::as_const(one.event.participants)) {
            one.event.participantCodes.append(ev.participantCodes.value(int(ev.participants.indexOf(side))));
        }
        one.event.reasons.append({QStringLiteral("participants"), QStringLiteral("separate-meetings"), other});
        result->append(std::move(one));
    }
    return true;
}

/// "a Kenyan-Ugandan summit and a Kenyan-Tanzanian summit will be held on Friday": each noun
/// phrase after the clause's trigger that names its own sides is an event of its own, with the
/// clause's date, place and status.
void addCoordinatedEvents(const SentenceView &view,
                          const Clause &c,
                          const FoundTrigger &found,
                          const EventCandidate &cand,
                          const QString &speaker,
                          QVector<EventCandidate> *result)
{
    if (found.anchor.kind != AnchorNoun || found.subjectAnaphor) {
        return;
    }
    const EventGrammar &grammar = view.kb.eventGrammar();
    for (int k = found.anchor.token + 1; k + 1 < c.last; ++k) {
        if (view.key(k) != QLatin1String("and") && view.key(k) != QLatin1String(",")) {
            continue;
        }
        const int from = view.key(k + 1) == QLatin1String("and") ? k + 2 : k + 1;
        const int q = conjunctTrigger(view, from, c.last);
        if (q < 0) {
            continue;
        }
        FoundTrigger own = found;
        own.anchor.token = q;
        own.type = view.kb.triggers().value(view.key(q)).type;
        own.anchor.type = own.type;
        own.typeWord = view.phrase(q, q + 1); // a copy: the key points into the segmentation
        EventCandidate one = cand;
        Event &ev = one.event;
        ev.type = own.type;
        ev.participants.clear();
        ev.participantCodes.clear();
        ev.entityIds.clear();
        ev.reasons.removeIf([](const EventReason &r) {
            return r.field == QLatin1String("participants") || r.field == QLatin1String("type");
        });
        ev.reasons.append({QStringLiteral("type"), QStringLiteral("coordinated-event"), own.typeWord});
        EventSides sides(view, Clause{from, q + 1, -1}, own, speaker);
        sides.collect(grammar, &ev);
        if (ev.participants.size() >= 2) {
            result->append(std::move(one));
        }
        k = q;
    }
}

/// "met for the first talks since October": the same sides met then too.
void addPreviousMeeting(const SentenceView &view,
                        const Clause &c,
                        const QDate &published,
                        QVector<EventCandidate> *result)
{
    const EventLexicon &lex = view.lex;
    const EventCandidate &added = result->constLast();
    for (int j = c.first; j < c.last; ++j) {
        if (view.excluded.at(j) || !lex.previousMarkers->contains(view.key(j))) {
            continue;
        }
        int noun = -1;
        for (int q = j + 1; q < c.last && q <= j + 6 && noun < 0; ++q) {
            const auto it = view.kb.triggers().constFind(view.key(q));
            // "their first meeting since 2019", "met for the first time since 2019"
            const bool trigger = it != view.kb.triggers().cend() && !it->isVerb;
            noun = (trigger || lex.previousNouns->contains(view.key(q))) && view.mentionAt.at(q) < 0 ? q : -1;
        }
        int date = -1;
        for (int q = noun + 1; noun >= 0 && q + 1 < c.last && q <= noun + 2 && date < 0; ++q) {
            const int m = view.mentionAt.at(q + 1);
            date =
                lex.previousBounds->contains(view.key(q)) && m >= 0 && view.mentions.at(m).eventDateCandidate ? m : -1;
        }
        if (date >= 0 && added.event.participants.size() >= 2) {
            EventCandidate earlier = added;
            Event &ev = earlier.event;
            ev.date = view.mentions.at(date).value.left(10);
            // "since October" lies before the report, whatever tense the clause has.
            if (published.isValid() && ev.date.size() == 7 && ev.date > published.toString(QStringLiteral("yyyy-MM"))) {
                ev.date = QString::number(ev.date.left(4).toInt() - 1) + ev.date.mid(4);
            }
            ev.dateText = view.mentions.at(date).canonical;
            ev.status = statusName(EventStatus::Held);
            ev.location.clear();
            ev.topics.clear();
            ev.reasons.removeIf([](const EventReason &r) {
                return r.field != QLatin1String("participants") && r.field != QLatin1String("type");
            });
            ev.reasons.append({QStringLiteral("date"),
                               QStringLiteral("previous-meeting"),
                               view.phrase(j, view.mentions.at(date).lastToken)});
            ev.reasons.append({QStringLiteral("status"), QStringLiteral("previous-meeting"), ev.dateText});
            result->append(std::move(earlier));
        }
        return;
    }
}

} // namespace Readout
