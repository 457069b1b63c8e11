// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "editcommand.h"

#include <optional>

namespace Readout
{

/// Adds, deletes or changes one entity: holds its id and its whole value before and after (none
/// before = added, none after = deleted), so undo restores it exactly. Consecutive edge moves,
/// canonical or value edits of one entity merge (a drag is one undo step).
class EntityCommand : public EditCommand
{
public:
    enum class Kind {
        Add,
        Remove,
        Type,
        Span,
        Canonical,
        Value,
    };

    EntityCommand(Annotations *annotations,
                  Kind kind,
                  std::optional<Entity> before,
                  std::optional<Entity> after,
                  const QString &text,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    [[nodiscard]] CorrectionLog logEntries() const override;

    [[nodiscard]] QString entityId() const;
    [[nodiscard]] static QString kindName(Kind kind);

private:
    Kind m_kind;
    QString m_id;
    std::optional<Entity> m_before;
    std::optional<Entity> m_after;
};

} // namespace Readout
