// SPDX-License-Identifier: GPL-3.0-or-later
#include "activeundostack.h"

#include <QAction>
#include <QUndoStack>
#include <QUndoView>

namespace Readout
{

namespace
{

QString prefixed(const QString &prefix, const QString &step)
{
    return step.isEmpty() ? prefix : prefix + QLatin1Char(' ') + step;
}

} // namespace

ActiveUndoStack::ActiveUndoStack(QObject *parent)
    : QObject(parent)
{
}

QAction *ActiveUndoStack::createUndoAction(QObject *parent, const QString &prefix)
{
    m_undo = new QAction(prefix, parent);
    m_undoPrefix = prefix;
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_stack) {
            m_stack->undo();
        }
    });
    update();
    return m_undo;
}

QAction *ActiveUndoStack::createRedoAction(QObject *parent, const QString &prefix)
{
    m_redo = new QAction(prefix, parent);
    m_redoPrefix = prefix;
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_stack) {
            m_stack->redo();
        }
    });
    update();
    return m_redo;
}

void ActiveUndoStack::addView(QUndoView *view)
{
    m_views.append(view);
    view->setStack(m_stack);
}

void ActiveUndoStack::setStack(QUndoStack *stack)
{
    if (m_stack == stack && stack) {
        return;
    }
    for (const QMetaObject::Connection &c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    m_stack = stack;
    if (stack) {
        for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged}) {
            m_connections.append(connect(stack, signal, this, &ActiveUndoStack::update));
        }
        for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged}) {
            m_connections.append(connect(stack, signal, this, &ActiveUndoStack::update));
        }
        m_connections.append(connect(stack, &QObject::destroyed, this, [this] {
            // The views forget a destroyed stack themselves; only the actions need telling.
            for (const QMetaObject::Connection &c : std::as_const(m_connections)) {
                disconnect(c);
            }
            m_connections.clear();
            m_stack = nullptr;
            update();
        }));
    }
    for (const QPointer<QUndoView> &view : std::as_const(m_views)) {
        if (view) {
            view->setStack(stack);
        }
    }
    update();
}

QUndoStack *ActiveUndoStack::stack() const
{
    return m_stack;
}

void ActiveUndoStack::update()
{
    if (m_undo) {
        m_undo->setEnabled(m_stack && m_stack->canUndo());
        m_undo->setText(prefixed(m_undoPrefix, m_stack ? m_stack->undoText() : QString()));
    }
    if (m_redo) {
        m_redo->setEnabled(m_stack && m_stack->canRedo());
        m_redo->setText(prefixed(m_redoPrefix, m_stack ? m_stack->redoText() : QString()));
    }
}

} // namespace Readout
