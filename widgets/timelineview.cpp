// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "knowledge/rulelabels.h"
#include "models/plaintooltip.h"

#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Readout
{

namespace
{

constexpr double MinPixelsPerDay = 0.05; // about ten years across a screen
constexpr double MaxPixelsPerDay = 80.0;
constexpr int Margin = 8;
constexpr int Pad = 14; ///< room before the first day, so its marker shows whole

/// The colour of a status; statuses outside the list are grey.
QColor statusColour(const QString &status)
{
    static const QHash<QString, QColor> colours = {{QStringLiteral("held"), QColor(0x2e, 0x7d, 0x32)},
                                                   {QStringLiteral("scheduled"), QColor(0x15, 0x65, 0xc0)},
                                                   {QStringLiteral("likely"), QColor(0x00, 0x83, 0x8f)},
                                                   {QStringLiteral("planned"), QColor(0x6a, 0x1b, 0x9a)},
                                                   {QStringLiteral("proposed"), QColor(0xef, 0x6c, 0x00)},
                                                   {QStringLiteral("cancelled"), QColor(0xc6, 0x28, 0x28)}};
    return colours.value(status, QColor(0x75, 0x75, 0x75));
}

QStringList legendStatuses()
{
    return {QStringLiteral("held"),
            QStringLiteral("scheduled"),
            QStringLiteral("likely"),
            QStringLiteral("planned"),
            QStringLiteral("proposed"),
            QStringLiteral("cancelled")};
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::OpenHandCursor);
    horizontalScrollBar()->setSingleStep(40);
    verticalScrollBar()->setSingleStep(rowHeight());
}

void TimelineView::setEvents(const QVector<TimelineEvent> &events, Timeline::Grouping grouping)
{
    m_events = events;
    m_grouping = grouping;
    const auto [first, last] = Timeline::span(m_events);
    m_first = first.isValid() ? first.addDays(-7) : QDate::currentDate().addDays(-30);
    m_last = last.isValid() ? last.addDays(7) : QDate::currentDate();
    setGrouping(grouping);
    fit();
}

void TimelineView::setGrouping(Timeline::Grouping grouping)
{
    m_grouping = grouping;
    m_rows = Timeline::rows(m_events, grouping);
    m_rowOfEvent = QVector<int>(m_events.size(), -1);
    for (int r = 0; r < m_rows.size(); ++r) {
        for (const int e : m_rows.at(r).events) {
            m_rowOfEvent[e] = r;
        }
    }
    updateScrollBars();
    viewport()->update();
}

Timeline::Grouping TimelineView::grouping() const
{
    return m_grouping;
}

const QVector<Timeline::Row> &TimelineView::rows() const
{
    return m_rows;
}

const QVector<TimelineEvent> &TimelineView::events() const
{
    return m_events;
}

int TimelineView::labelWidth() const
{
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("Sides"));
    for (const Timeline::Row &row : m_rows) {
        widest = std::max(widest, fontMetrics().horizontalAdvance(row.label));
    }
    return std::min(widest, 320) + 2 * Margin;
}

int TimelineView::rowHeight() const
{
    return fontMetrics().height() + 12;
}

int TimelineView::axisHeight() const
{
    return 2 * fontMetrics().height() + 10;
}

double TimelineView::pixelsPerDay() const
{
    return m_pixelsPerDay;
}

int TimelineView::xOfDay(const QDate &day) const
{
    return labelWidth() + Pad + int(std::lround(double(m_first.daysTo(day)) * m_pixelsPerDay));
}

QDate TimelineView::dayAtX(int x) const
{
    return m_first.addDays(qint64(std::floor(double(x - labelWidth() - Pad) / m_pixelsPerDay)));
}

QSize TimelineView::fullSize() const
{
    const int width = xOfDay(m_last) + Pad;
    const int height = axisHeight() + int(m_rows.size()) * rowHeight() + 2 * fontMetrics().height() + Margin;
    return {width, height};
}

void TimelineView::zoomBy(double factor)
{
    m_fitting = false;
    const QPoint pointer = viewport()->mapFromGlobal(QCursor::pos());
    const int anchorX = viewport()->rect().contains(pointer) ? pointer.x() : viewport()->width() / 2;
    const QDate anchor = dayAtX(anchorX + horizontalScrollBar()->value());
    m_pixelsPerDay = std::clamp(m_pixelsPerDay * factor, MinPixelsPerDay, MaxPixelsPerDay);
    updateScrollBars();
    horizontalScrollBar()->setValue(xOfDay(anchor) - anchorX);
    viewport()->update();
}

void TimelineView::fit()
{
    m_fitting = true;
    const int days = std::max<qint64>(1, m_first.daysTo(m_last));
    const int room = std::max(100, viewport()->width() - labelWidth() - 2 * Pad);
    m_pixelsPerDay = std::clamp(double(room) / days, MinPixelsPerDay, MaxPixelsPerDay);
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const QSize full = fullSize();
    horizontalScrollBar()->setRange(0, std::max(0, full.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, full.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
}

QPoint TimelineView::markerPos(int event) const
{
    const int row = m_rowOfEvent.value(event, -1);
    if (row < 0) {
        return {-1, -1};
    }
    const auto [first, last] = Timeline::days(m_events.at(event).date);
    const int x = (xOfDay(first) + xOfDay(last.addDays(1))) / 2;
    const int y = axisHeight() + row * rowHeight() + rowHeight() / 2;
    // The row labels and axis stay put: markers scroll under them.
    return {x - horizontalScrollBar()->value(), y - verticalScrollBar()->value()};
}

int TimelineView::eventAt(const QPoint &pos) const
{
    const int radius = rowHeight() / 3 + 2;
    int best = -1;
    int bestDistance = radius * radius + 1;
    for (int e = 0; e < m_events.size(); ++e) {
        const QPoint p = markerPos(e);
        const int d = (p.x() - pos.x()) * (p.x() - pos.x()) + (p.y() - pos.y()) * (p.y() - pos.y());
        if (p.x() >= labelWidth() && p.y() >= axisHeight() && d < bestDistance) {
            best = e;
            bestDistance = d;
        }
    }
    return best;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    paintTimeline(painter, horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->rect());
    // The legend stays at the bottom of the view.
    const int legend = 2 * fontMetrics().height();
    painter.fillRect(QRect(0, viewport()->height() - legend, viewport()->width(), legend), palette().window());
    paintLegend(painter, viewport()->height() - legend + fontMetrics().height() / 2);
}

void TimelineView::render(QPainter &painter) const
{
    const QSize full = fullSize();
    painter.fillRect(QRect(QPoint(0, 0), full), palette().base());
    paintTimeline(painter, 0, 0, QRect(QPoint(0, 0), full));
    paintLegend(painter, full.height() - 2 * fontMetrics().height());
}

void TimelineView::paintTimeline(QPainter &painter, int dx, int dy, const QRect &area) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const int labels = labelWidth();
    const int rh = rowHeight();
    const int top = axisHeight();
    // Rows: a band on every other one, the markers, then the labels over the band's left end.
    painter.save();
    painter.setClipRect(QRect(labels, top, area.width() - labels, area.height() - top));
    for (int r = 0; r < m_rows.size(); ++r) {
        const int y = top + r * rh - dy;
        if (r % 2 == 1) {
            painter.fillRect(QRect(labels, y, area.width() - labels, rh), palette().alternateBase());
        }
    }
    for (int e = 0; e < m_events.size(); ++e) {
        const int row = m_rowOfEvent.at(e);
        if (row < 0) {
            continue;
        }
        const TimelineEvent &ev = m_events.at(e);
        const auto [first, last] = Timeline::days(ev.date);
        const int x0 = xOfDay(first) - dx;
        const int x1 = xOfDay(last.addDays(1)) - dx;
        const int y = top + row * rh + rh / 2 - dy;
        const QColor colour = statusColour(ev.status);
        if (x1 - x0 > 6) {
            // A month or a year: a bar over the days it may be.
            QColor bar = colour;
            bar.setAlpha(70);
            painter.setPen(Qt::NoPen);
            painter.setBrush(bar);
            painter.drawRoundedRect(QRectF(x0, y - rh / 6.0, x1 - x0, rh / 3.0), 3, 3);
        }
        const double radius = rh / 4.0;
        const QPointF centre((x0 + x1) / 2.0, y);
        painter.setPen(QPen(colour.darker(130), 1.2));
        painter.setBrush(ev.status == QLatin1String("cancelled") ? palette().base().color() : colour);
        painter.drawEllipse(centre, radius, radius);
        if (ev.status == QLatin1String("cancelled")) {
            painter.setPen(QPen(colour, 2));
            painter.drawLine(centre + QPointF(-radius, -radius), centre + QPointF(radius, radius));
            painter.drawLine(centre + QPointF(-radius, radius), centre + QPointF(radius, -radius));
        }
    }
    painter.restore();
    painter.save();
    painter.setClipRect(QRect(0, top, labels, area.height() - top));
    painter.fillRect(QRect(0, top, labels, area.height() - top), palette().window());
    painter.setPen(palette().text().color());
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRect box(Margin, top + r * rh - dy, labels - 2 * Margin, rh);
        painter.drawText(box,
                         Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(m_rows.at(r).label, Qt::ElideRight, box.width()));
    }
    painter.restore();
    paintAxis(painter, dx, area.width());
}

void TimelineView::paintAxis(QPainter &painter, int dx, int width) const
{
    const int labels = labelWidth();
    const int h = axisHeight();
    painter.fillRect(QRect(0, 0, width, h), palette().window());
    painter.setPen(palette().text().color());
    painter.drawText(QRect(Margin, 0, labels - 2 * Margin, h),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     m_grouping == Timeline::Grouping::Sides ? tr("Sides") : tr("Type"));
    painter.save();
    painter.setClipRect(QRect(labels, 0, width - labels, h));
    const QDate from = std::max(m_first, dayAtX(labels + dx));
    const QDate to = std::min(m_last, dayAtX(width + dx).addDays(1));
    // Ticks: days when a day is wide, months when a month is, else years; every n-th so that
    // labels never run into each other.
    const int labelRoom = fontMetrics().horizontalAdvance(QStringLiteral("28 May 2022")) + 12;
    const bool daily = m_pixelsPerDay * 1 >= labelRoom / 2.0;
    const bool monthly = !daily && m_pixelsPerDay * 30 >= labelRoom / 3.0;
    const double unit = daily ? m_pixelsPerDay : monthly ? m_pixelsPerDay * 30.4 : m_pixelsPerDay * 365.25;
    int step = 1;
    for (const int candidate : {1, 2, 3, 5, 6, 10, 20, 25, 50, 100}) {
        step = candidate;
        if (unit * candidate >= labelRoom) {
            break;
        }
    }
    QDate tick = daily ? from
        : monthly      ? QDate(from.year(), 1 + (from.month() - 1) / step * step, 1)
                       : QDate(from.year() / step * step, 1, 1);
    const QColor grid = palette().mid().color();
    while (tick.isValid() && tick <= to) {
        const int x = xOfDay(tick) - dx;
        if (tick >= from) {
            painter.setPen(grid);
            painter.drawLine(x, h - 6, x, h);
            painter.setPen(palette().text().color());
            const QString label = daily ? QLocale().toString(tick, QStringLiteral("d MMM yyyy"))
                : monthly               ? QLocale().toString(tick, QStringLiteral("MMM yyyy"))
                                        : QString::number(tick.year());
            painter.drawText(QPoint(x + 3, h - fontMetrics().descent() - 6), label);
        }
        tick = daily ? tick.addDays(step) : monthly ? tick.addMonths(step) : tick.addYears(step);
    }
    painter.restore();
    painter.setPen(grid);
    painter.drawLine(0, h - 1, width, h - 1);
}

void TimelineView::paintLegend(QPainter &painter, int y) const
{
    int x = Margin;
    const int radius = fontMetrics().height() / 3;
    for (const QString &status : legendStatuses()) {
        const QColor colour = statusColour(status);
        painter.setPen(QPen(colour.darker(130), 1.2));
        painter.setBrush(status == QLatin1String("cancelled") ? palette().base().color() : colour);
        const QPointF centre(x + radius, y + fontMetrics().height() / 2.0);
        painter.drawEllipse(centre, radius, radius);
        if (status == QLatin1String("cancelled")) {
            painter.setPen(QPen(colour, 1.5));
            painter.drawLine(centre + QPointF(-radius, -radius), centre + QPointF(radius, radius));
            painter.drawLine(centre + QPointF(-radius, radius), centre + QPointF(radius, -radius));
        }
        painter.setPen(palette().text().color());
        const QString label = status == QLatin1String("cancelled") ? tr("cancelled or postponed") : status;
        painter.drawText(QPoint(x + 2 * radius + 4, y + fontMetrics().ascent()), label);
        x += 2 * radius + 16 + fontMetrics().horizontalAdvance(label);
    }
}

bool TimelineView::exportTo(const QString &path, QString *error) const
{
    const QSize size = fullSize();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Readout timeline"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("%1: cannot be written").arg(path);
            return false;
        }
        render(painter);
        return painter.end();
    }
    if (suffix != QLatin1String("png")) {
        *error = tr("%1: name the file .png or .svg").arg(path);
        return false;
    }
    if (qint64(size.width()) * size.height() > 400'000'000) {
        *error = tr("The timeline is too wide for one picture at this zoom: zoom out first.");
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render(painter);
    painter.end();
    if (!image.save(path, "PNG")) {
        *error = tr("%1: cannot be written").arg(path);
        return false;
    }
    return true;
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitting) {
        fit(); // until the analyst zooms, every event stays in view
    }
    updateScrollBars();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressScroll = horizontalScrollBar()->value();
    m_dragged = false;
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const int moved = event->position().toPoint().x() - m_pressPos.x();
        m_dragged = m_dragged || std::abs(moved) > 3;
        horizontalScrollBar()->setValue(m_pressScroll - moved);
        return;
    }
    viewport()->setCursor(eventAt(event->position().toPoint()) >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    viewport()->setCursor(Qt::OpenHandCursor);
    if (!m_dragged) {
        const int e = eventAt(event->position().toPoint());
        if (e >= 0) {
            Q_EMIT eventActivated(e);
        }
    }
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int e = eventAt(help->pos());
        if (e < 0) {
            QToolTip::hideText();
            return true;
        }
        const TimelineEvent &ev = m_events.at(e);
        // Plain text: the sides and the sentence come from the article.
        QToolTip::showText(help->globalPos(),
                           plainToolTip(QStringLiteral("%1 · %2 · %3\n%4\n%5\n%6")
                                            .arg(RuleLabels::eventType(ev.type),
                                                 ev.date,
                                                 RuleLabels::status(ev.status),
                                                 ev.sides.join(QStringLiteral(", ")),
                                                 QFileInfo(ev.path).fileName(),
                                                 ev.evidence.simplified().left(300))),
                           viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Readout
