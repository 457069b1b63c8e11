// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcoreference.h"

#include <QSet>

namespace Readout
{

namespace
{

bool sameParticipants(const Event &a, const Event &b)
{
    const QSet<QString> sa(a.participants.cbegin(), a.participants.cend());
    const QSet<QString> sb(b.participants.cbegin(), b.participants.cend());
    return sa == sb;
}

bool datesCompatible(const Event &a, const Event &b)
{
    return a.date.isEmpty() || b.date.isEmpty() || a.date == b.date;
}

} // namespace

void EventCoreference::enrich(Event &into, const Event &from)
{
    for (const QString &topic : from.topics) {
        if (!into.topics.contains(topic, Qt::CaseInsensitive)) {
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
        if (!into.entityIds.contains(id)) {
            into.entityIds.append(id);
        }
    }
    into.confidence = std::min(0.95, into.confidence + 0.05);
}

QVector<Event> EventCoreference::resolve(const QVector<EventCandidate> &candidates)
{
    QVector<Event> events;
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
                        enrich(events[i], ev);
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
                enrich(events[target], ev);
            }
            continue;
        }
        if (ev.participants.size() < 2 && !cand.standalone) {
            continue;
        }
        int same = -1;
        for (int i = 0; i < events.size() && same < 0; ++i) {
            if (sameParticipants(events.at(i), ev) && datesCompatible(events.at(i), ev)) {
                same = i;
            }
        }
        if (same >= 0) {
            enrich(events[same], ev);
            continue;
        }
        events.append(ev);
        sentenceOf.append(cand.sentence);
        lastEventSentence = cand.sentence;
    }
    for (int i = 0; i < events.size(); ++i) {
        events[i].id = QStringLiteral("E%1").arg(i + 1);
    }
    return events;
}

} // namespace Readout
