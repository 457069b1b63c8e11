// SPDX-License-Identifier: GPL-3.0-or-later
// The scorer behind `readout-cli eval`, on hand-made spans and on tiny gold folders we wrote.

#include "eval/documententities.h"
#include "eval/evaluation.h"
#include "eval/eventscorer.h"
#include "eval/scorer.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

#include <QTest>

using namespace Readout;

class ScorerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testCounts()
    {
        const Counts c{3, 1, 2};
        QCOMPARE(c.precision(), 0.75);
        QCOMPARE(c.recall(), 0.6);
        QVERIFY(qFuzzyCompare(c.f1(), 2 * 0.75 * 0.6 / 1.35));
        QCOMPARE(Counts{}.f1(), 0.0);
    }

    void testEntityExactAndOverlap()
    {
        EntityScorer s;
        const QString text = QStringLiteral("Ana Ruiz met the European Union in Oslo.");
        const QVector<ScoredSpan> gold = {
            {0, 8, QStringLiteral("PERSON"), {}, QStringLiteral("Ana Ruiz")},
            {13, 31, QStringLiteral("ORGANIZATION"), {}, QStringLiteral("the European Union")},
            {35, 39, QStringLiteral("LOCATION"), {}, QStringLiteral("Oslo")}};
        const QVector<ScoredSpan> predicted = {
            {0, 8, QStringLiteral("PERSON"), {}, QStringLiteral("Ana Ruiz")},
            {17, 31, QStringLiteral("ORGANIZATION"), {}, QStringLiteral("European Union")},
            {35, 39, QStringLiteral("PERSON"), {}, QStringLiteral("Oslo")}};
        s.add(QStringLiteral("d"), text, gold, predicted);
        QCOMPARE(s.exact(QStringLiteral("PERSON")).tp, 1);
        QCOMPARE(s.exact(QStringLiteral("PERSON")).fp, 1);
        QCOMPARE(s.exact(QStringLiteral("ORGANIZATION")).tp, 0);
        QCOMPARE(s.overlap(QStringLiteral("ORGANIZATION")).tp, 1);
        QCOMPARE(s.exact(QStringLiteral("LOCATION")).fn, 1);
        const Counts micro =
            s.microExact({QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"), QStringLiteral("LOCATION")});
        QCOMPARE(micro.tp, 1);
        QCOMPARE(micro.fp, 2);
        QCOMPARE(micro.fn, 2);
        // A boundary error, and a type error (Oslo found as PERSON), each listed with its context.
        QCOMPARE(s.errors().size(), 2);
        QVERIFY(s.errors().at(1).context.contains(QStringLiteral("Oslo")));
    }

    void testTimexRelaxedAndValue()
    {
        TimexScorer s;
        const QVector<ScoredSpan> gold = {{10, 16, QStringLiteral("DATE"), QStringLiteral("2020-05-04"), {}},
                                          {30, 40, QStringLiteral("DURATION"), QStringLiteral("P3D"), {}},
                                          {50, 55, QStringLiteral("DATE"), QStringLiteral("2020"), {}}};
        const QVector<ScoredSpan> predicted = {{7, 16, QStringLiteral("DATE"), QStringLiteral("2020-05-04"), {}},
                                               {30, 40, QStringLiteral("DURATION"), QStringLiteral("P2D"), {}},
                                               {60, 62, QStringLiteral("DATE"), QStringLiteral("2021"), {}}};
        s.add(QStringLiteral("d"), QString(70, QLatin1Char('x')), gold, predicted);
        QCOMPARE(s.spans().tp, 2);
        QCOMPARE(s.spans().fp, 1);
        QCOMPARE(s.spans().fn, 1);
        QCOMPARE(s.strictSpans().tp, 1);
        QCOMPARE(s.valueAccuracy(), 0.5);
        QVERIFY(qFuzzyCompare(s.valueF1(), s.spans().f1() * 0.5));
        // --errors lists each kind once: the right value over another extent is a SPAN error.
        QStringList kinds;
        for (const ScoreError &e : s.errors()) {
            kinds.append(e.kind);
        }
        kinds.sort();
        QCOMPARE(
            kinds,
            (QStringList{QStringLiteral("FN"), QStringLiteral("FP"), QStringLiteral("SPAN"), QStringLiteral("VALUE")}));
    }

    void testEvents()
    {
        EventScorer s;
        const QVector<ScoredEvent> gold = {{QStringLiteral("talks"),
                                            {QStringLiteral("Peru"), QStringLiteral("Chile")},
                                            QStringLiteral("2020-05-20"),
                                            {},
                                            QStringLiteral("Lima"),
                                            QStringLiteral("scheduled"),
                                            {}},
                                           {QStringLiteral("meeting"),
                                            {QStringLiteral("Kenya"), QStringLiteral("Uganda")},
                                            QStringLiteral("2020-05-04"),
                                            {QStringLiteral("2020-05-05")},
                                            {},
                                            QStringLiteral("held"),
                                            {}}};
        const QVector<ScoredEvent> predicted = {{QStringLiteral("talks"),
                                                 {QStringLiteral("Chile"), QStringLiteral("Peru")},
                                                 QStringLiteral("2020-05-20"),
                                                 {},
                                                 QStringLiteral("lima"),
                                                 QStringLiteral("likely"),
                                                 {}},
                                                {QStringLiteral("meeting"),
                                                 {QStringLiteral("Uganda"), QStringLiteral("Kenya")},
                                                 QStringLiteral("2020-05-05"),
                                                 {},
                                                 {},
                                                 QStringLiteral("held"),
                                                 {}},
                                                {QStringLiteral("call"),
                                                 {QStringLiteral("Peru"), QStringLiteral("Chile")},
                                                 QStringLiteral("2020-05-01"),
                                                 {},
                                                 {},
                                                 QStringLiteral("held"),
                                                 {}}};
        s.add(QStringLiteral("d"), gold, predicted);
        QCOMPARE(s.strict().tp, 2); // participant sets compare as sets; alt_date accepted
        QCOMPARE(s.strict().fp, 1);
        QCOMPARE(s.strict().fn, 0);
        QCOMPARE(s.statusAccuracy(), 0.5);
        QCOMPARE(s.locationAccuracy(), 1.0); // case-insensitive
        QCOMPARE(s.participantRecall(), 1.0);
    }

    void testDetectionSidesAndGroups()
    {
        // Gold: Chile-Peru talks on May 20 and a Kenya-Uganda-Tanzania summit with no date. Read: the
        // talks with Bolivia instead of Peru (detected, not strict), the summit without Tanzania and
        // with a date (not detected: the date differs), and a call nobody reported.
        const auto ev = [](const char *type, QStringList sides, const char *date, const char *sentence) {
            return ScoredEvent{QLatin1String(type),
                               sides,
                               QLatin1String(date),
                               {},
                               {},
                               QStringLiteral("held"),
                               QLatin1String(sentence)};
        };
        const QString chile = QStringLiteral("Chile");
        const QVector<ScoredEvent> gold = {
            ev("talks", {chile, QStringLiteral("Peru")}, "2020-05-20", "Chile and Peru met in Lima on May 20."),
            ev("summit",
               {QStringLiteral("Kenya"), QStringLiteral("Uganda"), QStringLiteral("Tanzania")},
               "",
               "A summit brought together Kenya, Uganda and Tanzania."),
        };
        const QVector<ScoredEvent> predicted = {
            ev("talks", {chile, QStringLiteral("Bolivia")}, "2020-05-20", "Chile and Peru met in Lima on May 20."),
            ev("summit",
               {QStringLiteral("Kenya"), QStringLiteral("Uganda")},
               "2020-05-02",
               "A summit brought together Kenya, Uganda and Tanzania."),
            ev("call", {QStringLiteral("Ghana"), QStringLiteral("Togo")}, "2020-05-03", "Ghana called Togo."),
        };
        EventScorer s;
        const auto groups = FileGroup::parseList(QStringLiteral("00-20,40-97"));
        QVERIFY(groups);
        QVERIFY(!FileGroup::parseList(QStringLiteral("20-10")));
        QVERIFY(!FileGroup::parseList(QStringLiteral("early")));
        s.setGroups(*groups);
        s.add(QStringLiteral("41_report.txt"), gold, predicted);
        const EventScores &all = s.all();
        QCOMPARE(all.strict.tp, 0);
        QCOMPARE(all.detection.tp, 1); // the talks: Chile in common, same date
        QCOMPARE(all.detection.fp, 2);
        QCOMPARE(all.detection.fn, 1); // the summit: its date differs
        // Sides over the events paired by sentence: {Chile} + {Kenya, Uganda} right, Bolivia extra,
        // Peru and Tanzania missing; the call pairs with nothing and does not count.
        QCOMPARE(all.sides.tp, 3);
        QCOMPARE(all.sides.fp, 1);
        QCOMPARE(all.sides.fn, 2);
        const auto perGroup = s.groups();
        QCOMPARE(perGroup.size(), 2);
        QCOMPARE(perGroup.at(0).second.documents, 0);
        QCOMPARE(perGroup.at(1).first, QStringLiteral("40-97"));
        QCOMPARE(perGroup.at(1).second.detection.tp, 1);
        // Each miss says what was wrong, with its sentence.
        QStringList said;
        for (const ScoreError &e : s.errors()) {
            said << e.kind + QLatin1Char(' ') + e.what;
        }
        const QString text = said.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("sides: missing Peru; sides: extra Bolivia")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("date: 2020-05-02, gold none")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("FP call [Ghana, Togo] 2020-05-03 held — no gold event in this sentence")),
            qPrintable(text));
    }

    void testMissWhoseReadingAnotherGoldEventTook()
    {
        // Two gold events with the same sides and no date, one read: the first gold event takes it,
        // and the miss says so instead of showing a reading with no difference.
        const auto ev = [](const char *type, const char *sentence) {
            return ScoredEvent{QLatin1String(type),
                               {QStringLiteral("Chile"), QStringLiteral("Peru")},
                               {},
                               {},
                               {},
                               QStringLiteral("held"),
                               QLatin1String(sentence)};
        };
        const QVector<ScoredEvent> gold = {ev("visit", "The trip was the first since 2016."),
                                           ev("summit", "A summit of the two will be held.")};
        EventScorer s;
        s.add(QStringLiteral("d"), gold, {ev("summit", "A summit of the two will be held.")});
        QCOMPARE(s.strict().tp, 1);
        QCOMPARE(s.strict().fn, 1);
        bool said = false;
        for (const ScoreError &e : s.errors()) {
            said = said
                || (e.kind == QLatin1String("FN")
                    && e.what.endsWith(QLatin1String("(paired with another gold event)")));
        }
        QVERIFY(said);
    }

    void testNamesAtDocumentLevel()
    {
        // Each listed name once per document, found by text, canonical name or alias; precision
        // over the distinct names extracted.
        const auto entity = [](EntityType type, const QString &text, const QString &canonical = {}) {
            Entity e;
            e.type = type;
            e.text = text;
            e.canonical = canonical;
            return e;
        };
        const QVector<Entity> predicted{
            entity(EntityType::Person, QStringLiteral("Quenby Vantor")),
            entity(EntityType::Person, QStringLiteral("Vantor"), QStringLiteral("Quenby Vantor")), // the same name
            entity(EntityType::Person, QStringLiteral("Executive Order")), // a false alarm
            entity(EntityType::Organization, QStringLiteral("UN"), QStringLiteral("United Nations")),
            entity(EntityType::Location, QStringLiteral("Lima")),
            entity(EntityType::Date, QStringLiteral("Monday")), // not scored
        };
        QHash<QString, QStringList> gold;
        gold.insert(QStringLiteral("PERSON"), {QStringLiteral("Quenby Vantor"), QStringLiteral("Ana Ruiz")});
        gold.insert(QStringLiteral("ORGANIZATION"), {QStringLiteral("United Nations")});
        gold.insert(QStringLiteral("LOCATION"), {QStringLiteral("lima"), QStringLiteral("Peru")});
        DocumentEntityScorer scorer;
        // The alias: "Peruvian Republic" stands for Peru.
        scorer.add(QStringLiteral("doc"), gold, predicted, [](const QString &name) {
            return name == QLatin1String("Peruvian Republic") ? QStringLiteral("Peru") : name;
        });
        const Counts person = scorer.label(QStringLiteral("PERSON"));
        QCOMPARE(person.tp, 1);
        QCOMPARE(person.fp, 1);
        QCOMPARE(person.fn, 1);
        QCOMPARE(scorer.label(QStringLiteral("ORGANIZATION")).tp, 1);
        const Counts location = scorer.label(QStringLiteral("LOCATION"));
        QCOMPARE(location.tp, 1); // case does not count
        QCOMPARE(location.fn, 1);
        scorer.add(QStringLiteral("doc2"),
                   {{QStringLiteral("LOCATION"), {QStringLiteral("Peru")}}},
                   {entity(EntityType::Location, QStringLiteral("Peruvian Republic"))},
                   [](const QString &name) {
                       return name == QLatin1String("Peruvian Republic") ? QStringLiteral("Peru") : name;
                   });
        QCOMPARE(scorer.label(QStringLiteral("LOCATION")).tp, 2);
        const Counts all = scorer.micro();
        QCOMPARE(all.tp, 4);
        QCOMPARE(all.fp, 1);
        QCOMPARE(all.fn, 2);
        QCOMPARE(scorer.errors().size(), 3);
    }

    void testFolders_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("task");
        QTest::newRow("entities") << QStringLiteral("entities") << int(Evaluation::Task::Entities);
        QTest::newRow("dates") << QStringLiteral("dates") << int(Evaluation::Task::Dates);
        QTest::newRow("events") << QStringLiteral("events") << int(Evaluation::Task::Events);
    }

    void testFolders()
    {
        QFETCH(QString, folder);
        QFETCH(int, task);
        const QString dir = QStringLiteral(READOUT_TEST_DATA "/eval/") + folder;
        auto detected = Evaluation::detectTask(dir);
        QVERIFY(detected.isOk());
        QCOMPARE(int(detected.value()), task);
        const Pipeline pipeline(KnowledgeBase::builtIn());
        Evaluation evaluation(pipeline);
        auto run = evaluation.run(dir, detected.value());
        QVERIFY2(run.isOk(), qPrintable(run.error().message));
        QCOMPARE(run.value(), 1);
        switch (detected.value()) {
        case Evaluation::Task::Entities:
            QCOMPARE(evaluation.entities().exact(QStringLiteral("PERSON")).tp, 1);
            QCOMPARE(evaluation.entities().exact(QStringLiteral("ORGANIZATION")).tp, 1);
            QCOMPARE(evaluation.entities().exact(QStringLiteral("LOCATION")).tp, 1);
            break;
        case Evaluation::Task::Dates:
            QCOMPARE(evaluation.dates().spans().tp, 2);
            QCOMPARE(evaluation.dates().valueCorrect(), 2);
            break;
        case Evaluation::Task::Events:
            QCOMPARE(evaluation.events().strict().tp, 2);
            QCOMPARE(evaluation.events().strict().fn, 1); // the summit that is not in the text
            QCOMPARE(evaluation.events().strict().fp, 0);
            break;
        }
    }

    void testMissingFolder()
    {
        QVERIFY(!Evaluation::detectTask(QStringLiteral("/nonexistent/gold")).isOk());
    }
};

QTEST_GUILESS_MAIN(ScorerTest)
#include "scorer_test.moc"
