// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityeditcontroller.h"

#include "articleview.h"

#include "annotations.h"
#include "edit/entityedits.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

#include <cstdlib>

namespace Readout
{

EntityEditController::EntityEditController(ArticleView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
}

ArticleView *EntityEditController::view() const
{
    return m_view;
}

Annotations *EntityEditController::annotations() const
{
    return m_view ? m_view->annotations() : nullptr;
}

void EntityEditController::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

QPair<int, int> EntityEditController::selection() const
{
    const QTextCursor cursor = m_view->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

QString EntityEditController::currentEntityId() const
{
    const Annotations *a = annotations();
    if (!a) {
        return {};
    }
    const auto [start, end] = selection();
    if (start == end) {
        // At the cursor, or right before it (the cursor sits after a word it just selected).
        const Entity *e = a->entityAt(start);
        if (!e && start > 0) {
            e = a->entityAt(start - 1);
        }
        return e ? e->id : QString();
    }
    const Entity *best = nullptr;
    for (const Entity *e : a->entitiesIn(start, end)) {
        const bool covers = (e->start <= start && e->end >= end) || (e->start >= start && e->end <= end);
        if (covers && (!best || e->end - e->start < best->end - best->start)) {
            best = e;
        }
    }
    return best ? best->id : QString();
}

bool EntityEditController::annotate(EntityType type)
{
    Annotations *a = annotations();
    if (!a) {
        return false;
    }
    const auto [start, end] = selection();
    QString id;
    if (start == end) {
        id = currentEntityId();
        if (id.isEmpty()) {
            Q_EMIT message(tr("Select the text of the name first, or put the cursor in an entity to change its type"));
            return false;
        }
        if (!a->setEntityType(id, type, Annotations::Teach::Yes)) {
            return false;
        }
    } else {
        // The selection is exactly an entity's span: that is a retype, not a second entity.
        for (const Entity *e : a->entitiesIn(start, end)) {
            if (e->start == start && e->end == end) {
                id = e->id;
            }
        }
        if (!id.isEmpty()) {
            if (!a->setEntityType(id, type, Annotations::Teach::Yes)) {
                return false;
            }
        } else {
            id = a->addEntity(type, start, end, {}, {}, Annotations::Teach::Yes);
            if (id.isEmpty()) {
                const QString text = a->document().text().mid(start, end - start).simplified();
                Q_EMIT message(EntityEdits::hasLetterOrDigit(text, 0, int(text.size()))
                                   ? tr("Nothing to annotate there")
                                   : tr("“%1” has no letter or digit: it cannot be a name").arg(text));
                return false;
            }
        }
    }
    return true;
}

bool EntityEditController::annotateAll(EntityType type)
{
    Annotations *a = annotations();
    const auto [start, end] = selection();
    if (!a || start == end) {
        Q_EMIT message(tr("Select the text of the name first"));
        return false;
    }
    const int count = a->annotateOccurrences(type, start, end, Annotations::Teach::Yes);
    const QString text = a->document().text().mid(start, end - start).simplified();
    if (count == 0) {
        Q_EMIT message(tr("No whole-word occurrence of “%1” is left to annotate").arg(text));
        return false;
    }
    Q_EMIT message(
        tr("Annotated %n occurrence(s) of “%1” as %2", nullptr, count).arg(text, entityTypeName(type).toLower()));
    return true;
}

bool EntityEditController::deleteAll()
{
    Annotations *a = annotations();
    const QString id = currentEntityId();
    const Entity *e = a ? a->entity(id) : nullptr;
    if (!e) {
        Q_EMIT message(tr("Put the cursor in one of the entities to delete"));
        return false;
    }
    const QString text = e->text.simplified();
    const int count = a->removeOccurrences(id);
    Q_EMIT message(tr("Deleted %n occurrence(s) of “%1”", nullptr, count).arg(text));
    return count > 0;
}

bool EntityEditController::deleteEntity(bool neverAgain)
{
    Annotations *a = annotations();
    const QString id = currentEntityId();
    const Entity *e = a ? a->entity(id) : nullptr;
    if (!e) {
        Q_EMIT message(tr("Put the cursor in the entity to delete"));
        return false;
    }
    return a->removeEntities({id}, neverAgain ? Annotations::Teach::Yes : Annotations::Teach::No);
}

bool EntityEditController::moveEdge(Edge edge, int delta)
{
    Annotations *a = annotations();
    const QString id = currentEntityId();
    const Entity *e = a ? a->entity(id) : nullptr;
    if (!e) {
        Q_EMIT message(tr("Put the cursor in the entity to resize"));
        return false;
    }
    const int start = edge == Edge::Start ? e->start + delta : e->start;
    const int end = edge == Edge::End ? e->end + delta : e->end;
    if (!a->setEntitySpan(id, start, end)) {
        return false;
    }
    selectEntity(id);
    return true;
}

bool EntityEditController::setSpanToSelection()
{
    Annotations *a = annotations();
    const auto [start, end] = selection();
    const QString id = currentEntityId();
    if (!a || id.isEmpty() || start == end) {
        Q_EMIT message(tr("Select the new extent of an entity, overlapping it"));
        return false;
    }
    return a->setEntitySpan(id, start, end);
}

bool EntityEditController::selectNextEntity(bool forward)
{
    const Annotations *a = annotations();
    if (!a || a->entities().isEmpty()) {
        return false;
    }
    const auto [start, end] = selection();
    const QVector<Entity> &entities = a->entities();
    const Entity *target = nullptr;
    if (forward) {
        for (const Entity &e : entities) {
            if (e.start > start || (e.start == start && e.end < end && start != end)) {
                target = &e;
                break;
            }
        }
    } else {
        for (auto it = entities.crbegin(); it != entities.crend(); ++it) {
            if (it->start < start) {
                target = &*it;
                break;
            }
        }
    }
    if (!target) {
        return false;
    }
    selectEntity(target->id);
    return true;
}

void EntityEditController::selectEntity(const QString &id)
{
    const Entity *e = annotations() ? annotations()->entity(id) : nullptr;
    if (!e) {
        return;
    }
    QTextCursor cursor(m_view->document());
    cursor.setPosition(e->start);
    cursor.setPosition(e->end, QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    m_view->ensureCursorVisible();
}

QPair<QString, EntityEditController::Edge> EntityEditController::edgeAt(const QPoint &point) const
{
    const Annotations *a = annotations();
    if (!a) {
        return {};
    }
    const int position = m_view->cursorForPosition(point).position();
    for (const Entity *e : a->entitiesIn(position - 1, position + 1)) {
        for (const Edge edge : {Edge::Start, Edge::End}) {
            QTextCursor cursor(m_view->document());
            cursor.setPosition(edge == Edge::Start ? e->start : e->end);
            const QRect rect = m_view->cursorRect(cursor);
            if (std::abs(point.x() - rect.left()) <= EdgeGrabDistance && point.y() >= rect.top()
                && point.y() <= rect.bottom()) {
                return {e->id, edge};
            }
        }
    }
    return {};
}

bool EntityEditController::eventFilter(QObject *watched, QEvent *event)
{
    if (m_viewport.isNull() || watched != m_viewport.data()) {
        return false;
    }
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const auto [id, edge] = edgeAt(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && !id.isEmpty()) {
            m_dragId = id;
            m_dragEdge = edge;
            return true;
        }
        break;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint point = mouse->position().toPoint();
        if (!m_dragId.isEmpty()) {
            const Entity *e = annotations() ? annotations()->entity(m_dragId) : nullptr;
            const int position = m_view->cursorForPosition(point).position();
            if (e) {
                // Every step is pushed; the stack merges them into one "Resize" step.
                if (m_dragEdge == Edge::Start && position < e->end) {
                    annotations()->setEntitySpan(m_dragId, position, e->end);
                } else if (m_dragEdge == Edge::End && position > e->start) {
                    annotations()->setEntitySpan(m_dragId, e->start, position);
                }
            }
            return true;
        }
        if (mouse->buttons() == Qt::NoButton && !edgeAt(point).first.isEmpty()) {
            m_view->viewport()->setCursor(Qt::SizeHorCursor);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease:
        if (!m_dragId.isEmpty()) {
            selectEntity(m_dragId);
            m_dragId.clear();
            return true;
        }
        break;
    case QEvent::ContextMenu: {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        showContextMenu(menuEvent->pos(), menuEvent->globalPos());
        return true;
    }
    default:
        break;
    }
    return false;
}

void EntityEditController::showContextMenu(const QPoint &viewportPoint, const QPoint &globalPos)
{
    // Right-clicking outside the selection moves the cursor there, as editors do.
    const int position = m_view->cursorForPosition(viewportPoint).position();
    const auto [start, end] = selection();
    if (position < start || position > end) {
        QTextCursor cursor = m_view->textCursor();
        cursor.setPosition(position);
        m_view->setTextCursor(cursor);
    }
    QMenu *menu = m_view->createStandardContextMenu(viewportPoint);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_contextActions.isEmpty()) {
        QAction *first = menu->actions().value(0);
        for (QAction *action : std::as_const(m_contextActions)) {
            menu->insertAction(first, action);
        }
        menu->insertSeparator(first);
    }
    menu->popup(globalPos);
}

} // namespace Readout
