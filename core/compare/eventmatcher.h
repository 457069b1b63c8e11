// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "comparerules.h"

#include <QPair>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Readout
{

/// Two events of two reports that are the same real-world event, or one event without a
/// counterpart (the other index -1). flags: "same", or what differs (date_differs, place_differs,
/// participants_differ, status_differs), or only_in_a / only_in_b. score: how alike, 0..1 (0 for
/// an unmatched event). explanation: why they were paired, in words.
struct EventPair {
    int a = -1;
    int b = -1;
    QStringList flags;
    double score = 0.0;
    QString explanation;
    bool linked = false; ///< the analyst said these two are the same event

    [[nodiscard]] bool isMatch() const
    {
        return a >= 0 && b >= 0;
    }
    [[nodiscard]] bool has(const QString &flag) const
    {
        return flags.contains(flag);
    }
};

/// What the analyst decided about pairs of events (index in A, index in B): the same real-world
/// event (paired before anything else, whatever the rules say) or not (never paired).
struct MatchDecisions {
    QSet<QPair<int, int>> same;
    QSet<QPair<int, int>> different;
};

/// Pairs the events of report A with those of report B. Both must be resolved against their own
/// publication dates (the pipeline does that per document), so "held on Monday" in a later report
/// and "scheduled for January 10" in an earlier one carry the same date value.
///
/// A first pass pairs events of the same type family with the same canonical participant set
/// whose dates are equal (or both missing); a second pass pairs what is left when exactly one of
/// those relaxes: a date that is missing on one side, less precise, or differs by at most
/// CompareRules::maxDateGapDays (or whose evidence paragraphs are aligned), or participants that
/// overlap by at least CompareRules::minParticipantOverlap on an equal date. Within a pass, the
/// most alike pairs are taken first. Output keeps A's order, B-only events placed by B's order.
class EventMatcher
{
public:
    /// evidenceAligned(i, j): whether event i of A and j of B were read from paragraphs the
    /// paragraph alignment put face to face (optional).
    using AlignedFn = std::function<bool(int, int)>;

    explicit EventMatcher(const CompareRules &rules);

    [[nodiscard]] QVector<EventPair> match(const QVector<Event> &a,
                                           const QVector<Event> &b,
                                           const AlignedFn &evidenceAligned = {},
                                           const MatchDecisions &decisions = {}) const;

    /// Whether two events may be the same and how sure that is: 1 (same family, participants and
    /// date), 2 (one of those relaxed as described above), 0 (not the same). aligned: their
    /// evidence paragraphs face each other.
    [[nodiscard]] int pass(const Event &a, const Event &b, bool aligned = false) const;

    /// How alike two events are, 0..1 (type family, participants, date, place, status).
    [[nodiscard]] double score(const Event &a, const Event &b) const;
    /// What differs between two paired events; {"same"} when nothing does.
    [[nodiscard]] QStringList flags(const Event &a, const Event &b) const;
    /// Why two events are paired (or a line saying what differs), for the table and exports.
    [[nodiscard]] QString explain(const Event &a, const Event &b) const;

private:
    const CompareRules &m_rules;
};

} // namespace Readout
