// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscontroller.h"

#include "documenttab.h"
#include "mainwindow.h"

#include "articleview.h"
#include "corpus/corpusjob.h"
#include "corpuspanel.h"
#include "knowledge/userdictionary.h"
#include "models/corpusmodel.h"

#include <QDir>
#include <QDockWidget>
#include <QStatusBar>
#include <QTextBlock>

namespace Readout
{

CorpusController::CorpusController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Corpus"), window))
    , m_panel(new CorpusPanel(m_dock))
    , m_model(new CorpusModel(this))
    , m_job(new CorpusJob(this))
    , m_dictionary(UserDictionary::defaultPath())
{
    m_dock->setObjectName(QStringLiteral("corpusDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                        | QDockWidget::DockWidgetClosable);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_dock->hide();
    m_panel->setArticles(m_model);

    connect(m_job, &CorpusJob::listed, this, [this](const QStringList &paths) {
        m_model->reset(m_job->folder(), paths);
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
        Q_EMIT folderIndexed(cancelled, error);
    });
    connect(m_panel, &CorpusPanel::cancelRequested, m_job, &CorpusJob::cancel);
    connect(m_panel, &CorpusPanel::searchRequested, this, &CorpusController::search);
    connect(m_panel, &CorpusPanel::openRequested, this, &CorpusController::openArticle);
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
