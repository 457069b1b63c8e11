// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Open Folder: the corpus dock lists a folder's articles, reads them in the background into
// the folder's index, filters and sorts them, searches them and opens a result at its sentence.
#include "corpuscontroller.h"
#include "documenttab.h"
#include "mainwindow.h"
#include "storieswindow.h"
#include "timelinewindow.h"

#include "annotations.h"
#include "articleview.h"
#include "corpuspanel.h"
#include "models/corpusmodel.h"
#include "models/storymodel.h"
#include "storyproxy.h"
#include "timelineview.h"

#include "../testfiles.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using ReadoutTest::writeBytes;

using namespace Readout;

class CorpusTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
        QCoreApplication::setApplicationName(QStringLiteral("readout-test"));
    }

    void testFolderListsReadsSearchesAndOpens()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(
            writeBytes(root + QStringLiteral("/lima.txt"),
                       "date 2024-03-04\n\nFishing talks in Lima\n\nChile and Peru will hold fishing talks in Lima on "
                       "Friday, officials said.\n\nThe weather was mild.\n"));
        QVERIFY(
            writeBytes(root + QStringLiteral("/region/quito.md"),
                       "date 2024-05-02\n\n# Border talks in Quito\n\nEcuador and Colombia held border talks in Quito "
                       "on Monday.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/broken.txt"), QByteArray("\x00\x01\x02\x03", 4).repeated(64)));

        MainWindow window;
        window.setErrorDialogsEnabled(false);
        window.show();
        CorpusController *corpus = window.corpus();
        QAbstractItemModelTester tester(corpus->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy indexed(corpus, &CorpusController::folderIndexed);
        corpus->openFolder(root);
        QVERIFY(corpus->dock()->isVisible());
        QVERIFY(indexed.wait(30000));
        QCOMPARE(indexed.at(0).at(0).toBool(), false); // not cancelled
        QCOMPARE(indexed.at(0).at(1).toString(), QString());

        // Three rows, sorted by path; states and counts as read.
        const CorpusModel *model = corpus->model();
        QCOMPARE(model->rowCount(), 3);
        QTableView *articles = corpus->panel()->articlesView();
        const auto cell = [&](int row, int column) {
            return articles->model()->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, CorpusModel::PathColumn), QStringLiteral("broken.txt"));
        QCOMPARE(cell(0, CorpusModel::StateColumn), QStringLiteral("failed"));
        QCOMPARE(cell(1, CorpusModel::PathColumn), QStringLiteral("lima.txt"));
        QCOMPARE(cell(1, CorpusModel::PublishedColumn), QStringLiteral("2024-03-04"));
        QCOMPARE(cell(1, CorpusModel::TitleColumn), QStringLiteral("Fishing talks in Lima"));
        QCOMPARE(cell(1, CorpusModel::EventsColumn), QStringLiteral("1"));
        QCOMPARE(cell(2, CorpusModel::PathColumn), QStringLiteral("region/quito.md"));
        QCOMPARE(cell(2, CorpusModel::StateColumn), QStringLiteral("extracted"));
        QVERIFY(QFileInfo(root + QStringLiteral("/.readout/corpus.sqlite")).isFile());

        // Filtering as one types; sorting by the events column.
        corpus->panel()->filterEdit()->setText(QStringLiteral("quito"));
        QCOMPARE(articles->model()->rowCount(), 1);
        corpus->panel()->filterEdit()->clear();
        articles->sortByColumn(CorpusModel::PublishedColumn, Qt::DescendingOrder);
        QCOMPARE(cell(0, CorpusModel::PathColumn), QStringLiteral("region/quito.md"));

        // A search shows the sentence; opening the result shows the article at it.
        QSignalSpy searched(corpus, &CorpusController::searched);
        corpus->search(QStringLiteral("weather OR fishing actor:Peru"));
        QCOMPARE(searched.count(), 1);
        QCOMPARE(searched.at(0).at(0).toInt(), 1); // "weather" has no event with Peru
        QTableView *results = corpus->panel()->resultsView();
        QCOMPARE(results->model()->rowCount(), 1);
        QVERIFY(results->model()->index(0, 2).data().toString().startsWith(QStringLiteral("Chile and Peru will hold")));
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        QSignalSpy extracted(&window, &MainWindow::extractionFinished);
        Q_EMIT results->activated(results->model()->index(0, 2));
        QVERIFY(opened.wait(30000));
        DocumentTab *tab = window.currentDocument();
        QVERIFY(tab);
        QCOMPARE(QFileInfo(tab->path()).fileName(), QStringLiteral("lima.txt"));
        QVERIFY(tab->articleView()->textCursor().selectedText().startsWith(QStringLiteral("Chile and Peru will hold")));

        // Reviewing the article's event in its tab: the autosave writes the sidecar, and the row
        // follows once the saves settle.
        QVERIFY(!extracted.isEmpty() || extracted.wait(30000));
        QVERIFY(tab->annotations()->setEventReviewed(QStringLiteral("E1"), true));
        QVERIFY(indexed.wait(30000));
        QCOMPARE(model->count(QStringLiteral("reviewed")), 1);
        QVERIFY(QFileInfo(root + QStringLiteral("/lima.readout.json")).isFile());

        // A query it does not understand is said in the panel, not thrown.
        corpus->search(QStringLiteral("from:yesterday"));
        QCOMPARE(searched.last().at(0).toInt(), 0);
        QCOMPARE(results->model()->rowCount(), 0);

        // Export: every article to one CSV, the search results' articles to one calendar.
        QSignalSpy exported(corpus, &CorpusController::exported);
        const QString csv = root + QStringLiteral("/out/all.csv");
        QVERIFY(QDir().mkpath(root + QStringLiteral("/out")));
        corpus->exportArticles(0, csv);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
        QVERIFY2(exported.last().at(1).toString().contains(QStringLiteral("could not be read")),
                 qPrintable(exported.last().at(1).toString())); // broken.txt is named
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 3); // the header, one event of lima.txt, one of quito.md
        QVERIFY(rows.at(0).startsWith("event_id,document,"));
        corpus->search(QStringLiteral("border"));
        const QString ics = root + QStringLiteral("/out/results.ics");
        corpus->exportArticles(2, ics);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
        QFile calendar(ics);
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        const QByteArray icsBytes = calendar.readAll();
        QCOMPARE(icsBytes.count("BEGIN:VCALENDAR"), 1);
        QCOMPARE(icsBytes.count("BEGIN:VEVENT"), 1);
        QVERIFY(icsBytes.contains("DTSTART;VALUE=DATE:20240429"));
        // Never over a sidecar, never a file of another kind.
        QFile sidecar(root + QStringLiteral("/lima.readout.json"));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QByteArray saved = sidecar.readAll();
        sidecar.close();
        corpus->exportArticles(0, root + QStringLiteral("/lima.readout.json"));
        QVERIFY(exported.wait(30000));
        QVERIFY(!exported.last().at(0).toBool());
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        QCOMPARE(sidecar.readAll(), saved);
        corpus->exportArticles(0, root + QStringLiteral("/out/all.txt"));
        QVERIFY(!exported.last().at(0).toBool());

        // Opening again: everything unchanged comes from the index; a new article is read.
        QVERIFY(writeBytes(root + QStringLiteral("/later.txt"), "date 2024-06-01\n\nNothing happened today.\n"));
        corpus->openFolder(root);
        QVERIFY(indexed.wait(30000));
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->count(QStringLiteral("extracted")), 2); // quito.md, later.txt
        QCOMPARE(model->count(QStringLiteral("reviewed")), 1); // lima.txt
    }

    void testTimelineShowsExportsAndOpens()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeBytes(root + QStringLiteral("/a.txt"),
                           "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday.\n\n"
                           "Bolivia and Paraguay met in Asuncion in February.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/b.txt"),
                           "date 2024-05-02\n\nChile and Peru held talks in Lima on Monday.\n\n"
                           "A summit of Kenya and Uganda planned for June 3 was postponed.\n"));
        MainWindow window;
        window.setErrorDialogsEnabled(false);
        window.resize(1200, 800);
        window.show();
        CorpusController *corpus = window.corpus();
        QSignalSpy indexed(corpus, &CorpusController::folderIndexed);
        corpus->openFolder(root);
        QVERIFY(indexed.wait(30000));
        corpus->showTimeline();
        TimelineWindow *timeline = corpus->timeline();
        QVERIFY(timeline && timeline->isVisible());
        TimelineView *view = timeline->view();
        QCOMPARE(view->events().size(), 4);
        QStringList labels;
        for (const Timeline::Row &row : view->rows()) {
            labels.append(row.label);
        }
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("Bolivia – Paraguay"),
                              QStringLiteral("Chile – Peru"),
                              QStringLiteral("Kenya – Uganda")}));
        QVERIFY(QTest::qWaitForWindowExposed(timeline));
        // Every marker in view after fitting; a click on one opens its article at the evidence.
        for (int e = 0; e < view->events().size(); ++e) {
            QVERIFY2(view->viewport()->rect().contains(view->markerPos(e)), qPrintable(QString::number(e)));
            QCOMPARE(view->eventAt(view->markerPos(e)), e);
        }
        int chileInB = -1;
        for (int e = 0; e < view->events().size(); ++e) {
            if (view->events().at(e).path.endsWith(QLatin1String("b.txt"))
                && view->events().at(e).type == QLatin1String("talks")) {
                chileInB = e;
            }
        }
        QVERIFY(chileInB >= 0);
        QSignalSpy extracted(&window, &MainWindow::extractionFinished);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->markerPos(chileInB));
        QVERIFY(extracted.wait(30000));
        QCOMPARE(QFileInfo(window.currentDocument()->path()).fileName(), QStringLiteral("b.txt"));
        QVERIFY(window.currentDocument()->articleView()->textCursor().selectedText().startsWith(
            QStringLiteral("Chile and Peru held talks")));
        // Rows by type; zoom keeps within bounds.
        view->setGrouping(Timeline::Grouping::Type);
        QVERIFY(view->rows().size() >= 2);
        const double before = view->pixelsPerDay();
        view->zoomBy(2.0);
        QVERIFY(view->pixelsPerDay() > before);
        // PNG and SVG of the whole timeline; any other name is refused.
        QString error;
        QVERIFY2(view->exportTo(root + QStringLiteral("/t.png"), &error), qPrintable(error));
        QImage png(root + QStringLiteral("/t.png"));
        QCOMPARE(png.size(), view->fullSize());
        QVERIFY2(view->exportTo(root + QStringLiteral("/t.svg"), &error), qPrintable(error));
        QFile svg(root + QStringLiteral("/t.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgBytes = svg.readAll();
        QVERIFY(svgBytes.contains("<svg") && svgBytes.contains("Talks")); // the rows are by type now
        QVERIFY(!view->exportTo(root + QStringLiteral("/t.txt"), &error));
        QVERIFY(error.contains(QStringLiteral(".png or .svg")));
        // The timeline of one selected article.
        corpus->panel()->articlesView()->selectRow(0); // a.txt
        corpus->showTimeline();
        QCOMPARE(view->events().size(), 2);
        // The timeline of the open article follows its corrections in the tab.
        DocumentTab *b = window.currentDocument();
        QVERIFY(b->annotations()->removeEvents({b->annotations()->events().constLast().id}));
        corpus->showArticleTimeline(b);
        QCOMPARE(view->events().size(), 1);
        QCOMPARE(view->events().at(0).date, QStringLiteral("2024-04-29"));
    }

    void testStoriesGroupLinkAndOpen()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        for (const QString &name : QDir(QStringLiteral(READOUT_SOURCE_DIR "/tests/data/stories"))
                                       .entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            QVERIFY(QFile::copy(QStringLiteral(READOUT_SOURCE_DIR "/tests/data/stories/") + name,
                                root + QLatin1Char('/') + name));
        }
        MainWindow window;
        window.setErrorDialogsEnabled(false);
        window.show();
        CorpusController *corpus = window.corpus();
        QSignalSpy indexed(corpus, &CorpusController::folderIndexed);
        corpus->openFolder(root);
        QVERIFY(indexed.wait(30000));
        QSignalSpy ready(corpus, &CorpusController::storiesReady);
        corpus->showStories();
        QVERIFY(ready.wait(30000)); // built on a worker
        StoriesWindow *stories = corpus->stories();
        QVERIFY(stories && stories->isVisible());
        StoryModel *model = stories->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QTreeView *view = stories->view();
        const auto shown = [&] {
            QStringList labels;
            for (int r = 0; r < view->model()->rowCount(); ++r) {
                labels.append(view->model()->index(r, 0).data().toString());
            }
            return labels.join(QStringLiteral(" | "));
        };
        // Told by several reports (the default): the Lima talks told three times, the Nordic twice.
        QCOMPARE(shown(), QStringLiteral("Chile – Peru talks, 2024-03-08 | Norway – Sweden talks, 2024-03-12"));
        const QModelIndex nordic = view->model()->index(1, 0);
        QCOMPARE(view->model()->rowCount(nordic), 2);
        QCOMPARE(view->model()->index(1, StoryModel::PlaceColumn).data().toString(),
                 QStringLiteral("Stockholm / Oslo"));
        QVERIFY(view->model()->index(1, StoryModel::PlaceColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!view->model()->index(0, StoryModel::PlaceColumn).data(Qt::BackgroundRole).isValid());
        stories->findChild<QCheckBox *>()->setChecked(false);
        QCOMPARE(view->model()->rowCount(), 3);
        stories->proxy()->setDisagreementsOnly(true);
        QCOMPARE(shown(), QStringLiteral("Norway – Sweden talks, 2024-03-12"));
        stories->proxy()->setDisagreementsOnly(false);
        stories->proxy()->setWords(QStringLiteral("nairobi"));
        QCOMPARE(shown(), QStringLiteral("Kenya – Ethiopia talks, 2024-03-20"));
        stories->proxy()->setWords(QString());

        // The analyst takes the Stockholm report out of its story: kept beside the articles.
        const auto rowOf = [&](const QString &file) {
            for (int s = 0; s < model->rowCount(); ++s) {
                const QModelIndex story = model->index(s, 0);
                if (story.data().toString() == file || story.data(StoryModel::PathRole).toString().endsWith(file)) {
                    return story;
                }
                for (int r = 0; r < model->rowCount(story); ++r) {
                    if (model->index(r, 0, story).data().toString() == file) {
                        return model->index(r, 0, story);
                    }
                }
            }
            return QModelIndex();
        };
        const auto select = [&](const QStringList &files) {
            view->selectionModel()->clear();
            for (const QString &f : files) {
                view->selectionModel()->select(stories->proxy()->mapFromSource(rowOf(f)),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        };
        QAction *link = stories->findChild<QAction *>(QStringLiteral("linkStories"));
        QAction *unlink = stories->findChild<QAction *>(QStringLiteral("unlinkStories"));
        select({QStringLiteral("stockholm-held.txt")});
        QVERIFY(unlink->isEnabled() && !link->isEnabled());
        unlink->trigger();
        QVERIFY(ready.wait(30000));
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(QFile::exists(root + QStringLiteral("/.readout/links.json")));
        // And then that it was the same meeting after all.
        select({QStringLiteral("stockholm-held.txt"), QStringLiteral("oslo-announced.txt")});
        QVERIFY(link->isEnabled());
        link->trigger();
        QVERIFY(ready.wait(30000));
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->index(1, 0).data(StoryModel::LinkedRole).toBool()
                || model->index(2, 0).data(StoryModel::LinkedRole).toBool());

        // A report opens its article at the evidence.
        QSignalSpy extracted(&window, &MainWindow::extractionFinished);
        view->setCurrentIndex(stories->proxy()->mapFromSource(rowOf(QStringLiteral("lima-held.txt"))));
        Q_EMIT view->activated(view->currentIndex());
        QVERIFY(extracted.wait(30000));
        QCOMPARE(QFileInfo(window.currentDocument()->path()).fileName(), QStringLiteral("lima-held.txt"));
        QVERIFY(window.currentDocument()->articleView()->textCursor().selectedText().startsWith(
            QStringLiteral("Chile and Peru held talks")));
    }

    void testCancelStopsTheJob()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 400; ++i) {
            QVERIFY(writeBytes(dir.filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                               "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday.\n"));
        }
        MainWindow window;
        window.setErrorDialogsEnabled(false);
        CorpusController *corpus = window.corpus();
        QSignalSpy indexed(corpus, &CorpusController::folderIndexed);
        corpus->openFolder(dir.path());
        QVERIFY(corpus->isRunning());
        Q_EMIT corpus->panel()->cancelRequested();
        QVERIFY(indexed.wait(30000));
        QVERIFY(!corpus->isRunning());
        // Either it was stopped before the end, or it had finished already: never a hang.
        QVERIFY(indexed.at(0).at(0).toBool() || corpus->model()->count(QStringLiteral("new")) == 0);
    }
};

QTEST_MAIN(CorpusTest)
#include "corpus_test.moc"
