// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventextractor.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <map>

namespace Readout
{

/// Stage 6: one event per real event in the document. A later mention with the same participants
/// and a compatible date enriches the event already listed; an anaphor ("the bilateral talks",
/// "those talks") enriches the events it refers to; what has fewer than two participants and refers
/// to nothing is dropped; a numbered round with its own date becomes an event of the sides reported
/// nearest to it; what a headline announces is the event of the body that shares a side with it.
/// Events are ordered by evidence; ids are assigned here (E1, E2, ...).
class EventCoreference
{
public:
    /// published: the report's day, which tells an event still to come from one told as held.
    [[nodiscard]] static QVector<Event> resolve(const QVector<EventCandidate> &candidates, const QDate &published = {});
    /// Adds what `from` knows and `into` lacks (topics, place, date, source, evidence links).
    static void enrich(Event &into, const Event &from);
    /// "visit" and "call" for those types, else empty: what keeps them apart from talks.
    [[nodiscard]] static QString ownKind(const QString &type);

private:
    struct Seen {
        QSet<QString> topics; ///< lower case
        QSet<QString> ids;
    };
    static void enrich(Event &into, const Event &from, Seen &seen);

    void add(const EventCandidate &cand);
    /// Lists a new event told by cand; its index.
    int list(const Event &ev, const EventCandidate &cand);
    /// The event a singular "the <type>" refers to.
    [[nodiscard]] int antecedentOfType(const Event &ev) const;
    [[nodiscard]] bool joinNeighbour(const EventCandidate &cand);
    [[nodiscard]] bool heldAndComing(const Event &a, const Event &b) const;
    void addRound(const EventCandidate &cand, std::multimap<int, int> &sided);
    void addLeadingNext(const EventCandidate &cand, const std::multimap<int, int> &sided);
    [[nodiscard]] bool absorbHeadline(const EventCandidate &cand);
    void dateByVisit(int index);
    void dateByFrame(Event *ev, const QString &type) const;
    [[nodiscard]] static QString sidesKey(const QStringList &participants, const QString &type);

    // Indexed so that a document with thousands of events stays linear: events by participant set
    // (in the order they were listed), the latest event of each type, and the events of the latest
    // sentence that reported any.
    QVector<Event> m_events;
    QVector<Seen> m_seen;
    QVector<int> m_sentenceOf; ///< the latest sentence that reported each event by its sides
    QVector<bool> m_next; ///< each event was first told as one after another ("further talks")
    QHash<QString, QVector<int>> m_byParticipants;
    QHash<QString, int> m_latestOfType;
    QVector<int> m_latestSentenceEvents;
    int m_lastEventSentence = -1;
    int m_lastNamed = -1; ///< the event the latest candidate joined or listed
    QDate m_published;
};

} // namespace Readout
