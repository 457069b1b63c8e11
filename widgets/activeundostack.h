// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QUndoStack;
class QUndoView;

namespace Readout
{

/// Undo and redo actions, and undo views, that follow one stack at a time (the current
/// article's), as QUndoGroup's do, without taking the stack in: a QUndoStack belongs to at most
/// one QUndoGroup, and one article's stack is shown by every window that shows the article.
/// Does not own the stacks; forgets a stack when it is destroyed.
class ActiveUndoStack : public QObject
{
    Q_OBJECT
public:
    explicit ActiveUndoStack(QObject *parent = nullptr);

    /// "&Undo" + the step's name ("&Undo Add PERSON “X”"); disabled when there is nothing to undo.
    QAction *createUndoAction(QObject *parent, const QString &prefix);
    QAction *createRedoAction(QObject *parent, const QString &prefix);
    /// The view shows the active stack's history.
    void addView(QUndoView *view);

    void setStack(QUndoStack *stack);
    [[nodiscard]] QUndoStack *stack() const;

private:
    void update();

    QPointer<QUndoStack> m_stack;
    QList<QMetaObject::Connection> m_connections;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
    QString m_undoPrefix;
    QString m_redoPrefix;
    QList<QPointer<QUndoView>> m_views;
};

} // namespace Readout
