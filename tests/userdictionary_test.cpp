// SPDX-License-Identifier: GPL-3.0-or-later
// The user dictionary: its file, learning from corrections, and the proof that the second article
// benefits from the corrections made in the first.

#include "annotations.h"
#include "extract/mention.h"
#include "extract/textsegmenter.h"
#include "formats/documentreader.h"
#include "knowledge/analystknowledge.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "pipeline.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace
{

const Entity *find(const QVector<Entity> &entities, const QString &text)
{
    for (const Entity &e : entities) {
        if (e.text == text) {
            return &e;
        }
    }
    return nullptr;
}

Document read(const char *name)
{
    return readDocument(QStringLiteral(READOUT_TEST_DATA "/edit/") + QLatin1String(name)).value();
}

/// "Velmora Trade Council#2:ORGANIZATION:hidden" -> the span of the second occurrence, its type, hidden.
Mention mentionAt(const QString &text, const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const QStringList surface = parts.at(0).split(QLatin1Char('#'));
    const int occurrence = surface.size() > 1 ? surface.at(1).toInt() : 1;
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = text.indexOf(surface.at(0), at + 1);
    }
    Mention m;
    m.start = int(at);
    m.end = int(at + surface.at(0).size());
    if (!entityTypeFromName(parts.at(1), &m.type)) {
        qFatal("unknown entity type in %s", qPrintable(spec));
    }
    m.hidden = parts.size() > 2;
    return m;
}

/// The inverse of mentionAt() for what apply() leaves, in order.
QStringList describe(const QString &text, const QVector<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions) {
        const QString surface = text.mid(m.start, m.end - m.start);
        int occurrence = 0;
        for (qsizetype at = text.indexOf(surface); at >= 0 && at <= m.start; at = text.indexOf(surface, at + 1)) {
            ++occurrence;
        }
        out.append(surface + (occurrence > 1 ? QLatin1Char('#') + QString::number(occurrence) : QString())
                   + QLatin1Char(':') + entityTypeName(m.type) + (m.hidden ? QStringLiteral(":hidden") : QString()));
    }
    return out;
}

} // namespace

class UserDictionaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFileRoundTrip()
    {
        UserDictionary dictionary;
        dictionary.setEntries(
            {{QStringLiteral("Stoltenberg"), EntityType::Person, QStringLiteral("Jens Stoltenberg"), false},
             {QStringLiteral("Ankara"), EntityType::Location, QStringLiteral("Turkey"), false},
             {QStringLiteral("Breaking\tNews"), EntityType::Misc, {}, true}});
        const QByteArray tsv = dictionary.toTsv();
        QVERIFY(tsv.contains("surface\ttype\tcanonical\n"));
        QVERIFY(tsv.contains("Breaking News\tSTOP\t\n"));
        auto parsed = UserDictionary::parse(tsv, QStringLiteral("d.tsv"));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().entries(), dictionary.entries());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/user-dictionary.tsv"));
        QVERIFY(dictionary.write(path).isOk());
        QCOMPARE(UserDictionary::read(path).value().entries(), dictionary.entries());
        QVERIFY(UserDictionary::read(dir.filePath(QStringLiteral("missing.tsv"))).value().isEmpty());
    }

    void testBrokenFileNamesLine_data()
    {
        QTest::addColumn<QByteArray>("tsv");
        QTest::addColumn<QString>("message");
        QTest::newRow("no header") << QByteArray("surface\ttype\nX\tPERSON\n")
                                   << QStringLiteral("d.tsv:1: header lacks column \"canonical\"");
        QTest::newRow("short row") << QByteArray("# c\nsurface\ttype\tcanonical\nX\tPERSON\n")
                                   << QStringLiteral("d.tsv:3: 2 fields, expected 3");
        QTest::newRow("unknown type") << QByteArray("surface\ttype\tcanonical\nX\tPLANET\t\n")
                                      << QStringLiteral("d.tsv:2: type \"PLANET\"");
        QTest::newRow("dates are not taught")
            << QByteArray("surface\ttype\tcanonical\nX\tDATE\t\n") << QStringLiteral("d.tsv:2: type \"DATE\"");
    }

    void testBrokenFileNamesLine()
    {
        QFETCH(QByteArray, tsv);
        QFETCH(QString, message);
        auto parsed = UserDictionary::parse(tsv, QStringLiteral("d.tsv"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.startsWith(message), qPrintable(parsed.error().message));
    }

    void testLearn()
    {
        UserDictionary d;
        Entity e;
        e.text = QStringLiteral("Ankara");
        e.type = EntityType::Location;
        e.canonical = QStringLiteral("Turkey");
        QVERIFY(d.learn(e));
        QVERIFY(!d.learn(e)); // nothing new
        e.canonical = QStringLiteral("Ankara");
        QVERIFY(d.learn(e)); // retaught: replaced, not added
        QCOMPARE(d.entries().size(), 1);
        QCOMPARE(d.find(QStringLiteral("Ankara"))->canonical, QString()); // canonical = surface is not kept
        e.type = EntityType::Date;
        QVERIFY(!d.learn(e)); // dates are resolved, not taught
        QVERIFY(d.addStop(QStringLiteral("Ankara")));
        QVERIFY(d.isStop(QStringLiteral("Ankara")));
        QCOMPARE(d.entries().size(), 1);
    }

    void testSecondDocumentBenefits()
    {
        // Without the dictionary the second article knows none of these names.
        const Document second = read("teach-b.txt");
        const Extraction before = Pipeline(KnowledgeBase::builtIn()).run(second);
        QVERIFY(!find(before.entities, QStringLiteral("Unduz")));
        QVERIFY(!find(before.entities, QStringLiteral("Velmora")));
        QVERIFY(!find(before.entities, QStringLiteral("Karsa Circle")));
        QVERIFY(find(before.entities, QStringLiteral("Sweden")));
        QVERIFY(before.events.isEmpty());

        // The analyst corrects the first article; each addition or deletion teaches.
        const Document first = read("teach-a.txt");
        Annotations a;
        a.setKnowledge(KnowledgeBase::builtIn());
        const Extraction x = Pipeline(KnowledgeBase::builtIn()).run(first);
        a.reset(first, x.entities, x.events);
        UserDictionary dictionary;
        const auto add = [&](const QString &text, EntityType type, const QString &canonical) {
            const int at = int(first.text().indexOf(text));
            const QString id = a.addEntity(type, at, at + int(text.size()), canonical);
            QVERIFY(!id.isEmpty());
            QVERIFY(dictionary.learn(*a.entity(id)));
        };
        add(QStringLiteral("Unduz"), EntityType::Person, QStringLiteral("Ilkan Unduz"));
        add(QStringLiteral("Velmora"), EntityType::Location, QStringLiteral("Turkey"));
        add(QStringLiteral("Karsa Circle"), EntityType::Misc, {});
        // A retype teaches the new type.
        const QString karsa = find(a.entities(), QStringLiteral("Karsa Circle"))->id;
        QVERIFY(a.setEntityType(karsa, EntityType::Organization));
        QVERIFY(dictionary.learn(*a.entity(karsa)));
        for (const QString &falseName : {QStringLiteral("Breaking News"), QStringLiteral("Sweden")}) {
            const Entity *e = find(a.entities(), falseName);
            QVERIFY(e);
            QVERIFY(dictionary.addStop(e->text));
            QVERIFY(a.removeEntities({e->id}));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user-dictionary.tsv"));
        QVERIFY(dictionary.write(path).isOk());

        // The next article opened already uses it.
        const std::shared_ptr<const KnowledgeBase> taught = AnalystKnowledge::load(path, QString()).knowledge;
        QVERIFY(taught != KnowledgeBase::builtIn());
        const Extraction after = Pipeline(taught).run(second);
        const Entity *unduz = find(after.entities, QStringLiteral("Unduz"));
        QVERIFY(unduz);
        QCOMPARE(unduz->type, EntityType::Person);
        QCOMPARE(unduz->canonical, QStringLiteral("Ilkan Unduz"));
        const Entity *velmora = find(after.entities, QStringLiteral("Velmora"));
        QVERIFY(velmora);
        QCOMPARE(velmora->type, EntityType::Location);
        QCOMPARE(velmora->canonical, QStringLiteral("Turkey"));
        QCOMPARE(velmora->code, QStringLiteral("TUR"));
        const Entity *circle = find(after.entities, QStringLiteral("Karsa Circle"));
        QVERIFY(circle);
        QCOMPARE(circle->type, EntityType::Organization);
        QVERIFY(!find(after.entities, QStringLiteral("Breaking News")));
        QVERIFY(!find(after.entities, QStringLiteral("Sweden")));
        QVERIFY(taught->actorNames().contains(QStringLiteral("Karsa Circle")));
        // Events benefit too: "Velmora" now stands for Turkey.
        bool turkeyMeetsGreece = false;
        for (const Event &ev : after.events) {
            turkeyMeetsGreece = turkeyMeetsGreece
                || (ev.participants.contains(QStringLiteral("Turkey"))
                    && ev.participants.contains(QStringLiteral("Greece")));
        }
        QVERIFY(turkeyMeetsGreece);
    }

    void testTaughtSpans_data()
    {
        QTest::addColumn<QStringList>("found"); // what the recognisers found, in text order
        QTest::addColumn<QStringList>("expected");
        // Text: "Velmora Trade Council met Dren Valley. Later Velmora Trade Council left, and the
        // Velmora Trade Council Bank closed."
        QTest::newRow("every occurrence taught, visible pieces give way")
            << QStringList{QStringLiteral("Velmora#1:LOCATION"), QStringLiteral("Velmora#2:LOCATION")}
            << QStringList{QStringLiteral("Velmora Trade Council:ORGANIZATION"),
                           QStringLiteral("Velmora Trade Council#2:ORGANIZATION"),
                           QStringLiteral("Velmora Trade Council#3:ORGANIZATION")};
        QTest::newRow("a longer name wins over the taught one")
            << QStringList{QStringLiteral("Velmora Trade Council Bank:ORGANIZATION")}
            << QStringList{QStringLiteral("Velmora Trade Council:ORGANIZATION"),
                           QStringLiteral("Velmora Trade Council#2:ORGANIZATION"),
                           QStringLiteral("Velmora Trade Council Bank:ORGANIZATION")};
        QTest::newRow("hidden actors inside stay for the events")
            << QStringList{QStringLiteral("Dren Valley:LOCATION"), QStringLiteral("Velmora#2:LOCATION:hidden")}
            << QStringList{QStringLiteral("Velmora Trade Council:ORGANIZATION"),
                           QStringLiteral("Dren Valley:LOCATION"),
                           QStringLiteral("Velmora Trade Council#2:ORGANIZATION"),
                           QStringLiteral("Velmora#2:LOCATION:hidden"),
                           QStringLiteral("Velmora Trade Council#3:ORGANIZATION")};
        QTest::newRow("the exact span is retyped where it stands")
            << QStringList{QStringLiteral("Velmora Trade Council#2:MISC")}
            << QStringList{QStringLiteral("Velmora Trade Council:ORGANIZATION"),
                           QStringLiteral("Velmora Trade Council#2:ORGANIZATION"),
                           QStringLiteral("Velmora Trade Council#3:ORGANIZATION")};
    }

    void testTaughtSpans()
    {
        QFETCH(QStringList, found);
        QFETCH(QStringList, expected);
        const QString text = QStringLiteral(
            "Velmora Trade Council met Dren Valley. Later Velmora Trade Council left, and the Velmora Trade "
            "Council Bank closed.");
        const auto kb = KnowledgeBase::builtIn();
        UserDictionary dictionary;
        Entity taught;
        taught.id = QStringLiteral("T1");
        taught.type = EntityType::Organization;
        taught.end = 21;
        taught.text = QStringLiteral("Velmora Trade Council");
        taught.origin = QStringLiteral("added");
        QVERIFY(dictionary.learn(taught));
        const Segmentation seg = TextSegmenter::segment(text, 0, *kb);
        QVector<Mention> mentions;
        for (const QString &spec : found) {
            mentions.append(mentionAt(text, spec));
        }
        dictionary.apply(*kb, text, seg, mentions);
        QCOMPARE(describe(text, mentions), expected);
    }

    void testPersonTaughtAsStandingForAState()
    {
        // The analyst says "Quenby Vantor" (an invented minister) stands for Finland: a meeting with
        // the person is a meeting with Finland, and the span says where that came from.
        UserDictionary d;
        d.setEntries({{QStringLiteral("Quenby Vantor"), EntityType::Person, QStringLiteral("Finland"), false}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user-dictionary.tsv"));
        QVERIFY(d.write(path).isOk());
        Document doc(QString(), QStringLiteral("Quenby Vantor met Estonian officials in Tallinn on Monday."));
        DocumentMetadata meta;
        meta.published = QDate(2024, 3, 15);
        doc.setMetadata(meta);
        const Extraction x = Pipeline(AnalystKnowledge::load(path, QString()).knowledge).run(doc);
        QCOMPARE(x.events.size(), 1);
        QStringList sides = x.events.first().participants;
        sides.sort();
        QCOMPARE(sides, QStringList({QStringLiteral("Estonia"), QStringLiteral("Finland")}));
        const Entity *vantor = find(x.entities, QStringLiteral("Quenby Vantor"));
        QVERIFY(vantor);
        QCOMPARE(vantor->type, EntityType::Person);
        QVERIFY2(vantor->affiliation.contains(QLatin1String("user dictionary")), qPrintable(vantor->affiliation));
    }

    void testKnowledgeIsCachedPerFileVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user-dictionary.tsv"));
        QCOMPARE(AnalystKnowledge::load(path, QString()).knowledge, KnowledgeBase::builtIn()); // no file yet
        UserDictionary d;
        QVERIFY(d.addStop(QStringLiteral("Sweden")));
        QVERIFY(d.write(path).isOk());
        const auto first = AnalystKnowledge::load(path, QString()).knowledge;
        QCOMPARE(AnalystKnowledge::load(path, QString()).knowledge, first);
        QVERIFY(d.addStop(QStringLiteral("Greece")));
        QVERIFY(d.write(path).isOk());
        const auto second = AnalystKnowledge::load(path, QString()).knowledge;
        QVERIFY(second->userDictionary().isStop(QStringLiteral("Greece")));
    }
};

QTEST_GUILESS_MAIN(UserDictionaryTest)
#include "userdictionary_test.moc"
