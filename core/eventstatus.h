// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Readout
{

/// The statuses the extractor reasons about. Event::status keeps the name (rules/statuses.tsv lists
/// them for the editor and iCalendar); code compares these, never the strings.
enum class EventStatus : quint8 {
    None,
    Held,
    Scheduled,
    Likely,
    Planned,
    Proposed,
    Cancelled,
};

/// "held", "scheduled", ...; "" for None.
[[nodiscard]] inline QString statusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Held:
        return QStringLiteral("held");
    case EventStatus::Scheduled:
        return QStringLiteral("scheduled");
    case EventStatus::Likely:
        return QStringLiteral("likely");
    case EventStatus::Planned:
        return QStringLiteral("planned");
    case EventStatus::Proposed:
        return QStringLiteral("proposed");
    case EventStatus::Cancelled:
        return QStringLiteral("cancelled");
    case EventStatus::None:
        break;
    }
    return {};
}

/// The status of a name; nothing for a name the extractor does not know.
[[nodiscard]] inline std::optional<EventStatus> statusFromName(const QString &name)
{
    for (const EventStatus s : {EventStatus::Held,
                                EventStatus::Scheduled,
                                EventStatus::Likely,
                                EventStatus::Planned,
                                EventStatus::Proposed,
                                EventStatus::Cancelled}) {
        if (statusName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

} // namespace Readout
