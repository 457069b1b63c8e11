// SPDX-License-Identifier: GPL-3.0-or-later
// brat import: our own export reads back to what it wrote; broken .ann files get a message naming the line.

#include "formats/bratimporter.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/bratexporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

class BratImporterTest : public QObject
{
    Q_OBJECT
private:
    static Document small()
    {
        return Document(QStringLiteral("a.txt"), QStringLiteral("date 2021-12-28\n\nNATO and Russia met."), {}, 17);
    }

    Document m_doc;
    std::shared_ptr<const KnowledgeBase> m_kb;

private Q_SLOTS:
    void initTestCase()
    {
        m_kb = KnowledgeBase::builtIn();
        auto doc = readDocument(QStringLiteral(READOUT_SOURCE_DIR "/resources/samples/us-russia-talks-2021-12-28.txt"));
        QVERIFY(doc.isOk());
        m_doc = doc.value();
    }

    void testRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("sample article") << QString();
        QTest::newRow("astral characters before the spans") << QStringLiteral(
            "date 2023-05-02\n\n\U0001F30D\U0001F4F0 Officials from Ghana and Senegal will hold talks "
            "in Accra on May 9, the Ghanaian foreign ministry said on Tuesday.\n");
        QTest::newRow("a date that keeps its modifier") << QStringLiteral(
            "date 2023-05-02\n\nOfficials from Ghana and Senegal held talks in Accra in early April, "
            "after nearly two years without a meeting.\n");
    }

    void testRoundTrip()
    {
        // Extract, export as brat, import: what both represent comes back unchanged.
        QFETCH(QString, text);
        QTemporaryDir dir;
        Document doc = m_doc;
        if (!text.isEmpty()) {
            const QString path = dir.filePath(QStringLiteral("a.txt"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
            f.close();
            doc = readDocument(path).value();
        }
        const Pipeline pipeline(m_kb);
        const Extraction x = pipeline.run(doc);
        QVERIFY(!x.entities.isEmpty());
        QVERIFY(!x.events.isEmpty());
        const QString ann = BratExporter(*m_kb).toAnn(doc, x.entities, x.events);
        const auto imported = BratImporter::import(ann, QStringLiteral("a.ann"), doc);
        QVERIFY2(imported.isOk(), qPrintable(imported.error().message));
        const QVector<Entity> &entities = imported.value().entities;
        QCOMPARE(entities.size(), x.entities.size());
        for (int i = 0; i < entities.size(); ++i) {
            const Entity &a = x.entities.at(i);
            const Entity &b = entities.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.canonical, a.canonical);
            QCOMPARE(b.code, a.code);
            QCOMPARE(b.value, a.value);
            QCOMPARE(b.timexType,
                     a.timexType.isEmpty() && a.type == EntityType::Date ? QStringLiteral("DATE") : a.timexType);
            QCOMPARE(b.timexMod, a.timexMod);
            QCOMPARE(b.origin, QStringLiteral("imported"));
        }
        const QVector<Event> &events = imported.value().events;
        QCOMPARE(events.size(), x.events.size());
        for (int i = 0; i < events.size(); ++i) {
            const Event &a = x.events.at(i);
            const Event &b = events.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.type, a.type);
            QCOMPARE(b.participants, a.participants);
            QCOMPARE(b.date, a.date);
            QCOMPARE(b.location, a.location);
            QCOMPARE(b.status, a.status);
            QCOMPARE(b.origin, a.origin);
            QCOMPARE(b.correctedFields, a.correctedFields);
            // Evidence is not in brat: the trigger's sentence stands in, and holds the trigger.
            QVERIFY(b.evidenceStart <= b.evidenceEnd);
            QVERIFY(!b.evidenceText.isEmpty());
        }
    }

    void testErrors_data()
    {
        QTest::addColumn<QString>("ann");
        QTest::addColumn<QString>("message");
        QTest::newRow("offset past the end")
            << QStringLiteral("T1\tPERSON 0 4\tdate\nT2\tPERSON 5000 5010\tx\n")
            << QStringLiteral("a.ann line 2: offset 5010 is past the end of the text (37 characters)");
        QTest::newRow("text does not match")
            << QStringLiteral("T1\tLOCATION 0 4\tNATO\n")
            << QStringLiteral(
                   "a.ann line 1: T1 says \"NATO\" but the text at 0-4 is \"date\"; this .ann belongs to another "
                   "version of the text");
        QTest::newRow("malformed offsets")
            << QStringLiteral("T1\tPERSON 0 4\tdate\nT2\tPERSON 3 x\tx\n") << QStringLiteral("a.ann line 2: offsets");
        QTest::newRow("overlapping and malformed")
            << QStringLiteral("T1\tPERSON 0 4\tdate\nT2\tPERSON 2 7\tte 20\nT3\tPERSON 7\n")
            << QStringLiteral("a.ann line 3: offsets \"7\" are not two numbers");
        QTest::newRow("undefined trigger") << QStringLiteral("E1\ttalks:T9 Participant:T1\n")
                                           << QStringLiteral("a.ann line 1: event E1: its trigger T9 is not defined");
        QTest::newRow("undefined argument")
            << QStringLiteral("T1\ttalks 0 4\tdate\nE1\ttalks:T1 Participant:T7\n")
            << QStringLiteral(
                   "a.ann line 2: event E1: argument Participant:T7 refers to an annotation that is not defined");
    }

    void testErrors()
    {
        QFETCH(QString, ann);
        QFETCH(QString, message);
        const auto imported = BratImporter::import(ann, QStringLiteral("a.ann"), small());
        QVERIFY(!imported.isOk());
        QVERIFY2(imported.error().message.startsWith(message), qPrintable(imported.error().message));
    }

    void testOverlapsAreKept()
    {
        const QString ann = QStringLiteral(
            "T1\tORGANIZATION 0 4\tdate\nT2\tDATE 0 15\tdate 2021-12-28\n"
            "#1\tAnnotatorNotes T2\t2021-12-28\nN1\tReference T1 Wikidata:Q1\tx\n");
        const auto imported = BratImporter::import(ann, QStringLiteral("a.ann"), small());
        QVERIFY(imported.isOk());
        QCOMPARE(imported.value().entities.size(), 2);
        QCOMPARE(imported.value().entities.at(0).id, QStringLiteral("T2")); // longer first
        QCOMPARE(imported.value().entities.at(0).value, QStringLiteral("2021-12-28")); // a bare note value
        QCOMPARE(imported.value().notes.size(), 1);
        QVERIFY(imported.value().notes.first().contains(QLatin1String("line 4")));
    }
};

QTEST_GUILESS_MAIN(BratImporterTest)
#include "bratimporter_test.moc"
