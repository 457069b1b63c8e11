// SPDX-License-Identifier: GPL-3.0-or-later
// Stories across reports: grouping, one event per report, the analyst's links, what reports
// disagree on and how the status moved; and the file that keeps the analyst's links.

#include "compare/comparerules.h"
#include "compare/eventlinks.h"
#include "compare/eventmatcher.h"
#include "compare/storybuilder.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace
{

Event ev(const QStringList &sides,
         const QString &date,
         const QString &status = QStringLiteral("scheduled"),
         const QString &place = {},
         const QString &type = QStringLiteral("talks"))
{
    Event e;
    e.type = type;
    e.participants = sides;
    e.date = date;
    e.status = status;
    e.location = place;
    return e;
}

StoryReport report(const QString &name, const QString &published, const QVector<Event> &events)
{
    return StoryReport{name, QDate::fromString(published, Qt::ISODate), events};
}

const QStringList ChPe = {QStringLiteral("Chile"), QStringLiteral("Peru")};
const QStringList PeCh = {QStringLiteral("Peru"), QStringLiteral("Chile")};
const QStringList NoSe = {QStringLiteral("Norway"), QStringLiteral("Sweden")};

/// "r0e0 r1e0 | r2e0": each story's members, stories in the builder's order.
QString describe(const QVector<Story> &stories)
{
    QStringList out;
    for (const Story &s : stories) {
        QStringList members;
        for (const StoryMember &m : s.members) {
            members.append(QStringLiteral("r%1e%2").arg(m.report).arg(m.event));
        }
        out.append(members.join(QLatin1Char(' ')));
    }
    return out.join(QStringLiteral(" | "));
}

} // namespace

class StoriesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testReportsOfOneEventMakeOneStory()
    {
        // Given in another order than published: the story lists its reports by date.
        const QVector<StoryReport> reports{
            report(QStringLiteral("held"),
                   QStringLiteral("2024-03-09"),
                   {ev(PeCh, QStringLiteral("2024-03-08"), QStringLiteral("held"), QStringLiteral("Lima"))}),
            report(QStringLiteral("announced"),
                   QStringLiteral("2024-03-01"),
                   {ev(ChPe, QStringLiteral("2024-03-08"), QStringLiteral("scheduled"), QStringLiteral("Lima")),
                    ev(NoSe, QStringLiteral("2024-03-02"), QStringLiteral("held"))}),
            report(QStringLiteral("late"),
                   QStringLiteral("2024-03-10"),
                   {ev(ChPe, QStringLiteral("2024-03-09"), QStringLiteral("held"), QStringLiteral("Santiago"))}),
        };
        const QVector<Story> stories = StoryBuilder(CompareRules::builtIn()).build(reports);
        QCOMPARE(describe(stories), QStringLiteral("r1e1 | r1e0 r0e0 r2e0"));
        const Story &s = stories.at(1);
        QCOMPARE(s.reports(), 3);
        QCOMPARE(s.date, QStringLiteral("2024-03-08"));
        QCOMPARE(s.place, QStringLiteral("Lima"));
        QCOMPARE(s.flags, (QStringList{QStringLiteral("date_differs"), QStringLiteral("place_differs")}));
        QCOMPARE(s.statusText(), QStringLiteral("scheduled (2024-03-01) → held (2024-03-09)"));
        QVERIFY2(s.label().endsWith(QStringLiteral("talks, 2024-03-08")), qPrintable(s.label()));
        QVERIFY(stories.at(0).flags.isEmpty());
        QCOMPARE(stories.at(0).reports(), 1);
    }

    void testAStoryTakesOneEventOfEachReport()
    {
        // Two rounds a day apart in one report; another report tells the first only. A third
        // report's undated mention may join either, never both through a chain.
        const QVector<StoryReport> reports{
            report(QStringLiteral("two rounds"),
                   QStringLiteral("2024-05-12"),
                   {ev(ChPe, QStringLiteral("2024-05-10")), ev(ChPe, QStringLiteral("2024-05-11"))}),
            report(QStringLiteral("first"), QStringLiteral("2024-05-10"), {ev(ChPe, QStringLiteral("2024-05-10"))}),
            report(QStringLiteral("undated"), QStringLiteral("2024-05-12"), {ev(ChPe, QString())}),
        };
        const QVector<Story> stories = StoryBuilder(CompareRules::builtIn()).build(reports);
        for (const Story &s : stories) {
            QCOMPARE(s.reports(), int(s.members.size()));
        }
        QCOMPARE(stories.size(), 2);
        QVERIFY2(describe(stories).startsWith(QStringLiteral("r1e0 r0e0")), qPrintable(describe(stories)));
    }

    void testUndatedEventsOfReportsFarApartStayApart()
    {
        const QVector<StoryReport> reports{
            report(QStringLiteral("a"), QStringLiteral("2015-05-20"), {ev(NoSe, QString())}),
            report(QStringLiteral("b"), QStringLiteral("2021-04-20"), {ev(NoSe, QStringLiteral("2021-04-27"))}),
            report(QStringLiteral("c"), QStringLiteral("2021-04-25"), {ev(NoSe, QStringLiteral("2021-04"))}),
        };
        QCOMPARE(describe(StoryBuilder(CompareRules::builtIn()).build(reports)), QStringLiteral("r1e0 r2e0 | r0e0"));
    }

    void testTheAnalystLinksAndUnlinks()
    {
        const QVector<StoryReport> reports{
            report(QStringLiteral("a"), QStringLiteral("2024-03-01"), {ev(ChPe, QStringLiteral("2024-03-08"))}),
            report(QStringLiteral("b"),
                   QStringLiteral("2024-03-09"),
                   {ev(ChPe, QStringLiteral("2024-03-08"), QStringLiteral("held"))}),
            report(QStringLiteral("c"),
                   QStringLiteral("2024-04-02"),
                   {ev(ChPe, QStringLiteral("2024-03-30"), QStringLiteral("postponed"))}),
        };
        const StoryBuilder builder(CompareRules::builtIn());
        QCOMPARE(describe(builder.build(reports)), QStringLiteral("r0e0 r1e0 | r2e0"));
        StoryDecisions decisions;
        // The meeting of the 30th is the one of the 8th, put off: the rules cannot know it.
        decisions.same.append({StoryMember{2, 0}, StoryMember{1, 0}});
        const QVector<Story> linked = builder.build(reports, decisions);
        QCOMPARE(describe(linked), QStringLiteral("r0e0 r1e0 r2e0"));
        QVERIFY(linked.first().linked);
        QCOMPARE(linked.first().flags, QStringList{QStringLiteral("date_differs")});
        QCOMPARE(linked.first().statusText(),
                 QStringLiteral("scheduled (2024-03-01) → held (2024-03-09) → postponed (2024-04-02)"));
        // Not the same, says the analyst: the rules' pair is undone.
        decisions.same.clear();
        decisions.different.append({StoryMember{0, 0}, StoryMember{1, 0}});
        QCOMPARE(describe(builder.build(reports, decisions)), QStringLiteral("r0e0 | r1e0 | r2e0"));
    }

    void testTheMatcherTakesTheAnalystsDecisions()
    {
        const QVector<Event> a{ev(ChPe, QStringLiteral("2024-03-08")), ev(NoSe, QStringLiteral("2024-03-08"))};
        const QVector<Event> b{ev(ChPe, QStringLiteral("2024-06-01")), ev(NoSe, QStringLiteral("2024-03-08"))};
        const EventMatcher matcher(CompareRules::builtIn());
        QVERIFY(!matcher.match(a, b).at(0).isMatch());
        MatchDecisions decisions;
        decisions.same.insert({0, 0});
        decisions.different.insert({1, 1});
        const QVector<EventPair> pairs = matcher.match(a, b, {}, decisions);
        QCOMPARE(pairs.at(0).b, 0);
        QVERIFY(pairs.at(0).linked);
        QVERIFY(pairs.at(0).explanation.startsWith(QStringLiteral("linked by the analyst")));
        QVERIFY(pairs.at(0).has(QStringLiteral("date_differs")));
        QCOMPARE(pairs.at(1).b, -1);
    }

    void testLinksAreKeptBesideTheArticles()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QString lima = root + QStringLiteral("/south/lima.txt");
        const QString oslo = root + QStringLiteral("/north/oslo.txt");
        const QString quito = root + QStringLiteral("/south/quito.txt");
        QCOMPARE(EventLinks::folderFor(lima, oslo), QDir::cleanPath(root));
        QCOMPARE(EventLinks::folderFor(lima, quito), QDir::cleanPath(root + QStringLiteral("/south")));
        Event e1 = ev(ChPe, QStringLiteral("2024-03-08"));
        e1.evidenceStart = 40;
        Event e2 = ev(NoSe, QStringLiteral("2024-03-08"));
        e2.evidenceStart = 12;
        {
            EventLinks links;
            links.set(EventLink{EventRef::of(lima, e1), EventRef::of(oslo, e2), false});
            links.set(EventLink{EventRef::of(lima, e1), EventRef::of(quito, e1), true});
            QVERIFY(links.save());
        }
        QVERIFY(QFile::exists(root + QStringLiteral("/.readout/links.json")));
        QVERIFY(QFile::exists(root + QStringLiteral("/south/.readout/links.json")));
        // The corpus of the root sees both; the folder alone only its own.
        auto all = EventLinks::loadFor(root, {lima, oslo, quito});
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        QCOMPARE(all.value().links().size(), 2);
        QCOMPARE(all.value().decision(EventRef::of(oslo, e2), EventRef::of(lima, e1)), std::optional<bool>(false));
        QCOMPARE(all.value().decision(EventRef::of(quito, e1), EventRef::of(lima, e1)), std::optional<bool>(true));
        QCOMPARE(EventLinks::load(root + QStringLiteral("/south")).value().links().size(), 1);
        // Forgetting writes the emptier file back.
        QVERIFY(all.value().forget(EventRef::of(lima, e1), EventRef::of(oslo, e2)));
        QVERIFY(all.value().save());
        QCOMPARE(EventLinks::loadFor(root, {lima, oslo, quito}).value().links().size(), 1);
        // An event is found again by where its evidence starts and its type.
        QVector<Event> events{e2, e1};
        QCOMPARE(EventRef::of(lima, e1).find(events), 1);
        events[1].evidenceStart = 41;
        QCOMPARE(EventRef::of(lima, e1).find(events), -1);
    }

    void testABadLinksFileIsSaidNotUsed()
    {
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/.readout/links.json");
        QVERIFY(ReadoutTest::writeBytes(
            file,
            "{\"readout_links\": 1, \"links\": [{\"a\": {}, \"b\": {}, \"same\": true, \"why\": 1}]}"));
        auto loaded = EventLinks::load(dir.path());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(file) && loaded.error().message.contains(QStringLiteral("\"why\"")),
                 qPrintable(loaded.error().message));
        QVERIFY(ReadoutTest::writeBytes(file, "not json"));
        QVERIFY(!EventLinks::load(dir.path()));
        // A .readout that is a link elsewhere is not written through.
        QTemporaryDir other;
        QTemporaryDir elsewhere;
        QVERIFY(QFile::link(elsewhere.path(), other.path() + QStringLiteral("/.readout")));
        EventLinks links;
        links.set(EventLink{EventRef::of(other.path() + QStringLiteral("/a.txt"), ev(ChPe, {})),
                            EventRef::of(other.path() + QStringLiteral("/b.txt"), ev(ChPe, {})),
                            true});
        const auto saved = links.save();
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QStringLiteral("not a folder of Readout's")),
                 qPrintable(saved.error().message));
        QVERIFY(QDir(elsewhere.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(StoriesTest)
#include "stories_test.moc"
