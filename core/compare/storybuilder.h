// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "comparerules.h"

#include <QDate>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

/// One report given to the story builder: a name for it (its path), its publication date and
/// its events, dates resolved against that date.
struct StoryReport {
    QString path;
    QDate published;
    QVector<Event> events;
};

/// An event of a report: indexes into the reports given and into that report's events.
struct StoryMember {
    int report = -1;
    int event = -1;
    bool operator==(const StoryMember &o) const
    {
        return report == o.report && event == o.event;
    }
};

/// One status a story took, from the first report that gave it (reports in date order).
struct StatusStep {
    QString status;
    QDate since; ///< that report's publication date (may be invalid)
    int member = 0; ///< index into Story::members
};

/// Reports of one real-world event: its members in publication order, the values most reports
/// give, what the reports disagree on (the compare flags date_differs, place_differs,
/// participants_differ) and how the status moved from report to report.
struct Story {
    QVector<StoryMember> members;
    QString type;
    QStringList sides;
    QString date;
    QString place;
    QStringList flags; ///< empty when the reports agree (status moves are in steps)
    QVector<StatusStep> steps;
    bool linked = false; ///< an analyst's link holds it together

    [[nodiscard]] int reports() const;
    /// "US – Russia talks, 2022-01-10"
    [[nodiscard]] QString label() const;
    /// "scheduled (2021-12-28) → held (2022-01-11)"
    [[nodiscard]] QString statusText() const;
};

/// What the analyst decided about pairs of events: the same real-world event, or not.
struct StoryDecisions {
    QVector<QPair<StoryMember, StoryMember>> same;
    QVector<QPair<StoryMember, StoryMember>> different;
};

/// Groups the events of many reports into stories: the compare matcher's test of two events
/// (EventMatcher::pass) applied across every pair of reports, the surest and most alike pairs
/// joined first, a story never taking two events of one report nor two events the analyst
/// said differ. The analyst's links join before anything else. Events are only compared with
/// those that share their type family and a participant (or, without participants, a date),
/// so a large corpus does not cost every pair.
class StoryBuilder
{
public:
    explicit StoryBuilder(const CompareRules &rules);

    /// Every story, single reports included, ordered by date (undated last) then label.
    [[nodiscard]] QVector<Story> build(const QVector<StoryReport> &reports, const StoryDecisions &decisions = {}) const;

private:
    const CompareRules &m_rules;
};

} // namespace Readout
