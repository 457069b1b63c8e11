// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing two reports end to end on our own pairs (tests/data/compare), the summary, the JSON
// and CSV exports and the compare rules file.

#include "compare/comparerules.h"
#include "compare/comparison.h"
#include "compare/comparisonexporter.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/csvexporter.h"
#include "storage/jsonexporter.h"
#include "translators.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace
{

const QString DataDir = QStringLiteral(READOUT_TEST_DATA "/compare");

CompareSide side(const QString &path)
{
    auto doc = readDocument(path);
    if (!doc) {
        qFatal("%s", qPrintable(doc.error().message));
    }
    CompareSide s;
    s.document = doc.value();
    const Extraction x = Pipeline(KnowledgeBase::builtIn()).run(s.document);
    s.entities = x.entities;
    s.events = x.events;
    return s;
}

QJsonObject expectedCases()
{
    QFile f(DataDir + QStringLiteral("/expected.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("expected.json missing");
    }
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("cases")).toObject();
}

Event plainEvent(const QString &evidence)
{
    Event e;
    e.id = QStringLiteral("E1");
    e.type = QStringLiteral("talks");
    e.participants = {QStringLiteral("Chile"), QStringLiteral("Peru")};
    e.date = QStringLiteral("2023-09-12");
    e.status = QStringLiteral("scheduled");
    e.evidenceText = evidence;
    return e;
}

} // namespace

class ComparisonTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The summaries read as the programs show them in English ("1 event", "3 events").
        installTranslators(QLocale::c());
    }

    void testPairs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonObject cases = expectedCases();
        QVERIFY(cases.size() >= 10);
        for (auto it = cases.begin(); it != cases.end(); ++it) {
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
        }
    }
    void testPairs()
    {
        QFETCH(QString, name);
        QFETCH(QJsonObject, expected);
        const CompareSide a = side(DataDir + QLatin1Char('/') + name + QStringLiteral(".a.txt"));
        const CompareSide b = side(DataDir + QLatin1Char('/') + name + QStringLiteral(".b.txt"));
        const CompareRules &rules = CompareRules::builtIn();
        const Comparison c = Comparison::compare(a, b, rules);
        QJsonArray flags;
        for (const EventPair &p : c.pairs) {
            flags.append(QJsonArray::fromStringList(p.flags));
        }
        QCOMPARE(QJsonDocument(flags).toJson(QJsonDocument::Compact),
                 QJsonDocument(expected.value(QLatin1String("flags")).toArray()).toJson(QJsonDocument::Compact));
        QCOMPARE(c.summaryText(rules), expected.value(QLatin1String("summary")).toString());
        if (expected.contains(QLatin1String("alignment"))) {
            const QJsonObject json = ComparisonExporter::toJson(a, b, c, rules);
            QCOMPARE(json.value(QLatin1String("paragraph_alignment")).toArray(),
                     expected.value(QLatin1String("alignment")).toArray());
        }
    }

    void testHeldOnMondayIsTheScheduledEvent()
    {
        // B, published two weeks later, says "held ... on Monday": resolved against B's own date it
        // is A's "May 15", so the pair differs in status only.
        const CompareSide a = side(DataDir + QStringLiteral("/02_held_monday.a.txt"));
        const CompareSide b = side(DataDir + QStringLiteral("/02_held_monday.b.txt"));
        QCOMPARE(a.document.metadata().published, QDate(2023, 5, 2));
        QCOMPARE(b.document.metadata().published, QDate(2023, 5, 17));
        QCOMPARE(a.events.size(), 1);
        QCOMPARE(b.events.size(), 1);
        QCOMPARE(a.events.first().date, QStringLiteral("2023-05-15"));
        QCOMPARE(b.events.first().date, QStringLiteral("2023-05-15"));
        QCOMPARE(b.events.first().dateText, QStringLiteral("Monday"));
        const Comparison c = Comparison::compare(a, b, CompareRules::builtIn());
        QCOMPARE(c.pairs.size(), 1);
        QCOMPARE(c.pairs.first().flags, QStringList{QStringLiteral("status_differs")});
    }

    void testJsonShape()
    {
        const CompareSide a = side(DataDir + QStringLiteral("/10_three_events.a.txt"));
        const CompareSide b = side(DataDir + QStringLiteral("/10_three_events.b.txt"));
        const CompareRules &rules = CompareRules::builtIn();
        const Comparison c = Comparison::compare(a, b, rules);
        const QJsonObject json = ComparisonExporter::toJson(a, b, c, rules);
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("a"),
                              QStringLiteral("b"),
                              QStringLiteral("pairs"),
                              QStringLiteral("paragraph_alignment"),
                              QStringLiteral("summary")}));
        // The documents are exactly what readout-cli extract writes.
        QCOMPARE(json.value(QLatin1String("a")).toObject(), JsonExporter::toJson(a.document, a.entities, a.events));
        const QJsonArray pairs = json.value(QLatin1String("pairs")).toArray();
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs.at(0).toObject().value(QLatin1String("a")).toObject(),
                 JsonExporter::eventToJson(a.document, a.events.at(0)));
        QVERIFY(pairs.at(2).toObject().value(QLatin1String("a")).isNull());
        QCOMPARE(pairs.at(2).toObject().value(QLatin1String("flags")).toArray(),
                 QJsonArray{QStringLiteral("only_in_b")});
        QCOMPARE(pairs.at(0).toObject().value(QLatin1String("score")).toDouble(), 1.0);
        const QJsonObject summary = json.value(QLatin1String("summary")).toObject();
        QCOMPARE(summary.value(QLatin1String("events")).toInt(), 3);
        QCOMPARE(summary.value(QLatin1String("date_differs")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("only_in_b")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("text")).toString(),
                 QStringLiteral("3 events: 1 same, 1 date differs, 0 only in A, 1 only in B"));
        const QJsonArray gap = json.value(QLatin1String("paragraph_alignment")).toArray().at(2).toArray();
        QVERIFY(gap.at(0).isNull());
        QCOMPARE(gap.at(1).toInt(), 2);
    }

    void testCsvNeutralisesCells()
    {
        CompareSide a;
        a.document = Document(QStringLiteral("/tmp/a.txt"), QStringLiteral("x"));
        a.events = {plainEvent(QStringLiteral("=HYPERLINK(\"http://x\")"))};
        CompareSide b;
        b.document = Document(QStringLiteral("/tmp/b.txt"), QStringLiteral("y"));
        b.events = {plainEvent(QStringLiteral("@SUM(1,2)"))};
        b.events[0].location = QStringLiteral("\tLima");
        Comparison c;
        c.pairs = {EventPair{0, 0, {QStringLiteral("same")}, 1.0, QStringLiteral("-why")}};
        const CompareRules &rules = CompareRules::builtIn();
        const QByteArray csv = ComparisonExporter::toCsv(a, b, c, rules);
        auto rows = CsvExporter::parseRows(csv, QStringLiteral("compare.csv"));
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 2);
        const QStringList header = rows.value().at(0);
        QCOMPARE(header, rules.csvColumns);
        const QStringList row = rows.value().at(1);
        QCOMPARE(row.at(header.indexOf(QStringLiteral("a_evidence"))), QStringLiteral("'=HYPERLINK(\"http://x\")"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("b_evidence"))), QStringLiteral("'@SUM(1,2)"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("b_location"))), QStringLiteral("'\tLima"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("explanation"))), QStringLiteral("'-why"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("a_document"))), QStringLiteral("a.txt"));
    }

    void testWriteRefusesArticle()
    {
        QTemporaryDir dir;
        CompareSide a;
        a.document = Document(dir.filePath(QStringLiteral("a.txt")), QStringLiteral("x"));
        CompareSide b;
        b.document = Document(dir.filePath(QStringLiteral("b.txt")), QStringLiteral("y"));
        QVERIFY(!ComparisonExporter::writeFile(b.document.path(), "data", a, b));
        QVERIFY(ComparisonExporter::writeFile(dir.filePath(QStringLiteral("out.csv")), "data", a, b));
    }

    void testDifferingWords()
    {
        const QString ta = QStringLiteral("Talks will be held in Geneva on January 10.");
        const QString tb = QStringLiteral("Talks were held in Vienna on January 11.");
        const auto [inA, inB] =
            Comparison::differingWords(ta, 0, int(ta.size()), tb, 0, int(tb.size()), CompareRules::builtIn());
        QStringList wordsA;
        for (const auto &r : inA) {
            wordsA.append(ta.mid(r.first, r.second - r.first));
        }
        QStringList wordsB;
        for (const auto &r : inB) {
            wordsB.append(tb.mid(r.first, r.second - r.first));
        }
        QCOMPARE(wordsA, (QStringList{QStringLiteral("Geneva"), QStringLiteral("10")}));
        QCOMPARE(wordsB, (QStringList{QStringLiteral("Vienna"), QStringLiteral("11")}));
    }

    void testRulesOverride()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("rules"));
        QFile broken(dir.filePath(QStringLiteral("rules/compare.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"schema\": 1,\n  \"flags\": [\n}\n");
        broken.close();
        auto loaded = CompareRules::load(dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.startsWith(QLatin1String("rules/compare.json:4")),
                 qPrintable(loaded.error().message));

        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write(R"({"schema": 1, "flags": [{"id": "sameish", "role": "same"}]})");
        broken.close();
        loaded = CompareRules::load(dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(QLatin1String("sameish")), qPrintable(loaded.error().message));

        const CompareRules &builtIn = CompareRules::builtIn();
        QCOMPARE(builtIn.family(QStringLiteral("council")), QStringLiteral("meeting"));
        QCOMPARE(builtIn.flag(QStringLiteral("only_in_b")).role, QStringLiteral("unmatched"));
        QCOMPARE(builtIn.flags.size(), 7);
    }
};

QTEST_GUILESS_MAIN(ComparisonTest)
#include "comparison_test.moc"
