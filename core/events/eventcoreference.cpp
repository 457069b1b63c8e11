// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcoreference.h"

#include <QSet>

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
    for (const QString &topic : from.topics) {
        if (!seen.topics.contains(topic.toLower())) {
            seen.topics.insert(topic.toLower());
            into.topics.append(topic);
        }
    }
    if (into.location.isEmpty()) {
        into.location = from.location;
    }
    if (into.date.isEmpty() && !from.date.isEmpty()) {
        into.date = from.date;
        into.dateText = from.dateText;
        into.status = from.status;
    }
    if (into.source.isEmpty()) {
        into.source = from.source;
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
    QVector<Event> events;
    QVector<Seen> seen;
    QVector<QSet<QString>> participantSets;
    QVector<int> sentenceOf; // sentence of each event's first mention
    int lastEventSentence = -1;
    for (const EventCandidate &cand : candidates) {
        const Event &ev = cand.event;
        if (cand.anaphoric) {
            if (events.isEmpty()) {
                continue;
            }
            if (cand.plural) {
                // "Those talks": every event reported in the latest sentence that reported any.
                for (int i = 0; i < events.size(); ++i) {
                    if (sentenceOf.at(i) == lastEventSentence) {
                        enrich(events[i], ev, seen[i]);
                    }
                }
            } else {
                // "The talks": the latest event of the same type, else the latest event.
                int target = int(events.size()) - 1;
                for (int i = int(events.size()) - 1; i >= 0; --i) {
                    if (ev.type.isEmpty() || events.at(i).type == ev.type) {
                        target = i;
                        break;
                    }
                }
                enrich(events[target], ev, seen[target]);
            }
            continue;
        }
        if (ev.participants.size() < 2 && !cand.standalone) {
            continue;
        }
        const QSet<QString> participants(ev.participants.cbegin(), ev.participants.cend());
        int same = -1;
        for (int i = 0; i < events.size() && same < 0; ++i) {
            if (participantSets.at(i) == participants && datesCompatible(events.at(i), ev)) {
                same = i;
            }
        }
        if (same >= 0) {
            enrich(events[same], ev, seen[same]);
            continue;
        }
        events.append(ev);
        seen.append(Seen{});
        participantSets.append(participants);
        sentenceOf.append(cand.sentence);
        lastEventSentence = cand.sentence;
    }
    for (int i = 0; i < events.size(); ++i) {
        events[i].id = QStringLiteral("E%1").arg(i + 1);
    }
    return events;
}

} // namespace Readout
