// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttab.h"
#include "mainwindow.h"

#include "articleview.h"
#include "eventfilterproxymodel.h"
#include "eventspanel.h"
#include "eventtableview.h"

#include "annotations.h"
#include "models/eventtablemodel.h"
#include "storage/csvexporter.h"

#include <QAbstractItemModelTester>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Readout;

namespace
{

constexpr int ExtractionTimeout = 30000;

QString samplePath()
{
    return QStringLiteral(READOUT_SOURCE_DIR "/resources/samples/us-russia-talks-2021-12-28.txt");
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testOpenSampleListsThreeEvents();
    void testModelsPassTester();
    void testSelectingEventSelectsEvidence();
    void testDateToolTipShowsResolvedValue();
    void testEntityClickSelectsEventsUsingIt();
    void testExportCsv();
    void testWindowTitleAndSummary();
    void testPublishedOverride();
    void testMissingFileLeavesDocumentsUntouched();
    void testBinaryFileGivesMessage();
    void testOpeningTwiceSwitchesToTab();
    void testRecentFiles();
    void testRecentMenuDropsMissingFiles();
    void testDropOpensFiles();
    void testCloseDocument();

private:
    /// Opens the sample and waits for its extraction; tab stays nullptr (with a failed check) on timeout.
    void openSample(DocumentTab *&tab, const QDate &published = {});

    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationName(QStringLiteral("readout-test"));
    QVERIFY2(QFileInfo::exists(samplePath()), qPrintable(samplePath()));
}

void MainWindowTest::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    // Every model of every document runs under the tester from the moment it exists.
    connect(m_window.get(), &MainWindow::documentOpened, this, [this](DocumentTab *tab) {
        m_testers << new QAbstractItemModelTester(tab->eventModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest,
                                                  tab);
        m_testers << new QAbstractItemModelTester(tab->eventsPanel()->tableView()->proxyModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest,
                                                  tab);
    });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowTest::cleanup()
{
    m_testers.clear();
    m_window.reset();
}

void MainWindowTest::openSample(DocumentTab *&tab, const QDate &published)
{
    tab = nullptr;
    QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
    m_window->openFile(samplePath(), published);
    QVERIFY2(opened.wait(ExtractionTimeout), "the sample did not open");
    auto *openedTab = opened.at(0).at(0).value<DocumentTab *>();
    // The events table fills once the extraction on the worker thread is done.
    QTRY_VERIFY_WITH_TIMEOUT(openedTab->hasExtraction(), ExtractionTimeout);
    tab = openedTab;
}

void MainWindowTest::testOpenSampleListsThreeEvents()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    QCOMPARE(m_window->documentCount(), 1);
    QCOMPARE(m_window->currentDocument(), tab);
    QTRY_VERIFY(tab->eventModel()->rowCount() > 0);
    QCOMPARE(tab->eventModel()->rowCount(), 3);
    QCOMPARE(tab->eventsPanel()->tableView()->model()->rowCount(), 3);
    QVERIFY(tab->annotations()->entities().size() > 0);
}

void MainWindowTest::testModelsPassTester()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    QCOMPARE(m_testers.size(), 2);
    EventTableView *table = tab->eventsPanel()->tableView();
    table->sortByColumn(EventTableModel::DateColumn, Qt::DescendingOrder);
    table->setFilterText(QStringLiteral("Russia"));
    table->setFilterText(QString());
    table->sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(table->model()->rowCount(), tab->eventModel()->rowCount());
}

void MainWindowTest::testSelectingEventSelectsEvidence()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    EventTableView *table = tab->eventsPanel()->tableView();
    QVERIFY(table->model()->rowCount() > 0);

    QSignalSpy activated(table, &EventTableView::eventActivated);
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(activated.count(), 1);
    const QString id = activated.at(0).at(0).toString();
    const int index = tab->annotations()->eventIndex(id);
    QVERIFY(index >= 0);
    const Event &event = tab->annotations()->events().at(index);

    const QTextCursor cursor = tab->articleView()->textCursor();
    QString selected = cursor.selectedText();
    selected.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    QCOMPARE(selected, event.evidenceText);
    QCOMPARE(cursor.selectionStart(), event.evidenceStart);
    QCOMPARE(cursor.selectionEnd(), event.evidenceEnd);
    QCOMPARE(tab->eventsPanel()->evidenceText(), event.evidenceText.simplified());
    // Why: the rule behind each field, below the evidence and in the cell's tooltip.
    const QString why = tab->eventsPanel()->whyText();
    QVERIFY2(why.contains(QLatin1String("Sides from rule ")), qPrintable(why));
    QVERIFY2(why.contains(QLatin1String("Date from rule nearest-date")), qPrintable(why));
    // The words are copies: the tokens they came from are freed after extraction.
    static const QRegularExpression trigger(QStringLiteral("Type from rule trigger: \u201C[A-Za-z]+\u201D"));
    QVERIFY2(trigger.match(why).hasMatch(), qPrintable(why));
    const QString tip = table->model()->index(0, EventTableModel::ParticipantsColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Sides from rule ")), qPrintable(tip));
}

void MainWindowTest::testDateToolTipShowsResolvedValue()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    const Entity *date = nullptr;
    for (const Entity &entity : tab->annotations()->entities()) {
        if (entity.value == QLatin1String("2022-01-10")) {
            date = &entity;
            break;
        }
    }
    QVERIFY2(date, "no entity with value 2022-01-10");
    const QString tip = tab->articleView()->toolTipAt(date->start);
    QVERIFY2(tip.contains(QLatin1String("2022-01-10")), qPrintable(tip));
    QVERIFY2(tip.contains(date->text), qPrintable(tip));
    QVERIFY(tab->articleView()->toolTipAt(date->end - 1) == tip);
    // A person says which state Readout took and where from ("Russian Foreign Minister ...").
    const Entity *person = nullptr;
    for (const Entity &entity : tab->annotations()->entities()) {
        if (entity.type == EntityType::Person && !entity.affiliation.isEmpty()) {
            person = &entity;
            break;
        }
    }
    QVERIFY2(person, "no person tied to a state in the sample");
    const QString personTip = tab->articleView()->toolTipAt(person->start);
    QVERIFY2(personTip.contains(QLatin1String("Stands for Russia: named so in the article")), qPrintable(personTip));
}

void MainWindowTest::testEntityClickSelectsEventsUsingIt()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    const Annotations *annotations = tab->annotations();
    QVERIFY(!annotations->entities().isEmpty());
    // Prefer a span that some event uses, so the selection is not trivially empty.
    const Entity *target = &annotations->entities().constFirst();
    for (const Entity &entity : annotations->entities()) {
        if (!annotations->eventsUsing(entity.id).isEmpty()) {
            target = &entity;
            break;
        }
    }
    const QStringList expected = annotations->eventsUsing(target->id);

    // A real click on the span, as the user does it.
    ArticleView *view = tab->articleView();
    QTextCursor cursor(view->document());
    cursor.setPosition(target->start);
    view->setTextCursor(cursor);
    view->centerCursor();
    const QPoint point = view->spanRect(target->start, target->end).center();
    QVERIFY(!view->entityIdAt(point).isEmpty());
    QSignalSpy clicked(view, &ArticleView::entityClicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(clicked.count(), 1);
    const QString clickedId = clicked.at(0).at(0).toString();
    QCOMPARE(tab->eventsPanel()->tableView()->selectedEventIds(), annotations->eventsUsing(clickedId));

    // The handler itself, for the chosen entity.
    tab->selectEventsUsing(target->id);
    QCOMPARE(tab->eventsPanel()->tableView()->selectedEventIds(), expected);
    const QString message = m_window->statusBar()->currentMessage();
    if (expected.isEmpty()) {
        QCOMPARE(message, QStringLiteral("Not used by any event"));
    } else {
        QCOMPARE(message, QStringLiteral("Used by ") + expected.join(QLatin1String(", ")));
    }
}

void MainWindowTest::testExportCsv()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.events.csv"));
    QVERIFY(m_window->exportEvents(path));

    // The other formats of File > Export, chosen by the file's suffix.
    for (const auto &[name, marker] : {std::pair<const char *, QByteArray>{"sample.json", "\"events\""},
                                       {"sample.ann", "\tPERSON "},
                                       {"sample.conll", "\tB-PER"},
                                       {"sample.ics", "BEGIN:VEVENT"}}) {
        const QString other = dir.filePath(QLatin1String(name));
        QVERIFY2(m_window->exportEvents(other), name);
        QFile f(other);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().contains(marker), name);
    }
    QVERIFY(!m_window->exportEvents(dir.filePath(QStringLiteral("sample.docx"))));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith("event_id,document,published"), bytes.left(80).constData());
    const Result<QVector<QStringList>> rows = CsvExporter::parseRows(bytes, path);
    QVERIFY2(rows.isOk(), qPrintable(rows.error().message));
    QVector<QStringList> dataRows = rows.value();
    dataRows.removeFirst();
    dataRows.erase(std::remove_if(dataRows.begin(),
                                  dataRows.end(),
                                  [](const QStringList &row) {
                                      return row.size() == 1 && row.first().isEmpty();
                                  }),
                   dataRows.end());
    QCOMPARE(dataRows.size(), 3);
}

void MainWindowTest::testWindowTitleAndSummary()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Readout"));
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    QCOMPARE(m_window->windowTitle(), tab->displayName() + QStringLiteral(" — Readout"));
    const QString summary = tab->summary();
    QVERIFY2(summary.contains(QLatin1String("published 2021-12-28")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 events").arg(tab->eventModel()->rowCount()))
                 || tab->eventModel()->rowCount() == 1,
             qPrintable(summary));
}

void MainWindowTest::testPublishedOverride()
{
    DocumentTab *tab = nullptr;
    openSample(tab, QDate(2022, 3, 1));
    QVERIFY(tab);
    QCOMPARE(tab->annotations()->document().metadata().published, QDate(2022, 3, 1));
    QVERIFY2(tab->summary().contains(QLatin1String("published 2022-03-01")), qPrintable(tab->summary()));
}

void MainWindowTest::testMissingFileLeavesDocumentsUntouched()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no-such-article.txt"));
    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openFile(missing);
    QVERIFY(failed.wait(ExtractionTimeout));
    QCOMPARE(failed.at(0).at(0).toString(), missing);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(m_window->documentCount(), 1);
    QCOMPARE(m_window->currentDocument(), tab);
    QCOMPARE(tab->eventModel()->rowCount(), int(tab->annotations()->events().size()));

    const QList<QMessageBox *> boxes = m_window->findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QVERIFY(boxes.first()->text().contains(QLatin1String("no-such-article.txt")));
    QVERIFY(!boxes.first()->informativeText().isEmpty());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("no-such-article.txt")));
    boxes.first()->close();
}

void MainWindowTest::testBinaryFileGivesMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
    bytes += QByteArray(64, '\0');
    bytes += QByteArray("\xff\xfe\x00\x01\x02", 5);
    file.write(bytes);
    file.close();

    QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
    m_window->openFile(path);
    QVERIFY(failed.wait(ExtractionTimeout));
    QCOMPARE(m_window->documentCount(), 0);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    const QList<QMessageBox *> boxes = m_window->findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QVERIFY(boxes.first()->text().contains(QLatin1String("image.txt")));
    boxes.first()->close();
}

void MainWindowTest::testOpeningTwiceSwitchesToTab()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    m_window->openFiles({samplePath(), samplePath()});
    QCOMPARE(m_window->pendingCount(), 0);
    QCOMPARE(m_window->documentCount(), 1);
}

void MainWindowTest::testRecentFiles()
{
    QVERIFY(m_window->recentFiles().isEmpty());
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    QCOMPARE(m_window->recentFiles(), QStringList{MainWindow::normalizedPath(samplePath())});
}

void MainWindowTest::testRecentMenuDropsMissingFiles()
{
    const QString sample = MainWindow::normalizedPath(samplePath());
    QStringList stored{QStringLiteral("/nonexistent/gone.txt"), sample};
    for (int i = 0; i < 12; ++i) {
        stored << QStringLiteral("/nonexistent/old-%1.txt").arg(i);
    }
    QSettings().setValue(QStringLiteral("recentFiles"), stored);
    QMenu *recent = nullptr;
    const QList<QMenu *> menus = m_window->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (menu->title() == QLatin1String("Open &Recent")) {
            recent = menu;
        }
    }
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QCOMPARE(m_window->recentFiles(), QStringList{sample});
    QStringList labels;
    const QList<QAction *> actions = recent->actions();
    for (const QAction *action : actions) {
        labels << action->text();
    }
    QVERIFY2(labels.contains(QStringLiteral("&1 us-russia-talks-2021-12-28.txt")), qPrintable(labels.join(u'|')));

    // Opening more than ten files keeps the ten most recent.
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < 11; ++i) {
        paths << dir.filePath(QStringLiteral("a%1.txt").arg(i));
        QFile file(paths.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Text.\n");
    }
    QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
    m_window->openFiles(paths);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 11, ExtractionTimeout);
    QCOMPARE(m_window->recentFiles().size(), 10);
    QCOMPARE(m_window->recentFiles().first(), MainWindow::normalizedPath(paths.last()));
    QCOMPARE(m_window->currentDocument()->path(), MainWindow::normalizedPath(paths.first()));
}

void MainWindowTest::testDropOpensFiles()
{
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(samplePath())});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
    QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(opened.wait(ExtractionTimeout));
    QCOMPARE(m_window->documentCount(), 1);
    delete mime;
}

void MainWindowTest::testCloseDocument()
{
    DocumentTab *tab = nullptr;
    openSample(tab);
    QVERIFY(tab);
    m_window->closeCurrentDocument();
    QCOMPARE(m_window->documentCount(), 0);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Readout"));
    QVERIFY(!m_window->exportEvents(QDir::temp().filePath(QStringLiteral("never.csv"))));
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
