// SPDX-License-Identifier: GPL-3.0-or-later
// readout-cli compare as a user runs it: outputs and exit codes.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"
#include "testfiles.h"

class CompareCliTest : public QObject
{
    Q_OBJECT
private:
    using Run = ReadoutTest::CliRun;
    static Run cli(const QStringList &args)
    {
        return ReadoutTest::runCli(args);
    }
    const QString m_a = QStringLiteral(READOUT_TEST_DATA "/compare/10_three_events.a.txt");
    const QString m_b = QStringLiteral(READOUT_TEST_DATA "/compare/10_three_events.b.txt");

private Q_SLOTS:
    void testStoriesOfAFolder()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        // Two reports of one meeting (announced, then held) and one of another.
        QVERIFY(ReadoutTest::writeBytes(root + QStringLiteral("/before.txt"),
                                        "date 2024-03-04\n\nChile and Peru will hold talks in Lima on Friday.\n"));
        QVERIFY(ReadoutTest::writeBytes(root + QStringLiteral("/after/held.txt"),
                                        "date 2024-03-09\n\nChile and Peru held talks in Santiago on Friday.\n"));
        QVERIFY(ReadoutTest::writeBytes(root + QStringLiteral("/oslo.txt"),
                                        "date 2024-03-05\n\nNorway and Sweden will meet in Oslo on Thursday.\n"));
        const auto stories = [&](const QStringList &more) {
            return cli(QStringList{QStringLiteral("stories"), QStringLiteral("--clean"), root} + more);
        };
        Run r = stories({QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(r.code, 0);
        QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject story = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(story.value(QLatin1String("date")).toString(), QStringLiteral("2024-03-08"));
        QCOMPARE(story.value(QLatin1String("flags")).toArray(), QJsonArray{QStringLiteral("place_differs")});
        const QJsonArray moves = story.value(QLatin1String("status_moves")).toArray();
        QCOMPARE(moves.size(), 2);
        QCOMPARE(moves.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("held"));
        QCOMPARE(moves.at(1).toObject().value(QLatin1String("since")).toString(), QStringLiteral("2024-03-09"));
        const QJsonArray reports = story.value(QLatin1String("reports")).toArray();
        QCOMPARE(reports.at(0).toObject().value(QLatin1String("path")).toString(), QStringLiteral("before.txt"));
        QCOMPARE(reports.at(1).toObject().value(QLatin1String("path")).toString(), QStringLiteral("after/held.txt"));
        r = stories({QStringLiteral("--all")});
        QVERIFY2(r.out.contains("scheduled (2024-03-04) → held (2024-03-09)"), r.out.constData());
        QVERIFY(r.out.contains("Norway – Sweden meeting, 2024-03-07\t1 report\t"));
        QVERIFY2(r.err.contains("1 of 2 told by two reports or more"), r.err.constData());

        // The analyst says they are two meetings: the story is undone.
        const QByteArray link =
            "{\"readout_links\": 1, \"links\": [{\"same\": false, "
            "\"a\": {\"article\": \"before.txt\", \"start\": 17, \"type\": \"talks\"}, "
            "\"b\": {\"article\": \"after/held.txt\", \"start\": 17, \"type\": \"talks\"}}]}";
        QVERIFY(ReadoutTest::writeBytes(root + QStringLiteral("/.readout/links.json"), link));
        r = stories({});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        // A damaged links file is said, and the stories are made without it.
        QVERIFY(
            ReadoutTest::writeBytes(root + QStringLiteral("/.readout/links.json"), "{\"readout_links\": 1, \"x\": 2}"));
        r = stories({});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("links.json: unknown key \"x\""), r.err.constData());
        QVERIFY(r.out.contains("2 reports"));
    }

    void testJson()
    {
        const Run r = cli({QStringLiteral("compare"), m_a, m_b});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QLatin1String("a"))
                     .toObject()
                     .value(QLatin1String("document"))
                     .toObject()
                     .value(QLatin1String("published"))
                     .toString(),
                 QStringLiteral("2022-11-01"));
        QCOMPARE(root.value(QLatin1String("pairs")).toArray().size(), 3);
        QCOMPARE(root.value(QLatin1String("paragraph_alignment")).toArray().size(), 3);
        QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("3 events: 1 same, 1 date differs, 0 only in A, 1 only in B"));
        QVERIFY(r.err.contains("3 events: 1 same"));
    }

    void testCsvToFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("compare.csv"));
        const Run r = cli({QStringLiteral("compare"),
                           m_a,
                           m_b,
                           QStringLiteral("--format"),
                           QStringLiteral("csv"),
                           QStringLiteral("-o"),
                           out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("pair,flags,score,explanation,a_event_id"));
        QCOMPARE(lines.size(), 5); // header, three pairs, and the empty rest after the last CRLF
        QVERIFY(lines.at(2).startsWith("2,date_differs,"));
    }

    void testExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("one file") << QStringList{QStringLiteral("compare"), m_a} << 2 << QStringLiteral("usage");
        QTest::newRow("three files") << QStringList{QStringLiteral("compare"), m_a, m_b, m_a} << 2
                                     << QStringLiteral("usage");
        QTest::newRow("bad format")
            << QStringList{QStringLiteral("compare"), m_a, m_b, QStringLiteral("--format"), QStringLiteral("xml")} << 2
            << QStringLiteral("usage");
        QTest::newRow("bad date") << QStringList{QStringLiteral("compare"),
                                                 m_a,
                                                 m_b,
                                                 QStringLiteral("--published-b"),
                                                 QStringLiteral("2022-13-01")}
                                  << 2 << QStringLiteral("published-b");
        QTest::newRow("missing B") << QStringList{QStringLiteral("compare"), m_a, QStringLiteral("/nonexistent/b.txt")}
                                   << 1 << QStringLiteral("/nonexistent/b.txt");
        QTest::newRow("output onto A") << QStringList{QStringLiteral("compare"), m_a, m_b, QStringLiteral("-o"), m_a}
                                       << 1 << QStringLiteral("refusing");
        QTest::newRow("output onto B") << QStringList{QStringLiteral("compare"), m_a, m_b, QStringLiteral("-o"), m_b}
                                       << 1 << QStringLiteral("refusing");
    }
    void testExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void testBinaryInputNamesFile()
    {
        QTemporaryDir dir;
        const QString bin = dir.filePath(QStringLiteral("image.txt"));
        QFile f(bin);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        f.close();
        const Run r = cli({QStringLiteral("compare"), m_a, bin});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("image.txt"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(CompareCliTest)
#include "comparecli_test.moc"
