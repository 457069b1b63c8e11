// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus batch: the ordered runner of core/corpus and readout-cli batch over folders, files
// and a stream of JSON lines, with every text written here.

#include "annotations.h"
#include "corpus/batchrunner.h"
#include "corpus/corpusfiles.h"
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

using namespace Readout;
using ReadoutTest::runCli;

namespace
{

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

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

    void testFolderListsArticlesOnly()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(write(root + QStringLiteral("/b.txt"), "date 2024-03-04\n\nText.\n"));
        QVERIFY(write(root + QStringLiteral("/sub/a.md"), "date 2024-03-04\n\nText.\n"));
        QVERIFY(write(root + QStringLiteral("/sub/c.html"), "<p>Text.</p>"));
        QVERIFY(write(root + QStringLiteral("/b.readout.json"), "{}"));
        QVERIFY(write(root + QStringLiteral("/b.ann"), ""));
        QVERIFY(write(root + QStringLiteral("/notes.docx"), "x"));
        QVERIFY(write(root + QStringLiteral("/.readout/cache.txt"), "x"));
        QVERIFY(write(root + QStringLiteral("/.hidden.txt"), "x"));
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
        QVERIFY(write(lima,
                      "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday, officials said.\n\n"
                      "Bolivia and Paraguay will meet in Asuncion on April 9.\n"));
        QVERIFY(write(root + QStringLiteral("/more/quito.txt"),
                      "date 2024-05-02\n\nEcuador and Colombia held border talks in Quito on Monday.\n"));
        QVERIFY(write(root + QStringLiteral("/more/empty.md"), "date 2024-05-02\n\nNothing happened.\n"));
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
            QVERIFY2(r.err.contains("3 articles (1 with corrections, 0 failed), 2 events"), r.err.constData());
            if (first.isEmpty()) {
                first = r.out;
            }
            QCOMPARE(r.out, first);
        }
        // --clean: the extraction, not the corrections.
        const auto clean = runCli({QStringLiteral("batch"), QStringLiteral("--clean"), root});
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
    }

    void testBatchSaysWhatFailedAndGoesOn()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.txt"));
        QVERIFY(write(good, "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday.\n"));
        const QString binary = dir.filePath(QStringLiteral("binary.txt"));
        QVERIFY(write(binary, QByteArray("\x00\x01\x02\x03", 4).repeated(100)));
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
        QVERIFY(write(file, "date 2024-05-02\n\nEcuador and Colombia held border talks in Quito on Monday.\n"));
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
