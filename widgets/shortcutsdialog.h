// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Readout
{

/// Help ▸ Keyboard Shortcuts: every menu action with its shortcut, read from the menu bar itself
/// (so the list is never out of date), and the keys of the event table's cell editors.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    [[nodiscard]] QTreeWidget *tree() const;

private:
    QTreeWidget *m_tree;
};

} // namespace Readout
