// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparewindow.h"
#include "windowlayout.h"

#include "correctionactions.h"
#include "documenttab.h"
#include "findactions.h"

#include "annotationpalette.h"
#include "articleview.h"
#include "compareflagstyle.h"
#include "comparelegend.h"
#include "comparepairproxy.h"
#include "comparescroller.h"
#include "eventspanel.h"
#include "paragraphconnector.h"
#include "plainmessagebox.h"
#include "themes.h"

#include "annotations.h"
#include "compare/comparisonexporter.h"
#include "compare/eventlinks.h"
#include "compare/livecomparison.h"
#include "formats/documentreader.h"
#include "knowledge/rulelabels.h"
#include "models/comparepairmodel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <optional>

namespace Readout
{

namespace
{

constexpr int StatusTimeout = 6000;

/// The analyst's data folder's rules over the built-in ones, as readout-cli compare reads them; a
/// broken copy is said once and the built-in rules used.
CompareRules loadRules()
{
    QString problem;
    CompareRules rules = CompareRules::forAnalyst(&problem);
    if (!problem.isEmpty()) {
        qWarning("readout: not using the data folder's compare rules: %s", qPrintable(problem));
    }
    return rules;
}

QTextEdit::ExtraSelection mark(QPlainTextEdit *view, int start, int end, const QTextCharFormat &format)
{
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(view->document());
    selection.cursor.setPosition(start);
    selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
    selection.format = format;
    return selection;
}

} // namespace

struct CompareWindow::Pending {
    QString pathA;
    QString pathB;
    QDate publishedA;
    QDate publishedB;
    std::optional<Result<LoadedArticle>> a;
    std::optional<Result<LoadedArticle>> b;
    std::atomic<bool> cancel{false};
};

CompareWindow::CompareWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_comparison(new LiveComparison(loadRules(), this))
    , m_model(new ComparePairModel(m_comparison, this))
    , m_proxy(new ComparePairProxy(this))
    , m_columnA(new QWidget(this))
    , m_columnB(new QWidget(this))
    , m_articles(new QSplitter(Qt::Horizontal, this))
    , m_summary(new QLabel(this))
    , m_legend(new CompareLegend(this))
    , m_lower(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_corrections(new CorrectionActions(this))
{
    setWindowTitle(tr("Compare Reports"));
    setObjectName(QStringLiteral("compareWindow"));
    m_proxy->setSourceModel(m_model);

    for (QWidget *column : {m_columnA, m_columnB}) {
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
    }
    m_articles->addWidget(m_columnA);
    m_articles->addWidget(m_columnB);
    m_articles->setChildrenCollapsible(false);
    m_articles->setObjectName(QStringLiteral("articlesSplitter"));

    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::PlainText); // error messages name the files
    m_summary->setContentsMargins(8, 4, 8, 0);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setText(tr("Reading…"));

    QVector<CompareLegendEntry> entries;
    for (const CompareFlagInfo &flag : m_comparison->rules().flags) {
        entries.append({flag.id, RuleLabels::compareFlag(flag.label), flag.icon, compareRole(flag.role)});
    }
    m_legend->setEntries(entries);

    m_table->setObjectName(QStringLiteral("pairTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Two rows at once: an event only in A and one only in B, to link them.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid()) {
            selectPair(index.row());
        }
    });

    auto *pairs = new QWidget(this);
    auto *pairsLayout = new QVBoxLayout(pairs);
    pairsLayout->setContentsMargins(0, 0, 0, 0);
    pairsLayout->setSpacing(0);
    pairsLayout->addWidget(m_summary);
    pairsLayout->addWidget(m_legend);
    pairsLayout->addWidget(m_table, 1);
    m_lower->addTab(pairs, tr("Event pairs"));
    m_lower->setDocumentMode(true);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_articles);
    vertical->addWidget(m_lower);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    vertical->setObjectName(QStringLiteral("pairsSplitter"));
    setCentralWidget(vertical);
    // The articles are what is compared: they get most of the height, the pairs the rest.
    vertical->setSizes({640, 300});

    connect(m_comparison, &LiveComparison::comparisonChanged, this, &CompareWindow::comparisonChanged);
    connect(&m_reader, &QFutureWatcherBase::finished, this, &CompareWindow::filesRead);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        focusChanged(now);
    });
    createMenus();
    statusBar();
    (new WindowLayout(this, QStringLiteral("compareWindow"), QSize(1500, 950)))->restore();
}

CompareWindow::~CompareWindow()
{
    // Closing the window in QWidget's destructor moves the focus: by then this is no CompareWindow.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
    // The comparison stops listening before the articles it watches go.
    m_comparison->setAnnotations(nullptr, nullptr);
    // A read in flight holds its own Pending: tell it to stop, never wait for it.
    if (m_pending) {
        m_pending->cancel = true;
    }
}

void CompareWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("&Export Comparison…"), this, &CompareWindow::showExportDialog);
    exportAction->setObjectName(QStringLiteral("exportComparison"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QMenu *pairs = menuBar()->addMenu(tr("&Pairs"));
    m_link = pairs->addAction(tr("&Link as One Event"), this, [this] {
        decideSelected(true);
    });
    m_link->setObjectName(QStringLiteral("linkEvents"));
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_link->setToolTip(tr("Select an event only in A and one only in B (Ctrl+click): they are the same event"));
    m_unlink = pairs->addAction(tr("&Not the Same Event"), this, [this] {
        decideSelected(false);
    });
    m_unlink->setObjectName(QStringLiteral("unlinkEvents"));
    m_unlink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_unlink->setToolTip(tr("The selected pair are two different events"));
    m_table->addActions({m_link, m_unlink});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CompareWindow::updatePairActions);
    updatePairActions();
    QMenu *view = new QMenu(tr("&View"), this);
    QMenu *settings = new QMenu(tr("&Settings"), this);
    QMenu *help = new QMenu(tr("&Help"), this);
    m_corrections->createMenus(menuBar(), view, settings, help);
    // Find: in the side that has the focus (its article, find bar or events), else in A.
    auto *find = new FindActions(this, [this] {
        const auto has = [](DocumentTab *tab, QWidget *focus) {
            return tab && focus
                && (tab->isAncestorOf(focus) || (tab->eventsPanel() && tab->eventsPanel()->isAncestorOf(focus)));
        };
        return has(m_b, QApplication::focusWidget()) ? m_b.data() : m_a.data();
    });
    find->addTo(menuBar()->findChild<QMenu *>(QStringLiteral("editMenu")));
    menuBar()->addMenu(view);
    if (QDockWidget *undo = m_corrections->undoDock()) {
        undo->hide();
    }
    if (!settings->isEmpty()) {
        menuBar()->addMenu(settings);
    }
    menuBar()->addMenu(help);
}

void CompareWindow::openFiles(const QString &a, const QString &b, const QDate &publishedA, const QDate &publishedB)
{
    if (m_pending) {
        m_pending->cancel = true; // an earlier read, no longer watched, stops on its own
    }
    m_pending = std::make_shared<Pending>();
    m_pending->pathA = a;
    m_pending->pathB = b;
    m_pending->publishedA = publishedA;
    m_pending->publishedB = publishedB;
    setWindowTitle(tr("Compare %1 and %2").arg(QFileInfo(a).fileName(), QFileInfo(b).fileName()));
    const std::shared_ptr<Pending> target = m_pending;
    m_reader.setFuture(QtConcurrent::run([target] {
        // I/O on a worker; the window waits for finished(), never for the thread.
        ReadOptions options;
        options.progress = [&target](qint64, qint64) {
            return !target->cancel.load();
        };
        target->a = readArticle(target->pathA, options);
        target->b = readArticle(target->pathB, options);
    }));
}

void CompareWindow::filesRead()
{
    if (!m_pending || !m_pending->a || !m_pending->b) {
        return;
    }
    for (const auto *result : {&*m_pending->a, &*m_pending->b}) {
        if (!result->isOk()) {
            const QString message = result->error().message;
            m_summary->setText(message);
            if (m_errorDialogs) {
                PlainMessageBox::openWarning(this, tr("Cannot Compare"), message);
            }
            Q_EMIT loadFailed(message);
            return;
        }
    }
    m_a = addSide(m_pending->a->value(), m_pending->publishedA, m_columnA, tr("A"));
    m_b = addSide(m_pending->b->value(), m_pending->publishedB, m_columnB, tr("B"));
    m_lower->addTab(m_a->eventsPanel(), tr("Events of A: %1").arg(m_a->displayName()));
    m_lower->addTab(m_b->eventsPanel(), tr("Events of B: %1").arg(m_b->displayName()));

    m_scroller = new CompareScroller(m_a->articleView(), m_b->articleView(), this);
    m_connector = new ParagraphConnector(m_scroller, this);
    m_connector->setObjectName(QStringLiteral("paragraphConnector"));
    m_articles->insertWidget(1, m_connector);
    m_articles->setStretchFactor(0, 1);
    m_articles->setStretchFactor(1, 0);
    m_articles->setStretchFactor(2, 1);
    const int side = std::max(200, (m_articles->width() - m_connector->sizeHint().width()) / 2);
    m_articles->setSizes({side, m_connector->sizeHint().width(), side});

    m_comparison->setAnnotations(m_a->annotations(), m_b->annotations());
    if (const QString a = m_a->path(), b = m_b->path(); !a.isEmpty() && !b.isEmpty()) {
        auto links = EventLinks::load(EventLinks::folderFor(a, b));
        if (links) {
            m_comparison->setLinks(links.value());
        } else {
            statusBar()->showMessage(tr("The analyst's links are not used: %1").arg(links.error().message));
        }
    }
    m_corrections->setCurrentDocument(m_a);
    m_a->open();
    m_b->open();
}

DocumentTab *
CompareWindow::addSide(const LoadedArticle &article, const QDate &published, QWidget *column, const QString &label)
{
    Document document = article.document;
    if (published.isValid()) {
        document.setPublished(published);
    }
    auto *tab = new DocumentTab(document, column);
    if (article.hasAnnotations()) {
        tab->setImportedAnnotations(article.entities, article.events);
    }
    auto *title = new QLabel(column);
    title->setObjectName(QStringLiteral("title") + label);
    title->setContentsMargins(8, 4, 8, 4);
    title->setTextFormat(Qt::PlainText);
    const QDate dct = document.metadata().published;
    title->setText(tr("%1: %2 · published %3")
                       .arg(label,
                            document.displayName(),
                            dct.isValid() ? dct.toString(Qt::ISODate) : tr("unknown (relative dates unresolved)")));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    column->layout()->addWidget(title);
    column->layout()->addWidget(tab);
    m_corrections->addDocument(tab);
    connect(tab, &DocumentTab::extractionFinished, this, &CompareWindow::sideFinished);
    connect(tab, &DocumentTab::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, StatusTimeout);
    });
    return tab;
}

void CompareWindow::sideFinished()
{
    if (!m_a || !m_b || !m_a->hasExtraction() || !m_b->hasExtraction()) {
        return;
    }
    m_comparison->recompute();
    if (!m_ready) {
        m_ready = true;
        if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
        Q_EMIT ready();
    }
}

/// The A event and the B event of the selected rows: one matched pair, or two rows each with
/// an event of one side only. (-1, -1) when the selection is neither.
std::pair<int, int> CompareWindow::selectedEvents() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QVector<EventPair> &pairs = m_comparison->comparison().pairs;
    int a = -1;
    int b = -1;
    for (const QModelIndex &row : rows) {
        if (row.row() >= pairs.size()) {
            return {-1, -1};
        }
        const EventPair &p = pairs.at(row.row());
        if ((p.a >= 0 && a >= 0) || (p.b >= 0 && b >= 0)) {
            return {-1, -1};
        }
        a = p.a >= 0 ? p.a : a;
        b = p.b >= 0 ? p.b : b;
    }
    return a >= 0 && b >= 0 ? std::pair(a, b) : std::pair(-1, -1);
}

void CompareWindow::updatePairActions()
{
    const auto [a, b] = selectedEvents();
    const bool onePair = m_table->selectionModel()->selectedRows().size() == 1;
    m_link->setEnabled(a >= 0 && !onePair);
    m_unlink->setEnabled(a >= 0 && onePair);
}

void CompareWindow::decideSelected(bool same)
{
    const auto [a, b] = selectedEvents();
    if (a < 0) {
        return;
    }
    const auto done = m_comparison->decide(a, b, same);
    if (!done) {
        statusBar()->showMessage(done.error().message, StatusTimeout);
        if (m_errorDialogs) {
            PlainMessageBox::openWarning(this, tr("Cannot Keep the Link"), done.error().message);
        }
        return;
    }
    const int row = m_model->rowOfEventA(m_comparison->sideA().events.at(a).id);
    statusBar()->showMessage(same ? tr("Linked: one event, told by both reports")
                                  : tr("Unlinked: two different events"),
                             StatusTimeout);
    if (row >= 0) {
        m_table->clearSelection();
        selectPair(row);
    }
}

void CompareWindow::comparisonChanged()
{
    const Comparison &c = m_comparison->comparison();
    const CompareRules &rules = m_comparison->rules();
    m_summary->setText(c.summaryText(rules));
    QHash<QString, int> counts;
    for (const CompareFlagInfo &flag : rules.flags) {
        counts.insert(flag.id, c.count(flag.id));
    }
    m_legend->setCounts(counts);
    if (m_scroller) {
        QVector<TextAnchor> anchors;
        for (const AlignedParagraphs &row : c.alignment) {
            TextAnchor anchor;
            if (row.a >= 0) {
                anchor.startA = c.paragraphsA.at(row.a).start;
                anchor.endA = c.paragraphsA.at(row.a).end;
            }
            if (row.b >= 0) {
                anchor.startB = c.paragraphsB.at(row.b).start;
                anchor.endB = c.paragraphsB.at(row.b).end;
            }
            anchors.append(anchor);
        }
        m_scroller->setAnchors(anchors);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount() - 1; ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
    }
    if (const QModelIndex current = m_table->currentIndex(); current.isValid()) {
        markDifferences(current.row());
    }
    updatePairActions();
}

void CompareWindow::selectPair(int row)
{
    if (row < 0 || row >= m_comparison->comparison().pairs.size() || !m_a || !m_b) {
        return;
    }
    if (m_table->currentIndex().row() != row) {
        m_table->selectRow(row); // comes back here through currentRowChanged
        return;
    }
    const EventPair &pair = m_comparison->comparison().pairs.at(row);
    const CompareSide &sa = m_comparison->sideA();
    const CompareSide &sb = m_comparison->sideB();
    // Both views move to their own evidence; the synchronised scrolling would pull them apart.
    if (m_scroller) {
        m_scroller->setEnabled(false);
    }
    const auto show = [](ArticleView *view, const Event *event) {
        if (!event) {
            view->clearEvidence();
            return;
        }
        view->showEvidence(event->evidenceStart, event->evidenceEnd);
        // The evidence keeps its mark; the selection goes so the differing words show through.
        QTextCursor cursor = view->textCursor();
        cursor.clearSelection();
        view->setTextCursor(cursor);
    };
    show(m_a->articleView(), pair.a >= 0 ? &sa.events.at(pair.a) : nullptr);
    show(m_b->articleView(), pair.b >= 0 ? &sb.events.at(pair.b) : nullptr);
    // The side without the event shows where it would be: level with the other's evidence.
    if (m_scroller && (pair.a < 0) != (pair.b < 0)) {
        m_scroller->setEnabled(true);
        if (pair.a >= 0) {
            m_scroller->syncFromA();
        } else {
            m_scroller->syncFromB();
        }
    }
    if (m_scroller) {
        m_scroller->setEnabled(true);
    }
    markDifferences(row);
}

void CompareWindow::markDifferences(int row)
{
    if (!m_a || !m_b || row < 0 || row >= m_comparison->comparison().pairs.size()) {
        return;
    }
    const EventPair &pair = m_comparison->comparison().pairs.at(row);
    const CompareSide &sa = m_comparison->sideA();
    const CompareSide &sb = m_comparison->sideB();
    QList<QTextEdit::ExtraSelection> marksA;
    QList<QTextEdit::ExtraSelection> marksB;
    int anchor = -1;
    if (pair.isMatch()) {
        const Event &ea = sa.events.at(pair.a);
        const Event &eb = sb.events.at(pair.b);
        const auto [inA, inB] = Comparison::differingWords(sa.document.text(),
                                                           ea.evidenceStart,
                                                           ea.evidenceEnd,
                                                           sb.document.text(),
                                                           eb.evidenceStart,
                                                           eb.evidenceEnd,
                                                           m_comparison->rules());
        const auto palette = Themes::instance()->palette();
        // A colour of its own: the conflict tint is close to PERSON's.
        const QTextCharFormat format =
            palette->format(AnnotationRole::CompareDifference, AnnotationPalette::systemScheme());
        for (const auto &[start, end] : inA) {
            marksA.append(mark(m_a->articleView(), start, end, format));
        }
        for (const auto &[start, end] : inB) {
            marksB.append(mark(m_b->articleView(), start, end, format));
        }
    }
    // The connector draws the band of the evidence paragraphs stronger.
    const Comparison &c = m_comparison->comparison();
    const int paraA =
        pair.a >= 0 ? ParagraphAligner::paragraphAt(c.paragraphsA, sa.events.at(pair.a).evidenceStart) : -1;
    const int paraB =
        pair.b >= 0 ? ParagraphAligner::paragraphAt(c.paragraphsB, sb.events.at(pair.b).evidenceStart) : -1;
    for (int k = 0; k < c.alignment.size(); ++k) {
        if ((paraA >= 0 && c.alignment.at(k).a == paraA) || (paraA < 0 && paraB >= 0 && c.alignment.at(k).b == paraB)) {
            anchor = k;
            break;
        }
    }
    m_a->articleView()->setMarks(ArticleView::MarkLayer::Differences, marksA);
    m_b->articleView()->setMarks(ArticleView::MarkLayer::Differences, marksB);
    if (m_connector) {
        m_connector->setHighlightedAnchor(anchor);
    }
    statusBar()->showMessage(pair.explanation);
}

void CompareWindow::focusChanged(QWidget *now)
{
    for (DocumentTab *tab : {m_a.data(), m_b.data()}) {
        if (tab && now && (tab->isAncestorOf(now) || (tab->eventsPanel() && tab->eventsPanel()->isAncestorOf(now)))) {
            m_corrections->setCurrentDocument(tab);
            return;
        }
    }
}

void CompareWindow::showExportDialog()
{
    if (!m_ready) {
        return;
    }
    QString selectedFilter;
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    const QString suggested = QFileInfo(m_a->path())
                                  .dir()
                                  .filePath(QFileInfo(m_a->path()).completeBaseName() + QStringLiteral(".compare.csv"));
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Export Comparison"),
                                                suggested,
                                                csvFilter + QStringLiteral(";;") + jsonFilter,
                                                &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += selectedFilter == jsonFilter ? QStringLiteral(".json") : QStringLiteral(".csv");
    }
    if (exportComparison(path)) {
        statusBar()->showMessage(tr("Comparison exported to %1").arg(QDir::toNativeSeparators(path)), StatusTimeout);
    }
}

bool CompareWindow::exportComparison(const QString &path)
{
    if (m_comparison->isPending()) {
        m_comparison->recompute();
    }
    const CompareSide &a = m_comparison->sideA();
    const CompareSide &b = m_comparison->sideB();
    const Comparison &c = m_comparison->comparison();
    const CompareRules &rules = m_comparison->rules();
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = json ? QJsonDocument(ComparisonExporter::toJson(a, b, c, rules)).toJson()
                                  : ComparisonExporter::toCsv(a, b, c, rules);
    auto written = ComparisonExporter::writeFile(path, bytes, a, b);
    if (!written) {
        if (m_errorDialogs) {
            PlainMessageBox::openWarning(this, tr("Export Failed"), written.error().message);
        }
        statusBar()->showMessage(written.error().message, StatusTimeout);
        return false;
    }
    return true;
}

void CompareWindow::setErrorDialogsEnabled(bool enabled)
{
    m_errorDialogs = enabled;
    m_corrections->setDialogsEnabled(enabled);
}

DocumentTab *CompareWindow::sideA() const
{
    return m_a;
}

DocumentTab *CompareWindow::sideB() const
{
    return m_b;
}

LiveComparison *CompareWindow::comparison() const
{
    return m_comparison;
}

QTableView *CompareWindow::pairTable() const
{
    return m_table;
}

ComparePairModel *CompareWindow::pairModel() const
{
    return m_model;
}

CompareLegend *CompareWindow::legend() const
{
    return m_legend;
}

CompareScroller *CompareWindow::scroller() const
{
    return m_scroller;
}

CorrectionActions *CompareWindow::corrections() const
{
    return m_corrections;
}

QString CompareWindow::summary() const
{
    return m_summary->text();
}

bool CompareWindow::isReady() const
{
    return m_ready;
}

} // namespace Readout
