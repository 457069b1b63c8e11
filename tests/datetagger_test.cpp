// SPDX-License-Identifier: GPL-3.0-or-later
// The date tagger alone: which words of a sentence we wrote make an expression, its TIMEX3 type and
// the step that found it (TimexMatch::rule, shown by --explain).

#include "dates/datetagger.h"
#include "extract/textsegmenter.h"
#include "knowledge/knowledgebase.h"

#include <QTest>

using namespace Readout;

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
    }

    void testTag()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expression);
        QFETCH(QString, type);
        QFETCH(QString, rule);
        Segmentation seg;
        seg.tokens = TextSegmenter::tokenize(sentence);
        Sentence s;
        s.end = int(sentence.size());
        s.lastToken = int(seg.tokens.size());
        seg.sentences.append(s);
        seg.sentenceOfToken.fill(0, seg.tokens.size());
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
