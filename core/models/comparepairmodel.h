// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Readout
{

class LiveComparison;
struct Event;

/// The event pairs of a LiveComparison as a table, one pair per row: flags, type, participants,
/// and for date, status and place the value of A and of B side by side, score and the
/// explanation. Follows the comparison as it is recomputed. Colours are not its business: views
/// map FlagRoleRole and DiffersRole to the palette. Does not own the comparison.
class ComparePairModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        FlagsColumn,
        TypeColumn,
        ParticipantsColumn,
        DateAColumn,
        DateBColumn,
        StatusAColumn,
        StatusBColumn,
        PlaceAColumn,
        PlaceBColumn,
        ScoreColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role {
        FlagsRole = Qt::UserRole + 1, ///< QStringList of flag ids
        FlagRoleRole, ///< "same", "conflict" or "unmatched": the colour role of the row
        DiffersRole, ///< bool: this cell shows a value that differs between A and B
        EventIdARole, ///< the event id in A, empty when only in B
        EventIdBRole, ///< the event id in B, empty when only in A
        IconRole, ///< the flag's one-character icon (rules/compare.json)
    };

    explicit ComparePairModel(LiveComparison *comparison, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The row of the pair holding this event of A (or of B), or -1.
    [[nodiscard]] int rowOfEventA(const QString &id) const;
    [[nodiscard]] int rowOfEventB(const QString &id) const;

private:
    void refresh();
    [[nodiscard]] const Event *eventA(int row) const;
    [[nodiscard]] const Event *eventB(int row) const;

    QPointer<LiveComparison> m_comparison;
    int m_rows = 0;
};

} // namespace Readout
