// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "comparerules.h"

#include <QStringList>

namespace Readout
{

class Pipeline;

/// Scores event pairing across reports against a gold folder (events_dev: NAME.txt and
/// NAME.gold.json whose events carry an "xref" naming the real-world event). Every two documents
/// are compared; a predicted pair is right when both of its events stand for gold events with
/// the same xref. Measured twice: the matcher alone on the gold events, and end to end on the
/// pipeline's events (an extracted event stands for the gold event with the same participant set
/// and date). A value filled by run().
struct CompareEvaluation {
    struct PairCounts {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        [[nodiscard]] double precision() const
        {
            return tp + fp == 0 ? 0.0 : double(tp) / double(tp + fp);
        }
        [[nodiscard]] double recall() const
        {
            return tp + fn == 0 ? 0.0 : double(tp) / double(tp + fn);
        }
        [[nodiscard]] double f1() const
        {
            const double p = precision();
            const double r = recall();
            return p + r == 0.0 ? 0.0 : 2 * p * r / (p + r);
        }
    };

    int documents = 0;
    int filePairs = 0;
    int goldPairs = 0;
    int goldEventsWithXref = 0;
    int goldEventsFound = 0; ///< gold events with an xref that some extracted event stands for
    PairCounts onGold;
    PairCounts endToEnd;
    /// Stories over all documents at once (StoryBuilder): every two events of different documents
    /// in one story is a predicted pair, right when their gold events share an xref.
    int goldStories = 0; ///< xrefs told by two documents or more
    PairCounts storiesOnGold;
    PairCounts storiesEndToEnd;
    int storiesExactOnGold = 0; ///< gold stories some story holds exactly (no more, no fewer)
    int storiesExactEndToEnd = 0;
    QStringList errors; ///< one line per wrong or missed pair (end to end and on gold)

    [[nodiscard]] static Result<CompareEvaluation>
    run(const QString &goldDir, const Pipeline &pipeline, const CompareRules &rules);
};

} // namespace Readout
