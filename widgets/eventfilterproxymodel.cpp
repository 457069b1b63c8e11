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

/// A dot in the theme's correction colour; with a plus for added events. Extracted events get a
/// blank icon of the same size, so the type column keeps its width and alignment as rows change.
QIcon paintedIcon(bool added, bool blank = false)
{
    const QTextCharFormat corrected =
        Themes::instance()->palette()->format(AnnotationRole::Corrected, Themes::instance()->activeScheme());
    const QColor colour = corrected.underlineColor().isValid() ? corrected.underlineColor() : QColor(0x00897b);
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
        painter.setBrush(colour);
        const qreal r = size * 0.34;
        painter.drawEllipse(QPointF(size / 2.0, size / 2.0), r, r);
        painter.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap));
        if (added) {
            painter.drawLine(QPointF(size / 2.0, size * 0.3), QPointF(size / 2.0, size * 0.7));
            painter.drawLine(QPointF(size * 0.3, size / 2.0), QPointF(size * 0.7, size / 2.0));
        } else {
            // A check-like stroke: "changed by the analyst".
            QPainterPath tick;
            tick.moveTo(size * 0.33, size * 0.52);
            tick.lineTo(size * 0.45, size * 0.64);
            tick.lineTo(size * 0.68, size * 0.38);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(tick);
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
    if (origin == QLatin1String("added")) {
        static const QIcon added = paintedIcon(true);
        return added;
    }
    if (origin == QLatin1String("corrected")) {
        static const QIcon corrected = paintedIcon(false);
        return corrected;
    }
    static const QIcon blank = paintedIcon(false, true);
    return blank;
}

QVariant EventFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == EventTableModel::TypeColumn) {
        const QIcon icon = originIcon(index.data(EventTableModel::OriginRole).toString());
        if (!icon.isNull()) {
            return icon;
        }
    }
    if (role == Qt::BackgroundRole && index.data(EventTableModel::CorrectedRole).toBool()) {
        return Themes::instance()
            ->palette()
            ->format(AnnotationRole::Corrected, Themes::instance()->activeScheme())
            .background();
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
