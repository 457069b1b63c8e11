// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpusindex.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace Readout
{

/// The corpus panel of the window: the articles of a folder (sortable, filtered as one types), the
/// progress of their extraction with Cancel, and a search across them whose results show the
/// matching sentence. Activating an article or a result asks to open it; the panel holds no rules.
class CorpusPanel : public QWidget
{
    Q_OBJECT
public:
    /// What Export… writes the events of.
    enum class Scope { All, Selected, SearchResults };

    explicit CorpusPanel(QWidget *parent = nullptr);

    /// The articles' model (CorpusModel): its AbsolutePathRole names the file to open.
    void setArticles(QAbstractItemModel *model);
    void setFolder(const QString &folder);
    /// While extraction runs: a progress bar and Cancel.
    void setRunning(bool running);
    void setProgress(int done, int total);
    void setSummary(const QString &text);
    /// The sentences found (paths relative to folder), with what to say above them.
    void setResults(const QString &folder, const QVector<SearchHit> &hits, const QString &message);

    /// Shows query in the search field (a search started from elsewhere).
    void setSearchText(const QString &query);

    /// The articles selected in the list, and those of the search results (absolute paths, once each).
    [[nodiscard]] QStringList selectedPaths() const;
    [[nodiscard]] QStringList resultPaths() const;

    [[nodiscard]] QTableView *articlesView() const;
    [[nodiscard]] QTableView *resultsView() const;
    [[nodiscard]] QLineEdit *filterEdit() const;
    [[nodiscard]] QLineEdit *searchEdit() const;

Q_SIGNALS:
    /// Open path (an article of the corpus) and show [start, start + length) when length > 0.
    void openRequested(const QString &path, int start, int length);
    void searchRequested(const QString &query);
    void cancelRequested();
    void exportRequested(Readout::CorpusPanel::Scope scope);
    /// The timeline of the selected articles, or of all when none is selected.
    void timelineRequested();
    /// The stories of the corpus: reports of one event grouped.
    void storiesRequested();

private:
    void activateArticle(const QModelIndex &index);
    void activateResult(const QModelIndex &index);

    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QToolButton *m_export;
    QToolButton *m_timeline;
    QToolButton *m_stories;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_articles;
    QLineEdit *m_search;
    QLabel *m_searchStatus;
    QStandardItemModel *m_results;
    QTableView *m_resultsView;
};

} // namespace Readout
