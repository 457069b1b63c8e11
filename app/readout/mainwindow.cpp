// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "documenttab.h"
#include "recentfilesmenu.h"

#include "annotationpalette.h"
#include "eventspanel.h"

#include "annotations.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "storage/csvexporter.h"

#include <QAction>
#include <QApplication>
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

/// What reading one file gave: a document or the reader's message.
struct ReadOutcome {
    std::optional<Document> document;
    QString error;
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
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Readout"));
    setAcceptDrops(true);
    resize(1400, 850);

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
    statusBar()->addPermanentWidget(m_summary);

    createActions();

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentDocumentChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeDocument);
    currentDocumentChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));

    m_recentMenu = new RecentFilesMenu(this);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileRequested, this, [this](const QString &path) {
        openFile(path);
    });
    file->addSeparator();

    m_exportAction = file->addAction(tr("&Export Events…"), this, &MainWindow::showExportDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    file->addSeparator();

    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeCurrentDocument);
    m_closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_eventsDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Readout"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

QString MainWindow::normalizedPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
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
    // Reading is I/O and decoding: never on the GUI thread.
    raw->watcher->setFuture(QtConcurrent::run([path] {
        ReadOutcome outcome;
        Result<Document> result = readDocument(path);
        if (result.isOk()) {
            outcome.document = std::move(result).value();
        } else {
            outcome.error = result.error().message;
        }
        return outcome;
    }));
    m_pending.push_back(std::move(pending));
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
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
}

void MainWindow::addDocument(PendingOpen &pending)
{
    if (!pending.outcome.document) {
        const QString name = QFileInfo(pending.path).fileName();
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
    Document document = std::move(*pending.outcome.document);
    document.setPath(pending.path);
    if (pending.published.isValid()) {
        document.setPublished(pending.published);
    }
    if (m_pending.empty()) {
        statusBar()->clearMessage();
    }
    auto *tab = new DocumentTab(document);
    m_panels->addWidget(tab->eventsPanel());
    const int index = m_tabs->addTab(tab, tab->displayName());
    m_tabs->setTabToolTip(index, pending.path);
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
    tab->startExtraction();
    currentDocumentChanged();
    Q_EMIT documentOpened(tab);
}

void MainWindow::closeDocument(int index)
{
    auto *tab = document(index);
    if (!tab) {
        return;
    }
    m_tabs->removeTab(index);
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
    updateSummary();
}

void MainWindow::updateSummary()
{
    DocumentTab *tab = currentDocument();
    m_summary->setText(tab ? tab->summary() : QString());
}

void MainWindow::setErrorDialogsEnabled(bool enabled)
{
    m_errorDialogs = enabled;
}

void MainWindow::showError(const QString &title, const QString &text, const QString &details)
{
    if (!m_errorDialogs) {
        return;
    }
    // open(), not exec(): the window keeps working (and loading) while the message is up.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showOpenDialog()
{
    auto *dialog = new QFileDialog(this, tr("Open Articles"), QSettings().value(LastDirectoryKey).toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Text files (*.txt)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        openFiles(files);
    });
    dialog->open();
}

void MainWindow::showExportDialog()
{
    DocumentTab *tab = currentDocument();
    if (!tab || !tab->hasExtraction()) {
        return;
    }
    const QFileInfo article(tab->path());
    const QString suggested = article.dir().filePath(article.completeBaseName() + QLatin1String(".events.csv"));
    auto *dialog = new QFileDialog(this, tr("Export Events"), suggested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    dialog->selectFile(suggested);
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
    const std::shared_ptr<const KnowledgeBase> knowledge = KnowledgeBase::builtIn();
    const CsvExporter exporter(*knowledge);
    const Annotations *annotations = tab->annotations();
    const Result<bool> written = exporter.writeFile(path, annotations->document(), annotations->events());
    if (!written.isOk()) {
        statusBar()->showMessage(tr("Export failed: %1").arg(written.error().message), 2 * StatusTimeout);
        showError(tr("Export Failed"), tr("Could not export the events to “%1”.").arg(path), written.error().message);
        return false;
    }
    const int count = int(annotations->events().size());
    statusBar()->showMessage(count == 1 ? tr("Exported 1 event to %1").arg(path)
                                        : tr("Exported %1 events to %2").arg(count).arg(path),
                             StatusTimeout);
    return true;
}

QStringList MainWindow::recentFiles() const
{
    return m_recentMenu->files();
}

void MainWindow::showAbout()
{
    const QString highlighting = createAnnotationPalette()->themeSource();
    const QString text = tr("<h3>Readout %1</h3>"
                            "<p>Highlights the people, organizations, places and dates in news reports "
                            "and lists the events they describe.</p>"
                            "<p>Licence: GPL-3.0-or-later</p>"
                            "<p>Credits: iso-codes (LGPL-2.1+), tzdata (public domain), Qt %2 (LGPL-3.0).<br>"
                            "Highlighting: %3.</p>")
                             .arg(QStringLiteral(READOUT_VERSION), QString::fromLatin1(qVersion()), highlighting);
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Readout"), text, QMessageBox::Ok, this);
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
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
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    openFiles(files);
}

} // namespace Readout
