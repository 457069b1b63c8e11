// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../compare/comparerules.h"
#include "../corpus/corpusstories.h"

#include <QAbstractItemModel>

namespace Readout
{

/// The stories of a corpus as a tree: a story per top-level row (what most reports say, how many
/// reports, how the status moved, what they disagree on), its reports below it in publication
/// order (each report's own date, place, status, sides and evidence sentence). Read-only; set
/// again whenever the stories are rebuilt.
class StoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        StoryColumn, ///< the story's label; a report's file name
        ReportsColumn, ///< how many reports; a report's publication date
        DateColumn,
        PlaceColumn,
        StatusColumn, ///< how the status moved; a report's status
        SidesColumn,
        DisagreementColumn, ///< what the reports disagree on
        EvidenceColumn, ///< a report's evidence sentence
        ColumnCount
    };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< a report's article (absolute)
        StartRole, ///< where its evidence starts
        LengthRole,
        ReportsRole, ///< int: the story's reports (on every row of it)
        DisagreesRole, ///< bool: the story's reports disagree (on every row of it)
        LinkedRole, ///< bool: an analyst's link holds the story
        SortRole,
        DiffersRole, ///< bool: this cell's date, place or sides is one the reports disagree on
    };

    explicit StoryModel(QObject *parent = nullptr);

    void setStories(const CorpusStories &stories, const CompareRules &rules);
    [[nodiscard]] const CorpusStories &stories() const;
    /// The report a row stands for (a story told once: its report); report -1 for the row of a
    /// story told by several.
    [[nodiscard]] StoryMember memberAt(const QModelIndex &index) const;
    /// The story a row belongs to, or -1.
    [[nodiscard]] int storyAt(const QModelIndex &index) const;
    /// The row of the story holding a report's event (first column), or an invalid index.
    [[nodiscard]] QModelIndex indexOf(const StoryMember &member) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant storyData(const Story &story, int column, int role) const;
    [[nodiscard]] QVariant reportData(const TimelineEvent &event, int column, int role) const;
    /// Every value the reports give in a column (date, place), in report order, once each.
    [[nodiscard]] QStringList givenValues(const Story &story, int column) const;
    [[nodiscard]] bool differs(const Story &story, const QModelIndex &index) const;

    CorpusStories m_stories;
    QHash<QString, QString> m_flagLabels;
};

} // namespace Readout
