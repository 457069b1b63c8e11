// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sourcefiles.h"

#include <QMenu>

#include <functional>

namespace Readout
{

/// Settings ▸ Knowledge Files: every rules and gazetteer file Readout reads (the analyst's copy
/// when there is one), Customize ▸ FILE (copy a built-in file into the data folder and edit it:
/// how a user adds an event type, a title or a trigger), Open Data Folder, and the user
/// dictionary. Rebuilt each time it opens, so a new copy shows at once.
class KnowledgeMenu : public QMenu
{
    Q_OBJECT
public:
    /// show opens files in a source view (MainWindow::showSourceFiles).
    KnowledgeMenu(std::function<void(const SourceFile &)> show, QWidget *parent);

    /// Copies the built-in relative file into the data folder (unless already there) and shows
    /// the copy for editing; says why in a message box when it cannot.
    void customize(const QString &relative);

private:
    void rebuild();

    std::function<void(const SourceFile &)> m_show;
};

} // namespace Readout
