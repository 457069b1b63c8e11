// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../knowledge/knowledgebase.h"

#include <QString>

namespace Readout
{

/// A mention found by a pipeline stage, before it becomes an exported Entity. Spans tokens
/// [firstToken, lastToken) of the Segmentation; hidden mentions are actors inside a longer name
/// ("NATO" and "Russia" in "NATO-Russia Council") that events use but the view does not show.
struct Mention {
    int start = 0;
    int end = 0;
    int firstToken = 0;
    int lastToken = 0;
    EntityType type = EntityType::Misc;
    QString canonical;
    QString code;
    ActorKind actorKind = ActorKind::None;
    QString actor; ///< canonical actor this mention stands for in events
    QString kind; ///< country, capital, city, region, demonym, organization kind, person
    bool hidden = false;
    QString
        affiliation; ///< a person's state and where it came from ("Turkey: President of Turkey (office-holder data)")
    QString rule; ///< the rule that found it (Entity::rule)
    QString value; ///< TIMEX3 value for dates
    QString timexType;
    QString timexMod; ///< TIMEX3 mod of a modifier the span keeps ("early 1990": START)
    bool eventDateCandidate = false; ///< a calendar date (day or month precision)
};

/// The order of every mention list the pipeline passes on: by start, the longer first.
[[nodiscard]] inline bool mentionBefore(const Mention &a, const Mention &b)
{
    return a.start < b.start || (a.start == b.start && a.end > b.end);
}

} // namespace Readout

// Only QStrings, ints and enums: QList may move mentions with memcpy when it grows.
Q_DECLARE_TYPEINFO(Readout::Mention, Q_RELOCATABLE_TYPE);
