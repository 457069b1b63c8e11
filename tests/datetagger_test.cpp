// SPDX-License-Identifier: GPL-3.0-or-later
// The date tagger alone: which words of a sentence we wrote make an expression, its TIMEX3 type and
// the step that found it (TimexMatch::rule, shown by --explain).

#include "dates/datetagger.h"
#include "extract/textsegmenter.h"
#include "knowledge/knowledgebase.h"

#include <QTest>

using namespace Readout;

namespace
{
/// One sentence as the pipeline gives it to the tagger.
Segmentation segment(const QString &sentence)
{
    Segmentation seg;
    seg.tokens = TextSegmenter::tokenize(sentence);
    Sentence s;
    s.end = int(sentence.size());
    s.lastToken = int(seg.tokens.size());
    seg.sentences.append(s);
    seg.sentenceOfToken.fill(0, seg.tokens.size());
    return seg;
}
} // namespace

class DateTaggerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testTag_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("rule");
        QTest::newRow("clock time") << QStringLiteral("The polls close at 8 p.m. in the capital.")
                                    << QStringLiteral("8 p.m.") << QStringLiteral("TIME")
                                    << QStringLiteral("clock-time");
        QTest::newRow("weekday") << QStringLiteral("The minister resigned on Monday.") << QStringLiteral("Monday")
                                 << QStringLiteral("DATE") << QStringLiteral("weekday");
        QTest::newRow("month day year") << QStringLiteral("The pact was signed on March 3, 2021.")
                                        << QStringLiteral("March 3, 2021") << QStringLiteral("DATE")
                                        << QStringLiteral("month-day-year");
        QTest::newRow("relative unit") << QStringLiteral("The summit will take place next month.")
                                       << QStringLiteral("next month") << QStringLiteral("DATE")
                                       << QStringLiteral("relative-unit");
        QTest::newRow("duration") << QStringLiteral("The siege lasted three weeks.") << QStringLiteral("three weeks")
                                  << QStringLiteral("DURATION") << QStringLiteral("duration");
        QTest::newRow("ago") << QStringLiteral("The envoy arrived two days ago.") << QStringLiteral("two days ago")
                             << QStringLiteral("DATE") << QStringLiteral("ago");
        QTest::newRow("decade") << QStringLiteral("The dam was built in the 1960s.") << QStringLiteral("1960s")
                                << QStringLiteral("DATE") << QStringLiteral("decade");
        QTest::newRow("season") << QStringLiteral("The harvest failed in the summer of 2019.")
                                << QStringLiteral("summer of 2019") << QStringLiteral("DATE")
                                << QStringLiteral("season");
        QTest::newRow("anchored") << QStringLiteral("The rebels left the town the following day.")
                                  << QStringLiteral("the following day") << QStringLiteral("DATE")
                                  << QStringLiteral("anchored");
        QTest::newRow("set") << QStringLiteral("The council meets every week.") << QStringLiteral("every week")
                             << QStringLiteral("SET") << QStringLiteral("set");
        QTest::newRow("year") << QStringLiteral("The border has been closed since 2014.") << QStringLiteral("2014")
                              << QStringLiteral("DATE") << QStringLiteral("year");
        // Coverage of the issue "Dates at the level of the best taggers".
        QTest::newRow("24-hour time with zone and weekday")
            << QStringLiteral("The truce starts at 15:00 GMT Saturday.") << QStringLiteral("15:00 GMT Saturday")
            << QStringLiteral("TIME") << QStringLiteral("clock-time-day");
        QTest::newRow("a decade anywhere")
            << QStringLiteral("It has been a decade since the flood.") << QStringLiteral("a decade")
            << QStringLiteral("DURATION") << QStringLiteral("duration");
        QTest::newRow("bare plural unit")
            << QStringLiteral("The two sides have argued for years.") << QStringLiteral("years")
            << QStringLiteral("DURATION") << QStringLiteral("bare-unit");
        QTest::newRow("ordinal century") << QStringLiteral("The mill was built in the 19th century.")
                                         << QStringLiteral("19th century") << QStringLiteral("DATE")
                                         << QStringLiteral("century");
        QTest::newRow("fiscal year") << QStringLiteral("Revenue fell in fiscal year 2021.")
                                     << QStringLiteral("fiscal year 2021") << QStringLiteral("DATE")
                                     << QStringLiteral("fiscal-year");
        QTest::newRow("fiscal") << QStringLiteral("The firm expects a loss in fiscal 2024.")
                                << QStringLiteral("fiscal 2024") << QStringLiteral("DATE")
                                << QStringLiteral("fiscal-year");
        QTest::newRow("current fiscal year")
            << QStringLiteral("The maker expects sales in the current fiscal year to rise.")
            << QStringLiteral("the current fiscal year") << QStringLiteral("DATE")
            << QStringLiteral("relative-fiscal-year");
        QTest::newRow("half of a year") << QStringLiteral("Output rose in the second half of 2022.")
                                        << QStringLiteral("the second half of 2022") << QStringLiteral("DATE")
                                        << QStringLiteral("half-year");
        QTest::newRow("year of a quarter")
            << QStringLiteral("Net rose against $3 million in the 2022 quarter.") << QStringLiteral("the 2022 quarter")
            << QStringLiteral("DATE") << QStringLiteral("year-quarter");
        QTest::newRow("latest period") << QStringLiteral("There were no one-off gains in the latest period.")
                                       << QStringLiteral("the latest period") << QStringLiteral("DATE")
                                       << QStringLiteral("quarter");
        QTest::newRow("decade word") << QStringLiteral("Crime rates fell through the nineties.")
                                     << QStringLiteral("the nineties") << QStringLiteral("DATE")
                                     << QStringLiteral("decade-word");
        QTest::newRow("year in words") << QStringLiteral("The goal is to halve waste by the year two thousand.")
                                       << QStringLiteral("the year two thousand") << QStringLiteral("DATE")
                                       << QStringLiteral("spoken-year");
        QTest::newRow("this past season")
            << QStringLiteral("The plant closed this past spring.") << QStringLiteral("this past spring")
            << QStringLiteral("DATE") << QStringLiteral("relative-season");
        QTest::newRow("part of the year")
            << QStringLiteral("Rains delayed planting earlier in the year.") << QStringLiteral("earlier in the year")
            << QStringLiteral("DATE") << QStringLiteral("part-of-unit");
        QTest::newRow("coming units") << QStringLiteral("Rates may fall in the coming weeks.")
                                      << QStringLiteral("coming weeks") << QStringLiteral("DURATION")
                                      << QStringLiteral("coming-units");
        QTest::newRow("end of a month name")
            << QStringLiteral("The vote will be held at the end of June.") << QStringLiteral("the end of June")
            << QStringLiteral("DATE") << QStringLiteral("period-edge");
        QTest::newRow("middle of the year")
            << QStringLiteral("Talks resume in the middle of the year.") << QStringLiteral("the middle of the year")
            << QStringLiteral("DATE") << QStringLiteral("period-edge");
        QTest::newRow("year before census")
            << QStringLiteral("The 2015 census counted fewer farms.") << QStringLiteral("2015")
            << QStringLiteral("DATE") << QStringLiteral("year");
        QTest::newRow("every morning") << QStringLiteral("Guards patrol the square every morning.")
                                       << QStringLiteral("every morning") << QStringLiteral("SET")
                                       << QStringLiteral("set-day-part");
        QTest::newRow("each season") << QStringLiteral("The league rewrites its rules each season.")
                                     << QStringLiteral("each season") << QStringLiteral("SET")
                                     << QStringLiteral("set-season");
        QTest::newRow("season alone") << QStringLiteral("The bridge will reopen in the winter.")
                                      << QStringLiteral("the winter") << QStringLiteral("DATE")
                                      << QStringLiteral("season");
    }

    /// TimeML's extent: the modifier words the span keeps, and the TIMEX3 mod they give.
    void testExtent_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("mod");
        QTest::newRow("early year") << QStringLiteral("Prices rose in early 1990 after the reform.")
                                    << QStringLiteral("early 1990") << QStringLiteral("START");
        QTest::newRow("mid- month") << QStringLiteral("The plant closed in mid-November.")
                                    << QStringLiteral("mid-November") << QStringLiteral("MID");
        QTest::newRow("the late decade") << QStringLiteral("Rents soared in the late 1970s.")
                                         << QStringLiteral("the late 1970s") << QStringLiteral("END");
        QTest::newRow("late weekday") << QStringLiteral("The ferry docked late Tuesday.")
                                      << QStringLiteral("late Tuesday") << QStringLiteral("END");
        QTest::newRow("nearly") << QStringLiteral("The strike lasted nearly two years.")
                                << QStringLiteral("nearly two years") << QStringLiteral("LESS_THAN");
        QTest::newRow("at least") << QStringLiteral("The border stays shut for at least 72 hours.")
                                  << QStringLiteral("at least 72 hours") << QStringLiteral("EQUAL_OR_MORE");
        QTest::newRow("no more than, the longest phrase")
            << QStringLiteral("Suspects may be held for no more than sixty days.")
            << QStringLiteral("no more than sixty days") << QStringLiteral("EQUAL_OR_LESS");
        QTest::newRow("almost ... ago") << QStringLiteral("The mill shut almost four years ago.")
                                        << QStringLiteral("almost four years ago") << QStringLiteral("LESS_THAN");
        QTest::newRow("around a time") << QStringLiteral("The ferry leaves around 7:15 p.m. daily.")
                                       << QStringLiteral("around 7:15 p.m.") << QStringLiteral("APPROX");
        QTest::newRow("the past") << QStringLiteral("Exports fell over the past two months.")
                                  << QStringLiteral("the past two months") << QString();
        QTest::newRow("the next few") << QStringLiteral("The mayor will decide within the next few days.")
                                      << QStringLiteral("the next few days") << QString();
        QTest::newRow("a couple of") << QStringLiteral("The factory ran for a couple of years.")
                                     << QStringLiteral("a couple of years") << QString();
        QTest::newRow("no article before an adjective")
            << QStringLiteral("Workers began the 14-day strike.") << QStringLiteral("14-day") << QString();
        QTest::newRow("and a half") << QStringLiteral("The lights went out for a minute and a half.")
                                    << QStringLiteral("a minute and a half") << QString();
    }

    void testExtent()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expression);
        QFETCH(QString, mod);
        const Segmentation seg = segment(sentence);
        QStringList found;
        for (const TimexMatch &m : DateTagger(*KnowledgeBase::builtIn()).tag(sentence, seg)) {
            const int start = seg.tokens.at(m.firstToken).start;
            const int end = seg.tokens.at(m.lastToken - 1).end;
            found.append(sentence.mid(start, end - start));
            if (found.constLast() == expression) {
                QCOMPARE(m.mod, mod);
                return;
            }
        }
        QFAIL(qPrintable(
            QStringLiteral("\"%1\" not found; found: %2").arg(expression, found.join(QLatin1String(" | ")))));
    }

    void testNotTagged_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("words");
        QTest::newRow("price per year") << QStringLiteral("The licence costs $5 a year.") << QStringLiteral("year");
        QTest::newRow("flights per week")
            << QStringLiteral("The airline runs four flights a week.") << QStringLiteral("week");
        QTest::newRow("twice a day") << QStringLiteral("The guards are changed twice a day.") << QStringLiteral("day");
        QTest::newRow("a quarter of") << QStringLiteral("The party won a quarter of the vote.")
                                      << QStringLiteral("quarter");
        QTest::newRow("the fall in prices")
            << QStringLiteral("Traders blamed the fall in prices on the rain.") << QStringLiteral("fall");
        QTest::newRow("a count before a plural")
            << QStringLiteral("The ministry sent 2000 troops.") << QStringLiteral("2000");
        QTest::newRow("an age in tens is no decade")
            << QStringLiteral("Both men are in their forties.") << QStringLiteral("forties");
        QTest::newRow("the first half of a match")
            << QStringLiteral("The hosts scored twice in the first half.") << QStringLiteral("half");
        QTest::newRow("a score is no time")
            << QStringLiteral("The match ended at 15:00 in a draw.") << QStringLiteral("15:00");
    }

    void testNotTagged()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, words);
        const Segmentation seg = segment(sentence);
        for (const TimexMatch &m : DateTagger(*KnowledgeBase::builtIn()).tag(sentence, seg)) {
            const int start = seg.tokens.at(m.firstToken).start;
            const int end = seg.tokens.at(m.lastToken - 1).end;
            QVERIFY2(!sentence.mid(start, end - start).contains(words), qPrintable(sentence.mid(start, end - start)));
        }
    }

    void testTag()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expression);
        QFETCH(QString, type);
        QFETCH(QString, rule);
        const Segmentation seg = segment(sentence);
        const auto matches = DateTagger(*KnowledgeBase::builtIn()).tag(sentence, seg);
        QStringList found;
        for (const TimexMatch &m : matches) {
            const int start = seg.tokens.at(m.firstToken).start;
            const int end = seg.tokens.at(m.lastToken - 1).end;
            found.append(sentence.mid(start, end - start));
            if (found.constLast() == expression) {
                QCOMPARE(m.timexType, type);
                QCOMPARE(m.rule, rule);
                return;
            }
        }
        QFAIL(qPrintable(
            QStringLiteral("\"%1\" not tagged; found: %2").arg(expression, found.join(QLatin1String(" | ")))));
    }
};

QTEST_GUILESS_MAIN(DateTaggerTest)
#include "datetagger_test.moc"
