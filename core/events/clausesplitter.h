// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sentenceview.h"

namespace Readout
{

/// Pass 3: the clauses of the event part [first, last) of a sentence, each telling at most one event.
/// Splits at "; ", ", while", ", but" (clause_breaks); between two triggers joined by "and" with no
/// name between ("will meet X on Monday and hold talks with Y on Tuesday": the second borrows the
/// first's subject); and before "after/before + -ing" that names an event of its own.
[[nodiscard]] QVector<Clause> splitClauses(const SentenceView &view, int first, int last);

} // namespace Readout
