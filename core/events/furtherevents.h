// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventextractor.h"

namespace Readout
{

struct FoundTrigger;

/// The events a clause tells beside the one of its trigger: separate meetings, coordinated noun
/// phrases that name their own sides, and the earlier meeting a "first ... since" points to.

/// "X held separate meetings with A and B": one event with each of A and B, each with X (added to
/// *result). Whether the clause said so.
bool splitSeparate(const SentenceView &view,
                   const Clause &c,
                   const FoundTrigger &found,
                   const QStringList &subject,
                   const EventCandidate &cand,
                   QVector<EventCandidate> *result);

/// "a Kenyan-Ugandan summit and a Kenyan-Tanzanian summit will be held on Friday": each noun phrase
/// after the clause's trigger that names its own sides is an event of its own, with the clause's
/// date, place and status.
void addCoordinatedEvents(const SentenceView &view,
                          const Clause &c,
                          const FoundTrigger &found,
                          const EventCandidate &cand,
                          const QString &speaker,
                          QVector<EventCandidate> *result);

/// "met for the first talks since October": the same sides as result's last event met then too.
void addPreviousMeeting(const SentenceView &view,
                        const Clause &c,
                        const QDate &published,
                        QVector<EventCandidate> *result);

} // namespace Readout
