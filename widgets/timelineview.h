// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/timeline.h"

#include <QAbstractScrollArea>

namespace Readout
{

/// Events on a time axis: one row per set of sides or per event type (Timeline), a marker per
/// event coloured by its status (a called-off or postponed one crossed out), a bar for an event
/// dated only by its month or year. Ctrl+wheel or zoomBy() zooms the axis around the pointer,
/// dragging pans, a click on a marker activates its event; the row labels and the axis stay in
/// view. render() draws the whole timeline (for PNG and SVG export), legend included.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setEvents(const QVector<TimelineEvent> &events, Timeline::Grouping grouping);
    void setGrouping(Timeline::Grouping grouping);
    [[nodiscard]] Timeline::Grouping grouping() const;
    [[nodiscard]] const QVector<Timeline::Row> &rows() const;
    [[nodiscard]] const QVector<TimelineEvent> &events() const;

    /// Multiplies the pixels per day by factor (kept between a decade and a day on screen).
    void zoomBy(double factor);
    /// Fits every event into the width of the view.
    void fit();
    [[nodiscard]] double pixelsPerDay() const;

    /// The size of the whole timeline as render() draws it.
    [[nodiscard]] QSize fullSize() const;
    /// Draws the whole timeline (not just what is in view) with painter, from (0, 0).
    void render(QPainter &painter) const;
    /// Writes the whole timeline as PNG or SVG (by the suffix); false with the reason.
    bool exportTo(const QString &path, QString *error) const;

    /// The event under a point of the viewport, or -1.
    [[nodiscard]] int eventAt(const QPoint &viewportPos) const;
    /// Where an event's marker is drawn in the viewport (for tests and tooltips).
    [[nodiscard]] QPoint markerPos(int event) const;

Q_SIGNALS:
    void eventActivated(int event);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void paintTimeline(QPainter &painter, int dx, int dy, const QRect &area) const;
    void paintAxis(QPainter &painter, int dx, int width) const;
    void paintLegend(QPainter &painter, int y) const;
    void updateScrollBars();
    [[nodiscard]] int xOfDay(const QDate &day) const; ///< in timeline coordinates (labels included)
    [[nodiscard]] QDate dayAtX(int x) const;
    [[nodiscard]] int labelWidth() const;
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int axisHeight() const;

    QVector<TimelineEvent> m_events;
    QVector<Timeline::Row> m_rows;
    QVector<int> m_rowOfEvent; ///< -1: not on the axis
    Timeline::Grouping m_grouping = Timeline::Grouping::Sides;
    QDate m_first; ///< the axis starts here (a margin before the first event)
    QDate m_last;
    double m_pixelsPerDay = 4.0;
    QPoint m_pressPos;
    int m_pressScroll = 0;
    bool m_dragged = false;
    bool m_fitting = true; ///< fit() again on resize, until zoomed
};

} // namespace Readout
