// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../compare/comparerules.h"
#include "../compare/eventlinks.h"
#include "../compare/storybuilder.h"
#include "timeline.h"

#include <QVector>

namespace Readout
{

/// The stories of a corpus: its indexed events grouped by article, the analyst's links applied,
/// grouped by StoryBuilder. A copyable value; told[r][e] is where event e of report r is told.
struct CorpusStories {
    QVector<StoryReport> reports; ///< one per article with events, path absolute
    QVector<QVector<TimelineEvent>> told;
    QVector<Story> stories;
    int staleLinks = 0; ///< links naming an event no longer found (corrected since)

    [[nodiscard]] static CorpusStories
    build(const QVector<TimelineEvent> &events, const EventLinks &links, const CompareRules &rules);
    /// What a link names an event of a story by.
    [[nodiscard]] EventRef refOf(const StoryMember &member) const;
    [[nodiscard]] const TimelineEvent &at(const StoryMember &member) const;
    /// The links an analyst's word makes. same: the members' events are one event (each linked
    /// to the first). Not same: one member is not the event of the rest of its story (apart from
    /// each of them); several members are different events (apart from each other).
    [[nodiscard]] QVector<EventLink> linksFor(const QVector<StoryMember> &members, bool same) const;
};

} // namespace Readout
