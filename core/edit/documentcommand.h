// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editcommand.h"

#include <QDate>

namespace Readout
{

/// Changes the publication date that relative dates are anchored on; part of the one undo step
/// that also re-resolves the dates (Annotations::reanchorDates()).
class DocumentCommand : public EditCommand
{
public:
    DocumentCommand(Annotations *annotations,
                    const QDate &before,
                    const QDate &after,
                    const QString &text,
                    QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    [[nodiscard]] CorrectionLog logEntries() const override;

private:
    QDate m_before;
    QDate m_after;
};

} // namespace Readout
