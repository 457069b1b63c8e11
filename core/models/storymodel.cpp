// SPDX-License-Identifier: GPL-3.0-or-later
#include "storymodel.h"

#include "knowledge/rulelabels.h"

#include <QFileInfo>

namespace Readout
{

namespace
{

/// Internal ids: 0 for a story's row, story + 1 for its reports' rows.
constexpr quintptr StoryRow = 0;

} // namespace

StoryModel::StoryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void StoryModel::setStories(const CorpusStories &stories, const CompareRules &rules)
{
    beginResetModel();
    m_stories = stories;
    m_flagLabels.clear();
    for (const CompareFlagInfo &f : rules.flags) {
        m_flagLabels.insert(f.id, RuleLabels::compareFlag(f.label));
    }
    endResetModel();
}

const CorpusStories &StoryModel::stories() const
{
    return m_stories;
}

int StoryModel::storyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return -1;
    }
    return index.internalId() == StoryRow ? index.row() : int(index.internalId() - 1);
}

StoryMember StoryModel::memberAt(const QModelIndex &index) const
{
    const int story = storyAt(index);
    if (story < 0) {
        return {};
    }
    if (index.internalId() == StoryRow) {
        // A story told once stands for its one report.
        const Story &s = m_stories.stories.at(story);
        return s.members.size() == 1 ? s.members.first() : StoryMember{};
    }
    return m_stories.stories.at(story).members.at(index.row());
}

QModelIndex StoryModel::indexOf(const StoryMember &member) const
{
    for (int s = 0; s < m_stories.stories.size(); ++s) {
        const int row = int(m_stories.stories.at(s).members.indexOf(member));
        if (row >= 0) {
            return createIndex(row, 0, quintptr(s + 1));
        }
    }
    return {};
}

QModelIndex StoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_stories.stories.size() ? createIndex(row, column, StoryRow) : QModelIndex();
    }
    if (parent.internalId() != StoryRow || parent.row() >= m_stories.stories.size()
        || row >= m_stories.stories.at(parent.row()).members.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex StoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StoryRow) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, StoryRow);
}

int StoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_stories.stories.size());
    }
    if (parent.internalId() != StoryRow || parent.column() != 0) {
        return 0;
    }
    const Story &s = m_stories.stories.at(parent.row());
    // A story told once is one row: its report is not repeated below it.
    return s.members.size() > 1 ? int(s.members.size()) : 0;
}

int StoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant StoryModel::storyData(const Story &story, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        QStringList flags;
        for (const QString &f : story.flags) {
            flags.append(m_flagLabels.value(f, f));
        }
        switch (column) {
        case StoryColumn:
            return story.label();
        case ReportsColumn:
            return role == SortRole ? QVariant(story.reports()) : QVariant(QString::number(story.reports()));
        case DateColumn:
            // Where reports disagree, every value they give, the most given first.
            return story.flags.contains(QLatin1String("date_differs"))
                ? givenValues(story, DateColumn).join(QLatin1String(" / "))
                : story.date;
        case PlaceColumn:
            return story.flags.contains(QLatin1String("place_differs"))
                ? givenValues(story, PlaceColumn).join(QLatin1String(" / "))
                : story.place;
        case StatusColumn:
            return story.statusText();
        case SidesColumn:
            return story.sides.join(QLatin1String("; "));
        case DisagreementColumn:
            return flags.join(QLatin1String(", "));
        case EvidenceColumn:
            if (story.members.size() == 1) {
                return m_stories.at(story.members.first()).evidence;
            }
            return story.linked ? tr("linked by the analyst") : QString();
        }
    }
    if (story.members.size() == 1 && role >= PathRole && role <= LengthRole) {
        return reportData(m_stories.at(story.members.first()), column, role);
    }
    return {};
}

QVariant StoryModel::reportData(const TimelineEvent &e, int column, int role) const
{
    switch (role) {
    case PathRole:
        return e.path;
    case StartRole:
        return e.start;
    case LengthRole:
        return e.length;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case StoryColumn:
        return role == Qt::ToolTipRole ? e.path : QFileInfo(e.path).fileName();
    case ReportsColumn:
        return e.published.isValid() ? e.published.toString(Qt::ISODate) : QString();
    case DateColumn:
        return e.date;
    case PlaceColumn:
        return e.location;
    case StatusColumn:
        return RuleLabels::status(e.status);
    case SidesColumn:
        return e.sides.join(QLatin1String("; "));
    case EvidenceColumn:
        return e.evidence.simplified();
    }
    return {};
}

QVariant StoryModel::data(const QModelIndex &index, int role) const
{
    const int s = storyAt(index);
    if (s < 0 || s >= m_stories.stories.size()) {
        return {};
    }
    const Story &story = m_stories.stories.at(s);
    switch (role) {
    case DiffersRole:
        return differs(story, index);
    case ReportsRole:
        return story.reports();
    case DisagreesRole:
        return !story.flags.isEmpty();
    case LinkedRole:
        return story.linked;
    default:
        break;
    }
    if (index.internalId() == StoryRow) {
        return storyData(story, index.column(), role);
    }
    return reportData(m_stories.at(story.members.at(index.row())), index.column(), role);
}

QStringList StoryModel::givenValues(const Story &story, int column) const
{
    QStringList values{column == DateColumn ? story.date : story.place};
    for (const StoryMember &m : story.members) {
        const TimelineEvent &e = m_stories.at(m);
        const QString v = column == DateColumn ? e.date : e.location;
        if (!v.isEmpty() && !values.contains(v)) {
            values.append(v);
        }
    }
    values.removeAll(QString());
    return values;
}

bool StoryModel::differs(const Story &story, const QModelIndex &index) const
{
    const char *flag = index.column() == DateColumn ? "date_differs"
        : index.column() == PlaceColumn             ? "place_differs"
        : index.column() == SidesColumn             ? "participants_differ"
        : index.column() == DisagreementColumn      ? ""
                                                    : nullptr;
    if (!flag) {
        return false;
    }
    if (index.internalId() == StoryRow) {
        return *flag ? story.flags.contains(QLatin1String(flag)) : !story.flags.isEmpty();
    }
    if (!*flag || !story.flags.contains(QLatin1String(flag))) {
        return false;
    }
    // A report's cell differs when it gives another value than most reports do.
    const TimelineEvent &e = m_stories.at(story.members.at(index.row()));
    switch (index.column()) {
    case DateColumn:
        return !e.date.isEmpty() && e.date != story.date;
    case PlaceColumn:
        return !e.location.isEmpty() && e.location != story.place;
    default:
        return e.sides != story.sides;
    }
}

QVariant StoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StoryColumn:
        return tr("Story / report");
    case ReportsColumn:
        return tr("Reports");
    case DateColumn:
        return tr("Date");
    case PlaceColumn:
        return tr("Place");
    case StatusColumn:
        return tr("Status");
    case SidesColumn:
        return tr("Sides");
    case DisagreementColumn:
        return tr("Reports disagree on");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

} // namespace Readout
