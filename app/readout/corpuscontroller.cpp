// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscontroller.h"

#include "documenttab.h"
#include "mainwindow.h"
#include "storieswindow.h"
#include "timelinewindow.h"

#include "annotations.h"
#include "articleview.h"
#include "corpus/batchrunner.h"
#include "corpus/corpusexport.h"
#include "corpus/corpusjob.h"
#include "corpus/corpusstories.h"
#include "corpuspanel.h"
#include "knowledge/analystknowledge.h"
#include "knowledge/datafolder.h"
#include "knowledge/userdictionary.h"
#include "models/corpusmodel.h"
#include "models/storymodel.h"
#include "pipeline.h"
#include "plainmessagebox.h"
#include "storage/autosaver.h"
#include "storage/outputfile.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QStatusBar>
#include <QTextBlock>
#include <QTimer>
#include <QtConcurrent>

namespace Readout
{

namespace
{

/// What a background export says when it ends.
struct ExportResult {
    bool ok = false;
    QString message;
};

} // namespace

CorpusController::CorpusController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Corpus"), window))
    , m_panel(new CorpusPanel(m_dock))
    , m_model(new CorpusModel(this))
    , m_job(new CorpusJob(this))
    , m_dictionary(UserDictionary::defaultPath())
    , m_refresh(new QTimer(this))
{
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(1500);
    connect(m_refresh, &QTimer::timeout, this, &CorpusController::refresh);
    connect(window, &MainWindow::extractionFinished, this, &CorpusController::watchSaves);
    m_dock->setObjectName(QStringLiteral("corpusDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                        | QDockWidget::DockWidgetClosable);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    m_panel->setArticles(m_model);

    connect(m_job, &CorpusJob::listed, this, [this](const QStringList &paths) {
        m_model->relist(m_job->folder(), paths);
        m_panel->setProgress(0, int(paths.size()));
        updateSummary(true);
    });
    connect(m_job, &CorpusJob::indexed, this, [this](const QVector<IndexedArticle> &entries, int done, int total) {
        m_model->update(entries);
        m_panel->setProgress(done, total);
        updateSummary(true);
    });
    connect(m_job, &CorpusJob::finished, this, [this](bool cancelled, const QString &error) {
        m_panel->setRunning(false);
        updateSummary(false);
        if (!error.isEmpty()) {
            m_window->statusBar()->showMessage(error, 10000);
        }
        if (m_stories && m_stories->isVisible()) {
            rebuildStories();
        }
        Q_EMIT folderIndexed(cancelled, error);
        if (std::exchange(m_refreshAfterJob, false)) {
            m_refresh->start();
        }
    });
    connect(m_panel, &CorpusPanel::cancelRequested, m_job, &CorpusJob::cancel);
    connect(m_panel, &CorpusPanel::searchRequested, this, &CorpusController::search);
    connect(m_panel, &CorpusPanel::openRequested, this, &CorpusController::openArticle);
    connect(m_panel, &CorpusPanel::timelineRequested, this, &CorpusController::showTimeline);
    connect(m_panel, &CorpusPanel::storiesRequested, this, &CorpusController::showStories);
    connect(m_panel, &CorpusPanel::exportRequested, this, [this](CorpusPanel::Scope scope) {
        askExport(int(scope));
    });
    connect(window, &MainWindow::documentOpened, this, &CorpusController::reveal);
}

CorpusController::~CorpusController() = default;

void CorpusController::openFolder(const QString &folder)
{
    const QString path = QFileInfo(folder).absoluteFilePath();
    m_dock->setWindowTitle(tr("Corpus: %1").arg(QDir(path).dirName()));
    if (m_dock->isHidden()) {
        m_dock->show();
        // Wide enough for the article list and a sentence of the search results.
        m_window->resizeDocks({m_dock}, {std::max(420, m_window->width() * 2 / 5)}, Qt::Horizontal);
    }
    m_dock->raise();
    m_panel->setFolder(path);
    m_panel->setRunning(true);
    m_panel->setSummary(tr("Listing %1…").arg(QDir::toNativeSeparators(path)));
    m_job->start(path, m_dictionary);
}

void CorpusController::search(const QString &query)
{
    const QString folder = m_model->folder();
    m_panel->setSearchText(query);
    const auto parsed = SearchQuery::parse(query);
    if (!parsed) {
        m_panel->setResults(folder, {}, parsed.error().message);
        Q_EMIT searched(0);
        return;
    }
    const auto index = CorpusIndex::openForReading(folder, CorpusJob::fingerprintFor(m_dictionary));
    if (!index) {
        m_panel->setResults(folder,
                            {},
                            tr("Nothing to search yet: the articles are being read (%1).").arg(index.error().message));
        Q_EMIT searched(0);
        return;
    }
    constexpr int Limit = 500;
    const auto hits = index.value()->search(parsed.value(), Limit);
    if (!hits) {
        m_panel->setResults(folder, {}, hits.error().message);
        Q_EMIT searched(0);
        return;
    }
    const int n = int(hits.value().size());
    QString message = n == 0 ? tr("No sentence matches.")
        : n == 1             ? tr("1 sentence matches.")
                             : tr("%1 sentences match.").arg(n);
    if (n == Limit) {
        message = tr("The first %1 sentences that match; narrow the search for the others.").arg(Limit);
    }
    if (m_job->isRunning()) {
        message += QLatin1Char(' ') + tr("Articles not read yet are not searched.");
    }
    m_panel->setResults(folder, hits.value(), message);
    Q_EMIT searched(n);
}

void CorpusController::watchSaves(DocumentTab *tab)
{
    if (tab && tab->autoSaver()) {
        connect(tab->autoSaver(), &AutoSaver::saved, this, &CorpusController::sidecarSaved, Qt::UniqueConnection);
    }
}

void CorpusController::sidecarSaved(const QString &sidecarPath)
{
    // A sidecar beside an article of the folder: its row follows the corrections. (One kept in the
    // data folder, for a read-only folder, is seen at the next opening of the folder.)
    const QString folder = m_model->folder();
    if (folder.isEmpty() || QDir(folder).relativeFilePath(sidecarPath).startsWith(QLatin1String(".."))) {
        return;
    }
    m_refresh->start();
}

void CorpusController::refresh()
{
    if (m_job->isRunning()) {
        m_refreshAfterJob = true;
        return;
    }
    m_panel->setRunning(true);
    m_job->start(m_model->folder(), m_dictionary);
}

QStringList CorpusController::pathsOf(int scope) const
{
    switch (CorpusPanel::Scope(scope)) {
    case CorpusPanel::Scope::Selected:
        return m_panel->selectedPaths();
    case CorpusPanel::Scope::SearchResults:
        return m_panel->resultPaths();
    case CorpusPanel::Scope::All:
        break;
    }
    QStringList all;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        all.append(m_model->absolutePath(row));
    }
    return all;
}

void CorpusController::askExport(int scope)
{
    if (pathsOf(scope).isEmpty()) {
        PlainMessageBox::openWarning(m_window,
                                     tr("Nothing to Export"),
                                     scope == int(CorpusPanel::Scope::Selected)
                                         ? tr("Select the articles to export in the list first.")
                                         : tr("Search first: the articles of the results are exported."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window,
                                                      tr("Export Events of the Articles"),
                                                      QDir(m_model->folder()).filePath(QStringLiteral("events.csv")),
                                                      tr("CSV events (*.csv);;JSON (*.json);;iCalendar (*.ics)"));
    if (!path.isEmpty()) {
        exportArticles(scope, path);
    }
}

void CorpusController::exportArticles(int scope, const QString &path)
{
    CorpusExport::Format format;
    if (!CorpusExport::formatForPath(path, &format)) {
        Q_EMIT exported(false, tr("%1: name the file .csv, .json or .ics").arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QStringList files = pathsOf(scope);
    m_window->statusBar()->showMessage(tr("Exporting the events of %1 articles…").arg(files.size()));
    auto *watcher = new QFutureWatcher<ExportResult>(this);
    connect(watcher, &QFutureWatcher<ExportResult>::finished, this, [this, watcher] {
        const ExportResult result = watcher->result();
        watcher->deleteLater();
        m_window->statusBar()->showMessage(result.message, 10000);
        if (!result.ok && m_window->errorDialogsEnabled()) {
            PlainMessageBox::openWarning(m_window, tr("Could Not Export"), result.message);
        }
        Q_EMIT exported(result.ok, result.message);
    });
    const QString dictionary = m_dictionary;
    watcher->setFuture(QtConcurrent::run([files, format, path, dictionary] {
        const Pipeline pipeline(AnalystKnowledge::load(dictionary, DataFolder::inUse()).knowledge);
        const CorpusExport::Outcome out = CorpusExport::run(files, format, pipeline, BatchRunner());
        const auto written = OutputFile::write(path, out.bytes, files);
        if (!written) {
            return ExportResult{false, written.error().message};
        }
        QString text = CorpusController::tr("%1 events of %2 articles written to %3")
                           .arg(out.events)
                           .arg(out.articles)
                           .arg(QDir::toNativeSeparators(path));
        if (!out.failed.isEmpty()) {
            text += QLatin1String("; ")
                + CorpusController::tr("%1 could not be read: %2")
                      .arg(out.failed.size())
                      .arg(out.failed.join(QLatin1String("; ")));
        }
        return ExportResult{true, text};
    }));
}

void CorpusController::showTimeline()
{
    const QString folder = m_model->folder();
    const auto index = CorpusIndex::openForReading(folder, CorpusJob::fingerprintFor(m_dictionary));
    if (!index) {
        m_window->statusBar()->showMessage(tr("No timeline yet: the articles are being read."), 8000);
        return;
    }
    QVector<TimelineEvent> events = index.value()->timelineEvents(folder);
    const QStringList selected = m_panel->selectedPaths();
    QString title = QDir(folder).dirName();
    if (!selected.isEmpty()) {
        events.removeIf([&](const TimelineEvent &e) {
            return !selected.contains(e.path);
        });
        title = selected.size() == 1 ? QFileInfo(selected.first()).fileName()
                                     : tr("%1 articles of %2").arg(selected.size()).arg(title);
    }
    showTimelineOf(events, title);
}

void CorpusController::showArticleTimeline(DocumentTab *tab)
{
    if (!tab || !tab->annotations()) {
        m_window->statusBar()->showMessage(tr("Open an article first."), 5000);
        return;
    }
    QVector<TimelineEvent> events;
    for (const Event &e : tab->annotations()->events()) {
        events.append({tab->path(),
                       e.evidenceStart,
                       e.evidenceEnd - e.evidenceStart,
                       e.type,
                       e.status,
                       e.date,
                       e.participants,
                       e.evidenceText,
                       e.location,
                       tab->annotations()->document().metadata().published});
    }
    showTimelineOf(events, QFileInfo(tab->path()).fileName());
}

void CorpusController::showTimelineOf(const QVector<TimelineEvent> &events, const QString &title)
{
    if (!m_timeline) {
        m_timeline = new TimelineWindow(m_window);
        m_timeline->setWindowFlag(Qt::Window);
        connect(m_timeline, &TimelineWindow::openRequested, this, &CorpusController::openArticle);
    }
    m_timeline->setEvents(events, title);
    m_timeline->show();
    m_timeline->raise();
    m_timeline->activateWindow();
}

void CorpusController::showStories()
{
    if (!m_stories) {
        m_stories = new StoriesWindow(m_window);
        m_stories->setWindowFlag(Qt::Window);
        connect(m_stories, &StoriesWindow::openRequested, this, &CorpusController::openArticle);
        connect(m_stories, &StoriesWindow::decisionRequested, this, &CorpusController::decide);
    }
    m_showStories = true;
    rebuildStories();
}

StoriesWindow *CorpusController::stories() const
{
    return m_stories;
}

namespace
{

/// What a rebuild of the stories read, on a worker: the index is opened there for reading.
struct StoriesRead {
    bool indexed = false;
    CorpusStories stories;
    EventLinks links;
    QString linksError;
};

StoriesRead readStories(const QString &folder, const QString &fingerprint)
{
    StoriesRead out;
    QVector<TimelineEvent> events;
    {
        const auto index = CorpusIndex::openForReading(folder, fingerprint);
        if (!index) {
            return out;
        }
        events = index.value()->timelineEvents(folder);
    }
    out.indexed = true;
    QStringList paths;
    for (const TimelineEvent &e : std::as_const(events)) {
        paths.append(e.path);
    }
    auto links = EventLinks::loadFor(folder, paths);
    out.linksError = links ? QString() : links.error().message;
    out.links = links ? links.value() : EventLinks();
    out.stories = CorpusStories::build(events, out.links, CompareRules::forAnalyst());
    return out;
}

} // namespace

void CorpusController::rebuildStories()
{
    if (!m_stories) {
        return;
    }
    const QString folder = m_model->folder();
    auto *watcher = new QFutureWatcher<StoriesRead>(this);
    connect(watcher, &QFutureWatcher<StoriesRead>::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        if (folder != m_model->folder()) {
            return; // another folder was opened meanwhile
        }
        StoriesRead read = watcher->result();
        if (!read.indexed) {
            m_window->statusBar()->showMessage(tr("No stories yet: the articles are being read."), 8000);
            m_showStories = false;
            return;
        }
        m_links = read.links;
        m_linksError = read.linksError;
        m_stories->setStories(read.stories, CompareRules::forAnalyst(), QDir(folder).dirName());
        if (!m_linksError.isEmpty()) {
            m_stories->statusBar()->showMessage(tr("Your links are not used: %1").arg(m_linksError));
        } else if (const QString note = std::exchange(m_storiesNote, QString()); !note.isEmpty()) {
            m_stories->statusBar()->showMessage(note, 6000);
        }
        if (std::exchange(m_showStories, false)) {
            m_stories->show();
            m_stories->raise();
            m_stories->activateWindow();
        }
        Q_EMIT storiesReady();
    });
    watcher->setFuture(QtConcurrent::run(readStories, folder, CorpusJob::fingerprintFor(m_dictionary)));
}

void CorpusController::decide(const QVector<StoryMember> &members, bool same)
{
    if (!m_linksError.isEmpty()) {
        // Writing now would replace the analyst's unreadable links with these alone.
        PlainMessageBox::openWarning(m_stories,
                                     tr("Cannot Keep the Link"),
                                     tr("%1\n\nFix or move that file first.").arg(m_linksError));
        return;
    }
    const QVector<EventLink> links = m_stories->model()->stories().linksFor(members, same);
    if (links.isEmpty()) {
        m_stories->statusBar()->showMessage(same ? tr("Select two reports or more to link them.")
                                                 : tr("This report is alone in its story already."),
                                            6000);
        return;
    }
    EventLinks changed = m_links;
    for (const EventLink &l : links) {
        changed.set(l);
    }
    if (const auto saved = changed.save(); !saved) {
        PlainMessageBox::openWarning(m_stories, tr("Cannot Keep the Link"), saved.error().message);
        return;
    }
    // The next decision builds on this one even before the stories are rebuilt.
    m_links = changed;
    m_storiesNote = same ? tr("Linked: %n reports tell one event.", nullptr, int(members.size()))
                         : tr("Kept apart: not the same event.");
    rebuildStories();
}

TimelineWindow *CorpusController::timeline() const
{
    return m_timeline;
}

QDockWidget *CorpusController::dock() const
{
    return m_dock;
}

CorpusPanel *CorpusController::panel() const
{
    return m_panel;
}

CorpusModel *CorpusController::model() const
{
    return m_model;
}

bool CorpusController::isRunning() const
{
    return m_job->isRunning();
}

void CorpusController::openArticle(const QString &path, int start, int length)
{
    m_reveal = {MainWindow::normalizedPath(path), start, length};
    for (int i = 0; i < m_window->documentCount(); ++i) {
        if (m_window->document(i)->path() == m_reveal.path) {
            m_window->openFile(path); // switches to its tab
            reveal(m_window->document(i));
            return;
        }
    }
    m_window->openFile(path);
}

void CorpusController::reveal(DocumentTab *tab)
{
    if (!tab || tab->path() != m_reveal.path) {
        return;
    }
    const Reveal r = std::exchange(m_reveal, {});
    if (r.length <= 0) {
        return;
    }
    ArticleView *view = tab->articleView();
    QTextCursor cursor(view->document());
    const int end = std::min(r.start + r.length, view->document()->characterCount() - 1);
    cursor.setPosition(std::min(r.start, end));
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->centerCursor();
}

void CorpusController::updateSummary(bool running)
{
    const int total = m_model->rowCount();
    QStringList parts{total == 1 ? tr("1 article") : tr("%1 articles").arg(total)};
    for (const auto &[state, label] : {std::pair{QStringLiteral("corrected"), tr("%1 corrected")},
                                       std::pair{QStringLiteral("reviewed"), tr("%1 reviewed")},
                                       std::pair{QStringLiteral("failed"), tr("%1 could not be read")},
                                       std::pair{QStringLiteral("new"), tr("%1 not read yet")}}) {
        const int n = m_model->count(state);
        if (n > 0 && (state != QLatin1String("new") || running)) {
            parts.append(label.arg(n));
        }
    }
    m_panel->setSummary(QDir::toNativeSeparators(m_model->folder()) + QLatin1Char('\n')
                        + parts.join(QStringLiteral(" · ")));
}

} // namespace Readout
