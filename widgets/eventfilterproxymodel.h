// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Readout
{

/// Sorts an EventTableModel by its SortRole (dates as ISO text, evidence by position) and filters
/// rows whose text in any column, or whose event id, contains the filter text (case-insensitive).
/// Vertical headers show event ids ("E1"), so rows keep their names when sorted.
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    /// Plain text, not a pattern: "u.s." matches literally.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const;

    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
};

} // namespace Readout
