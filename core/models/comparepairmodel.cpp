// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepairmodel.h"

#include "../compare/livecomparison.h"
#include "knowledge/rulelabels.h"
#include "plaintooltip.h"

namespace Readout
{

namespace
{

const QString Separator = QStringLiteral("; ");

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("–") : s;
}

} // namespace

ComparePairModel::ComparePairModel(LiveComparison *comparison, QObject *parent)
    : QAbstractTableModel(parent)
    , m_comparison(comparison)
{
    if (comparison) {
        m_rows = int(comparison->comparison().pairs.size());
        connect(comparison, &LiveComparison::comparisonChanged, this, &ComparePairModel::refresh);
    }
}

void ComparePairModel::refresh()
{
    const int rows = m_comparison ? int(m_comparison->comparison().pairs.size()) : 0;
    if (rows == m_rows) {
        if (rows > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
        }
        return;
    }
    // Pairs come and go as a whole when a correction changes the matching.
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ComparePairModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ComparePairModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Event *ComparePairModel::eventA(int row) const
{
    const EventPair &pair = m_comparison->comparison().pairs.at(row);
    return pair.a >= 0 ? &m_comparison->sideA().events.at(pair.a) : nullptr;
}

const Event *ComparePairModel::eventB(int row) const
{
    const EventPair &pair = m_comparison->comparison().pairs.at(row);
    return pair.b >= 0 ? &m_comparison->sideB().events.at(pair.b) : nullptr;
}

QVariant ComparePairModel::data(const QModelIndex &index, int role) const
{
    if (!m_comparison || !index.isValid() || index.row() >= m_rows
        || index.row() >= m_comparison->comparison().pairs.size()) {
        return {};
    }
    const EventPair &pair = m_comparison->comparison().pairs.at(index.row());
    const CompareRules &rules = m_comparison->rules();
    const Event *a = eventA(index.row());
    const Event *b = eventB(index.row());
    switch (role) {
    case FlagsRole:
        return pair.flags;
    case FlagRoleRole: {
        // The most telling colour of the row: a conflict over a one-sided event over agreement.
        QString worst = QStringLiteral("same");
        for (const QString &flag : pair.flags) {
            const QString r = rules.flag(flag).role;
            if (r == QLatin1String("conflict") || (r == QLatin1String("unmatched") && worst == QLatin1String("same"))) {
                worst = r;
            }
        }
        return worst;
    }
    case IconRole:
        return pair.flags.isEmpty() ? QString() : rules.flag(pair.flags.first()).icon;
    case EventIdARole:
        return a ? a->id : QString();
    case EventIdBRole:
        return b ? b->id : QString();
    case DiffersRole:
        switch (index.column()) {
        case ParticipantsColumn:
            return pair.has(QStringLiteral("participants_differ"));
        case DateAColumn:
        case DateBColumn:
            return pair.has(QStringLiteral("date_differs"));
        case StatusAColumn:
        case StatusBColumn:
            return pair.has(QStringLiteral("status_differs"));
        case PlaceAColumn:
        case PlaceBColumn:
            return pair.has(QStringLiteral("place_differs"));
        default:
            return false;
        }
    case Qt::ToolTipRole:
        return plainToolTip(pair.explanation); // names and dates from the articles, as written
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const Event *any = a ? a : b;
    switch (index.column()) {
    case FlagsColumn: {
        QStringList labels;
        for (const QString &flag : pair.flags) {
            labels.append(RuleLabels::compareFlag(rules.flag(flag).label));
        }
        return labels.join(QLatin1String(", "));
    }
    case TypeColumn:
        return (a && b && a->type != b->type)
            ? QString(RuleLabels::eventType(a->type) + QStringLiteral(" / ") + RuleLabels::eventType(b->type))
            : RuleLabels::eventType(any->type);
    case ParticipantsColumn: {
        if (a && b && pair.has(QStringLiteral("participants_differ"))) {
            return QString(a->participants.join(Separator) + QStringLiteral(" / ") + b->participants.join(Separator));
        }
        return any->participants.join(Separator);
    }
    case DateAColumn:
        return a ? orDash(a->date) : QString();
    case DateBColumn:
        return b ? orDash(b->date) : QString();
    case StatusAColumn:
        return a ? RuleLabels::status(a->status) : QString();
    case StatusBColumn:
        return b ? RuleLabels::status(b->status) : QString();
    case PlaceAColumn:
        return a ? orDash(a->location) : QString();
    case PlaceBColumn:
        return b ? orDash(b->location) : QString();
    case ScoreColumn:
        return pair.isMatch() ? QString::number(pair.score, 'f', 2) : QString();
    case WhyColumn:
        return pair.explanation;
    default:
        return {};
    }
}

QVariant ComparePairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FlagsColumn:
        return tr("Flag");
    case TypeColumn:
        return tr("Type");
    case ParticipantsColumn:
        return tr("Participants");
    case DateAColumn:
        return tr("Date A");
    case DateBColumn:
        return tr("Date B");
    case StatusAColumn:
        return tr("Status A");
    case StatusBColumn:
        return tr("Status B");
    case PlaceAColumn:
        return tr("Place A");
    case PlaceBColumn:
        return tr("Place B");
    case ScoreColumn:
        return tr("Score");
    case WhyColumn:
        return tr("Why paired");
    default:
        return {};
    }
}

int ComparePairModel::rowOfEventA(const QString &id) const
{
    for (int row = 0; row < m_rows; ++row) {
        const Event *a = eventA(row);
        if (a && a->id == id) {
            return row;
        }
    }
    return -1;
}

int ComparePairModel::rowOfEventB(const QString &id) const
{
    for (int row = 0; row < m_rows; ++row) {
        const Event *b = eventB(row);
        if (b && b->id == id) {
            return row;
        }
    }
    return -1;
}

} // namespace Readout
