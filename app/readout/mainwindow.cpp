// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articlefileswatcher.h"
#include "comparewindow.h"
#include "corpuscontroller.h"
#include "correctionactions.h"
#include "documenttab.h"
#include "findactions.h"
#include "knowledgemenu.h"
#include "pastedarticles.h"
#include "printcontroller.h"
#include "progressindicator.h"
#include "recentfilesmenu.h"
#include "sourcefiles.h"
#include "windowlayout.h"

#include "annotationpalette.h"
#include "articleview.h"
#include "eventspanel.h"
#include "highlightingengine.h"
#include "manualwindow.h"
#include "plainmessagebox.h"
#include "sourceviewdialog.h"
#include "thememenu.h"
#include "themes.h"

#include "annotations.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "models/plaintooltip.h"
#include "storage/autosaver.h"
#include "storage/exportwriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPromise>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace Readout
{

namespace
{

constexpr int StatusTimeout = 6000;
const auto LastDirectoryKey = QLatin1String("lastDirectory");

/// What reading one file gave: the article or the reader's message.
struct ReadOutcome {
    std::optional<LoadedArticle> article;
    std::shared_ptr<PreparedDocument> display; ///< the text laid out for the view, off the GUI thread
    QString error;
    bool cancelled = false;
};

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls()) {
        return files;
    }
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            files.append(url.toLocalFile());
        }
    }
    return files;
}

QLabel *placeholderLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

} // namespace

struct MainWindow::PendingOpen {
    QString path;
    QDate published;
    bool makeCurrent = false;
    bool done = false;
    ReadOutcome outcome;
    QFutureWatcher<ReadOutcome> *watcher = nullptr; ///< child of the window, deleted once handled
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Readout"));
    setAcceptDrops(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_centralStack = new QStackedWidget(this);
    m_centralStack->addWidget(
        placeholderLabel(tr("Open an article with File ▸ Open (%1) or drop a file here.")
                             .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
                         m_centralStack));
    m_centralStack->addWidget(m_tabs);
    setCentralWidget(m_centralStack);

    m_panels = new QStackedWidget(this);
    m_panels->addWidget(placeholderLabel(tr("The events of the current article appear here."), m_panels));
    m_eventsDock = new QDockWidget(tr("Events"), this);
    m_eventsDock->setObjectName(QStringLiteral("eventsDock"));
    m_eventsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                              | QDockWidget::DockWidgetClosable);
    m_eventsDock->setWidget(m_panels);
    addDockWidget(Qt::RightDockWidgetArea, m_eventsDock);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText); // the encoding comes from the file
    m_progress = new ProgressIndicator(this);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_summary);
    connect(m_progress, &ProgressIndicator::cancelRequested, this, &MainWindow::cancelWork);

    // Pasted and dropped text becomes an article file, then opens like any other.
    m_pasted = new PastedArticles(this);
    connect(m_pasted, &PastedArticles::articleSaved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Pasted article saved as %1").arg(QDir::toNativeSeparators(path)), StatusTimeout);
        openFile(path);
    });
    connect(m_pasted, &PastedArticles::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 2 * StatusTimeout);
        showError(tr("Could Not Paste"), tr("The pasted content could not be opened as an article."), message);
    });
    m_files = new ArticleFilesWatcher(this);
    connect(m_files, &ArticleFilesWatcher::fileVanished, this, [this](const QString &path) {
        const QString message = tr("%1 was deleted or moved on disk. Its text and your corrections stay open here; "
                                   "export what you need before closing the tab.")
                                    .arg(QFileInfo(path).fileName());
        statusBar()->showMessage(message, 2 * StatusTimeout);
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (document(i)->path() == path) {
                m_tabs->setTabToolTip(i, plainToolTip(path + QLatin1Char('\n') + message));
            }
        }
        Q_EMIT articleFileVanished(path, message);
    });

    m_corpus = new CorpusController(this);
    createActions();

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentDocumentChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDocument);
    currentDocumentChanged();
    // A remembered dock layout keeps its sizes; a first start gives the events dock its share.
    m_dockSized = (new WindowLayout(this, QStringLiteral("mainWindow"), QSize(1400, 850)))->restore();
}

MainWindow::~MainWindow()
{
    // Quit: the application's exit waits for the reading threads, so tell them to stop; the
    // results they were making are theirs (shared), never waited for here.
    for (const auto &pending : m_pending) {
        pending->cancel->store(true);
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));

    m_recentMenu = new RecentFilesMenu(this);
    QAction *folder = file->addAction(tr("Open &Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"));
        if (!dir.isEmpty()) {
            m_corpus->openFolder(dir);
        }
    });
    folder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    folder->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileRequested, this, [this](const QString &path) {
        openFile(path);
    });
    file->addSeparator();

    QAction *compare = file->addAction(tr("Co&mpare With…"), this, &MainWindow::showCompareDialog);
    compare->setObjectName(QStringLiteral("compareWith"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::showExportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    (new PrintController(this, std::bind(&MainWindow::currentDocument, this)))->addTo(file);
    file->addSeparator();

    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeCurrentDocument);
    m_closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_eventsDock->toggleViewAction());
    view->addAction(m_corpus->dock()->toggleViewAction());
    view->addAction(tr("Time&line of This Article"), this, [this] {
        m_corpus->showArticleTimeline(currentDocument());
    });
    view->addSeparator();
    view->addMenu(new ThemeMenu(view));
    m_sourceAction = view->addAction(tr("&Source…"), this, &MainWindow::showSource);
    m_sourceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addMenu(new KnowledgeMenu(
        [this](const SourceFile &file) {
            showSourceFiles({file}, tr("%1 — Knowledge Files").arg(file.label));
        },
        settings));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Readout &Manual"), QKeySequence::HelpContents, this, [this] {
        ManualWindow::showManual(this);
    });
    QAction *about = help->addAction(tr("&About Readout"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    // Corrections: Edit, Annotate and Events menus, the undo history, user dictionary, shortcuts.
    m_corrections = new CorrectionActions(this);
    m_corrections->createMenus(menuBar(), view, settings, help);

    // Edit ▸ Paste as New Article (the Edit menu is CorrectionActions'; File serves without one).
    QMenu *editMenu = file;
    const QList<QAction *> menus = menuBar()->actions();
    for (QAction *action : menus) {
        if (action->menu() && action->menu()->title() == tr("&Edit")) {
            editMenu = action->menu();
        }
    }
    editMenu->addSeparator();
    m_pasteAction = editMenu->addAction(tr("Paste as &New Article"), this, &MainWindow::pasteAsNewArticle);
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-paste")));
    (new FindActions(this, std::bind(&MainWindow::currentDocument, this)))->addTo(editMenu);
}

CorpusController *MainWindow::corpus() const
{
    return m_corpus;
}

QString MainWindow::normalizedPath(const QString &path)
{
    const QFileInfo info(path);
    // A link to what is not a regular file (/dev/zero) keeps its own name: the reader refuses it
    // under the name the analyst gave.
    const QString canonical = info.isFile() ? info.canonicalFilePath() : QString();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

void MainWindow::openFiles(const QStringList &paths, const QDate &published)
{
    bool first = true;
    for (const QString &path : paths) {
        const QString normalized = normalizedPath(path);
        bool known = false;
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (document(i)->path() == normalized) {
                if (first) {
                    m_tabs->setCurrentIndex(i);
                }
                known = true;
            }
        }
        for (const auto &pending : m_pending) {
            known = known || pending->path == normalized;
        }
        if (!known) {
            startRead(normalized, published, first);
        }
        first = false;
    }
}

void MainWindow::openFile(const QString &path, const QDate &published)
{
    openFiles({path}, published);
}

void MainWindow::startRead(const QString &path, const QDate &published, bool makeCurrent)
{
    auto pending = std::make_unique<PendingOpen>();
    pending->path = path;
    pending->published = published;
    pending->makeCurrent = makeCurrent;
    pending->watcher = new QFutureWatcher<ReadOutcome>(this);
    PendingOpen *raw = pending.get();
    connect(raw->watcher, &QFutureWatcherBase::finished, this, [this, raw] {
        raw->outcome = raw->watcher->result();
        raw->done = true;
        flushPending();
    });
    connect(raw->watcher, &QFutureWatcherBase::progressValueChanged, this, &MainWindow::updateProgress);
    // Reading is I/O and decoding: never on the GUI thread. Progress in percent; Cancel sets the flag.
    const std::shared_ptr<std::atomic<bool>> cancel = raw->cancel;
    const QFont font = ArticleView::articleFont();
    raw->watcher->setFuture(QtConcurrent::run([path, cancel, font](QPromise<ReadOutcome> &promise) {
        // Reading and decoding are the first half of the bar, laying the text out the second.
        promise.setProgressRange(0, 100);
        const auto step = [&promise, cancel](int from, qint64 done, qint64 total) {
            promise.setProgressValue(from + (total > 0 ? int(done * 50 / total) : 0));
            return !cancel->load();
        };
        ReadOptions options;
        options.progress = [&step](qint64 done, qint64 total) {
            return step(0, done, total);
        };
        ReadOutcome outcome;
        Result<LoadedArticle> result = readArticle(path, options);
        if (result.isOk()) {
            outcome.article = std::move(result).value();
            outcome.display = ArticleView::prepareDocument(outcome.article->document.text(),
                                                           font,
                                                           [&step](qint64 done, qint64 total) {
                                                               return step(50, done, total);
                                                           });
            if (!outcome.display) {
                outcome.article.reset();
                outcome.cancelled = true;
            }
        } else {
            outcome.error = result.error().message;
            outcome.cancelled = result.error().code == Error::Code::Cancelled;
        }
        promise.addResult(std::move(outcome));
    }));
    m_pending.push_back(std::move(pending));
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    updateProgress();
}

void MainWindow::updateProgress()
{
    if (!m_pending.empty()) {
        const PendingOpen &pending = *m_pending.front();
        m_progress->showReading(QFileInfo(pending.path).fileName(), pending.watcher->progressValue());
        return;
    }
    DocumentTab *tab = currentDocument();
    if (tab && tab->isExtracting()) {
        m_progress->showExtracting(tab->displayName());
    } else {
        m_progress->clear();
    }
}

void MainWindow::cancelWork()
{
    for (const auto &pending : m_pending) {
        pending->cancel->store(true);
    }
    if (DocumentTab *tab = currentDocument()) {
        tab->cancelExtraction();
    }
}

void MainWindow::pasteAsNewArticle()
{
    openMimeData(QGuiApplication::clipboard()->mimeData());
}

void MainWindow::openMimeData(const QMimeData *mime)
{
    statusBar()->showMessage(tr("Saving the pasted article…"));
    m_pasted->take(mime);
}

PastedArticles *MainWindow::pastedArticles() const
{
    return m_pasted;
}

ProgressIndicator *MainWindow::progressIndicator() const
{
    return m_progress;
}

void MainWindow::flushPending()
{
    // Files finish in any order; tabs appear in the order they were asked for.
    while (!m_pending.empty() && m_pending.front()->done) {
        std::unique_ptr<PendingOpen> pending = std::move(m_pending.front());
        m_pending.pop_front();
        // Not delete: this runs inside the watcher's own finished() signal.
        pending->watcher->deleteLater();
        addDocument(*pending);
    }
    updateProgress();
}

void MainWindow::addDocument(PendingOpen &pending)
{
    if (!pending.outcome.article) {
        const QString name = QFileInfo(pending.path).fileName();
        if (pending.outcome.cancelled) {
            statusBar()->showMessage(tr("Opening %1 was cancelled").arg(name), StatusTimeout);
            Q_EMIT loadFailed(pending.path, pending.outcome.error);
            return;
        }
        QString message = pending.outcome.error;
        if (message.isEmpty()) {
            message = tr("The file could not be read.");
        }
        // Reader messages usually start with the file name already.
        statusBar()->showMessage(message.contains(name) ? tr("Could not open the file: %1").arg(message)
                                                        : tr("Could not open %1: %2").arg(name, message),
                                 2 * StatusTimeout);
        showError(tr("Could Not Open File"), tr("Could not open “%1”.").arg(pending.path), message);
        Q_EMIT loadFailed(pending.path, message);
        return;
    }
    LoadedArticle article = std::move(*pending.outcome.article);
    // An .ann or .readout.json opens the article it annotates: maybe one already open.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (qobject_cast<DocumentTab *>(m_tabs->widget(i))->path() == article.document.path()) {
            m_tabs->setCurrentIndex(i);
            statusBar()->showMessage(tr("%1 is already open").arg(article.document.displayName()), StatusTimeout);
            return;
        }
    }
    Document document = std::move(article.document);
    if (pending.published.isValid()) {
        document.setPublished(pending.published);
    }
    if (m_pending.empty()) {
        statusBar()->clearMessage();
    }
    auto *tab = new DocumentTab(document, nullptr, pending.outcome.display);
    m_panels->addWidget(tab->eventsPanel());
    const int index = m_tabs->addTab(tab, tab->displayName());
    m_tabs->setTabToolTip(index, plainToolTip(tab->path())); // a file name, as written
    m_files->watch(tab->path());
    if (article.hasAnnotations()) {
        tab->setImportedAnnotations(article.entities, article.events);
    }
    connect(tab, &DocumentTab::summaryChanged, this, [this, tab] {
        if (tab == currentDocument()) {
            updateSummary();
        }
    });
    connect(tab, &DocumentTab::statusMessage, this, [this, tab](const QString &message) {
        if (tab == currentDocument()) {
            statusBar()->showMessage(message, StatusTimeout);
        }
    });
    connect(tab, &DocumentTab::extractionFinished, this, [this, tab] {
        if (tab == currentDocument()) {
            m_exportAction->setEnabled(true);
        }
        Q_EMIT extractionFinished(tab);
    });
    if (pending.makeCurrent || m_tabs->count() == 1) {
        m_tabs->setCurrentIndex(index);
    }
    m_recentMenu->add(pending.path);
    QSettings().setValue(LastDirectoryKey, QFileInfo(pending.path).absolutePath());
    m_corrections->addDocument(tab);
    tab->open(); // its saved corrections, or a fresh extraction
    currentDocumentChanged();
    if (!article.notes.isEmpty()) {
        // Encoding fallbacks, imported annotations, dropped page headers: what the reader did.
        statusBar()->showMessage(article.notes.join(QLatin1String(" · ")), 2 * StatusTimeout);
    }
    Q_EMIT documentOpened(tab);
}

void MainWindow::closeDocument(int index)
{
    auto *tab = document(index);
    if (!tab) {
        return;
    }
    m_tabs->removeTab(index);
    m_files->unwatch(tab->path());
    delete tab; // also deletes its events panel from the dock
    currentDocumentChanged();
}

void MainWindow::closeCurrentDocument()
{
    closeDocument(m_tabs->currentIndex());
}

int MainWindow::documentCount() const
{
    return m_tabs->count();
}

DocumentTab *MainWindow::document(int index) const
{
    return qobject_cast<DocumentTab *>(m_tabs->widget(index));
}

DocumentTab *MainWindow::currentDocument() const
{
    return qobject_cast<DocumentTab *>(m_tabs->currentWidget());
}

int MainWindow::pendingCount() const
{
    return int(m_pending.size());
}

void MainWindow::currentDocumentChanged()
{
    DocumentTab *tab = currentDocument();
    m_centralStack->setCurrentIndex(tab ? 1 : 0);
    if (tab && tab->eventsPanel()) {
        m_panels->setCurrentWidget(tab->eventsPanel());
    } else {
        m_panels->setCurrentIndex(0);
    }
    setWindowTitle(tab ? tr("%1 — Readout").arg(tab->displayName()) : tr("Readout"));
    m_exportAction->setEnabled(tab && tab->hasExtraction());
    m_closeAction->setEnabled(tab != nullptr);
    m_sourceAction->setEnabled(tab != nullptr);
    m_corrections->setCurrentDocument(tab);
    updateSummary();
}

void MainWindow::updateSummary()
{
    DocumentTab *tab = currentDocument();
    m_summary->setText(tab ? tab->summary() : QString());
    updateProgress(); // extraction started or ended
}

void MainWindow::setErrorDialogsEnabled(bool enabled)
{
    m_errorDialogs = enabled;
    m_corrections->setDialogsEnabled(enabled);
}

void MainWindow::showError(const QString &title, const QString &text, const QString &details)
{
    if (!m_errorDialogs) {
        return;
    }
    // open(), not exec(): the window keeps working (and loading) while the message is up. Plain
    // text: the texts quote file names and lines of files.
    PlainMessageBox::openWarning(this, title, text, details);
}

void MainWindow::showOpenDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open Articles"), QSettings().value(LastDirectoryKey).toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Articles (*.txt *.html *.htm *.xhtml *.md *.markdown *.pdf *.ann *.readout.json)"),
                            tr("Text (*.txt)"),
                            tr("Web pages (*.html *.htm *.xhtml)"),
                            tr("Markdown (*.md *.markdown)"),
                            tr("PDF documents (*.pdf)"),
                            tr("brat standoff annotations (*.ann)"),
                            tr("Readout annotations (*.readout.json)"),
                            tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        openFiles(files);
    });
    dialog->open();
}

void MainWindow::showCompareDialog()
{
    // With an article open it is A and the dialog asks for B; without, it asks for both.
    DocumentTab *tab = currentDocument();
    const QString title = tab ? tr("Compare %1 With").arg(tab->displayName()) : tr("Compare Two Articles");
    auto *dialog = new QFileDialog(this, title, QSettings().value(LastDirectoryKey).toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(tab ? QFileDialog::ExistingFile : QFileDialog::ExistingFiles);
    dialog->setNameFilters(
        {tr("Articles (*.txt *.html *.htm *.xhtml *.md *.markdown *.pdf *.ann *.readout.json)"), tr("All files (*)")});
    const QString a = tab ? tab->path() : QString();
    connect(dialog, &QFileDialog::filesSelected, this, [this, a](const QStringList &files) {
        if (!a.isEmpty() && files.size() == 1) {
            compareFiles(a, files.first());
        } else if (a.isEmpty() && files.size() == 2) {
            compareFiles(files.at(0), files.at(1));
        } else {
            showError(tr("Compare"), tr("Choose two articles to compare."), QString());
        }
    });
    dialog->open();
}

CompareWindow *MainWindow::compareFiles(const QString &a, const QString &b)
{
    // An article open in a tab is the same article there: one model, one undo stack, one
    // autosaver (ArticleSession), so nothing needs writing first.
    auto *window = new CompareWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setErrorDialogsEnabled(m_errorDialogs);
    window->show();
    window->openFiles(a, b);
    return window;
}

void MainWindow::showExportDialog()
{
    DocumentTab *tab = currentDocument();
    if (!tab || !tab->hasExtraction()) {
        return;
    }
    const QFileInfo article(tab->path());
    const QString suggested = article.dir().filePath(article.completeBaseName() + QLatin1String(".events.csv"));
    auto *dialog = new QFileDialog(this, tr("Export"), suggested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(ExportWriter::suffix(ExportWriter::Format::Csv));
    const QStringList filters = ExportWriter::dialogFilters();
    dialog->setNameFilters(filters);
    dialog->selectFile(suggested);
    // The chosen filter sets the suffix, and the suffix the format.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString &filter) {
        const int index = int(filters.indexOf(filter));
        if (index >= 0) {
            const QString suffix = ExportWriter::suffix(ExportWriter::Format(index));
            dialog->setDefaultSuffix(suffix);
            const QStringList chosen = dialog->selectedFiles();
            if (!chosen.isEmpty()) {
                const QFileInfo current(chosen.first());
                QString base = current.completeBaseName();
                if (current.suffix().isEmpty()) {
                    base = current.fileName();
                }
                dialog->selectFile(base + QLatin1Char('.') + suffix);
            }
        }
    });
    const QPointer<DocumentTab> target = tab;
    connect(dialog, &QFileDialog::fileSelected, this, [this, target](const QString &path) {
        if (target) {
            exportDocumentEvents(target, path);
        }
    });
    dialog->open();
}

bool MainWindow::exportEvents(const QString &path)
{
    return exportDocumentEvents(currentDocument(), path);
}

bool MainWindow::exportDocumentEvents(DocumentTab *tab, const QString &path)
{
    if (!tab || !tab->hasExtraction()) {
        statusBar()->showMessage(tr("Nothing to export: no document has been extracted yet"), StatusTimeout);
        return false;
    }
    const Result<ExportWriter::Format> format = ExportWriter::formatForPath(path);
    const Annotations *annotations = tab->annotations();
    const Result<bool> written = format
        ? ExportWriter(annotations->knowledge() ? *annotations->knowledge() : *KnowledgeBase::builtIn())
              .write(path, format.value(), annotations->document(), annotations->entities(), annotations->events())
        : Result<bool>(format.error());
    if (!written.isOk()) {
        statusBar()->showMessage(tr("Export failed: %1").arg(written.error().message), 2 * StatusTimeout);
        showError(tr("Export Failed"), tr("Could not export to “%1”.").arg(path), written.error().message);
        return false;
    }
    const int count = int(annotations->events().size());
    statusBar()->showMessage(count == 1 ? tr("Exported 1 event to %1").arg(path)
                                        : tr("Exported %1 events to %2").arg(count).arg(path),
                             StatusTimeout);
    return true;
}

CorrectionActions *MainWindow::corrections() const
{
    return m_corrections;
}

QStringList MainWindow::recentFiles() const
{
    return m_recentMenu->files();
}

void MainWindow::showAbout()
{
    const Themes *themes = Themes::instance();
    const QString highlighting =
        tr("%1; theme %2").arg(themes->engine().description(), themes->engine().displayName(themes->activeTheme()));
    const QString text = tr("<h3>Readout %1</h3>"
                            "<p>Highlights the people, organizations, places and dates in news reports "
                            "and lists the events they describe.</p>"
                            "<p>Licence: GPL-3.0-or-later</p>"
                            "<p>Credits: iso-codes (LGPL-2.1+), tzdata (public domain), WordNet 3.0 (Princeton), "
                            "GeoNames (CC-BY-4.0), Qt %2 (LGPL-3.0).<br>"
                            "Highlighting: %3.</p>")
                             .arg(QStringLiteral(READOUT_VERSION), QString::fromLatin1(qVersion()), highlighting);
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Readout"), text, QMessageBox::Ok, this);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showSource()
{
    if (DocumentTab *tab = currentDocument()) {
        showSourceFiles(articleSourceFiles(tab->path()), tr("Source of %1").arg(tab->displayName()));
    }
}

void MainWindow::showSourceFiles(const QVector<SourceFile> &files, const QString &title)
{
    auto *dialog = new SourceViewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    for (const SourceFile &file : files) {
        // A file that cannot be shown gets a tab saying why.
        dialog->addFile(file.path,
                        file.editable ? SourceViewDialog::Access::Editable : SourceViewDialog::Access::ReadOnly,
                        file.label);
    }
    dialog->show();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_dockSized) {
        m_dockSized = true;
        // The table has eight columns: give the dock a good share of the window from the start.
        resizeDocks({m_eventsDock}, {int(width() * 0.45)}, Qt::Horizontal);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() || PastedArticles::canTake(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() || PastedArticles::canTake(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        openFiles(files);
    } else if (PastedArticles::canTake(event->mimeData())) {
        // Dropped text (a selection from a browser or an editor) becomes a new article.
        event->acceptProposedAction();
        openMimeData(event->mimeData());
    }
}

} // namespace Readout
