// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace Readout
{

class Annotations;
class ArticleView;

/// Entity corrections in an ArticleView, by keyboard, context menu and mouse: adds an entity over
/// the selection (or retypes the one at the cursor), deletes it, moves its edges (Alt+arrows, or
/// dragging an edge: one undo step per drag), sets its span to the selection, steps from entity to
/// entity. Every change goes through the Annotations' commands; adding, retyping and "delete, never
/// again" also teach the user dictionary, in the same undo step (Annotations::Teach). The window's actions call the
/// slots; the controller only adds the context menu and the edge drag. Owned by the view.
class EntityEditController : public QObject
{
    Q_OBJECT
public:
    enum class Edge {
        Start,
        End,
    };

    explicit EntityEditController(ArticleView *view);

    [[nodiscard]] ArticleView *view() const;
    /// The entity the analyst points at: the one at the cursor, or the innermost one the selection
    /// lies in; empty when none.
    [[nodiscard]] QString currentEntityId() const;
    /// [start, end) of the selection (UTF-16), or an empty range at the cursor.
    [[nodiscard]] QPair<int, int> selection() const;
    /// Actions shown in the context menu (the window's Annotate actions).
    void setContextActions(const QList<QAction *> &actions);

    /// Pixels around an edge that grab it.
    static constexpr int EdgeGrabDistance = 4;

public Q_SLOTS:
    /// Over a selection: adds an entity of this type (or retypes the one with exactly that span);
    /// without one: retypes the entity at the cursor.
    bool annotate(Readout::EntityType type);
    /// Annotates every whole-word occurrence of the selected text (case kept) that no entity
    /// covers yet, as one undo step; teaches the name as annotate() does.
    bool annotateAll(Readout::EntityType type);
    /// Deletes every entity with the text and type of the current one, as one undo step.
    bool deleteAll();
    /// Deletes the current entity; with neverAgain its text becomes a stop entry too.
    bool deleteEntity(bool neverAgain = false);
    /// Moves one edge of the current entity by delta characters.
    bool moveEdge(Readout::EntityEditController::Edge edge, int delta);
    /// Gives the current entity the selection's span (re-select to move both edges).
    bool setSpanToSelection();
    /// Selects the next (or previous) entity after the cursor.
    bool selectNextEntity(bool forward = true);

Q_SIGNALS:
    /// Something to tell the analyst ("Select some text first").
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] Annotations *annotations() const;
    /// The entity whose edge is under the point, and which edge; empty id when none.
    [[nodiscard]] QPair<QString, Edge> edgeAt(const QPoint &viewportPoint) const;
    void selectEntity(const QString &id);
    void showContextMenu(const QPoint &viewportPoint, const QPoint &globalPos);

    QPointer<ArticleView> m_view;
    /// The view's viewport, compared without touching m_view: while the view is being destroyed the
    /// viewport still sends events, and the view is no longer an ArticleView.
    QPointer<QWidget> m_viewport;
    QList<QAction *> m_contextActions;
    QString m_dragId;
    Edge m_dragEdge = Edge::Start;
};

} // namespace Readout
