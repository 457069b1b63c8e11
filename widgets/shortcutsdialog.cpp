// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Readout
{

namespace
{

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.remove(QLatin1String("...")).trimmed();
}

void addMenu(QTreeWidget *tree, QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        if (action->menu()) {
            auto *group = new QTreeWidgetItem(parent, {plain(action->text())});
            addMenu(tree, group, action->menu());
            if (group->childCount() == 0) {
                delete group;
            }
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            keys << key.toString(QKeySequence::NativeText);
        }
        if (!keys.isEmpty()) {
            new QTreeWidgetItem(parent, {plain(action->text()), keys.join(QLatin1String(", "))});
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 620);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    for (QAction *action : menuBar->actions()) {
        if (action->menu()) {
            auto *top = new QTreeWidgetItem(m_tree, {plain(action->text())});
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            addMenu(m_tree, top, action->menu());
            if (top->childCount() == 0) {
                delete top;
            }
        }
    }
    // Keys the item views and editors handle themselves.
    auto *table = new QTreeWidgetItem(m_tree, {tr("Events table")});
    QFont bold = table->font(0);
    bold.setBold(true);
    table->setFont(0, bold);
    const QList<QPair<QString, QString>> viewKeys = {
        {tr("Edit the current cell"), QStringLiteral("F2")},
        {tr("Commit the edit"), tr("Enter")},
        {tr("Cancel the edit"), tr("Esc")},
        {tr("Next cell"), tr("Tab")},
        {tr("Open the calendar (date cell)"), tr("Alt+Down")},
        {tr("Toggle reviewed (✓ cell)"), tr("Space")},
        {tr("Show the evidence of the current event"), tr("Enter (not editing)")},
    };
    for (const auto &[what, key] : viewKeys) {
        new QTreeWidgetItem(table, {what, key});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
}

QTreeWidget *ShortcutsDialog::tree() const
{
    return m_tree;
}

} // namespace Readout
