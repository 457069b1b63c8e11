// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../entity.h"
#include "../event.h"
#include "comparerules.h"
#include "eventmatcher.h"
#include "paragraphaligner.h"

#include <QPair>
#include <QVector>

namespace Readout
{

/// One report of a comparison: its document and what was read from it (extracted or corrected),
/// with dates resolved against this document's own publication date.
struct CompareSide {
    Document document;
    QVector<Entity> entities;
    QVector<Event> events;
};

/// UTF-16 ranges [start, end) in a document's text.
using TextRanges = QVector<QPair<int, int>>;

/// The comparison of two reports of the same events: their paragraphs, the paragraph alignment and
/// the event pairs with their flags. A copyable value made by compare(); pure, so it may run on
/// any thread and be recomputed whenever a side is corrected.
struct Comparison {
    QVector<Paragraph> paragraphsA;
    QVector<Paragraph> paragraphsB;
    QVector<AlignedParagraphs> alignment;
    QVector<EventPair> pairs;

    /// Aligns the paragraphs, then pairs the events (aligned evidence paragraphs break ties and
    /// allow a differing date).
    /// decisions: the analyst's word on pairs of events, applied before the rules.
    [[nodiscard]] static Comparison compare(const CompareSide &a,
                                            const CompareSide &b,
                                            const CompareRules &rules,
                                            const MatchDecisions &decisions = {});

    /// How many pairs carry a flag ("same", "date_differs", "only_in_b", ...).
    [[nodiscard]] int count(const QString &flag) const;
    /// "3 events: 2 same, 1 date differs, 0 only in A, 1 only in B": same, only in A and only in B
    /// always, the other flags when they occur; labels from the rules.
    [[nodiscard]] QString summaryText(const CompareRules &rules) const;
    /// The paragraph of B facing paragraph i of A, or -1 (and the reverse).
    [[nodiscard]] int partnerOfA(int i) const;
    [[nodiscard]] int partnerOfB(int j) const;

    /// The content words (and numbers) of one evidence range missing from the other, per side:
    /// what to mark when a pair is shown.
    [[nodiscard]] static QPair<TextRanges, TextRanges> differingWords(const QString &textA,
                                                                      int startA,
                                                                      int endA,
                                                                      const QString &textB,
                                                                      int startB,
                                                                      int endB,
                                                                      const CompareRules &rules);
};

} // namespace Readout
