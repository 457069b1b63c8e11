// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include "../events/eventexplanation.h"

#include "../annotations.h"
#include "../knowledge/knowledgebase.h"
#include "../knowledge/rulelabels.h"
#include "plaintooltip.h"

#include <optional>

namespace Readout
{

namespace
{

QString joined(const QStringList &list)
{
    return list.join(QLatin1String("; "));
}

std::optional<EventField> fieldOf(int column)
{
    switch (column) {
    case EventTableModel::TypeColumn:
        return EventField::Type;
    case EventTableModel::ParticipantsColumn:
        return EventField::Participants;
    case EventTableModel::DateColumn:
        return EventField::Date;
    case EventTableModel::PlaceColumn:
        return EventField::Location;
    case EventTableModel::StatusColumn:
        return EventField::Status;
    case EventTableModel::TopicsColumn:
        return EventField::Topics;
    case EventTableModel::SourceColumn:
        return EventField::Source;
    case EventTableModel::ReviewedColumn:
        return EventField::Reviewed;
    default:
        return std::nullopt;
    }
}

void appendNew(QStringList &list, const QString &item)
{
    if (!item.isEmpty() && !list.contains(item)) {
        list.append(item);
    }
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
    connect(annotations, &Annotations::eventAboutToBeInserted, this, [this](int row) {
        beginInsertRows({}, row, row);
    });
    connect(annotations, &Annotations::eventInserted, this, &EventTableModel::endInsertRows);
    connect(annotations, &Annotations::eventAboutToBeRemoved, this, [this](int row) {
        beginRemoveRows({}, row, row);
    });
    connect(annotations, &Annotations::eventRemoved, this, &EventTableModel::endRemoveRows);
    connect(annotations, &Annotations::eventChanged, this, [this](int row) {
        Q_EMIT dataChanged(index(row, 0),
                           index(row, ColumnCount - 1),
                           {Qt::DisplayRole,
                            Qt::EditRole,
                            Qt::ToolTipRole,
                            Qt::CheckStateRole,
                            SortRole,
                            OriginRole,
                            CorrectedFieldsRole,
                            ReviewedRole,
                            CorrectedRole,
                            EntityIdsRole});
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

QString EventTableModel::fieldName(int column)
{
    const auto field = fieldOf(column);
    return field ? EventEdits::fieldName(*field) : QString();
}

Annotations *EventTableModel::annotations() const
{
    return m_annotations;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_annotations) {
        return {};
    }
    const Event &ev = m_annotations->events().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case TypeColumn:
            // Shown by its label in the user's language; edited, saved and exported by its name.
            return RuleLabels::eventType(ev.type, m_annotations->knowledge());
        case ParticipantsColumn:
            return joined(ev.participants);
        case DateColumn:
            return ev.date;
        case PlaceColumn:
            return ev.location;
        case StatusColumn:
            return RuleLabels::status(ev.status);
        case TopicsColumn:
            return joined(ev.topics);
        case SourceColumn:
            return ev.source;
        case EvidenceColumn:
            return role == Qt::DisplayRole ? ev.evidenceText.simplified() : QVariant(ev.evidenceStart);
        case ReviewedColumn:
            return role == SortRole ? QVariant(ev.reviewed) : QVariant();
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case TypeColumn:
            return ev.type;
        case StatusColumn:
            return ev.status;
        case ParticipantsColumn:
            return ev.participants;
        case TopicsColumn:
            return ev.topics;
        case ReviewedColumn:
            return ev.reviewed;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::CheckStateRole:
        return column == ReviewedColumn ? QVariant(ev.reviewed ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        // Article text and a sidecar's fields, shown as written (plainToolTip()).
        return plainToolTip(toolTipText(index));
    case EventIdRole:
        return ev.id;
    case EvidenceStartRole:
        return ev.evidenceStart;
    case EvidenceEndRole:
        return ev.evidenceEnd;
    case EntityIdsRole:
        return ev.entityIds;
    case OriginRole:
        return ev.origin;
    case CorrectedFieldsRole:
        return ev.correctedFields;
    case ReviewedRole:
        return ev.reviewed;
    case CorrectedRole:
        return ev.origin == QLatin1String("added") || ev.correctedFields.contains(fieldName(column));
    case ChoicesRole:
        return choices(column);
    case ChoiceLabelsRole:
        return choiceLabels(column);
    case CompletionsRole:
        return completions(column);
    case ExplanationRole:
        return EventExplanation::lines(ev);
    default:
        break;
    }
    return {};
}

bool EventTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_annotations) {
        return false;
    }
    const auto field = fieldOf(index.column());
    if (!field) {
        return false;
    }
    const QString id = m_annotations->events().at(index.row()).id;
    if (role == Qt::CheckStateRole && *field == EventField::Reviewed) {
        return m_annotations->setEventReviewed(id, value.toInt() == Qt::Checked);
    }
    if (role != Qt::EditRole) {
        return false;
    }
    // Pushes a command; the row changes when the command's redo() applies it.
    return m_annotations->setEventField(id, *field, value);
}

Qt::ItemFlags EventTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid()) {
        return f;
    }
    if (index.column() == ReviewedColumn) {
        return f | Qt::ItemIsUserCheckable;
    }
    if (index.column() != EvidenceColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ReviewedColumn) {
        return tr(
            "✓ Reviewed: ticked once the analyst has checked the event. A ✎ or ✚ beside the type "
            "means corrected or added by the analyst.");
    }
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
    case ReviewedColumn:
        return tr("✓");
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
    names.insert(OriginRole, "origin");
    names.insert(CorrectedFieldsRole, "correctedFields");
    names.insert(ReviewedRole, "reviewed");
    names.insert(CorrectedRole, "corrected");
    names.insert(ChoicesRole, "choices");
    names.insert(ChoiceLabelsRole, "choiceLabels");
    names.insert(CompletionsRole, "completions");
    return names;
}

int EventTableModel::rowOf(const QString &eventId) const
{
    return m_annotations ? m_annotations->eventIndex(eventId) : -1;
}

QString EventTableModel::toolTipText(const QModelIndex &index) const
{
    // What the cell shows, then why: the rules that filled this field ("Sides from rule subject: ...").
    const QString what = cellToolTip(index);
    const QString field = fieldName(index.column());
    const QStringList why =
        field.isEmpty() ? QStringList() : EventExplanation::lines(m_annotations->events().at(index.row()), field);
    return why.isEmpty() ? what : what + QLatin1Char('\n') + why.join(QLatin1Char('\n'));
}

QString EventTableModel::cellToolTip(const QModelIndex &index) const
{
    const Event &ev = m_annotations->events().at(index.row());
    switch (index.column()) {
    case TypeColumn: {
        const QString type = RuleLabels::eventType(ev.type, m_annotations->knowledge());
        // The mark beside the type says who changed the event; whether it was checked is the
        // reviewed column's.
        if (ev.origin == QLatin1String("added")) {
            return ev.correctedFields.isEmpty()
                ? tr("%1\n✚ Added by the analyst").arg(type)
                : tr("%1\n✚ Added by the analyst, who set: %2").arg(type, ev.correctedFields.join(QLatin1String(", ")));
        }
        if (ev.origin == QLatin1String("corrected")) {
            return tr("%1\n✎ Corrected by the analyst: %2").arg(type, ev.correctedFields.join(QLatin1String(", ")));
        }
        return type;
    }
    case DateColumn:
        return ev.dateText.isEmpty() ? tr("No date stated") : tr("“%1” resolved to %2").arg(ev.dateText, ev.date);
    case ParticipantsColumn:
        return ev.participantCodes.isEmpty() ? joined(ev.participants)
                                             : tr("%1 (%2)").arg(joined(ev.participants), joined(ev.participantCodes));
    case EvidenceColumn:
        return ev.evidenceText;
    case ReviewedColumn:
        return ev.reviewed ? tr("✓ Reviewed: the analyst checked this event (Space unticks it)")
                           : tr("Not reviewed yet (Space marks it reviewed)");
    default:
        return data(index, Qt::DisplayRole).toString();
    }
}

QStringList EventTableModel::choices(int column) const
{
    const KnowledgeBase *kb = m_annotations->knowledge();
    QStringList list;
    if (column == TypeColumn) {
        list = kb ? kb->eventTypes() : QStringList();
        for (const Event &e : m_annotations->events()) {
            appendNew(list, e.type);
        }
    } else if (column == StatusColumn) {
        list = kb ? kb->eventStatuses() : QStringList();
        for (const Event &e : m_annotations->events()) {
            appendNew(list, e.status);
        }
    }
    return list;
}

QStringList EventTableModel::choiceLabels(int column) const
{
    QStringList labels = choices(column);
    for (QString &choice : labels) {
        choice = column == TypeColumn ? RuleLabels::eventType(choice, m_annotations->knowledge())
                                      : RuleLabels::status(choice);
    }
    return labels;
}

QStringList EventTableModel::completions(int column) const
{
    QStringList list;
    if (column == ParticipantsColumn) {
        // The document's own actors first, then every actor the gazetteer knows.
        for (const Event &e : m_annotations->events()) {
            for (const QString &p : e.participants) {
                appendNew(list, p);
            }
        }
        for (const Entity &e : m_annotations->entities()) {
            if (e.type != EntityType::Date && e.type != EntityType::Person && !e.code.isEmpty()) {
                appendNew(list, e.canonical);
            }
        }
        if (const KnowledgeBase *kb = m_annotations->knowledge()) {
            for (const QString &name : kb->actorNames()) {
                appendNew(list, name);
            }
        }
    } else if (column == PlaceColumn) {
        for (const Entity &e : m_annotations->entities()) {
            if (e.type == EntityType::Location) {
                appendNew(list, e.text.simplified());
            }
        }
        for (const Event &e : m_annotations->events()) {
            appendNew(list, e.location);
        }
    }
    return list;
}

} // namespace Readout
