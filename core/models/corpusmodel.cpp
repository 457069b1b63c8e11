// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusmodel.h"

#include <QDir>
#include <QSet>

namespace Readout
{

namespace
{

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("extracted")) {
        return CorpusModel::tr("extracted");
    }
    if (state == QLatin1String("corrected")) {
        return CorpusModel::tr("corrected");
    }
    if (state == QLatin1String("reviewed")) {
        return CorpusModel::tr("reviewed");
    }
    if (state == QLatin1String("failed")) {
        return CorpusModel::tr("failed");
    }
    return CorpusModel::tr("new");
}

} // namespace

CorpusModel::CorpusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CorpusModel::reset(const QString &folder, const QStringList &relativePaths)
{
    beginResetModel();
    m_folder = folder;
    m_rows.clear();
    m_rowOf.clear();
    m_rows.reserve(relativePaths.size());
    for (const QString &path : relativePaths) {
        IndexedArticle a;
        a.path = path;
        a.state = QStringLiteral("new");
        m_rowOf.insert(path, int(m_rows.size()));
        m_rows.append(std::move(a));
    }
    endResetModel();
}

void CorpusModel::relist(const QString &folder, const QStringList &relativePaths)
{
    if (folder != m_folder) {
        reset(folder, relativePaths);
        return;
    }
    const QSet<QString> present(relativePaths.cbegin(), relativePaths.cend());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!present.contains(m_rows.at(row).path)) {
            beginRemoveRows({}, row, row);
            m_rows.remove(row);
            endRemoveRows();
        }
    }
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rowOf.insert(m_rows.at(row).path, row);
    }
    QVector<IndexedArticle> added;
    for (const QString &path : relativePaths) {
        if (!m_rowOf.contains(path)) {
            IndexedArticle a;
            a.path = path;
            a.state = QStringLiteral("new");
            added.append(std::move(a));
        }
    }
    update(added);
}

void CorpusModel::update(const QVector<IndexedArticle> &entries)
{
    int first = int(m_rows.size());
    int last = -1;
    for (const IndexedArticle &e : entries) {
        auto it = m_rowOf.constFind(e.path);
        if (it == m_rowOf.cend()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rowOf.insert(e.path, int(m_rows.size()));
            m_rows.append(e);
            endInsertRows();
            continue;
        }
        m_rows[*it] = e;
        first = std::min(first, *it);
        last = std::max(last, *it);
    }
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

QString CorpusModel::folder() const
{
    return m_folder;
}

QString CorpusModel::absolutePath(int row) const
{
    return row >= 0 && row < m_rows.size() ? QDir(m_folder).filePath(m_rows.at(row).path) : QString();
}

int CorpusModel::count(const QString &state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const IndexedArticle &a) {
        return a.state == state;
    }));
}

int CorpusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CorpusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CorpusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const IndexedArticle &a = m_rows.at(index.row());
    if (role == AbsolutePathRole) {
        return absolutePath(index.row());
    }
    if (role == Qt::ToolTipRole) {
        // Plain text: a title or an error comes from the file.
        QStringList lines{a.path};
        for (const QString &more : {a.title, a.error}) {
            if (!more.isEmpty()) {
                lines.append(more);
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::TextAlignmentRole && index.column() == EventsColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
    case PathColumn:
        return a.path;
    case PublishedColumn:
        return a.published;
    case TitleColumn:
        return a.title;
    case StateColumn:
        return role == SortRole ? a.state : stateLabel(a.state);
    case EventsColumn:
        if (a.state == QLatin1String("new") || a.state == QLatin1String("failed")) {
            return role == SortRole ? QVariant(-1) : QVariant(QString());
        }
        return a.events;
    default:
        return {};
    }
}

QVariant CorpusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PathColumn:
        return tr("Article");
    case PublishedColumn:
        return tr("Published");
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case EventsColumn:
        return tr("Events");
    default:
        return {};
    }
}

} // namespace Readout
