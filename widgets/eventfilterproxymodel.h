// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

namespace Readout
{

/// Sorts an EventTableModel by its SortRole (dates as ISO text, evidence by position) and filters
/// rows whose text in any column, or whose event id, contains the filter text (case-insensitive),
/// optionally only corrected or only unreviewed events. Marks the type of a corrected event with
/// a pencil and of an added one with a plus (originIcon(); the reviewed tick is the model's own
/// column), and corrected cells with the theme's correction tint, their text legible on it.
/// Vertical headers show event ids ("E1"), so rows keep their names when sorted.
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Review {
        All,
        Corrected, ///< corrected or added by the analyst
        Unreviewed,
    };

    explicit EventFilterProxyModel(QObject *parent = nullptr);

    /// Plain text, not a pattern: "u.s." matches literally.
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const;
    void setReviewFilter(Review review);
    [[nodiscard]] Review reviewFilter() const;

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The icon of a row's origin ("corrected", "added"); a blank one for "extracted".
    [[nodiscard]] static QIcon originIcon(const QString &origin);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    Review m_review = Review::All;
};

} // namespace Readout
