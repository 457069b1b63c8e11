// SPDX-License-Identifier: GPL-3.0-or-later
#include "findactions.h"

#include "documenttab.h"

#include "findbar.h"

#include <QAction>
#include <QMenu>

namespace Readout
{

FindActions::FindActions(QWidget *window, std::function<DocumentTab *()> current)
    : QObject(window)
    , m_current(std::move(current))
    , m_find(new QAction(tr("&Find…"), window))
    , m_next(new QAction(tr("Find Ne&xt"), window))
    , m_previous(new QAction(tr("Find Pre&vious"), window))
{
    m_find->setObjectName(QStringLiteral("find"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_next->setShortcuts(QKeySequence::FindNext);
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_previous->setShortcuts(QKeySequence::FindPrevious);
    // In the window, whichever widget has the focus: the field, the article or the events table.
    for (QAction *action : {m_find, m_next, m_previous}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    const auto bar = [this]() -> FindBar * {
        DocumentTab *tab = m_current ? m_current() : nullptr;
        return tab ? tab->findBar() : nullptr;
    };
    connect(m_find, &QAction::triggered, this, [bar] {
        if (FindBar *findBar = bar()) {
            findBar->activate();
        }
    });
    connect(m_next, &QAction::triggered, this, [bar] {
        if (FindBar *findBar = bar()) {
            findBar->findNext();
        }
    });
    connect(m_previous, &QAction::triggered, this, [bar] {
        if (FindBar *findBar = bar()) {
            findBar->findPrevious();
        }
    });
}

void FindActions::addTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addActions({m_find, m_next, m_previous});
}

QAction *FindActions::findAction() const
{
    return m_find;
}

QAction *FindActions::findNextAction() const
{
    return m_next;
}

QAction *FindActions::findPreviousAction() const
{
    return m_previous;
}

} // namespace Readout
