// SPDX-License-Identifier: GPL-3.0-or-later
// Event types and statuses come from resources/rules: a broken types, statuses or CAMEO file is
// refused naming file:line; a type a user adds in a data folder reaches the editor's choices and
// exports with its CAMEO code; every status exports to iCalendar with its mapped STATUS.

#include "annotations.h"
#include "document.h"
#include "knowledge/knowledgebase.h"
#include "models/eventtablemodel.h"
#include "storage/csvexporter.h"
#include "storage/icsexporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace
{

QByteArray builtIn(const QString &relative)
{
    QFile f(QStringLiteral(":/readout/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A data folder with these rules files over the built-in ones.
struct DataDir {
    QTemporaryDir dir;
    bool add(const QString &relative, const QByteArray &bytes)
    {
        return writeFile(dir.filePath(relative), bytes);
    }
};

Event makeEvent(const QString &id, const QString &type, const QString &status, const QString &date)
{
    Event e;
    e.id = id;
    e.type = type;
    e.status = status;
    e.date = date;
    e.participants = {QStringLiteral("Norway"), QStringLiteral("Chile")};
    e.evidenceText = QStringLiteral("Norway and Chile met.");
    e.evidenceEnd = int(e.evidenceText.size());
    return e;
}

} // namespace

class EventTypesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testBuiltInTables()
    {
        const auto kb = KnowledgeBase::builtIn();
        QCOMPARE(kb->eventTypes().size(), kb->eventTypeInfos().size());
        QVERIFY(kb->eventTypes().contains(QStringLiteral("talks")));
        QCOMPARE(kb->eventTypeInfos().first().label.isEmpty(), false);
        for (const char *status : {"postponed", "under way", "suspended"}) {
            QVERIFY2(kb->eventStatuses().contains(QLatin1String(status)), status);
        }
        // The extractor's own order of choices is unchanged: the first status is the editor's default.
        QCOMPARE(kb->eventStatuses().first(), QStringLiteral("held"));
        QCOMPARE(kb->cameoCode(QStringLiteral("talks"), QStringLiteral("postponed")), QStringLiteral("164"));
        QCOMPARE(kb->cameoCode(QStringLiteral("call"), QStringLiteral("under way")), QStringLiteral("041"));
        // Every type with every status has a code.
        for (const QString &type : kb->eventTypes()) {
            for (const QString &status : kb->eventStatuses()) {
                QVERIFY2(!kb->cameoCode(type, status).isEmpty(), qPrintable(type + QLatin1Char('/') + status));
            }
        }
    }

    void testBadTablesNameFileAndLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        const QByteArray types = builtIn(QStringLiteral("rules/event_types.tsv"));
        const int typesHeader = int(types.left(types.indexOf("type\tlabel")).count('\n')) + 1;
        QTest::newRow("unknown column") << QStringLiteral("rules/event_types.tsv")
                                        << QByteArray("# types\ntype\tlabel\tcolour\ntalks\tTalks\tred\n")
                                        << QStringLiteral(
                                               "rules/event_types.tsv:2: unknown column \"colour\" (the "
                                               "columns are type, label, description)");
        QTest::newRow("duplicate type") << QStringLiteral("rules/event_types.tsv")
                                        << types + "talks\tTalks again\tlisted twice\n"
                                        << QStringLiteral(
                                               "rules/event_types.tsv:%1: type \"talks\" listed twice "
                                               "(first on line %2)")
                                               .arg(types.count('\n') + 1)
                                               .arg(typesHeader + 6);
        QTest::newRow("upper case type") << QStringLiteral("rules/event_types.tsv")
                                         << QByteArray("type\tlabel\nTalks\tTalks\n")
                                         << QStringLiteral(
                                                "rules/event_types.tsv:2: type \"Talks\" must be lower "
                                                "case, single-spaced");
        QTest::newRow("trigger type not listed")
            << QStringLiteral("rules/event_types.tsv") << QByteArray("type\tlabel\ntalks\tTalks\n")
            << QStringLiteral("rules/cameo.tsv:17: type \"negotiations\" is not in rules/event_types.tsv");
        QTest::newRow("duplicate status") << QStringLiteral("rules/statuses.tsv")
                                          << QByteArray("status\tics_status\nheld\tCONFIRMED\nheld\tCONFIRMED\n")
                                          << QStringLiteral(
                                                 "rules/statuses.tsv:3: status \"held\" listed twice "
                                                 "(first on line 2)");
        QTest::newRow("unknown ics status")
            << QStringLiteral("rules/statuses.tsv") << QByteArray("status\tics_status\nheld\tDONE\n")
            << QStringLiteral(
                   "rules/statuses.tsv:2: ics_status \"DONE\" is none of "
                   "CONFIRMED, TENTATIVE, CANCELLED");
        QTest::newRow("type without code")
            << QStringLiteral("rules/event_types.tsv") << types + "hearing\tHearing\ta parliamentary hearing\n"
            << QStringLiteral(
                   "rules/cameo.tsv: no CAMEO code for type \"hearing\" with status \"held\": add a row "
                   "\"hearing\\theld\\tCODE\" (or \"hearing\\t*\\tCODE\")");
        QTest::newRow("bad code") << QStringLiteral("rules/cameo.tsv") << QByteArray("type\tstatus\tcode\n*\t*\tX1\n")
                                  << QStringLiteral(
                                         "rules/cameo.tsv:2: code \"X1\" is no CAMEO code (two to four "
                                         "digits)");
    }

    void testBadTablesNameFileAndLine()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        DataDir data;
        QVERIFY(data.add(file, bytes));
        const auto kb = KnowledgeBase::load(data.dir.path());
        QVERIFY(!kb.isOk());
        QCOMPARE(kb.error().message, message);
    }

    void testTriggerOfUnlistedTypeIsRefused()
    {
        // Every type listed, and covered by CAMEO rows, except one a trigger gives.
        DataDir data;
        QByteArray types = builtIn(QStringLiteral("rules/event_types.tsv"));
        types.replace("visit\tVisit", "trip\tTrip");
        QVERIFY(data.add(QStringLiteral("rules/event_types.tsv"), types));
        QByteArray cameo = builtIn(QStringLiteral("rules/cameo.tsv"));
        cameo.replace("visit\t", "trip\t");
        QVERIFY(data.add(QStringLiteral("rules/cameo.tsv"), cameo));
        const auto kb = KnowledgeBase::load(data.dir.path());
        QVERIFY(!kb.isOk());
        QVERIFY2(kb.error().message.startsWith(QLatin1String("rules/events.json: a trigger has the type \"visit\"")),
                 qPrintable(kb.error().message));
    }

    void testUserTypeReachesEditorAndExport()
    {
        DataDir data;
        QVERIFY(data.add(QStringLiteral("rules/event_types.tsv"),
                         builtIn(QStringLiteral("rules/event_types.tsv"))
                             + "ceasefire talks\tCeasefire talks\ttalks on a truce between fighting sides\n"));
        QVERIFY(data.add(QStringLiteral("rules/cameo.tsv"),
                         builtIn(QStringLiteral("rules/cameo.tsv")) + "ceasefire talks\t*\t046\n"));
        const auto loaded = KnowledgeBase::load(data.dir.path());
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error().message));
        const std::shared_ptr<const KnowledgeBase> kb = loaded.value();
        QCOMPARE(kb->eventTypes().last(), QStringLiteral("ceasefire talks"));
        QVERIFY(!KnowledgeBase::builtIn()->eventTypes().contains(QStringLiteral("ceasefire talks")));

        Annotations annotations;
        annotations.setKnowledge(kb);
        const Document document(QStringLiteral("a.txt"), QStringLiteral("Norway and Chile met."));
        annotations.reset(document,
                          {},
                          {makeEvent(QStringLiteral("E1"), QStringLiteral("talks"), QStringLiteral("held"), {})});
        EventTableModel model(&annotations);
        const QModelIndex type = model.index(0, EventTableModel::TypeColumn);
        QVERIFY(type.data(EventTableModel::ChoicesRole).toStringList().contains(QStringLiteral("ceasefire talks")));
        // Chosen in the editor, it exports with its CAMEO code.
        QVERIFY(model.setData(type, QStringLiteral("ceasefire talks")));
        QCOMPARE(annotations.events().first().type, QStringLiteral("ceasefire talks"));
        const QByteArray csv = CsvExporter(*kb).toCsv(document, annotations.events());
        const auto rows = CsvExporter::readCsv(csv, QStringLiteral("a.csv"), &document);
        QVERIFY(rows);
        const QList<QByteArray> lines = csv.split('\n');
        const int cameo = int(lines.first().trimmed().split(',').indexOf("cameo_code"));
        QVERIFY(cameo >= 0);
        QCOMPARE(lines.at(1).split(',').at(cameo), QByteArray("046"));
    }

    void testStatusesExportToIcs_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("ics");
        QTest::newRow("postponed") << QStringLiteral("postponed") << QStringLiteral("CANCELLED");
        QTest::newRow("suspended") << QStringLiteral("suspended") << QStringLiteral("CANCELLED");
        QTest::newRow("under way") << QStringLiteral("under way") << QStringLiteral("CONFIRMED");
        QTest::newRow("likely") << QStringLiteral("likely") << QStringLiteral("TENTATIVE");
    }

    void testStatusesExportToIcs()
    {
        QFETCH(QString, status);
        QFETCH(QString, ics);
        const auto kb = KnowledgeBase::builtIn();
        // Offered by the editor too.
        Annotations annotations;
        annotations.setKnowledge(kb);
        const Document document(QStringLiteral("a.txt"), QStringLiteral("Norway and Chile met."));
        annotations.reset(document,
                          {},
                          {makeEvent(QStringLiteral("E1"),
                                     QStringLiteral("talks"),
                                     QStringLiteral("held"),
                                     QStringLiteral("2024-05-06"))});
        EventTableModel model(&annotations);
        const QModelIndex cell = model.index(0, EventTableModel::StatusColumn);
        QVERIFY(cell.data(EventTableModel::ChoicesRole).toStringList().contains(status));
        QVERIFY(model.setData(cell, status));
        const QString out = QString::fromUtf8(IcsExporter(*kb).toIcs(document, annotations.events()));
        QVERIFY2(out.contains(QStringLiteral("\r\nSTATUS:%1\r\n").arg(ics)), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("\r\nX-READOUT-STATUS:%1\r\n").arg(status)));
    }
};

QTEST_GUILESS_MAIN(EventTypesTest)
#include "eventtypes_test.moc"
