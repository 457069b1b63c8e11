// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../corpus/corpusindex.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Readout
{

/// The articles of a corpus folder as a table: path (relative to the folder), publication date,
/// title, state (new until read, then extracted, corrected, reviewed or failed) and event count.
/// Rows come from the folder's listing and are filled as the index reports them. Read-only.
class CorpusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PathColumn, PublishedColumn, TitleColumn, StateColumn, EventsColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the value to sort by (numbers as numbers)
        AbsolutePathRole,
    };

    explicit CorpusModel(QObject *parent = nullptr);

    /// Starts again on folder with these articles (relative paths), each "new".
    void reset(const QString &folder, const QStringList &relativePaths);
    /// The folder listed again: the same folder keeps its rows (what they show stays until the
    /// index reports them), new articles are added as "new", vanished ones removed; another folder
    /// starts again.
    void relist(const QString &folder, const QStringList &relativePaths);
    /// Fills the rows of these articles; an article not listed yet is added.
    void update(const QVector<IndexedArticle> &entries);

    [[nodiscard]] QString folder() const;
    [[nodiscard]] QString absolutePath(int row) const;
    /// Rows by state ("new", "extracted", ...).
    [[nodiscard]] int count(const QString &state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_folder;
    QVector<IndexedArticle> m_rows;
    QHash<QString, int> m_rowOf;
};

} // namespace Readout
