// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "editcommand.h"
#include "eventedits.h"

#include <optional>

namespace Readout
{

/// Adds, deletes or changes one event: holds its id, its whole value before and after (none
/// before = added, none after = deleted) and the id of the event it follows, so undo puts it back
/// exactly where it was. Consecutive edits of one text field of one event merge (typing).
class EventCommand : public EditCommand
{
public:
    /// field: the one field this step edits, if it edits one (for merging and the log).
    EventCommand(Annotations *annotations,
                 std::optional<Event> before,
                 std::optional<Event> after,
                 const QString &previousId,
                 const QString &text,
                 std::optional<EventField> field = std::nullopt,
                 QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    [[nodiscard]] CorrectionLog logEntries() const override;

    [[nodiscard]] QString eventId() const;

private:
    QString m_id;
    std::optional<Event> m_before;
    std::optional<Event> m_after;
    QString m_previousId;
    std::optional<EventField> m_field;
};

} // namespace Readout
