// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace Readout
{

class DocumentTab;

/// Edit ▸ Find… (Ctrl+F), Find Next (F3) and Find Previous (Shift+F3) of a window: each acts on the
/// find bar of the article current() names (the main window's tab, the compare window's focused
/// side). Owned by the window it is made for.
class FindActions : public QObject
{
    Q_OBJECT
public:
    FindActions(QWidget *window, std::function<DocumentTab *()> current);

    /// Adds the three actions, after a separator, to menu.
    void addTo(QMenu *menu);
    [[nodiscard]] QAction *findAction() const;
    [[nodiscard]] QAction *findNextAction() const;
    [[nodiscard]] QAction *findPreviousAction() const;

private:
    std::function<DocumentTab *()> m_current;
    QAction *m_find;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace Readout
