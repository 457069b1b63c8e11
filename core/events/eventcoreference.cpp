// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcoreference.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <map>

namespace Readout
{

namespace
{

bool datesCompatible(const Event &a, const Event &b)
{
    return a.date.isEmpty() || b.date.isEmpty() || a.date == b.date;
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
    if (into.date.isEmpty() && !from.date.isEmpty()) {
        into.date = from.date;
        into.dateText = from.dateText;
        into.status = from.status;
        taken << QStringLiteral("date") << QStringLiteral("status");
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

QVector<Event> EventCoreference::resolve(const QVector<EventCandidate> &candidates)
{
    // Indexed so that a document with thousands of events stays linear: events by participant set
    // (in the order they were listed), the latest event of each type, and the events of the latest
    // sentence that reported any.
    QVector<Event> events;
    QVector<Seen> seen;
    QHash<QString, QVector<int>> byParticipants;
    QHash<QString, int> latestOfType;
    QVector<int> latestSentenceEvents;
    int lastEventSentence = -1;
    QVector<const EventCandidate *> rounds;
    for (const EventCandidate &cand : candidates) {
        const Event &ev = cand.event;
        if (cand.anaphoric && cand.round && !ev.date.isEmpty()) {
            rounds.append(&cand); // resolved below, once every event of the document is known
            continue;
        }
        if (cand.anaphoric) {
            if (events.isEmpty()) {
                continue;
            }
            if (cand.plural) {
                // "Those talks": every event reported in the latest sentence that reported any.
                for (const int i : std::as_const(latestSentenceEvents)) {
                    enrich(events[i], ev, seen[i]);
                }
            } else {
                // "The talks": the latest event of the same type, else the latest event.
                const int target =
                    ev.type.isEmpty() ? int(events.size()) - 1 : latestOfType.value(ev.type, int(events.size()) - 1);
                enrich(events[target], ev, seen[target]);
            }
            continue;
        }
        if (ev.participants.size() < 2 && !cand.standalone) {
            continue;
        }
        QStringList sorted = ev.participants;
        sorted.sort();
        sorted.removeDuplicates();
        const QString key = sorted.join(QChar(0x1f));
        int same = -1;
        for (const int i : byParticipants.value(key)) {
            if (datesCompatible(events.at(i), ev)) {
                same = i;
                break;
            }
        }
        if (same >= 0) {
            enrich(events[same], ev, seen[same]);
            continue;
        }
        const int index = int(events.size());
        events.append(ev);
        seen.append(Seen{});
        byParticipants[key].append(index);
        latestOfType.insert(ev.type, index);
        if (cand.sentence != lastEventSentence) {
            latestSentenceEvents.clear();
            lastEventSentence = cand.sentence;
        }
        latestSentenceEvents.append(index);
    }
    // "The eighth round of talks started on December 7": a dated session of the process reported just
    // before (or, at the top of a report, just after): the same sides, an event of its own unless
    // that date is already listed.
    // The events with two or more sides by evidence start (equal starts in the order listed), so
    // that finding a round's antecedent costs a look-up, not a pass over every event.
    std::multimap<int, int> sided;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).participants.size() >= 2) {
            sided.emplace(events.at(i).evidenceStart, i);
        }
    }
    for (const EventCandidate *cand : std::as_const(rounds)) {
        const Event &ev = cand->event;
        if (sided.empty()) {
            continue;
        }
        // The latest reported at or before the round, else the first after it.
        const auto after = sided.upper_bound(ev.evidenceStart);
        const int antecedent = after == sided.begin() ? after->second : std::prev(after)->second;
        QStringList sorted = events.at(antecedent).participants;
        sorted.sort();
        sorted.removeDuplicates();
        const QString key = sorted.join(QChar(0x1f));
        int same = -1;
        for (const int i : byParticipants.value(key)) {
            if (events.at(i).date == ev.date) {
                same = i;
            }
        }
        if (same >= 0) {
            enrich(events[same], ev, seen[same]);
            continue;
        }
        Event session = ev;
        session.participants = events.at(antecedent).participants;
        session.participantCodes = events.at(antecedent).participantCodes;
        session.reasons.append({QStringLiteral("participants"),
                                QStringLiteral("round-of-process"),
                                events.at(antecedent).evidenceText.left(80)});
        byParticipants[key].append(int(events.size()));
        sided.emplace(session.evidenceStart, int(events.size()));
        events.append(session);
        seen.append(Seen{});
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.evidenceStart < b.evidenceStart;
    });
    for (int i = 0; i < events.size(); ++i) {
        events[i].id = QStringLiteral("E%1").arg(i + 1);
    }
    return events;
}

} // namespace Readout
