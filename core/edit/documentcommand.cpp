// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcommand.h"

#include "../annotations.h"

namespace Readout
{

DocumentCommand::DocumentCommand(Annotations *annotations,
                                 const QDate &before,
                                 const QDate &after,
                                 const QString &text,
                                 QUndoCommand *parent)
    : EditCommand(annotations, text, parent)
    , m_before(before)
    , m_after(after)
{
}

void DocumentCommand::redo()
{
    annotations()->applyPublished(m_after);
}

void DocumentCommand::undo()
{
    annotations()->applyPublished(m_before);
}

CorrectionLog DocumentCommand::logEntries() const
{
    CorrectionLogEntry entry;
    entry.time = time();
    entry.action = text();
    entry.target = QStringLiteral("document");
    entry.field = QStringLiteral("published");
    entry.before = m_before.toString(Qt::ISODate);
    entry.after = m_after.toString(Qt::ISODate);
    return {entry};
}

} // namespace Readout
