// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcommand.h"

#include "../annotations.h"

namespace Readout
{

namespace
{

bool isTyped(EventField field)
{
    // Free-text cells, where an analyst refines a value in several goes.
    return field == EventField::Topics || field == EventField::Source || field == EventField::Location
        || field == EventField::Participants;
}

QString describe(const std::optional<Event> &e)
{
    if (!e) {
        return {};
    }
    return QStringLiteral("%1 %2 %3 %4")
        .arg(e->type, e->participants.join(QLatin1String("; ")), e->date, e->status)
        .simplified();
}

} // namespace

EventCommand::EventCommand(Annotations *annotations,
                           std::optional<Event> before,
                           std::optional<Event> after,
                           const QString &previousId,
                           const QString &text,
                           std::optional<EventField> field,
                           QUndoCommand *parent)
    : EditCommand(annotations, text, parent)
    , m_id(before ? before->id : (after ? after->id : QString()))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_previousId(previousId)
    , m_field(field)
{
}

void EventCommand::redo()
{
    annotations()->applyEvent(m_id, m_after, m_previousId);
}

void EventCommand::undo()
{
    annotations()->applyEvent(m_id, m_before, m_previousId);
}

int EventCommand::id() const
{
    if (m_field && isTyped(*m_field) && m_before && m_after) {
        return 0x455600 + int(*m_field);
    }
    return -1;
}

bool EventCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EventCommand *>(other);
    if (!next || next->m_id != m_id || next->m_field != m_field || !next->m_after || !withinMergeWindow(next)) {
        return false;
    }
    m_after = next->m_after;
    setText(next->text());
    // Typed back to what it was: nothing changed, correction marks aside.
    if (m_before && m_after) {
        Event unmarked = *m_after;
        unmarked.origin = m_before->origin;
        unmarked.correctedFields = m_before->correctedFields;
        if (unmarked == *m_before) {
            // The stack drops an obsolete step without undoing it: put the unmarked value back.
            m_after = m_before;
            annotations()->applyEvent(m_id, m_before, m_previousId);
            setObsolete(true);
        }
    }
    return true;
}

CorrectionLog EventCommand::logEntries() const
{
    CorrectionLogEntry entry;
    entry.time = time();
    entry.action = text();
    entry.target = m_id;
    if (m_field && m_before && m_after) {
        entry.field = EventEdits::fieldName(*m_field);
        entry.before = EventEdits::fieldValue(*m_before, *m_field);
        entry.after = EventEdits::fieldValue(*m_after, *m_field);
    } else {
        entry.before = describe(m_before);
        entry.after = describe(m_after);
    }
    return {entry};
}

QString EventCommand::eventId() const
{
    return m_id;
}

} // namespace Readout
