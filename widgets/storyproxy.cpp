// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyproxy.h"

#include "themes.h"

#include "models/storymodel.h"

namespace Readout
{

StoryProxy::StoryProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_palette(Themes::instance()->palette())
{
    setSortRole(StoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(Themes::instance(), &Themes::themeChanged, this, [this] {
        m_palette = Themes::instance()->palette();
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
        }
    });
}

void StoryProxy::setSeveralReportsOnly(bool on)
{
    m_severalOnly = on;
    invalidateFilter();
}

void StoryProxy::setDisagreementsOnly(bool on)
{
    m_disagreementsOnly = on;
    invalidateFilter();
}

void StoryProxy::setWords(const QString &words)
{
    m_words = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool StoryProxy::holdsWords(const QModelIndex &index) const
{
    QString text;
    for (int c = 0; c < StoryModel::ColumnCount; ++c) {
        text += index.siblingAtColumn(c).data(Qt::ToolTipRole).toString() + QLatin1Char('\n');
    }
    const QAbstractItemModel *model = sourceModel();
    for (int r = 0; r < model->rowCount(index); ++r) {
        for (int c = 0; c < StoryModel::ColumnCount; ++c) {
            text += model->index(r, c, index).data(Qt::ToolTipRole).toString() + QLatin1Char('\n');
        }
    }
    for (const QString &w : m_words) {
        if (!text.contains(w, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

bool StoryProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return true; // the reports of a story shown
    }
    const QModelIndex story = sourceModel()->index(row, 0, parent);
    if (m_severalOnly && story.data(StoryModel::ReportsRole).toInt() < 2) {
        return false;
    }
    if (m_disagreementsOnly && !story.data(StoryModel::DisagreesRole).toBool()) {
        return false;
    }
    return m_words.isEmpty() || holdsWords(story);
}

QVariant StoryProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && index.data(StoryModel::DiffersRole).toBool()) {
        return m_palette->format(AnnotationRole::CompareConflict, AnnotationPalette::systemScheme()).background();
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace Readout
