// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventextractor.h"

namespace Readout
{

struct FoundTrigger;

/// What a clause takes from the sentences before it and from the conjunct before it: sides named by
/// "they" or "the two leaders", the previous sentence's date and its sideless occasion.

/// Where the clause names its sides by pointing back: its subject ("the two leaders met", "On Friday,
/// they met") or after a participant preposition of a noun trigger ("discussions between the two
/// sides"). The phrase's index in anaphoric_subjects (and its first token in *at), or -1.
[[nodiscard]] int pointingBack(const SentenceView &view, const Clause &c, const FoundTrigger &found, int *at);

/// "Ghana and Togo signed a protocol on Monday. The two presidents will meet again on March 4": a
/// subject that points back takes the states and bodies of the previous sentence (when it told no
/// event of its own) and the clause names fewer than two sides. Whether it did.
bool sidesFromPrevious(const SentenceView &view,
                       const Clause &c,
                       const FoundTrigger &found,
                       const PreviousSentence &previous,
                       Event *ev);

/// "On Tuesday, A and B agreed to raise tariffs. They also spoke about energy": a held event of the
/// previous sentence's sides, with no date of its own, took place on that sentence's date.
void dateOfPrevious(const PreviousSentence &previous, const QDate &published, Event *ev);

/// "A meeting took place in Lima on Monday. Attending the meeting were envoys of A and B": the
/// sideless event of the previous sentence, named again with its sides, keeps its date and place.
void occasionOfPrevious(const PreviousSentence &previous, const EventCandidate &cand, Event *ev);

/// "A spoke by phone with B on Monday and agreed to meet in Lima next week": a second conjunct that
/// shares the first one's subject and names no other side is an event of the first one's sides.
void sidesOfFirstConjunct(const Clause &c,
                          const FoundTrigger &found,
                          const QVector<EventCandidate> &result,
                          int sentence,
                          Event *ev);

/// The states and bodies a sentence names outside its reporting clause and dateline, and its one
/// calendar date: what the next sentence may point back to.
[[nodiscard]] PreviousSentence previousOf(const SentenceView &view, const Sentence &s);

} // namespace Readout
