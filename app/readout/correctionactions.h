// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "entity.h"

#include <tuple>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QMenuBar;

namespace Readout
{

class ActiveUndoStack;
class CorrectionDialogs;
class DocumentTab;

/// The correction side of the window: Edit (undo, redo with the step's name, publication date),
/// Annotate (entities, by single keys in the article) and Events (add, delete, merge, split,
/// reviewed) menus, the Undo History dock, Settings ▸ User Dictionary and Help ▸ Keyboard
/// Shortcuts, and the questions about a changed or unusable sidecar. Acts on the current
/// DocumentTab; its dialogs are CorrectionDialogs'. Owned by the window.
class CorrectionActions : public QObject
{
    Q_OBJECT
public:
    explicit CorrectionActions(QMainWindow *window);

    /// Puts Edit, Annotate and Events before view in the menu bar and adds to view, settings, help.
    void createMenus(QMenuBar *menuBar, QMenu *view, QMenu *settings, QMenu *help);
    /// Gives a new tab the shortcuts and the questions about its sidecar.
    void addDocument(DocumentTab *tab);
    void setCurrentDocument(DocumentTab *tab);
    /// Off for unattended runs (--screenshot): a changed article is then re-anchored unasked.
    void setDialogsEnabled(bool enabled);

    [[nodiscard]] ActiveUndoStack *undoStacks() const;
    [[nodiscard]] QDockWidget *undoDock() const;
    /// An action by its object name ("annotatePerson", "undo", "mergeEvents", ...), for tests.
    [[nodiscard]] QAction *action(const QString &name) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The steps of createMenus(): each menu (added to menuBar by the caller) and the undo dock.
    QMenu *createEditMenu(QMenuBar *menuBar);
    QMenu *createAnnotateMenu(QMenuBar *menuBar);
    QMenu *createEventsMenu(QMenuBar *menuBar);
    void createUndoDock(QMenu *view);
    QAction *makeAction(QMenu *menu,
                        const QString &name,
                        const QString &text,
                        const QKeySequence &key,
                        Qt::ShortcutContext context);
    /// Annotate ▸ Annotate All Occurrences as ▸ (a type each, Shift+its key) and Delete All
    /// Occurrences; types as in the Annotate menu.
    void createOccurrenceActions(QMenu *annotate,
                                 const QList<std::tuple<QString, QString, Qt::Key, EntityType>> &types);
    void updateEnabled();

    QMainWindow *m_window;
    ActiveUndoStack *m_undoStacks;
    CorrectionDialogs *m_dialogs;
    QSet<QString> m_knowledgeProblemsShown; ///< each told once per run, not once per article
    QDockWidget *m_undoDock = nullptr;
    QMenuBar *m_menuBar = nullptr;
    QPointer<DocumentTab> m_current;
    QHash<QString, QAction *> m_actions;
    QList<QAction *> m_articleActions; ///< live in each article view
    QList<QAction *> m_tableActions; ///< live in each events table
};

} // namespace Readout
