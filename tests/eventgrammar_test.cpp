// SPDX-License-Identifier: GPL-3.0-or-later
// The event grammar of resources/rules/participants.rules: every rule's examples run through the
// whole pipeline and must give the sides (or place) written after "=>", produced by that rule; and
// a broken rules file (an unknown key, set or element, a rule without an example, a list no rule
// uses) is refused at load with file:line.
#include "document.h"
#include "events/eventgrammar.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

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

const QDate Published(2024, 3, 15);

/// A data directory whose rules/participants.rules (or events.json) is the given text.
bool writeOverride(const QTemporaryDir &dir, const QString &relative, const QByteArray &bytes)
{
    QDir(dir.path()).mkpath(QStringLiteral("rules"));
    QFile f(dir.filePath(relative));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray builtInRules()
{
    QFile f(QStringLiteral(":/readout/rules/participants.rules"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class EventGrammarTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testExamples_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("example");
        const EventGrammar &grammar = KnowledgeBase::builtIn()->eventGrammar();
        QVERIFY(grammar.rules.size() >= 10);
        for (int r = 0; r < grammar.rules.size(); ++r) {
            const PatternRule &rule = grammar.rules.at(r);
            for (int e = 0; e < rule.examples.size(); ++e) {
                QTest::addRow("%s:%d", qPrintable(rule.id), rule.examples.at(e).line) << r << e;
            }
        }
    }

    void testExamples()
    {
        QFETCH(int, rule);
        QFETCH(int, example);
        const auto kb = KnowledgeBase::builtIn();
        const PatternRule &r = kb->eventGrammar().rules.at(rule);
        const PatternExample &ex = r.examples.at(example);
        Document doc(QString(), ex.sentence);
        DocumentMetadata meta;
        meta.published = Published;
        doc.setMetadata(meta);
        const Extraction x = Pipeline(kb).run(doc);
        for (const Event &e : x.events) {
            for (const EventReason &why : e.reasons) {
                // Words as written, copied: the tokens they came from are freed after extraction.
                const bool written = std::any_of(why.words.cbegin(), why.words.cend(), [](QChar c) {
                    return c.isLetterOrNumber();
                });
                QVERIFY2(written || why.words.isEmpty(), qPrintable(why.rule + QStringLiteral(": ") + why.words));
            }
        }
        QStringList got;
        for (const Event &e : x.events) {
            bool byRule = false;
            for (const EventReason &why : e.reasons) {
                byRule = byRule || why.rule == r.id;
            }
            QStringList sides = e.participants;
            sides.sort();
            got.append(QStringLiteral("[%1] @%2%3")
                           .arg(sides.join(QLatin1String("; ")),
                                e.location,
                                byRule ? QStringLiteral(" (this rule)") : QString()));
            const bool right = !ex.place.isEmpty() ? e.location == ex.place
                : !ex.date.isEmpty()               ? e.date == ex.date
                : !ex.topic.isEmpty()              ? e.topics.contains(ex.topic)
                                                   : sides == ex.sides;
            if (byRule && right) {
                return;
            }
        }
        QFAIL(qPrintable(
            QStringLiteral("%1:%2: the example of rule %3 should give %4; it gives %5")
                .arg(r.file)
                .arg(ex.line)
                .arg(r.id,
                     ex.place.isEmpty() ? ex.sides.join(QLatin1String("; ")) : QStringLiteral("place ") + ex.place,
                     got.isEmpty() ? QStringLiteral("no event") : got.join(QLatin1String(" | ")))));
    }

    void testBrokenRulesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QString>("error");
        const QByteArray ok =
            "rule ok\n    match TRIGGER with participant:ACTOR\n    example France met with Spain. => France; Spain\n";
        QTest::newRow("unknown key") << ok + "    matches TRIGGER\n"
                                     << QStringLiteral("rules/participants.rules:4: unknown key \"matches\"");
        QTest::newRow("unknown word set")
            << QByteArray("rule a\n    match TRIGGER [no_such_set] participant:ACTOR\n    example x => A; B\n")
            << QStringLiteral("rules/participants.rules:2: unknown word set [no_such_set]");
        QTest::newRow("unknown phrase list")
            << QByteArray("rule a\n    scan clause\n    match <nope> participant:ACTOR\n    example x => A\n")
            << QStringLiteral("rules/participants.rules:3: unknown phrase list <nope>");
        QTest::newRow("unknown element") << QByteArray("rule a\n    match TRIGGER PARTICIPANT\n    example x => A\n")
                                         << QStringLiteral(
                                                "rules/participants.rules:2: unknown element \"PARTICIPANT\"");
        QTest::newRow("no example") << QByteArray("\nrule a\n    match TRIGGER participant:ACTOR\n")
                                    << QStringLiteral("rules/participants.rules:2: rule \"a\": no example");
        QTest::newRow("no trigger") << QByteArray("rule a\n    match participant:ACTOR\n    example x => A\n")
                                    << QStringLiteral(
                                           "rules/participants.rules:1: rule \"a\": an anchored rule needs TRIGGER");
        QTest::newRow("group not closed")
            << QByteArray("rule a\n    match TRIGGER ( ACTOR | WORD\n    example x => A\n")
            << QStringLiteral("rules/participants.rules:2: a group \"(\" is not closed");
        QTest::newRow("twice") << ok + ok << QStringLiteral("rules/participants.rules:4: rule \"ok\" is defined twice");
        QTest::newRow("bad repetition") << QByteArray("rule a\n    match TRIGGER ( ACTOR ){3,1}\n    example x => A\n")
                                        << QStringLiteral("rules/participants.rules:2: unknown repetition \"{3,1}\"");
        QTest::newRow("unknown role") << QByteArray("rule a\n    match TRIGGER host:ACTOR\n    example x => A\n")
                                      << QStringLiteral("rules/participants.rules:2: unknown role \"host\"");
    }

    void testBrokenRulesNameFileAndLine()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QVERIFY(writeOverride(dir, QStringLiteral("rules/participants.rules"), rules));
        const auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        QVERIFY2(kb.error().message.startsWith(error), qPrintable(kb.error().message));
    }

    void testListNoRuleUsesIsAnError()
    {
        QFile builtIn(QStringLiteral(":/readout/rules/events.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QByteArray bytes = builtIn.readAll();
        QJsonObject events = QJsonDocument::fromJson(bytes).object();
        QVERIFY(!events.isEmpty());
        QJsonObject sets = events.value(QLatin1String("word_sets")).toObject();
        sets.insert(QStringLiteral("forgotten_words"), QJsonArray{QStringLiteral("tea")});
        events.insert(QStringLiteral("word_sets"), sets);
        QTemporaryDir dir;
        const QByteArray written = QJsonDocument(events).toJson();
        QVERIFY(writeOverride(dir, QStringLiteral("rules/events.json"), written));
        const auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        const int line = int(written.left(written.indexOf("\"forgotten_words\"")).count('\n')) + 1;
        QCOMPARE(
            kb.error().message,
            QStringLiteral("rules/events.json:%1: list \"forgotten_words\" is used by no rule and no pass: remove it "
                           "or use it")
                .arg(line));
    }

    void testUnknownKeyInEventsJson()
    {
        QFile builtIn(QStringLiteral(":/readout/rules/events.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject events = QJsonDocument::fromJson(builtIn.readAll()).object();
        events.insert(QStringLiteral("phrase_list"), QJsonObject{});
        QTemporaryDir dir;
        const QByteArray written = QJsonDocument(events).toJson();
        QVERIFY(writeOverride(dir, QStringLiteral("rules/events.json"), written));
        const auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        const int line = int(written.left(written.indexOf("\"phrase_list\"")).count('\n')) + 1;
        QVERIFY2(kb.error().message.startsWith(
                     QStringLiteral("rules/events.json:%1: unknown key \"phrase_list\"").arg(line)),
                 qPrintable(kb.error().message));
    }

    void testUnknownStatusIsAnError()
    {
        QFile builtIn(QStringLiteral(":/readout/rules/events.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject events = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject lists = events.value(QLatin1String("phrase_lists")).toObject();
        QJsonArray cues = lists.value(QLatin1String("status_cues")).toArray();
        cues.append(QJsonArray{QStringLiteral("adjourned"), QStringLiteral("paused")});
        lists.insert(QStringLiteral("status_cues"), cues);
        events.insert(QStringLiteral("phrase_lists"), lists);
        QTemporaryDir dir;
        QVERIFY(writeOverride(dir, QStringLiteral("rules/events.json"), QJsonDocument(events).toJson()));
        const auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        QVERIFY2(kb.error().message.contains(QLatin1String("\"paused\", which event extraction does not know")),
                 qPrintable(kb.error().message));
    }

    void testListThePassesNeedIsRequired()
    {
        QFile builtIn(QStringLiteral(":/readout/rules/events.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject events = QJsonDocument::fromJson(builtIn.readAll()).object();
        QJsonObject sets = events.value(QLatin1String("word_sets")).toObject();
        sets.remove(QStringLiteral("journey_verbs"));
        events.insert(QStringLiteral("word_sets"), sets);
        QTemporaryDir dir;
        QVERIFY(writeOverride(dir, QStringLiteral("rules/events.json"), QJsonDocument(events).toJson()));
        const auto kb = KnowledgeBase::load(dir.path());
        QVERIFY(!kb.isOk());
        QVERIFY2(kb.error().message.contains(QLatin1String("\"journey_verbs\" is missing")),
                 qPrintable(kb.error().message));
    }

    void testUserRuleNeedsNoCode()
    {
        // Adding a construction is adding a rule: "Spain received France for talks" has no rule of its
        // own in the built-in grammar; an override with one more rule finds both sides.
        QTemporaryDir dir;
        const QByteArray extra =
            "\nrule received-for\n    anchor noun\n"
            "    match participant:ACTOR received participant:ACTOR for [determiners]? TRIGGER\n"
            "    example Spain received France for talks on Monday. => France; Spain\n";
        QVERIFY(writeOverride(dir, QStringLiteral("rules/participants.rules"), builtInRules() + extra));
        const auto kb = KnowledgeBase::load(dir.path());
        QVERIFY2(kb.isOk(), qPrintable(kb.error().message));
        Document doc(QString(), QStringLiteral("Spain received France for talks on Monday."));
        DocumentMetadata meta;
        meta.published = Published;
        doc.setMetadata(meta);
        const Extraction builtIn = Pipeline(KnowledgeBase::builtIn()).run(doc);
        const Extraction withRule = Pipeline(kb.value()).run(doc);
        QCOMPARE(withRule.events.size(), 1);
        QStringList sides = withRule.events.first().participants;
        sides.sort();
        QCOMPARE(sides, QStringList({QStringLiteral("France"), QStringLiteral("Spain")}));
        QVERIFY(builtIn.events.isEmpty() || builtIn.events.first().participants.size() < 2);
    }
};

QTEST_GUILESS_MAIN(EventGrammarTest)
#include "eventgrammar_test.moc"
