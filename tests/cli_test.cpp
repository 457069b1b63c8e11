// SPDX-License-Identifier: GPL-3.0-or-later
// readout-cli as a user runs it: outputs and exit codes.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

class CliTest : public QObject
{
    Q_OBJECT
private:
    using Run = ReadoutTest::CliRun;
    static Run cli(const QStringList &args)
    {
        return ReadoutTest::runCli(args);
    }
    const QString m_sample = QStringLiteral(READOUT_SOURCE_DIR "/resources/samples/us-russia-talks-2021-12-28.txt");

private Q_SLOTS:
    void testIcs()
    {
        const Run r = cli({QStringLiteral("extract"), m_sample, QStringLiteral("--format"), QStringLiteral("ics")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(r.out.contains("DTSTART;VALUE=DATE:20220110\r\n"));
        QCOMPARE(r.out.count("BEGIN:VEVENT"), 3);
        const Run two =
            cli({QStringLiteral("extract"), m_sample, m_sample, QStringLiteral("--format"), QStringLiteral("ics")});
        QCOMPARE(two.code, 2);
        QVERIFY(two.err.contains("one FILE"));
    }

    void testJson()
    {
        const Run r = cli({QStringLiteral("extract"), m_sample});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QLatin1String("document")).toObject().value(QLatin1String("published")).toString(),
                 QStringLiteral("2021-12-28"));
        const QJsonArray events = root.value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2022-01-10"));
        const QJsonObject evidence = events.at(0).toObject().value(QLatin1String("evidence")).toObject();
        QVERIFY(
            evidence.value(QLatin1String("text")).toString().startsWith(QLatin1String("U.S. and Russian officials")));
        QCOMPARE(evidence.value(QLatin1String("start")).toInt(), 17);
        bool lavrov = false;
        for (const QJsonValue &e : root.value(QLatin1String("entities")).toArray()) {
            lavrov = lavrov
                || (e.toObject().value(QLatin1String("text")).toString() == QLatin1String("Sergei Lavrov")
                    && e.toObject().value(QLatin1String("type")).toString() == QLatin1String("PERSON"));
        }
        QVERIFY(lavrov);
    }

    void testCsvToFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("events.csv"));
        const Run r = cli({QStringLiteral("extract"),
                           m_sample,
                           QStringLiteral("--format"),
                           QStringLiteral("csv"),
                           QStringLiteral("-o"),
                           out});
        QCOMPARE(r.code, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.first().startsWith("event_id,document,published,event_type"));
        QCOMPARE(lines.size(), 5); // header, three events, trailing newline
    }

    void testPublishedOverride()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Japan and India will hold talks on March 3.");
        f.close();
        const Run r =
            cli({QStringLiteral("extract"), f.fileName(), QStringLiteral("--published"), QStringLiteral("2023-12-20")});
        QCOMPARE(r.code, 0);
        const QJsonArray events = QJsonDocument::fromJson(r.out).object().value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(QLatin1String("date")).toString(), QStringLiteral("2024-03-03"));
    }

    void testExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrContains");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("usage");
        QTest::newRow("no files") << QStringList{QStringLiteral("extract")} << 2 << QStringLiteral("usage");
        QTest::newRow("bad format") << QStringList{QStringLiteral("extract"),
                                                   QStringLiteral("x.txt"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << 2 << QStringLiteral("usage");
        QTest::newRow("bad date") << QStringList{QStringLiteral("extract"),
                                                 QStringLiteral("x.txt"),
                                                 QStringLiteral("--published"),
                                                 QStringLiteral("soon")}
                                  << 2 << QStringLiteral("soon");
        QTest::newRow("missing file") << QStringList{QStringLiteral("extract"), QStringLiteral("/nonexistent/gone.txt")}
                                      << 1 << QStringLiteral("gone.txt: no such file");
    }

    void testExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrContains);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
