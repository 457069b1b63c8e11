// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventextractor.h"

#include <QSet>

namespace Readout
{

/// Stage 6: one event per real event in the document. A later mention with the same participants
/// and a compatible date enriches the event already listed; an anaphor ("the bilateral talks",
/// "those talks") enriches the events it refers to; what has fewer than two participants and refers
/// to nothing is dropped; a numbered round with its own date becomes an event of the sides reported
/// nearest to it. Events are ordered by evidence; ids are assigned here (E1, E2, ...).
class EventCoreference
{
public:
    [[nodiscard]] static QVector<Event> resolve(const QVector<EventCandidate> &candidates);
    /// Adds what `from` knows and `into` lacks (topics, place, date, source, evidence links).
    static void enrich(Event &into, const Event &from);

private:
    struct Seen {
        QSet<QString> topics; ///< lower case
        QSet<QString> ids;
    };
    static void enrich(Event &into, const Event &from, Seen &seen);
};

} // namespace Readout
