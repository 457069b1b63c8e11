// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparerules.h"
#include "comparison.h"
#include "eventlinks.h"

#include <QObject>

#include <memory>

namespace Readout
{

class Annotations;
class LiveComparisonPrivate;

/// Keeps the comparison of two articles' Annotations up to date: any correction on either side
/// (an undo step, a reset after extraction, a new publication date) recomputes it after a short
/// delay, so a burst of edits is one recomputation. Holds snapshots of both sides as compared.
/// Does not own the annotations; forgets one when it is destroyed.
class LiveComparison : public QObject
{
    Q_OBJECT
public:
    explicit LiveComparison(CompareRules rules, QObject *parent = nullptr);
    ~LiveComparison() override;
    Q_DISABLE_COPY(LiveComparison)

    void setAnnotations(Annotations *a, Annotations *b);
    [[nodiscard]] Annotations *annotationsA() const;
    [[nodiscard]] Annotations *annotationsB() const;

    [[nodiscard]] const CompareRules &rules() const;
    [[nodiscard]] const Comparison &comparison() const;
    /// The side as last compared (document, entities, events).
    [[nodiscard]] const CompareSide &sideA() const;
    [[nodiscard]] const CompareSide &sideB() const;

    /// The analyst's links between events of the two articles (EventLinks of their folder),
    /// applied to every comparison; recomputes.
    void setLinks(const EventLinks &links);
    [[nodiscard]] const EventLinks &links() const;
    /// Says that event a of A and event b of B are the same real-world event (or not), saves
    /// it beside the articles and recomputes. Unsupported when a side has no file (pasted text),
    /// else what saving said.
    [[nodiscard]] Result<bool> decide(int a, int b, bool same);

    /// Delay between a change and the recomputation (default 150 ms).
    void setDelay(int milliseconds);
    /// Recomputes now; comparisonChanged() follows.
    void recompute();
    [[nodiscard]] bool isPending() const;

Q_SIGNALS:
    void comparisonChanged();

private:
    void schedule();

    std::unique_ptr<LiveComparisonPrivate> d;
};

} // namespace Readout
