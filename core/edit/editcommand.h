// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "correctionlog.h"

#include <QDateTime>
#include <QUndoCommand>

class QUndoStack;

namespace Readout
{

class Annotations;

/// Base of the correction commands: one named step on an Annotations' undo stack. Holds the
/// Annotations that owns the stack (and so outlives the command), ids and values, never rows.
/// Subclasses describe themselves for the correction log.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Annotations *annotations, const QString &text, QUndoCommand *parent = nullptr);

    /// What this step changed, for the correction log.
    [[nodiscard]] virtual CorrectionLog logEntries() const = 0;
    /// When the step was made (the latest merged part for coalesced steps).
    [[nodiscard]] QDateTime time() const;

    /// The log of the steps applied on a stack (those below its index), macros included.
    [[nodiscard]] static CorrectionLog log(const QUndoStack &stack);

    /// Consecutive steps closer than this merge (typing, dragging an edge).
    static constexpr qint64 MergeWindowMs = 3000;

protected:
    [[nodiscard]] Annotations *annotations() const;
    /// True when other follows this one closely enough to merge; then takes over its time.
    bool withinMergeWindow(const EditCommand *other);

private:
    Annotations *m_annotations;
    QDateTime m_time;
};

} // namespace Readout
