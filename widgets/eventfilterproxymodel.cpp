// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxymodel.h"

#include "themes.h"

#include "models/eventtablemodel.h"
#include "models/plaintooltip.h"

#include <QPainter>
#include <QPainterPath>

namespace Readout
{

namespace
{

/// The origin marks of the type column, unlike the reviewed column's check box: a badge in the
/// theme's correction colour holding a pencil (corrected) or a plus (added). The glyph is black or
/// white, whichever stands out on the badge, so the mark reads on light and dark themes. Extracted
/// events get a blank icon of the same size, so the column keeps its width and alignment.
QIcon paintedIcon(const QString &origin, const QColor &badge)
{
    const bool added = origin == QLatin1String("added");
    const bool blank = !added && origin != QLatin1String("corrected");
    const QColor glyph = badge.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        if (blank) {
            icon.addPixmap(pixmap);
            continue;
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(badge);
        const qreal r = size * 0.46;
        painter.drawEllipse(QPointF(size / 2.0, size / 2.0), r, r);
        if (added) {
            painter.setPen(QPen(glyph, size / 8.0, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(size / 2.0, size * 0.26), QPointF(size / 2.0, size * 0.74));
            painter.drawLine(QPointF(size * 0.26, size / 2.0), QPointF(size * 0.74, size / 2.0));
        } else {
            // A pencil from upper right to lower left: a body, its point, and the eraser end.
            painter.translate(size / 2.0, size / 2.0);
            painter.rotate(45);
            const qreal w = size * 0.2;
            const qreal half = size * 0.3;
            painter.setBrush(glyph);
            painter.drawRect(QRectF(-w / 2, -half, w, half * 1.45));
            QPainterPath point;
            point.moveTo(-w / 2, half * 0.55);
            point.lineTo(w / 2, half * 0.55);
            point.lineTo(0, half * 1.1);
            point.closeSubpath();
            painter.drawPath(point);
            painter.setBrush(badge);
            painter.drawRect(QRectF(-w / 2 + size / 32.0, -half * 0.62, w - size / 16.0, size / 24.0 + 0.5));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

EventFilterProxyModel::EventFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void EventFilterProxyModel::setFilterText(const QString &text)
{
    m_filterText = text;
    setFilterFixedString(text);
}

QString EventFilterProxyModel::filterText() const
{
    return m_filterText;
}

void EventFilterProxyModel::setReviewFilter(Review review)
{
    if (m_review == review) {
        return;
    }
    m_review = review;
    invalidateRowsFilter();
}

EventFilterProxyModel::Review EventFilterProxyModel::reviewFilter() const
{
    return m_review;
}

QIcon EventFilterProxyModel::originIcon(const QString &origin)
{
    const QTextCharFormat corrected =
        Themes::instance()->palette()->format(AnnotationRole::Corrected, Themes::instance()->activeScheme());
    const QColor badge = corrected.underlineColor().isValid() ? corrected.underlineColor() : QColor(0x00897b);
    // Painted once per origin and theme colour: a theme switch gets its own marks.
    static QHash<QString, QIcon> cache;
    const QString key = origin + QLatin1Char('|') + badge.name();
    auto it = cache.find(key);
    if (it == cache.end()) {
        it = cache.insert(key, paintedIcon(origin, badge));
    }
    return it.value();
}

QVariant EventFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == EventTableModel::TypeColumn) {
        const QIcon icon = originIcon(index.data(EventTableModel::OriginRole).toString());
        if (!icon.isNull()) {
            return icon;
        }
    }
    if ((role == Qt::BackgroundRole || role == Qt::ForegroundRole)
        && index.data(EventTableModel::CorrectedRole).toBool()) {
        const QBrush tint = Themes::instance()
                                ->palette()
                                ->format(AnnotationRole::Corrected, Themes::instance()->activeScheme())
                                .background();
        if (role == Qt::BackgroundRole) {
            return tint;
        }
        // A dark theme's tint in a table the system palette keeps light: the text must follow the
        // tint, not the table, to stay legible.
        if (tint.style() != Qt::NoBrush) {
            return QBrush(tint.color().lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black));
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant EventFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && (role == Qt::DisplayRole || role == Qt::ToolTipRole) && section >= 0
        && section < rowCount()) {
        const QVariant id = index(section, 0).data(EventTableModel::EventIdRole);
        if (id.isValid()) {
            // An id read from a sidecar, shown as written.
            return role == Qt::ToolTipRole ? QVariant(plainToolTip(id.toString())) : id;
        }
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_review == Review::Corrected
        && row.data(EventTableModel::OriginRole).toString() == QLatin1String("extracted")) {
        return false;
    }
    if (m_review == Review::Unreviewed && row.data(EventTableModel::ReviewedRole).toBool()) {
        return false;
    }
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent)) {
        return true;
    }
    const QString id = row.data(EventTableModel::EventIdRole).toString();
    return !id.isEmpty() && filterRegularExpression().match(id).hasMatch();
}

} // namespace Readout
