// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus batch: the ordered runner of core/corpus and readout-cli batch over folders, files
// and a stream of JSON lines, with every text written here.

#include "annotations.h"
#include "corpus/batchrunner.h"
#include "corpus/corpusfiles.h"
#include "corpus/timeline.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/sidecar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <chrono>
#include <numeric>
#include <thread>

#include "clirun.h"
#include "testfiles.h"

using ReadoutTest::writeBytes;

using namespace Readout;
using ReadoutTest::runCli;

namespace
{

QVector<QJsonObject> jsonLines(const QByteArray &out)
{
    QVector<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty()) {
            lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return lines;
}

QString pathOf(const QJsonObject &line)
{
    return QFileInfo(line.value(QStringLiteral("document")).toObject().value(QStringLiteral("path")).toString())
        .fileName();
}

QStringList datesOf(const QJsonObject &line)
{
    QStringList dates;
    for (const QJsonValue &e : line.value(QStringLiteral("events")).toArray()) {
        dates.append(e.toObject().value(QStringLiteral("date")).toString());
    }
    return dates;
}

} // namespace

class BatchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRunnerDeliversInOrder_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::newRow("one job") << 1;
        QTest::newRow("two jobs") << 2;
        QTest::newRow("five jobs") << 5;
    }

    void testRunnerDeliversInOrder()
    {
        QFETCH(int, jobs);
        // Later items finish first: the delivery still follows the input.
        const BatchRunner runner(jobs);
        QVector<int> delivered;
        const int n = runner.run<int>(
            40,
            [](int i) {
                std::this_thread::sleep_for(std::chrono::microseconds((40 - i) * 50));
                return i * i;
            },
            [&](int i, int &square) {
                delivered.append(i);
                return square == i * i;
            });
        QCOMPARE(n, 40);
        QVector<int> expected(40);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(delivered, expected);
    }

    void testRunnerStopsWhenAskedAndStaysWithinItsWindow()
    {
        const BatchRunner runner(2);
        std::atomic<int> started{0};
        int delivered = 0;
        const int n = runner.run<int>(
            10000,
            [&](int i) {
                ++started;
                return i;
            },
            [&](int i, int &) {
                ++delivered;
                return i < 9;
            });
        QCOMPARE(n, 10);
        QCOMPARE(delivered, 10);
        // The workers never ran more than their window (16 per job) past the item awaited.
        QVERIFY2(started.load() <= 10 + 32 + 2, qPrintable(QString::number(started.load())));

        std::atomic<bool> cancelled{true};
        QCOMPARE(runner.run<int>(
                     100,
                     [](int i) {
                         return i;
                     },
                     [](int, int &) {
                         return true;
                     },
                     &cancelled),
                 0);
    }

    void testTimelineRowsAndDays()
    {
        QCOMPARE(Timeline::days(QStringLiteral("2022-02")), std::pair(QDate(2022, 2, 1), QDate(2022, 2, 28)));
        QCOMPARE(Timeline::days(QStringLiteral("2024")), std::pair(QDate(2024, 1, 1), QDate(2024, 12, 31)));
        QCOMPARE(Timeline::days(QStringLiteral("2022-01-10")), std::pair(QDate(2022, 1, 10), QDate(2022, 1, 10)));
        QVERIFY(!Timeline::days(QString()).first.isValid());
        QVERIFY(!Timeline::days(QStringLiteral("2022-13")).first.isValid());
        QVERIFY(!Timeline::days(QStringLiteral("soon")).first.isValid());
        const auto event = [](const QString &date, const QString &type, const QStringList &sides) {
            TimelineEvent e;
            e.date = date;
            e.type = type;
            e.sides = sides;
            return e;
        };
        const QVector<TimelineEvent> events{
            event(QStringLiteral("2022-01-12"),
                  QStringLiteral("council"),
                  {QStringLiteral("Russia"), QStringLiteral("NATO")}),
            event(QStringLiteral("2022-01-10"),
                  QStringLiteral("talks"),
                  {QStringLiteral("United States"), QStringLiteral("Russia")}),
            event(QString(), QStringLiteral("talks"), {QStringLiteral("Chile"), QStringLiteral("Peru")}),
            event(QStringLiteral("2022-01"),
                  QStringLiteral("talks"),
                  {QStringLiteral("NATO"), QStringLiteral("Russia")})};
        // By sides: rows in order of their first event, the sides sorted; the undated event left out.
        const auto bySides = Timeline::rows(events, Timeline::Grouping::Sides);
        QCOMPARE(bySides.size(), 2);
        QCOMPARE(bySides.at(0).label, QStringLiteral("NATO – Russia"));
        QCOMPARE(bySides.at(0).events, (QVector<int>{3, 0}));
        QCOMPARE(bySides.at(1).label, QStringLiteral("Russia – United States"));
        const auto byType = Timeline::rows(events, Timeline::Grouping::Type);
        QCOMPARE(byType.size(), 2);
        QCOMPARE(byType.at(0).label, QStringLiteral("Talks")); // the type's label
        QCOMPARE(byType.at(0).events, (QVector<int>{3, 1}));
        QCOMPARE(Timeline::span(events), std::pair(QDate(2022, 1, 1), QDate(2022, 1, 31)));
    }

    void testFolderListsArticlesOnly()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeBytes(root + QStringLiteral("/b.txt"), "date 2024-03-04\n\nText.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/sub/a.md"), "date 2024-03-04\n\nText.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/sub/c.html"), "<p>Text.</p>"));
        QVERIFY(writeBytes(root + QStringLiteral("/b.readout.json"), "{}"));
        QVERIFY(writeBytes(root + QStringLiteral("/b.ann"), ""));
        QVERIFY(writeBytes(root + QStringLiteral("/notes.docx"), "x"));
        QVERIFY(writeBytes(root + QStringLiteral("/.readout/cache.txt"), "x"));
        QVERIFY(writeBytes(root + QStringLiteral("/.hidden.txt"), "x"));
        QVERIFY(QFile::link(root + QStringLiteral("/b.txt"), root + QStringLiteral("/link.txt")));
        QVERIFY(QFile::link(root, root + QStringLiteral("/sub/loop")));
        QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("/fifo.txt")).constData(), 0600), 0);
        QDir base(root);
        QStringList relative;
        for (const QString &f : CorpusFiles::list(root)) {
            relative.append(base.relativeFilePath(f));
        }
        QCOMPARE(relative,
                 (QStringList{QStringLiteral("b.txt"), QStringLiteral("sub/a.md"), QStringLiteral("sub/c.html")}));
    }

    void testBatchUsesCorrectionsAndGivesTheSameWithEveryJobCount()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QString lima = root + QStringLiteral("/lima.txt");
        QVERIFY(writeBytes(lima,
                           "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday, officials said.\n\n"
                           "Bolivia and Paraguay will meet in Asuncion on April 9.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/more/quito.txt"),
                           "date 2024-05-02\n\nEcuador and Colombia held border talks in Quito on Monday.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/more/empty.md"), "date 2024-05-02\n\nNothing happened.\n"));
        // The analyst dropped the second event of lima.txt and moved the first to Thursday.
        auto document = readDocument(lima);
        QVERIFY(document);
        Annotations annotations;
        annotations.setKnowledge(KnowledgeBase::builtIn());
        const Extraction x = Pipeline(KnowledgeBase::builtIn()).run(document.value());
        annotations.reset(document.value(), x.entities, x.events);
        QCOMPARE(x.events.size(), 2);
        QVERIFY(annotations.setEventDate(QStringLiteral("E1"), QStringLiteral("2024-03-07")));
        QVERIFY(annotations.removeEvents({QStringLiteral("E2")}));
        QVERIFY(Sidecar::writeFile(Sidecar::besidePath(lima), Sidecar::toJson(annotations), lima).isOk());

        QByteArray first;
        for (const QString &jobs : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
            const auto r = runCli({QStringLiteral("batch"), QStringLiteral("-j"), jobs, root});
            QVERIFY2(r.code == 0, r.err.constData());
            const QVector<QJsonObject> lines = jsonLines(r.out);
            QCOMPARE(lines.size(), 3);
            QCOMPARE(pathOf(lines.at(0)), QStringLiteral("lima.txt"));
            QCOMPARE(lines.at(0).value(QStringLiteral("origin")).toString(), QStringLiteral("corrected"));
            QCOMPARE(datesOf(lines.at(0)), QStringList{QStringLiteral("2024-03-07")});
            QCOMPARE(pathOf(lines.at(1)), QStringLiteral("empty.md"));
            QVERIFY(datesOf(lines.at(1)).isEmpty());
            QCOMPARE(pathOf(lines.at(2)), QStringLiteral("quito.txt"));
            QCOMPARE(datesOf(lines.at(2)), QStringList{QStringLiteral("2024-04-29")});
            // The first run reads all three; the next take them from the folder's index.
            const QByteArray counts = first.isEmpty()
                ? "3 articles (0 unchanged since indexed, 1 read with corrections"
                : "3 articles (3 unchanged since indexed, 0 read with corrections";
            QVERIFY2(r.err.contains(counts) && r.err.contains("0 failed), 2 events"), r.err.constData());
            if (first.isEmpty()) {
                first = r.out;
            }
            QCOMPARE(r.out, first);
        }
        // --clean: the extraction, not the corrections (another extractor: the index starts again).
        const auto clean = runCli({QStringLiteral("batch"), QStringLiteral("--clean"), root});
        QVERIFY2(clean.err.contains("(0 unchanged since indexed"), clean.err.constData());
        QCOMPARE(datesOf(jsonLines(clean.out).at(0)),
                 (QStringList{QStringLiteral("2024-03-08"), QStringLiteral("2024-04-09")}));

        // One CSV of every event, one header.
        const QString csv = root + QStringLiteral("/out/events.csv");
        QVERIFY(QDir().mkpath(root + QStringLiteral("/out")));
        const auto r = runCli({QStringLiteral("batch"), root, QStringLiteral("-o"), csv});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = f.readAll().trimmed().split('\n');
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).startsWith("event_id,document,"));
        QVERIFY(rows.at(1).contains("lima.txt") && rows.at(1).contains("2024-03-07"));
        QVERIFY(rows.at(2).contains("quito.txt"));

        // One calendar of every dated event, the corrected date among them.
        const QString ics = root + QStringLiteral("/out/events.ics");
        const auto calendar = runCli({QStringLiteral("batch"), root, QStringLiteral("-o"), ics});
        QVERIFY2(calendar.code == 0, calendar.err.constData());
        QFile c(ics);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QCOMPARE(bytes.count("BEGIN:VCALENDAR"), 1);
        QCOMPARE(bytes.count("BEGIN:VEVENT"), 2);
        QVERIFY(bytes.contains("DTSTART;VALUE=DATE:20240307"));
    }

    void testIndexFollowsChangesOfArticlesAndSidecars()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QString lima = root + QStringLiteral("/lima.txt");
        const QString quito = root + QStringLiteral("/quito.txt");
        QVERIFY(writeBytes(lima, "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday.\n"));
        QVERIFY(writeBytes(quito, "date 2024-05-02\n\nEcuador and Colombia held border talks in Quito on Monday.\n"));
        const QStringList batch{QStringLiteral("batch"), QStringLiteral("--clean"), root};
        QVERIFY(runCli(batch).err.contains("2 articles (0 unchanged since indexed"));
        QVERIFY(QFileInfo(root + QStringLiteral("/.readout/corpus.sqlite")).isFile());
        // A changed article is read again, and gives its new events; a new one is read too.
        QVERIFY(writeBytes(lima, "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Saturday, May 4.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/sub/new.md"), "date 2024-03-04\n\nNothing happened.\n"));
        const auto second = runCli(batch);
        QVERIFY2(second.err.contains("3 articles (1 unchanged since indexed"), second.err.constData());
        QCOMPARE(datesOf(jsonLines(second.out).at(0)), QStringList{QStringLiteral("2024-05-04")});
        // A deleted article leaves the index, and no search finds it.
        QVERIFY(QFile::remove(quito));
        const auto third = runCli(batch);
        QVERIFY2(third.err.contains("2 articles (2 unchanged since indexed"), third.err.constData());
        const auto gone = runCli({QStringLiteral("search"), QStringLiteral("--clean"), root, QStringLiteral("Quito")});
        QCOMPARE(gone.code, 0);
        QVERIFY(gone.out.isEmpty());
        // --no-index neither reads nor writes it; a --published date is never indexed.
        QVERIFY(runCli({QStringLiteral("batch"), QStringLiteral("--clean"), QStringLiteral("--no-index"), root})
                    .err.contains("(0 unchanged since indexed"));
    }

    void testIndexThatIsNotOursIsLeftAlone()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString root = dir.path();
        QVERIFY(writeBytes(root + QStringLiteral("/lima.txt"),
                           "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday.\n"));
        QVERIFY(QFile::link(elsewhere.path(), root + QStringLiteral("/.readout")));
        const auto r = runCli({QStringLiteral("batch"), QStringLiteral("--clean"), root});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(".readout: not a folder of Readout's"), r.err.constData());
        QCOMPARE(jsonLines(r.out).size(), 1);
        QVERIFY(QDir(elsewhere.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
        const auto s = runCli({QStringLiteral("search"), QStringLiteral("--clean"), root, QStringLiteral("talks")});
        QCOMPARE(s.code, 1);
        // A damaged database is said, not crashed on.
        QVERIFY(QFile::remove(root + QStringLiteral("/.readout")));
        QVERIFY(writeBytes(root + QStringLiteral("/.readout/corpus.sqlite"),
                           QByteArray("not a database at all").repeated(200)));
        const auto damaged = runCli({QStringLiteral("batch"), QStringLiteral("--clean"), root});
        QCOMPARE(damaged.code, 0);
        QVERIFY2(damaged.err.contains("corpus.sqlite") && damaged.err.contains("every article is read"),
                 damaged.err.constData());
        QCOMPARE(jsonLines(damaged.out).size(), 1);
    }

    void testSearchByWordsAndFields()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeBytes(root + QStringLiteral("/a.txt"),
                           "date 2024-03-04\n\nChile and Peru will hold fishing talks in Lima on Friday.\n\n"
                           "The weather in Lima was mild.\n"));
        QVERIFY(writeBytes(root + QStringLiteral("/b.txt"),
                           "date 2024-05-02\n\nEcuador and Colombia held border talks in Quito on Monday.\n\n"
                           "Chile sent a letter about fishing.\n"));
        const auto search = [&](const QString &query) {
            const auto r = runCli({QStringLiteral("search"),
                                   QStringLiteral("--clean"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("jsonl"),
                                   root,
                                   query});
            QStringList found;
            for (const QJsonObject &hit : jsonLines(r.out)) {
                found.append(hit.value(QStringLiteral("path")).toString() + QLatin1Char('@')
                             + QString::number(hit.value(QStringLiteral("start")).toInt()));
            }
            return r.code == 0 ? found
                               : QStringList{QStringLiteral("exit %1: %2").arg(r.code).arg(QString::fromUtf8(r.err))};
        };
        QCOMPARE(search(QStringLiteral("fishing")),
                 (QStringList{QStringLiteral("a.txt@17"), QStringLiteral("b.txt@77")}));
        QCOMPARE(search(QStringLiteral("fishing actor:Chile")), QStringList{QStringLiteral("a.txt@17")});
        QCOMPARE(search(QStringLiteral("actor:Colombia status:held")), QStringList{QStringLiteral("b.txt@17")});
        QCOMPARE(search(QStringLiteral("type:talks from:2024-04 to:2024-04")), QStringList{QStringLiteral("b.txt@17")});
        QCOMPARE(search(QStringLiteral("\"border talks\" OR weather")),
                 (QStringList{QStringLiteral("a.txt@76"), QStringLiteral("b.txt@17")}));
        QCOMPARE(search(QStringLiteral("actor:Peru status:held")), QStringList{});
        QCOMPARE(runCli({QStringLiteral("search"), root, QStringLiteral("from:March")}).code, 2);
        QCOMPARE(runCli({QStringLiteral("search"), root, QStringLiteral("talks AND (")}).code, 2);
    }

    void testBatchSaysWhatFailedAndGoesOn()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.txt"));
        QVERIFY(writeBytes(good, "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday.\n"));
        const QString binary = dir.filePath(QStringLiteral("binary.txt"));
        QVERIFY(writeBytes(binary, QByteArray("\x00\x01\x02\x03", 4).repeated(100)));
        const auto r = runCli({QStringLiteral("batch"), binary, dir.filePath(QStringLiteral("gone.txt")), good});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("gone.txt: no such file or folder"), r.err.constData());
        QVERIFY2(r.err.contains("binary.txt"), r.err.constData());
        const QVector<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(pathOf(lines.at(0)), QStringLiteral("good.txt"));
        // The output is never written over an article.
        const auto over = runCli({QStringLiteral("batch"), good, QStringLiteral("-o"), good});
        QCOMPARE(over.code, 1);
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("date 2024-03-04"));
        QCOMPARE(runCli({QStringLiteral("batch"), QStringLiteral("-j"), QStringLiteral("0"), good}).code, 2);
        QCOMPARE(runCli({QStringLiteral("batch")}).code, 2);
    }

    void testStreamGivesOneResultPerLineInOrder()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("quito.txt"));
        QVERIFY(writeBytes(file, "date 2024-05-02\n\nEcuador and Colombia held border talks in Quito on Monday.\n"));
        QByteArray input;
        for (int i = 0; i < 150; ++i) {
            input += QJsonDocument(QJsonObject{{QStringLiteral("id"), i},
                                               {QStringLiteral("text"),
                                                QStringLiteral("Chile and Peru will hold talks in Lima on Friday.")},
                                               {QStringLiteral("published"),
                                                i % 2 ? QStringLiteral("2024-03-04") : QStringLiteral("2024-03-11")}})
                         .toJson(QJsonDocument::Compact)
                + '\n';
        }
        input += "\n{\"path\": \"" + file.toUtf8() + "\", \"id\": \"file\"}\nnot json\n{\"text\": 5}\n";
        QProcess p;
        p.setProcessEnvironment(ReadoutTest::isolatedEnvironment());
        p.start(QStringLiteral(READOUT_CLI),
                {QStringLiteral("batch"), QStringLiteral("--jsonl"), QStringLiteral("-j"), QStringLiteral("2")});
        QVERIFY(p.waitForStarted());
        p.write(input);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QVector<QJsonObject> lines = jsonLines(p.readAllStandardOutput());
        QCOMPARE(lines.size(), 153);
        for (int i = 0; i < 150; ++i) {
            QCOMPARE(lines.at(i).value(QStringLiteral("id")).toInt(), i);
            // Each line is dated by its own publication date: nothing carries over.
            QCOMPARE(datesOf(lines.at(i)),
                     QStringList{i % 2 ? QStringLiteral("2024-03-08") : QStringLiteral("2024-03-15")});
        }
        QCOMPARE(lines.at(150).value(QStringLiteral("id")).toString(), QStringLiteral("file"));
        QCOMPARE(datesOf(lines.at(150)), QStringList{QStringLiteral("2024-04-29")});
        QVERIFY(lines.at(151)
                    .value(QStringLiteral("error"))
                    .toString()
                    .startsWith(QStringLiteral("standard input line 153:")));
        QVERIFY(
            lines.at(152).value(QStringLiteral("error")).toString().contains(QStringLiteral("\"path\" or \"text\"")));
    }
};

QTEST_GUILESS_MAIN(BatchTest)
#include "batch_test.moc"
