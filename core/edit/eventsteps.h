// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QStringList>

class QUndoCommand;

namespace Readout
{

class Annotations;

/// Builds the undo steps of Annotations' multi-part edits (deleting several events, merging,
/// splitting, marking several reviewed, re-anchoring dates): one parent command whose children
/// are EventCommand, EntityCommand and DocumentCommand, computed from the current state so that
/// undoing them in reverse restores it exactly. Returns nullptr when there is nothing to do.
/// Annotations pushes the result; nothing here changes state.
class EventSteps
{
public:
    [[nodiscard]] static QUndoCommand *removal(Annotations *annotations, const QStringList &ids);
    [[nodiscard]] static QUndoCommand *merge(Annotations *annotations, const QString &into, const QString &from);
    [[nodiscard]] static QUndoCommand *
    split(Annotations *annotations, const QString &id, const QStringList &movedParticipants, const QString &newId);
    [[nodiscard]] static QUndoCommand *reviewed(Annotations *annotations, const QStringList &ids, bool reviewed);
    [[nodiscard]] static QUndoCommand *reanchor(Annotations *annotations,
                                                const QDate &published,
                                                const QHash<QString, QString> &entityValues,
                                                const QHash<QString, QString> &eventDates);
};

} // namespace Readout
