// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"

#include <QVariant>

#include <utility>

namespace Readout
{

class KnowledgeBase;

/// The fields of an event the analyst edits.
enum class EventField {
    Type,
    Participants,
    Date,
    Location,
    Status,
    Topics,
    Source,
    Reviewed,
};

/// Pure functions computing an edited event from an event: what one field edit, a merge or a
/// split produces, with the correction marks (origin, correctedFields) set. Annotations pushes
/// their results as commands; nothing here changes state.
class EventEdits
{
public:
    /// "type", "participants", "date", "location", "status", "topics", "source", "reviewed".
    [[nodiscard]] static QString fieldName(EventField field);
    /// The field as text ("United States; Russia"), for the correction log and comparisons.
    [[nodiscard]] static QString fieldValue(const Event &event, EventField field);
    /// YYYY, YYYY-MM or a valid YYYY-MM-DD, or empty.
    [[nodiscard]] static bool isDateValue(const QString &value);
    /// Why value is not an event date ("“2023-13-45” is not a date: there is no month 13"); empty
    /// when it is one.
    [[nodiscard]] static QString dateProblem(const QString &value);
    /// A list cell: a QStringList, or text split at ';', trimmed, without empty or repeated items.
    [[nodiscard]] static QStringList toList(const QVariant &value);

    /// The event with one field set to value and marked corrected; the unchanged event when the value
    /// is the same or invalid (*ok false then). Participant codes come from knowledge when given.
    [[nodiscard]] static Event withField(const Event &event,
                                         EventField field,
                                         const QVariant &value,
                                         const KnowledgeBase *knowledge,
                                         bool *ok = nullptr);
    /// The fields an analyst gave an event they add: each of type, participants, date, location,
    /// status, topics and source that has a value, in that order (its corrected_fields).
    [[nodiscard]] static QStringList givenFields(const Event &event);
    /// Marks a field corrected: origin extracted becomes corrected; added events stay added and
    /// list the field too.
    static void markCorrected(Event &event, const QString &field);
    /// into with from's participants, topics, entities and evidence added and its own gaps filled.
    [[nodiscard]] static Event merged(const Event &into, const Event &from);
    /// The event without the moved participants, and a new event (id newId) with them; with no
    /// participants moved (or all of them), both keep every participant.
    [[nodiscard]] static std::pair<Event, Event>
    split(const Event &event, const QStringList &movedParticipants, const QString &newId);
};

} // namespace Readout
