// SPDX-License-Identifier: GPL-3.0-or-later
// Every data file loads; a broken one is reported as file:line; names resolve to their actors.

#include "extract/gazetteermatcher.h"
#include "extract/textsegmenter.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/tokentrie.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

class KnowledgeBaseTest : public QObject
{
    Q_OBJECT
private:
    static QVector<Mention> match(const QString &text)
    {
        const auto kb = KnowledgeBase::builtIn();
        const Segmentation seg = TextSegmenter::segment(text, 0, *kb);
        return GazetteerMatcher(*kb).match(text, seg);
    }

private Q_SLOTS:
    void testBuiltInLoads()
    {
        auto kb = KnowledgeBase::load();
        QVERIFY2(kb.isOk(), qPrintable(kb.error().message));
        QVERIFY(kb.value()->actorNames().size() > 400); // states plus organizations
        QVERIFY(kb.value()->gazetteer().sequenceCount() > 1000);
        QVERIFY(kb.value()->sources().size() >= 12);
        QVERIFY(kb.value()->triggers().contains(QStringLiteral("talks")));
        QCOMPARE(kb.value()->actorCode(QStringLiteral("Russia")), QStringLiteral("RUS"));
        QCOMPARE(kb.value()->cameoCode(QStringLiteral("talks"), QStringLiteral("cancelled")), QStringLiteral("164"));
    }

    void testEveryDataFileParses()
    {
        // Each file under resources/ is valid on its own: TSV rows have the header's width.
        const QDir root(QStringLiteral(READOUT_SOURCE_DIR "/resources"));
        for (const QString &sub : {QStringLiteral("gazetteers"), QStringLiteral("rules")}) {
            const QDir dir(root.filePath(sub));
            for (const QString &name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files)) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
                int width = -1;
                for (int i = 0; i < lines.size(); ++i) {
                    if (lines.at(i).isEmpty() || lines.at(i).startsWith(QLatin1Char('#'))) {
                        continue;
                    }
                    const int w = int(lines.at(i).count(QLatin1Char('\t'))) + 1;
                    if (width < 0) {
                        width = w;
                    }
                    QVERIFY2(w == width, qPrintable(QStringLiteral("%1/%2:%3").arg(sub, name).arg(i + 1)));
                }
            }
        }
    }

    void testBrokenOverrideNamesFileAndLine()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("gazetteers"));
        QFile f(dir.filePath(QStringLiteral("gazetteers/titles.tsv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title\tkind\n# comment\nPresident\toffice\nMinister\n");
        f.close();
        auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        QCOMPARE(kb.error().message, QStringLiteral("gazetteers/titles.tsv:4: 1 fields, expected 2"));
    }

    void testOrganizationWordPositionIsChecked()
    {
        // "suffix" rows end a company's name ("Acme Co" ... "Acme"); any other position is a typo.
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("gazetteers"));
        QFile f(dir.filePath(QStringLiteral("gazetteers/org_words.tsv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("word\tposition\nCouncil\thead\nInc\tsuffix\nLtd\tsufix\n");
        f.close();
        auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        QCOMPARE(kb.error().message,
                 QStringLiteral("gazetteers/org_words.tsv:4: position \"sufix\" is neither head nor suffix"));
        QVERIFY(KnowledgeBase::builtIn()->isOrganizationSuffix(QStringLiteral("Inc")));
        QVERIFY(!KnowledgeBase::builtIn()->isOrganizationSuffix(QStringLiteral("Council")));
    }

    void testWordSetDefinedTwiceIsAnError()
    {
        // Word sets share one namespace across the rules files: a user's names.json that reuses a
        // name from events.json must be refused, not merged into the events' set.
        QFile builtIn(QStringLiteral(":/readout/rules/names.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject names = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject sets = names.value(QLatin1String("word_sets")).toObject();
        sets.insert(QStringLiteral("clause_breaks"), QJsonArray{QStringLiteral("and")});
        names.insert(QStringLiteral("word_sets"), sets);
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("rules"));
        QFile f(dir.filePath(QStringLiteral("rules/names.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(names).toJson());
        f.close();
        auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        QVERIFY2(kb.error().message.contains(QLatin1String("\"clause_breaks\"")), qPrintable(kb.error().message));
    }

    void testRulesFileKeysAreChecked_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        // A misspelt section was ignored without a word, so the user's rules silently did nothing.
        QTest::newRow("dates: misspelt section") << QStringLiteral("dates.json") << QStringLiteral("point_modifier")
                                                 << QJsonValue(QJsonObject{}) << QStringLiteral("unknown key");
        QTest::newRow("dates: list for a number")
            << QStringLiteral("dates.json") << QStringLiteral("regular_past_reach") << QJsonValue(QJsonArray{})
            << QStringLiteral("must be a number");
        QTest::newRow("names: events' key") << QStringLiteral("names.json") << QStringLiteral("triggers")
                                            << QJsonValue(QJsonArray{}) << QStringLiteral("unknown key");
        QTest::newRow("names: word sets as a list") << QStringLiteral("names.json") << QStringLiteral("word_sets")
                                                    << QJsonValue(QJsonArray{}) << QStringLiteral("must be an object");
        QTest::newRow("events: triggers as an object") << QStringLiteral("events.json") << QStringLiteral("triggers")
                                                       << QJsonValue(QJsonObject{}) << QStringLiteral("must be a list");
    }

    void testRulesFileKeysAreChecked()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QFile builtIn(QStringLiteral(":/readout/rules/") + file);
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject rules = QJsonDocument::fromJson(builtIn.readAll()).object();
        rules.insert(key, value);
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("rules"));
        QFile f(dir.filePath(QStringLiteral("rules/") + file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray written = QJsonDocument(rules).toJson();
        f.write(written);
        f.close();
        auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        const int line = int(written.left(written.indexOf(QByteArray("\"" + key.toUtf8() + "\""))).count('\n')) + 1;
        const QString expected = QStringLiteral("rules/%1:%2: ").arg(file).arg(line);
        QVERIFY2(kb.error().message.startsWith(expected) && kb.error().message.contains(problem),
                 qPrintable(kb.error().message));
    }

    void testOverrideReplacesBuiltIn()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("gazetteers"));
        QFile f(dir.filePath(QStringLiteral("gazetteers/first_names.tsv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name\nZorblax\n");
        f.close();
        auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(kb.isOk());
        QVERIFY(kb.value()->isFirstName(QStringLiteral("Zorblax")));
        QVERIFY(!KnowledgeBase::builtIn()->isFirstName(QStringLiteral("Zorblax")));
    }

    void testCityStates()
    {
        // countries.tsv: a capital written like its country makes a city-state; the name stays the
        // country's (a state, a side), and no city of that name shadows it.
        const auto kb = KnowledgeBase::builtIn();
        QVERIFY(kb->isCityState(QStringLiteral("Singapore")));
        QVERIFY(kb->isCityState(QStringLiteral("Luxembourg")));
        QVERIFY(!kb->isCityState(QStringLiteral("Qatar")));
        QVERIFY(kb->isState(QStringLiteral("Singapore")));
        const auto mentions = match(QStringLiteral("Officials in Singapore said"));
        QVERIFY(!mentions.isEmpty());
        QCOMPARE(mentions.first().kind, QStringLiteral("country"));
        QCOMPARE(mentions.first().actor, QStringLiteral("Singapore"));
    }

    void testActors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("actor");
        QTest::newRow("dotted acronym") << QStringLiteral("U.S. troops") << QStringLiteral("United States");
        QTest::newRow("capital") << QStringLiteral("Officials in Moscow") << QStringLiteral("Russia");
        QTest::newRow("government seat") << QStringLiteral("The Kremlin said") << QStringLiteral("Russia");
        QTest::newRow("demonym") << QStringLiteral("Russian officials") << QStringLiteral("Russia");
        QTest::newRow("official name") << QStringLiteral("the Russian Federation") << QStringLiteral("Russia");
        QTest::newRow("Britain") << QStringLiteral("Britain said") << QStringLiteral("United Kingdom");
        QTest::newRow("ampersand for and")
            << QStringLiteral("Officials of Sao Tome & Principe said") << QStringLiteral("Sao Tome and Principe");
        QTest::newRow("Ankara") << QStringLiteral("Ankara said") << QStringLiteral("Turkey");
        QTest::newRow("acronym org") << QStringLiteral("NATO allies") << QStringLiteral("NATO");
        QTest::newRow("org full name") << QStringLiteral("the North Atlantic Treaty Organization met")
                                       << QStringLiteral("NATO");
    }

    void testActors()
    {
        QFETCH(QString, text);
        QFETCH(QString, actor);
        const auto mentions = match(text);
        QVERIFY(!mentions.isEmpty());
        QCOMPARE(mentions.first().actor, actor);
    }

    void testCaseMatters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("pronoun us") << QStringLiteral("they told us");
        QTest::newRow("lower-case turkey") << QStringLiteral("we ate turkey");
        QTest::newRow("Us sentence start") << QStringLiteral("Us and them");
    }

    void testCaseMatters()
    {
        QFETCH(QString, text);
        QVERIFY(match(text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(KnowledgeBaseTest)
#include "knowledgebase_test.moc"
