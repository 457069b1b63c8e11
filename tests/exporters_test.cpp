// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the corrected state: CSV and JSON with origin and corrected_fields, brat standoff that
// re-imports to the same entities, iCalendar checked by a real parser (python3-icalendar), and
// `readout-cli export FILE.readout.json`.

#include "annotations.h"
#include "formats/bratreader.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/bratexporter.h"
#include "storage/csvexporter.h"
#include "storage/icsexporter.h"
#include "storage/jsonexporter.h"
#include "storage/sidecar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

using namespace Readout;

namespace
{

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    if (program == QLatin1String(READOUT_CLI)) {
        p.setProcessEnvironment(ReadoutTest::isolatedEnvironment());
    }
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Debian's interpreter, where python3-icalendar installs (a PATH python may be another one).
QString debianPython()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

/// A date entity over the first occurrence of `words` in `text`.
Entity dateEntity(const QString &text,
                  const QString &id,
                  const QString &words,
                  const QString &timexType,
                  const QString &mod = {})
{
    Entity e;
    e.id = id;
    e.type = EntityType::Date;
    e.start = int(text.indexOf(words));
    e.end = e.start + int(words.size());
    e.text = words;
    e.timexType = timexType;
    e.timexMod = mod;
    return e;
}

} // namespace

class ExportersTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;
    QString m_sidecar;
    std::shared_ptr<const KnowledgeBase> m_kb;
    Annotations m_annotations;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_kb = KnowledgeBase::builtIn();
        // Characters outside the BMP up front: exported offsets must be code points.
        QByteArray text = fileBytes(QStringLiteral(READOUT_TEST_DATA "/edit/talks.txt"));
        text.replace("Breaking News:", "\xF0\x9F\x93\xB0 Breaking News:");
        m_article = m_dir.filePath(QStringLiteral("talks.txt"));
        QFile f(m_article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const Document doc = readDocument(m_article).value();
        const Extraction x = Pipeline(m_kb).run(doc);
        m_annotations.setKnowledge(m_kb);
        m_annotations.reset(doc, x.entities, x.events);
        Annotations &a = m_annotations;
        // Corrections of every kind.
        const int at = int(doc.text().indexOf(QStringLiteral("foreign ministry")));
        QVERIFY(
            !a.addEntity(EntityType::Organization, at, at + 16, QStringLiteral("Turkish Foreign Ministry")).isEmpty());
        QVERIFY(a.setEventDate(QStringLiteral("E3"), QStringLiteral("2024-02-26")));
        QVERIFY(a.setEventField(QStringLiteral("E3"), EventField::Status, QStringLiteral("cancelled")));
        QVERIFY(a.setEventField(QStringLiteral("E2"), EventField::Status, QStringLiteral("likely")));
        QVERIFY(
            a.setEventField(QStringLiteral("E2"), EventField::Topics, QStringLiteral("membership, Sweden; defence")));
        Event added = a.events().last();
        added.date = QStringLiteral("2024-04");
        added.status = QStringLiteral("planned");
        added.participants = {QStringLiteral("NATO"), QStringLiteral("Turkey")};
        QVERIFY(!a.addEvent(added).isEmpty());
        QVERIFY(a.setEventReviewed(QStringLiteral("E1"), true));
        m_sidecar = m_dir.filePath(QStringLiteral("talks.readout.json"));
        QVERIFY(Sidecar::writeFile(m_sidecar, Sidecar::toJson(a), m_article));
    }

    void testCsvReflectsCorrections()
    {
        const CsvExporter csv(*m_kb);
        const QByteArray bytes = csv.toCsv(m_annotations.document(), m_annotations.events());
        auto events = CsvExporter::readCsv(bytes, QStringLiteral("e.csv"), &m_annotations.document());
        QVERIFY2(events, qPrintable(events.error().message));
        QCOMPARE(events.value().size(), 4);
        QCOMPARE(events.value().at(0).origin, QStringLiteral("extracted"));
        QCOMPARE(events.value().at(1).origin, QStringLiteral("corrected"));
        QCOMPARE(events.value().at(1).correctedFields,
                 (QStringList{QStringLiteral("status"), QStringLiteral("topics")}));
        QCOMPARE(events.value().at(1).topics,
                 (QStringList{QStringLiteral("membership, Sweden"), QStringLiteral("defence")}));
        QCOMPARE(events.value().last().origin, QStringLiteral("added"));
        // An added event lists the fields the analyst gave it, in field order.
        const QStringList given = events.value().last().correctedFields;
        QVERIFY2(given.mid(0, 3)
                     == (QStringList{QStringLiteral("type"), QStringLiteral("participants"), QStringLiteral("date")}),
                 qPrintable(given.join(QLatin1Char(';'))));
        QVERIFY(given.contains(QStringLiteral("status")));
        QCOMPARE(given, m_annotations.events().last().correctedFields);
        // reviewed: true or false, read back.
        const QList<QByteArray> lines = bytes.split('\n');
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        const int reviewed = int(header.indexOf("reviewed"));
        QVERIFY(reviewed > header.indexOf("corrected_fields"));
        QCOMPARE(header.size(), m_kb->csvColumns().size());
        QVERIFY(events.value().at(0).reviewed);
        QVERIFY(!events.value().at(1).reviewed);
        QVERIFY(bytes.contains(",true,"));
        QVERIFY(bytes.contains(",false,"));
        QCOMPARE(events.value().at(2).correctedFields, (QStringList{QStringLiteral("date"), QStringLiteral("status")}));
        QCOMPARE(events.value().at(2).evidenceStart, m_annotations.events().at(2).evidenceStart);
    }

    void testJsonReflectsCorrections()
    {
        const QJsonObject root =
            JsonExporter::toJson(m_annotations.document(), m_annotations.entities(), m_annotations.events());
        const QJsonArray events = root.value(QLatin1String("events")).toArray();
        QCOMPARE(events.at(2).toObject().value(QLatin1String("origin")).toString(), QStringLiteral("corrected"));
        QCOMPARE(events.at(2).toObject().value(QLatin1String("corrected_fields")).toArray().size(), 2);
        QCOMPARE(events.at(3).toObject().value(QLatin1String("origin")).toString(), QStringLiteral("added"));
        QVERIFY(events.at(3)
                    .toObject()
                    .value(QLatin1String("corrected_fields"))
                    .toArray()
                    .contains(QStringLiteral("participants")));
        QCOMPARE(events.at(0).toObject().value(QLatin1String("reviewed")).toBool(), true);
        QCOMPARE(events.at(1).toObject().value(QLatin1String("reviewed")).toBool(), false);
        bool addedEntity = false;
        for (const QJsonValue &e : root.value(QLatin1String("entities")).toArray()) {
            addedEntity =
                addedEntity || e.toObject().value(QLatin1String("origin")).toString() == QLatin1String("added");
        }
        QVERIFY(addedEntity);
    }

    void testJsonWritesTimexType()
    {
        // Dates were all written as "DATE": a duration or a set lost its kind in the JSON export.
        const QString text = QStringLiteral("Talks lasted three days and resume every Monday at 9 a.m.");
        const Document doc(QStringLiteral("t.txt"), text);
        auto date = [&text](const QString &id, const QString &words, const QString &timexType) {
            return dateEntity(text, id, words, timexType);
        };
        Entity person;
        person.id = QStringLiteral("T5");
        person.type = EntityType::Person;
        person.text = QStringLiteral("Talks");
        person.end = 5;
        const QVector<Entity> entities = {
            date(QStringLiteral("T1"), QStringLiteral("three days"), QStringLiteral("DURATION")),
            date(QStringLiteral("T2"), QStringLiteral("every Monday"), QStringLiteral("SET")),
            date(QStringLiteral("T3"), QStringLiteral("9 a.m."), QStringLiteral("TIME")),
            date(QStringLiteral("T4"), QStringLiteral("Monday"), QString()),
            person};
        const QJsonArray written = JsonExporter::toJson(doc, entities, {}).value(QLatin1String("entities")).toArray();
        QStringList types;
        for (const QJsonValue &e : written) {
            types.append(e.toObject().value(QLatin1String("type")).toString());
        }
        QCOMPARE(types,
                 (QStringList{QStringLiteral("DURATION"),
                              QStringLiteral("SET"),
                              QStringLiteral("TIME"),
                              QStringLiteral("DATE"),
                              QStringLiteral("PERSON")}));
        // The brat export keeps writing the same labels.
        const QString ann = BratExporter(*m_kb).toAnn(doc, entities, {});
        QVERIFY2(ann.contains(QLatin1String("T1\tDURATION ")) && ann.contains(QLatin1String("T4\tDATE ")),
                 qPrintable(ann));
    }

    void testTimexModWritten()
    {
        // "early 1990", "nearly two years": the span keeps the modifier and the TIMEX3 mod says
        // which; JSON writes it, brat writes it in the note and reads it back.
        const QString text = QStringLiteral("Prices rose in early 1990; the strike lasted nearly two years.");
        const Document doc(QStringLiteral("t.txt"), text);
        auto date = [&text](const QString &id, const QString &words, const QString &type, const QString &mod) {
            Entity e = dateEntity(text, id, words, type, mod);
            e.value = type == QLatin1String("DATE") ? QStringLiteral("1990") : QStringLiteral("P2Y");
            return e;
        };
        const QVector<Entity> entities = {
            date(QStringLiteral("T1"), QStringLiteral("early 1990"), QStringLiteral("DATE"), QStringLiteral("START")),
            date(QStringLiteral("T2"),
                 QStringLiteral("nearly two years"),
                 QStringLiteral("DURATION"),
                 QStringLiteral("LESS_THAN")),
            date(QStringLiteral("T3"), QStringLiteral("1990"), QStringLiteral("DATE"), QString())};
        const QJsonArray written = JsonExporter::toJson(doc, entities, {}).value(QLatin1String("entities")).toArray();
        QCOMPARE(written.at(0).toObject().value(QLatin1String("mod")).toString(), QStringLiteral("START"));
        QCOMPARE(written.at(1).toObject().value(QLatin1String("mod")).toString(), QStringLiteral("LESS_THAN"));
        QVERIFY(!written.at(2).toObject().contains(QLatin1String("mod")));
        const QString ann = BratExporter(*m_kb).toAnn(doc, entities, {});
        QVERIFY2(ann.contains(QLatin1String("\tvalue=1990; mod=START\n")), qPrintable(ann));
        auto read = BratExporter::readEntities(ann, QStringLiteral("t.ann"), doc);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read.value().size(), 3);
        QCOMPARE(read.value().at(0).timexMod, QStringLiteral("START"));
        QCOMPARE(read.value().at(1).timexMod, QStringLiteral("LESS_THAN"));
        QVERIFY(read.value().at(2).timexMod.isEmpty());
    }

    void testBratRoundTrip()
    {
        const Document &doc = m_annotations.document();
        const QString ann = BratExporter(*m_kb).toAnn(doc, m_annotations.entities(), m_annotations.events());
        auto parsed = BratReader::parse(ann, QStringLiteral("t.ann"), doc.toCodePoint(int(doc.text().size())));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        // Every span's text is the text at its code-point offsets.
        const QList<uint> ucs4 = doc.text().toUcs4();
        const std::u32string codePoints(ucs4.cbegin(), ucs4.cend());
        for (const BratSpan &span : parsed.value().spans) {
            const QString atOffsets = QString::fromUcs4(codePoints.data() + span.start, span.end - span.start);
            QCOMPARE(span.text, atOffsets);
        }
        QCOMPARE(parsed.value().events.size(), m_annotations.events().size());
        const BratEvent &e1 = parsed.value().events.first();
        QCOMPARE(e1.label, QStringLiteral("talks"));
        QCOMPARE(e1.arguments.at(0).first, QStringLiteral("Participant"));
        QCOMPARE(e1.arguments.at(1).first, QStringLiteral("Participant2"));
        bool hasDate = false;
        for (const auto &arg : e1.arguments) {
            hasDate = hasDate || arg.first == QLatin1String("Date");
        }
        QVERIFY(hasDate);
        QVERIFY(ann.contains(QStringLiteral("AnnotatorNotes")));
        QVERIFY(ann.contains(QStringLiteral("\tvalue=2024-03-12\n")));
        QVERIFY(ann.contains(QStringLiteral("\tStatus E3 cancelled\n")));

        // Re-import: the same entities.
        auto entities = BratExporter::readEntities(ann, QStringLiteral("t.ann"), doc);
        QVERIFY2(entities, qPrintable(entities.error().message));
        QCOMPARE(entities.value().size(), m_annotations.entities().size());
        for (int i = 0; i < entities.value().size(); ++i) {
            const Entity &got = entities.value().at(i);
            const Entity &want = m_annotations.entities().at(i);
            QCOMPARE(got.id, want.id);
            QCOMPARE(got.type, want.type);
            QCOMPARE(got.start, want.start);
            QCOMPARE(got.end, want.end);
            QCOMPARE(got.text, want.text);
            QCOMPARE(got.canonical, want.canonical);
            QCOMPARE(got.code, want.code);
            QCOMPARE(got.value, want.value);
            QCOMPARE(got.timexType, want.timexType);
            QCOMPARE(got.timexMod, want.timexMod);
        }
    }

    void testIcsWithARealParser()
    {
        const IcsExporter ics(*m_kb);
        const QByteArray bytes = ics.toIcs(m_annotations.document(), m_annotations.events());
        for (const QByteArray &line : bytes.split('\n')) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR
        }
        const QString path = m_dir.filePath(QStringLiteral("talks.ics"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QString script = QStringLiteral(
            "import sys, json, datetime, icalendar\n"
            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
            "assert cal['VERSION'] == '2.0' and cal['PRODID']\n"
            "out = []\n"
            "for ev in cal.walk('VEVENT'):\n"
            "    s, e = ev.decoded('DTSTART'), ev.decoded('DTEND')\n"
            "    assert type(s) is datetime.date and type(e) is datetime.date, 'all-day'\n"
            "    assert ev.decoded('DTSTAMP')\n"
            "    out.append({'uid': str(ev['UID']), 'start': s.isoformat(), 'end': e.isoformat(),\n"
            "                'summary': str(ev['SUMMARY']), 'status': str(ev.get('STATUS', '')),\n"
            "                'description': str(ev['DESCRIPTION']), 'location': str(ev.get('LOCATION', ''))})\n"
            "print(json.dumps(out))\n");
        const Run r = run(debianPython(), {QStringLiteral("-c"), script, path});
        QVERIFY2(r.code == 0,
                 qPrintable(QStringLiteral("python3-icalendar rejected the file (install python3-icalendar; "
                                           ".ci/setup does): %1")
                                .arg(QString::fromUtf8(r.err))));
        const QJsonArray events = QJsonDocument::fromJson(r.out).array();
        // One VEVENT per event with a date: E1 (day), E2 (day), E3 (corrected to a day), the added one (month).
        QCOMPARE(events.size(), 4);
        const QJsonObject e1 = events.at(0).toObject();
        QCOMPARE(e1.value(QLatin1String("start")).toString(), QStringLiteral("2024-03-12"));
        QCOMPARE(e1.value(QLatin1String("end")).toString(), QStringLiteral("2024-03-13"));
        QCOMPARE(e1.value(QLatin1String("summary")).toString(), QStringLiteral("Talks: Turkey, Greece"));
        QCOMPARE(e1.value(QLatin1String("status")).toString(), QStringLiteral("CONFIRMED"));
        QCOMPARE(e1.value(QLatin1String("location")).toString(), QStringLiteral("Ankara"));
        QVERIFY(
            e1.value(QLatin1String("description")).toString().contains(QStringLiteral("will hold talks in Ankara")));
        QCOMPARE(events.at(1).toObject().value(QLatin1String("status")).toString(), QStringLiteral("TENTATIVE"));
        QCOMPARE(events.at(2).toObject().value(QLatin1String("status")).toString(), QStringLiteral("CANCELLED"));
        QCOMPARE(events.at(3).toObject().value(QLatin1String("start")).toString(), QStringLiteral("2024-04-01"));
        QCOMPARE(events.at(3).toObject().value(QLatin1String("end")).toString(), QStringLiteral("2024-05-01"));
        QSet<QString> uids;
        for (const QJsonValue &v : events) {
            uids.insert(v.toObject().value(QLatin1String("uid")).toString());
        }
        QCOMPARE(uids.size(), 4);
    }

    void testIcsUidStableAcrossExports()
    {
        const IcsExporter ics(*m_kb);
        const QByteArray a = ics.toIcs(m_annotations.document(),
                                       m_annotations.events(),
                                       QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
        const QByteArray b = ics.toIcs(m_annotations.document(),
                                       m_annotations.events(),
                                       QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(a != b);
        const auto uids = [](const QByteArray &bytes) {
            QList<QByteArray> out;
            for (const QByteArray &line : bytes.split('\n')) {
                if (line.startsWith("UID:")) {
                    out.append(line);
                }
            }
            return out;
        };
        QCOMPARE(uids(a), uids(b));
        QCOMPARE(IcsExporter::escaped(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        // Folding never splits a UTF-8 sequence.
        const QByteArray folded = IcsExporter::folded(QStringLiteral("DESCRIPTION:") + QString(80, QChar(0x00E9)));
        for (const QByteArray &line : folded.split('\n')) {
            QVERIFY(QString::fromUtf8(line).toUtf8() == line);
        }
    }

    void testIcsHasNoControlCharacters()
    {
        // A NUL or an escape sequence from the article or a sidecar field would reach the calendar
        // and the terminal showing it: each is replaced by U+FFFD; line ends stay escaped.
        const QString dirty = QStringLiteral("a%1b\x1b[31mc\x7f d\u009b").arg(QChar(0));
        QCOMPARE(IcsExporter::escaped(dirty), QStringLiteral("a\uFFFDb\uFFFD[31mc\uFFFD d\uFFFD"));
        QCOMPARE(IcsExporter::escaped(QStringLiteral("a\tb\nc")), QStringLiteral("a\tb\\nc"));
        Event event = m_annotations.events().first();
        event.evidenceText = dirty;
        event.source = dirty;
        event.location = dirty;
        event.topics = {dirty};
        const QByteArray bytes = IcsExporter(*m_kb).toIcs(m_annotations.document(), {event});
        for (int i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            const bool lineEnd =
                (c == '\r' && bytes.mid(i, 2) == "\r\n") || (c == '\n' && i > 0 && bytes.at(i - 1) == '\r');
            QVERIFY2(c >= 0x20 || c == '\t' || lineEnd, qPrintable(QStringLiteral("byte %1 at %2").arg(c).arg(i)));
            QVERIFY2(c != 0x7F, "DEL in the calendar");
        }
        QVERIFY(!bytes.contains("\xC2\x9B")); // U+009B, a C1 escape
    }

    void testCliExport_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("contains");
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral(",corrected,date; status,");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("\"corrected_fields\"");
        QTest::newRow("brat") << QStringLiteral("brat") << QStringLiteral("\tStatus E3 cancelled\n");
        QTest::newRow("ics") << QStringLiteral("ics") << QStringLiteral("STATUS:CANCELLED\r\n");
    }

    void testCliExport()
    {
        QFETCH(QString, format);
        QFETCH(QString, contains);
        const Run r =
            run(QStringLiteral(READOUT_CLI), {QStringLiteral("export"), m_sidecar, QStringLiteral("--format"), format});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.out).contains(contains), r.out.left(400).constData());
    }

    void testCliExportBratFiles()
    {
        const QString ann = m_dir.filePath(QStringLiteral("out/talks-export.ann"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        const Run r = run(QStringLiteral(READOUT_CLI),
                          {QStringLiteral("export"),
                           m_sidecar,
                           QStringLiteral("--format"),
                           QStringLiteral("brat"),
                           QStringLiteral("-o"),
                           ann});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString txt = m_dir.filePath(QStringLiteral("out/talks-export.txt"));
        const Document copy = readDocument(txt).value();
        QCOMPARE(copy.text(), m_annotations.document().text());
        auto entities = BratExporter::readEntities(QString::fromUtf8(fileBytes(ann)), ann, copy);
        QVERIFY(entities);
        QCOMPARE(entities.value().size(), m_annotations.entities().size());
    }

    void testCliExportRefuses_data()
    {
        QTest::addColumn<QByteArray>("sidecar");
        QTest::addColumn<QString>("message");
        QTest::newRow("damaged") << QByteArray("{\"format\": \"readout-sidecar\", \"vers")
                                 << QStringLiteral("damaged sidecar");
        QByteArray newer = fileBytes(m_sidecar);
        newer.replace("\"version\": 1", "\"version\": 7");
        QTest::newRow("newer") << newer << QStringLiteral("newer Readout");
    }

    void testCliExportRefuses()
    {
        QFETCH(QByteArray, sidecar);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad.readout.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sidecar);
        f.close();
        const Run r = run(QStringLiteral(READOUT_CLI), {QStringLiteral("export"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void testCliExportChangedArticle()
    {
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("talks.txt"));
        QVERIFY(QFile::copy(m_article, article));
        const QString sidecar = dir.filePath(QStringLiteral("talks.readout.json"));
        QVERIFY(QFile::copy(m_sidecar, sidecar));
        QFile f(article);
        QVERIFY(f.open(QIODevice::Append));
        f.write("One more sentence.\n");
        f.close();
        const Run r = run(QStringLiteral(READOUT_CLI),
                          {QStringLiteral("export"), sidecar, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("has changed since"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(ExportersTest)
#include "exporters_test.moc"
