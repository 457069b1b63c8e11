// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"

#include <QString>

class QUndoCommand;

namespace Readout
{

class Annotations;

/// Builds the undo steps of Annotations' edits of many entities at once: one parent command named
/// for the Undo menu ("Annotate 7 occurrences of “Lavrov”") whose children are EntityCommands,
/// computed from the current state. Returns nullptr when there is nothing to do. Annotations
/// pushes the result; nothing here changes state.
class EntitySteps
{
public:
    /// Adds an entity of this type over every whole-word occurrence (Occurrences::find) of the
    /// text in [start, end) that no entity overlaps yet, the selection itself included. Entities
    /// already there (of any type) are left as they are.
    [[nodiscard]] static QUndoCommand *annotateAll(Annotations *annotations, EntityType type, int start, int end);
    /// Deletes every entity of the same type and text (white space aside, case kept) as this one.
    [[nodiscard]] static QUndoCommand *removeAll(Annotations *annotations, const QString &id);
};

} // namespace Readout
