// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

#include <QUndoStack>

#include <functional>

namespace Readout
{

EditCommand::EditCommand(Annotations *annotations, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_annotations(annotations)
    , m_time(QDateTime::currentDateTimeUtc())
{
}

QDateTime EditCommand::time() const
{
    return m_time;
}

Annotations *EditCommand::annotations() const
{
    return m_annotations;
}

CorrectionLog EditCommand::log(const QUndoStack &stack)
{
    CorrectionLog log;
    const std::function<void(const QUndoCommand *)> collect = [&](const QUndoCommand *command) {
        if (const auto *edit = dynamic_cast<const EditCommand *>(command)) {
            log += edit->logEntries();
        }
        for (int i = 0; i < command->childCount(); ++i) {
            collect(command->child(i));
        }
    };
    for (int i = 0; i < stack.index(); ++i) {
        collect(stack.command(i));
    }
    return log;
}

bool EditCommand::withinMergeWindow(const EditCommand *other)
{
    if (!other || m_time.msecsTo(other->m_time) > MergeWindowMs) {
        return false;
    }
    m_time = other->m_time;
    return true;
}

} // namespace Readout
