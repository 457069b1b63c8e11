// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../knowledge/knowledgebase.h"
#include "patternmatcher.h"

namespace Readout
{

/// The trigger of one clause and the event type it gives.
struct FoundTrigger {
    Anchor anchor; ///< token -1 when the clause tells no event
    Trigger trigger; ///< the trigger word's entry (empty for an anaphoric subject)
    QString type; ///< the clause's event type: the trigger's, or a stronger noun's later ("talks at a summit")
    QString typeWord; ///< the word the type comes from, for the explanation
    bool subjectAnaphor = false; ///< "The two leaders discussed energy": no trigger, a subject pointing back
    /// "Hours before the summit, A met B": the type of the event the clause is framed by, on whose
    /// day it took place (empty when the frame gives no day).
    QString sameDayAs;
};

/// Pass 4: the first trigger word of the clause not inside a name (a "call" only by phone or with
/// someone, never "a call for restraint"); failing that, an anaphoric subject ("the two leaders").
[[nodiscard]] FoundTrigger findTrigger(const SentenceView &view, const Clause &clause);

/// Negated or generic mentions are no events ("no talks are planned", "offering to hold talks").
[[nodiscard]] bool negatedOrGeneric(const SentenceView &view, const Clause &clause, int trigger);

} // namespace Readout
