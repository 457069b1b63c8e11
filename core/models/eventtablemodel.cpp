// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include "../annotations.h"

namespace Readout
{

namespace
{
QString joined(const QStringList &list)
{
    return list.join(QLatin1String("; "));
}
} // namespace

EventTableModel::EventTableModel(Annotations *annotations, QObject *parent)
    : QAbstractTableModel(parent)
    , m_annotations(annotations)
{
    connect(annotations, &Annotations::resetDone, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_annotations) {
        return 0;
    }
    return int(m_annotations->events().size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_annotations) {
        return {};
    }
    const Event &ev = m_annotations->events().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case TypeColumn:
            return ev.type;
        case ParticipantsColumn:
            return joined(ev.participants);
        case DateColumn:
            return ev.date;
        case PlaceColumn:
            return ev.location;
        case StatusColumn:
            return ev.status;
        case TopicsColumn:
            return joined(ev.topics);
        case SourceColumn:
            return ev.source;
        case EvidenceColumn:
            return role == Qt::DisplayRole ? ev.evidenceText.simplified() : QVariant(ev.evidenceStart);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return ev.dateText.isEmpty() ? tr("No date stated") : tr("“%1” resolved to %2").arg(ev.dateText, ev.date);
        case ParticipantsColumn:
            return ev.participantCodes.isEmpty()
                ? joined(ev.participants)
                : tr("%1 (%2)").arg(joined(ev.participants), joined(ev.participantCodes));
        case EvidenceColumn:
            return ev.evidenceText;
        default:
            return data(index, Qt::DisplayRole);
        }
    case EventIdRole:
        return ev.id;
    case EvidenceStartRole:
        return ev.evidenceStart;
    case EvidenceEndRole:
        return ev.evidenceEnd;
    case EntityIdsRole:
        return ev.entityIds;
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ParticipantsColumn:
        return tr("Participants");
    case DateColumn:
        return tr("Date");
    case PlaceColumn:
        return tr("Place");
    case StatusColumn:
        return tr("Status");
    case TopicsColumn:
        return tr("Topics");
    case SourceColumn:
        return tr("Source");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

QHash<int, QByteArray> EventTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(EvidenceStartRole, "evidenceStart");
    names.insert(EvidenceEndRole, "evidenceEnd");
    names.insert(EntityIdsRole, "entityIds");
    names.insert(SortRole, "sort");
    return names;
}

int EventTableModel::rowOf(const QString &eventId) const
{
    return m_annotations ? m_annotations->eventIndex(eventId) : -1;
}

} // namespace Readout
