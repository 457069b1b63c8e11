// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Readout
{

class Annotations;

/// The events of one Annotations as a table: type, participants, date, place, status, topics,
/// source, evidence. Read-only for now; edits will push undo commands (never write directly).
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        ParticipantsColumn,
        DateColumn,
        PlaceColumn,
        StatusColumn,
        TopicsColumn,
        SourceColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        EvidenceStartRole, ///< UTF-16 offset into the document text
        EvidenceEndRole,
        EntityIdsRole, ///< QStringList
        SortRole,
    };

    explicit EventTableModel(Annotations *annotations, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int rowOf(const QString &eventId) const;

private:
    QPointer<Annotations> m_annotations;
};

} // namespace Readout
