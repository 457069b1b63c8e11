// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuspanel.h"

#include "models/corpusmodel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Readout
{

namespace
{

enum ResultRole { PathRole = Qt::UserRole + 1, StartRole, LengthRole };

QTableView *table(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

} // namespace

CorpusPanel::CorpusPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QToolButton(this))
    , m_timeline(new QToolButton(this))
    , m_stories(new QToolButton(this))
    , m_filter(new QLineEdit(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_articles(table(this))
    , m_search(new QLineEdit(this))
    , m_searchStatus(new QLabel(this))
    , m_results(new QStandardItemModel(0, 3, this))
    , m_resultsView(table(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_searchStatus->setTextFormat(Qt::PlainText);
    m_searchStatus->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter articles by path, title or state"));
    m_filter->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search all articles: words, \"a phrase\", actor:Russia type:talks from:2022-01"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
        tr("Words as SQLite full-text search reads them (\"a phrase\", OR, NOT, prefix*) and fields "
           "of the event told in the sentence: actor:, person:, type:, status:, from:, to:. "
           "Press Enter to search."));
    m_proxy->setSortRole(CorpusModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_articles->setModel(m_proxy);
    m_articles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(
        tr("Write the events of these articles, with your corrections, to one CSV, JSON or "
           "iCalendar file"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("All Articles…"), this, [this] {
        Q_EMIT exportRequested(Scope::All);
    });
    exportMenu->addAction(tr("Selected Articles…"), this, [this] {
        Q_EMIT exportRequested(Scope::Selected);
    });
    exportMenu->addAction(tr("Articles of the Search Results…"), this, [this] {
        Q_EMIT exportRequested(Scope::SearchResults);
    });
    m_export->setMenu(exportMenu);
    m_timeline->setText(tr("Timeline"));
    m_timeline->setToolTip(tr("The events of the selected articles (of all, when none is selected) on a time axis"));
    connect(m_timeline, &QToolButton::clicked, this, &CorpusPanel::timelineRequested);
    m_stories->setObjectName(QStringLiteral("corpusStories"));
    m_stories->setText(tr("Stories"));
    m_stories->setToolTip(tr("Reports of the same event grouped: where they disagree, how the status moved"));
    connect(m_stories, &QToolButton::clicked, this, &CorpusPanel::storiesRequested);
    m_articles->setSortingEnabled(true);
    m_results->setHorizontalHeaderLabels({tr("Article"), tr("Published"), tr("Sentence")});
    m_resultsView->setModel(m_results);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->setTextElideMode(Qt::ElideRight);

    auto *progressRow = new QHBoxLayout;
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addLayout(progressRow);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_timeline);
    filterRow->addWidget(m_stories);
    filterRow->addWidget(m_export);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_articles, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_search);
    bottomLayout->addWidget(m_searchStatus);
    bottomLayout->addWidget(m_resultsView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setRunning(false);
    m_searchStatus->hide();

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_articles, &QTableView::activated, this, &CorpusPanel::activateArticle);
    connect(m_resultsView, &QTableView::activated, this, &CorpusPanel::activateResult);
    connect(m_cancel, &QPushButton::clicked, this, &CorpusPanel::cancelRequested);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_search->text().trimmed().isEmpty()) {
            Q_EMIT searchRequested(m_search->text().trimmed());
        }
    });
}

void CorpusPanel::setArticles(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_articles->sortByColumn(CorpusModel::PathColumn, Qt::AscendingOrder);
    auto *header = m_articles->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CorpusModel::TitleColumn, QHeaderView::Stretch);
    for (const int column : {CorpusModel::PublishedColumn, CorpusModel::StateColumn, CorpusModel::EventsColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->resizeSection(CorpusModel::PathColumn, fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22);
}

void CorpusPanel::setFolder(const QString &folder)
{
    m_results->removeRows(0, m_results->rowCount());
    m_searchStatus->hide();
    m_filter->clear();
    setToolTip(QDir::toNativeSeparators(folder));
}

void CorpusPanel::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
}

void CorpusPanel::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 articles").arg(done).arg(total));
}

void CorpusPanel::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void CorpusPanel::setResults(const QString &folder, const QVector<SearchHit> &hits, const QString &message)
{
    m_results->removeRows(0, m_results->rowCount());
    const QDir base(folder);
    for (const SearchHit &hit : hits) {
        auto *path = new QStandardItem(hit.path);
        path->setData(base.filePath(hit.path), PathRole);
        path->setData(hit.start, StartRole);
        path->setData(int(hit.sentence.size()), LengthRole);
        auto *sentence = new QStandardItem(hit.sentence.simplified());
        sentence->setToolTip(hit.sentence.simplified());
        m_results->appendRow({path, new QStandardItem(hit.published), sentence});
    }
    m_resultsView->resizeColumnToContents(1);
    m_searchStatus->setText(message);
    m_searchStatus->show();
}

void CorpusPanel::setSearchText(const QString &query)
{
    if (m_search->text() != query) {
        m_search->setText(query);
    }
}

QStringList CorpusPanel::selectedPaths() const
{
    QStringList paths;
    for (const QModelIndex &row : m_articles->selectionModel()->selectedRows()) {
        paths.append(row.data(CorpusModel::AbsolutePathRole).toString());
    }
    paths.sort();
    return paths;
}

QStringList CorpusPanel::resultPaths() const
{
    QStringList paths;
    for (int row = 0; row < m_results->rowCount(); ++row) {
        const QString path = m_results->item(row, 0)->data(PathRole).toString();
        if (!paths.contains(path)) {
            paths.append(path);
        }
    }
    return paths;
}

QTableView *CorpusPanel::articlesView() const
{
    return m_articles;
}

QTableView *CorpusPanel::resultsView() const
{
    return m_resultsView;
}

QLineEdit *CorpusPanel::filterEdit() const
{
    return m_filter;
}

QLineEdit *CorpusPanel::searchEdit() const
{
    return m_search;
}

void CorpusPanel::activateArticle(const QModelIndex &index)
{
    const QString path = index.data(CorpusModel::AbsolutePathRole).toString();
    if (!path.isEmpty()) {
        Q_EMIT openRequested(path, 0, 0);
    }
}

void CorpusPanel::activateResult(const QModelIndex &index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    Q_EMIT openRequested(first.data(PathRole).toString(),
                         first.data(StartRole).toInt(),
                         first.data(LengthRole).toInt());
}

} // namespace Readout
