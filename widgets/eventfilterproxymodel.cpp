// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxymodel.h"

#include "models/eventtablemodel.h"

namespace Readout
{

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

QVariant EventFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && (role == Qt::DisplayRole || role == Qt::ToolTipRole) && section >= 0
        && section < rowCount()) {
        const QVariant id = index(section, 0).data(EventTableModel::EventIdRole);
        if (id.isValid()) {
            return id;
        }
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent)) {
        return true;
    }
    const QString id = sourceModel()->index(sourceRow, 0, sourceParent).data(EventTableModel::EventIdRole).toString();
    return !id.isEmpty() && filterRegularExpression().match(id).hasMatch();
}

} // namespace Readout
