// SPDX-License-Identifier: GPL-3.0-or-later
// The compare window offscreen: pairs, summary and legend, a selected pair's evidence and
// differing words, synchronised scrolling of aligned paragraphs, live corrections with undo saved
// to each article's own sidecar, and the exports.

#include "comparewindow.h"
#include "correctionactions.h"
#include "documenttab.h"

#include "annotationhighlighter.h"
#include "articleview.h"
#include "comparelegend.h"
#include "comparescroller.h"

#include "annotations.h"
#include "compare/livecomparison.h"
#include "models/comparepairmodel.h"
#include "storage/autosaver.h"
#include "storage/csvexporter.h"
#include "storage/sidecar.h"
#include "translators.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "articlecopy.h"

#include <memory>

using namespace Readout;

namespace
{
constexpr int Timeout = 30000;
const QString Data = QStringLiteral(READOUT_SOURCE_DIR "/tests/data/compare/");
} // namespace

class CompareWindowTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    std::unique_ptr<CompareWindow> m_window;

    bool open(const QString &a, const QString &b)
    {
        m_window = std::make_unique<CompareWindow>();
        m_window->setErrorDialogsEnabled(false);
        m_window->show();
        QSignalSpy ready(m_window.get(), &CompareWindow::ready);
        m_window->openFiles(a, b);
        return ready.wait(Timeout);
    }

    QString copy(const QString &name)
    {
        return ReadoutTest::copyArticle(QDir(m_dir.path()), Data + name, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslators(QLocale::c()); // the English plurals, as the window has them
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(DocumentTab::userDictionaryPath());
        m_a = copy(QStringLiteral("10_three_events.a.txt"));
        m_b = copy(QStringLiteral("10_three_events.b.txt"));
        QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
    }

    void cleanup()
    {
        m_window.reset();
        QFile::remove(m_dir.filePath(QStringLiteral(".readout/links.json")));
    }

    void testTheAnalystUnlinksAndLinksEvents()
    {
        QVERIFY(open(m_a, m_b));
        QTableView *table = m_window->pairTable();
        QAction *link = m_window->findChild<QAction *>(QStringLiteral("linkEvents"));
        QAction *unlink = m_window->findChild<QAction *>(QStringLiteral("unlinkEvents"));
        QVERIFY(link && unlink);
        // NATO-Russia on the 18th and on the 21st: the rules pair them; the analyst says they differ.
        table->selectRow(1);
        QVERIFY(unlink->isEnabled());
        QVERIFY(!link->isEnabled());
        unlink->trigger();
        QCOMPARE(m_window->summary(), QStringLiteral("4 events: 1 same, 1 only in A, 2 only in B"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral(".readout/links.json"))));
        // Then that they are one after all: an event only in A and one only in B, selected together.
        const auto rowOf = [&](const QString &flag, const QString &date) {
            for (int r = 0; r < m_window->pairModel()->rowCount(); ++r) {
                const QModelIndex i = m_window->pairModel()->index(r, 0);
                const QString d = m_window->pairModel()
                                      ->index(r,
                                              flag == QLatin1String("only_in_a") ? ComparePairModel::DateAColumn
                                                                                 : ComparePairModel::DateBColumn)
                                      .data()
                                      .toString();
                if (i.data(ComparePairModel::FlagsRole).toStringList().contains(flag) && d == date) {
                    return r;
                }
            }
            return -1;
        };
        const int onlyA = rowOf(QStringLiteral("only_in_a"), QStringLiteral("2022-11-18"));
        const int onlyB = rowOf(QStringLiteral("only_in_b"), QStringLiteral("2022-11-21"));
        QVERIFY(onlyA >= 0 && onlyB >= 0);
        table->clearSelection();
        table->selectionModel()->select(m_window->pairModel()->index(onlyA, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!link->isEnabled());
        table->selectionModel()->select(m_window->pairModel()->index(onlyB, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(link->isEnabled());
        link->trigger();
        QCOMPARE(m_window->summary(), QStringLiteral("3 events: 1 same, 1 date differs, 0 only in A, 1 only in B"));
        QVERIFY(m_window->pairModel()
                    ->index(1, ComparePairModel::WhyColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("linked by the analyst")));
        // Kept beside the articles: the next comparison of the two starts with it.
        QVERIFY(open(m_a, m_b));
        QVERIFY(m_window->pairModel()
                    ->index(1, ComparePairModel::WhyColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("linked by the analyst")));
    }

    void testPairsSummaryAndLegend()
    {
        QVERIFY(open(m_a, m_b));
        QCOMPARE(m_window->summary(), QStringLiteral("3 events: 1 same, 1 date differs, 0 only in A, 1 only in B"));
        ComparePairModel *model = m_window->pairModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(1, ComparePairModel::DateAColumn).data().toString(), QStringLiteral("2022-11-18"));
        QCOMPARE(model->index(1, ComparePairModel::DateBColumn).data().toString(), QStringLiteral("2022-11-21"));
        QVERIFY(model->index(1, ComparePairModel::DateAColumn).data(ComparePairModel::DiffersRole).toBool());
        QCOMPARE(model->index(2, 0).data(ComparePairModel::FlagsRole).toStringList(),
                 QStringList{QStringLiteral("only_in_b")});
        // Colour and icon per flag, through the palette.
        const QAbstractItemModel *shown = m_window->pairTable()->model();
        const QIcon icon = shown->index(1, 0).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QVERIFY(shown->index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(shown->index(1, ComparePairModel::DateBColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!shown->index(0, ComparePairModel::DateBColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m_window->legend()->labelText(QStringLiteral("date_differs")), QStringLiteral("date differs 1"));
        QCOMPARE(m_window->legend()->labelText(QStringLiteral("only_in_b")), QStringLiteral("only in B 1"));
        QVERIFY(m_window->findChild<QObject *>(QStringLiteral("paragraphConnector")));
    }

    void testSelectingPairShowsEvidenceAndDifferingWords()
    {
        QVERIFY(open(m_a, m_b));
        m_window->selectPair(1);
        const Event *ea = m_window->sideA()->annotations()->event(QStringLiteral("E2"));
        const Event *eb = m_window->sideB()->annotations()->event(QStringLiteral("E2"));
        QVERIFY(ea && eb);
        AnnotationHighlighter *ha = m_window->sideA()->articleView()->highlighter();
        AnnotationHighlighter *hb = m_window->sideB()->articleView()->highlighter();
        QCOMPARE(ha->evidenceStart(), ea->evidenceStart);
        QCOMPARE(hb->evidenceStart(), eb->evidenceStart);
        auto marked = [](ArticleView *view) {
            QStringList words;
            for (const QTextEdit::ExtraSelection &s : view->extraSelections()) {
                words.append(s.cursor.selectedText());
            }
            return words;
        };
        const QStringList inA = marked(m_window->sideA()->articleView());
        const QStringList inB = marked(m_window->sideB()->articleView());
        QVERIFY2(inA.contains(QStringLiteral("18")), qPrintable(inA.join(QLatin1Char(','))));
        QVERIFY2(inB.contains(QStringLiteral("21")), qPrintable(inB.join(QLatin1Char(','))));
        QVERIFY(!inA.contains(QStringLiteral("NATO")));
        // An only-in-B pair: B shows its evidence, A has none and no marks.
        m_window->selectPair(2);
        QVERIFY(ha->evidenceEnd() <= ha->evidenceStart());
        QVERIFY(hb->evidenceEnd() > hb->evidenceStart());
        QVERIFY(m_window->sideA()->articleView()->extraSelections().isEmpty());
    }

    void testSynchronisedScrollingKeepsAlignedParagraphsLevel()
    {
        // Long reports: B has an extra paragraph early on, so paragraph k of A faces k + 1 of B.
        QString a = QStringLiteral("date 2023-01-02\n\n");
        QString b = QStringLiteral("date 2023-01-03\n\n");
        const QStringList topics = {QStringLiteral("wheat"),
                                    QStringLiteral("copper"),
                                    QStringLiteral("tourism"),
                                    QStringLiteral("fishing"),
                                    QStringLiteral("rail"),
                                    QStringLiteral("banking"),
                                    QStringLiteral("cotton"),
                                    QStringLiteral("tea"),
                                    QStringLiteral("shipping"),
                                    QStringLiteral("steel")};
        for (int k = 0; k < 60; ++k) {
            const QString topic = topics.at(k % topics.size()) + QString::number(k);
            const QString para =
                QStringLiteral("Paragraph about %1 and the %1 market, with %1 figures.\n\n").arg(topic);
            a += para;
            if (k == 5) {
                b += QStringLiteral("An inserted paragraph about weather and football only B has.\n\n");
            }
            b += para;
        }
        const QString pa = m_dir.filePath(QStringLiteral("long-a.txt"));
        const QString pb = m_dir.filePath(QStringLiteral("long-b.txt"));
        for (const auto &[path, text] : {std::pair{pa, a}, std::pair{pb, b}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QVERIFY(open(pa, pb));
        m_window->resize(1200, 800);
        QCoreApplication::processEvents();
        const Comparison &c = m_window->comparison()->comparison();
        QCOMPARE(c.alignment.size(), 61);
        QCOMPARE(c.partnerOfA(40), 41);
        CompareScroller *scroller = m_window->scroller();
        QVERIFY(scroller);
        QCOMPARE(scroller->anchors().size(), 61);
        QPlainTextEdit *va = m_window->sideA()->articleView();
        QPlainTextEdit *vb = m_window->sideB()->articleView();
        // Put A's paragraph 40 near the top and check B's paragraph 41 comes level with it.
        const int lineA = CompareScroller::lineOf(va, c.paragraphsA.at(40).start);
        va->verticalScrollBar()->setValue(lineA - 2);
        QCoreApplication::processEvents();
        const int yA = CompareScroller::lineY(va, lineA);
        const int yB = CompareScroller::lineY(vb, CompareScroller::lineOf(vb, c.paragraphsB.at(41).start));
        QVERIFY2(std::abs(yA - yB) <= 2 * CompareScroller::lineHeight(va),
                 qPrintable(QStringLiteral("%1 vs %2").arg(yA).arg(yB)));
        // And the other way round.
        const int lineB = CompareScroller::lineOf(vb, c.paragraphsB.at(20).start);
        vb->verticalScrollBar()->setValue(lineB - 3);
        QCoreApplication::processEvents();
        const int yB2 = CompareScroller::lineY(vb, lineB);
        const int yA2 = CompareScroller::lineY(va, CompareScroller::lineOf(va, c.paragraphsA.at(19).start));
        QVERIFY2(std::abs(yA2 - yB2) <= 2 * CompareScroller::lineHeight(va),
                 qPrintable(QStringLiteral("%1 vs %2").arg(yA2).arg(yB2)));
    }

    void testCorrectionUpdatesComparisonUndoesAndSavesOwnSidecar()
    {
        QVERIFY(open(m_a, m_b));
        Annotations *a = m_window->sideA()->annotations();
        QSignalSpy changed(m_window->comparison(), &LiveComparison::comparisonChanged);
        QSignalSpy saved(m_window->sideA()->autoSaver(), &AutoSaver::saved);
        QVERIFY(a->setEventDate(QStringLiteral("E2"), QStringLiteral("2022-11-21")));
        QVERIFY(changed.wait(Timeout));
        QCOMPARE(m_window->summary(), QStringLiteral("3 events: 2 same, 0 only in A, 1 only in B"));
        QVERIFY(saved.wait(Timeout));
        QVERIFY(QFile::exists(Sidecar::besidePath(m_a)));
        QVERIFY(!QFile::exists(Sidecar::besidePath(m_b)));
        auto sidecar = Sidecar::readFile(Sidecar::besidePath(m_a));
        QVERIFY(sidecar);
        QCOMPARE(sidecar.value().events.at(1).date, QStringLiteral("2022-11-21"));

        // Undo through the window's Edit menu (the active stack is A's).
        m_window->corrections()->setCurrentDocument(m_window->sideA());
        QAction *undo = m_window->corrections()->action(QStringLiteral("undo"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QVERIFY(changed.wait(Timeout));
        QCOMPARE(m_window->summary(), QStringLiteral("3 events: 1 same, 1 date differs, 0 only in A, 1 only in B"));

        // A correction on B: deleting its OSCE meeting leaves nothing only in B.
        Annotations *b = m_window->sideB()->annotations();
        QVERIFY(b->removeEvents({QStringLiteral("E3")}));
        QVERIFY(changed.wait(Timeout));
        QCOMPARE(m_window->pairModel()->rowCount(), 2);
        QCOMPARE(m_window->summary(), QStringLiteral("2 events: 1 same, 1 date differs, 0 only in A, 0 only in B"));
    }

    void testExports()
    {
        QVERIFY(open(m_a, m_b));
        const QString csv = m_dir.filePath(QStringLiteral("pairs.csv"));
        const QString json = m_dir.filePath(QStringLiteral("pairs.json"));
        QVERIFY(m_window->exportComparison(csv));
        QVERIFY(m_window->exportComparison(json));
        QVERIFY(!m_window->exportComparison(m_a)); // never onto an article
        QFile fc(csv);
        QVERIFY(fc.open(QIODevice::ReadOnly));
        auto rows = CsvExporter::parseRows(fc.readAll(), QStringLiteral("pairs.csv"));
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 4);
        QFile fj(json);
        QVERIFY(fj.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(fj.readAll()).object();
        QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("events")).toInt(), 3);
    }
};

QTEST_MAIN(CompareWindowTest)
#include "comparewindow_test.moc"
