// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "knowledge/knowledgebase.h"
#include "storage/csvexporter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

class CsvExporterTest : public QObject
{
    Q_OBJECT
private:
    static Event sampleEvent()
    {
        Event e;
        e.id = QStringLiteral("E1");
        e.type = QStringLiteral("talks");
        e.participants = {QStringLiteral("United States"), QStringLiteral("Russia")};
        e.participantCodes = {QStringLiteral("USA"), QStringLiteral("RUS")};
        e.date = QStringLiteral("2022-01-10");
        e.dateText = QStringLiteral("January 10");
        e.status = QStringLiteral("scheduled");
        e.topics = {QStringLiteral("arms control"), QStringLiteral("Ukraine")};
        e.source = QStringLiteral("a \"senior\" official, speaking anonymously");
        e.evidenceText = QStringLiteral("They will meet.\nAgain.");
        e.evidenceStart = 0;
        e.evidenceEnd = 22;
        e.confidence = 0.75;
        return e;
    }

private Q_SLOTS:
    void testColumns()
    {
        const CsvExporter csv(*KnowledgeBase::builtIn());
        QCOMPARE(csv.columns().first(), QStringLiteral("event_id"));
        // The brief's 23 and reviewed, after corrected_fields.
        QCOMPARE(csv.columns().size(), 24);
        QCOMPARE(csv.columns().indexOf(QStringLiteral("reviewed")),
                 csv.columns().indexOf(QStringLiteral("corrected_fields")) + 1);
        const Document doc(QStringLiteral("/tmp/a.txt"), QStringLiteral("They will meet.\nAgain."));
        const QByteArray out = csv.toCsv(doc, {sampleEvent()});
        QVERIFY(out.startsWith("event_id,document,published,event_type,cameo_code,participants,actor1,actor1_code"));
        QVERIFY(out.contains(",USA,Russia,RUS,"));
        QVERIFY(out.contains("\"a \"\"senior\"\" official, speaking anonymously\""));
        QVERIFY(out.contains("\"They will meet.\nAgain.\""));
        QVERIFY(out.contains("United States; Russia"));
        QVERIFY(out.contains(",040,")); // CAMEO for scheduled talks, from resources/rules/cameo.tsv
    }

    void testNeutralise_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("formula") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-cmd") << QStringLiteral("'-cmd");
        QTest::newRow("at") << QStringLiteral("@x") << QStringLiteral("'@x");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("cr") << QStringLiteral("\rx") << QStringLiteral("'\rx");
        QTest::newRow("line feed") << QStringLiteral("\n=1+1") << QStringLiteral("'\n=1+1");
        QTest::newRow("plain") << QStringLiteral("Geneva") << QStringLiteral("Geneva");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("apostrophe text") << QStringLiteral("'tis") << QStringLiteral("'tis");
    }

    void testNeutralise()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(CsvExporter::neutralise(cell), expected);
        QCOMPARE(CsvExporter::unneutralise(CsvExporter::neutralise(cell)), cell);
    }

    void testControlCharactersNeverReachACell_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the evidence cell as written
        QTest::newRow("NUL") << QStringLiteral("Talks%1held").arg(QChar(0)) << QStringLiteral("Talks\uFFFDheld");
        QTest::newRow("terminal escape") << QStringLiteral("Talks \x1b[2Jheld")
                                         << QStringLiteral("Talks \uFFFD[2Jheld");
        QTest::newRow("bell and backspace") << QStringLiteral("a\ab\bc") << QStringLiteral("a\uFFFDb\uFFFDc");
        QTest::newRow("DEL and C1") << QStringLiteral("a\x7f b\u009b c") << QStringLiteral("a\uFFFD b\uFFFD c");
        QTest::newRow("tab and line ends kept") << QStringLiteral("a\tb\nc") << QStringLiteral("\"a\tb\nc\"");
    }

    void testControlCharactersNeverReachACell()
    {
        // A NUL cuts a C string short and an escape sequence drives the terminal that shows the
        // file: replaced by U+FFFD (one character for one, so the offsets beside it still hold).
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const CsvExporter csv(*KnowledgeBase::builtIn());
        Event e = sampleEvent();
        e.evidenceText = text;
        e.source = text;
        const QString out = QString::fromUtf8(csv.toCsv(Document(QStringLiteral("/tmp/a.txt"), text), {e}));
        QVERIFY2(out.contains(QLatin1Char(',') + expected + QLatin1Char(',')), qPrintable(out));
        for (const QChar c : out) {
            const bool control = (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0));
            QVERIFY2(!control || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'),
                     qPrintable(QStringLiteral("U+%1 in the CSV").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        }
    }

    void testRoundTrip()
    {
        const CsvExporter csv(*KnowledgeBase::builtIn());
        const Document doc(QStringLiteral("/tmp/a.txt"), QStringLiteral("They will meet.\nAgain."));
        Event a = sampleEvent();
        Event b = sampleEvent();
        b.id = QStringLiteral("E2");
        b.topics = {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("trade, energy")};
        b.location = QStringLiteral("-Geneva");
        b.date.clear();
        b.dateText.clear();
        b.origin = QStringLiteral("corrected");
        b.correctedFields = {QStringLiteral("date"), QStringLiteral("topics")};
        const auto read = CsvExporter::readCsv(csv.toCsv(doc, {a, b}), QStringLiteral("x.csv"), &doc);
        QVERIFY2(read.isOk(), qPrintable(read.error().message));
        QCOMPARE(read.value().size(), 2);
        for (Event *e : {&a, &b}) {
            e->entityIds.clear();
        }
        QCOMPARE(read.value().at(0), a);
        QCOMPARE(read.value().at(1), b);
    }

    void testMalformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed quote") << QByteArray(
            "event_id,event_type,participants,date,status,evidence\r\nE1,\"talks")
                                        << QStringLiteral("never closed");
        QTest::newRow("missing column") << QByteArray("event_id,event_type\r\nE1,talks\r\n")
                                        << QStringLiteral("lacks column");
        QTest::newRow("field count") << QByteArray(
            "event_id,event_type,participants,date,status,evidence\r\nE1,talks\r\n")
                                     << QStringLiteral("row 2: 2 fields, expected 6");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    }

    void testMalformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const auto read = CsvExporter::readCsv(bytes, QStringLiteral("bad.csv"), nullptr);
        QVERIFY(!read.isOk());
        QVERIFY2(read.error().message.contains(QStringLiteral("bad.csv")), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
    }

    void testRefusesToOverwriteArticle()
    {
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("a.txt"));
        const Document doc(article, QStringLiteral("x"));
        const CsvExporter csv(*KnowledgeBase::builtIn());
        QVERIFY(!csv.writeFile(article, doc, {}).isOk());
        QVERIFY(csv.writeFile(dir.filePath(QStringLiteral("a.csv")), doc, {sampleEvent()}).isOk());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("a.csv"))));
    }
};

QTEST_GUILESS_MAIN(CsvExporterTest)
#include "csvexporter_test.moc"
