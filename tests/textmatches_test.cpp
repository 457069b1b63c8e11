// SPDX-License-Identifier: GPL-3.0-or-later
// findMatches(): every occurrence of a needle, with the find bar's case and whole-word options,
// and the look-ups the bar makes on the answer (next from a position, the matches in view).

#include "find/textmatches.h"

#include <QTest>

#include <atomic>

using namespace Readout;

Q_DECLARE_METATYPE(QVector<int>)

class TextMatchesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<QVector<int>>("starts");

        const QString talks = QStringLiteral("Talks began. The talks, and more talks-in-waiting: TALKS stalkS.");
        QTest::newRow("any case by default")
            << talks << QStringLiteral("talks") << false << false << QVector<int>{0, 17, 33, 51, 58};
        QTest::newRow("match case") << talks << QStringLiteral("talks") << true << false << QVector<int>{17, 33};
        QTest::newRow("whole words") << talks << QStringLiteral("talks") << false << true
                                     << QVector<int>{0, 17, 33, 51};
        QTest::newRow("whole words and case") << talks << QStringLiteral("TALKS") << true << true << QVector<int>{51};
        QTest::newRow("empty needle finds nothing") << talks << QString() << false << false << QVector<int>{};
        QTest::newRow("needle longer than the text")
            << QStringLiteral("talk") << QStringLiteral("talks") << false << false << QVector<int>{};
        QTest::newRow("no overlap: the scan goes on after each match")
            << QStringLiteral("aaaaa") << QStringLiteral("aa") << false << false << QVector<int>{0, 2};
        QTest::newRow("a word cut off is no whole word, a later one is")
            << QStringLiteral("cat_cat cat") << QStringLiteral("cat") << false << true << QVector<int>{8};
        QTest::newRow("digits are word characters")
            << QStringLiteral("G20 G7 G 7") << QStringLiteral("G") << true << true << QVector<int>{7};
        QTest::newRow("an edge that is no word character is whole")
            << QStringLiteral("a-b -b") << QStringLiteral("-b") << false << true << QVector<int>{1, 4};
        QTest::newRow("accents fold with case")
            << QStringLiteral("Élysée and ÉLYSÉE") << QStringLiteral("élysée") << false << false << QVector<int>{0, 11};
        QTest::newRow("a combining accent is part of the word")
            << QStringLiteral("Re\u0301 Re") << QStringLiteral("Re") << true << true << QVector<int>{4};
        QTest::newRow("letters beyond the BMP are word characters")
            << QStringLiteral("\U0001D400x x") << QStringLiteral("x") << true << true << QVector<int>{4};
        QTest::newRow("across a line end")
            << QStringLiteral("Geneva\ntalks") << QStringLiteral("a\nt") << false << false << QVector<int>{5};
    }

    void testFind()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWords);
        QFETCH(QVector<int>, starts);
        FindOptions options;
        options.caseSensitivity = matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive;
        options.wholeWords = wholeWords;
        const TextMatches matches = findMatches(text, needle, options);
        QCOMPARE(matches.starts(), starts);
        QCOMPARE(matches.count(), int(starts.size()));
        QCOMPARE(matches.length(), int(needle.size()));
        QVERIFY(matches.isComplete());
        for (int i = 0; i < matches.count(); ++i) {
            QCOMPARE(text.mid(matches.start(i), matches.length()).compare(needle, options.caseSensitivity), 0);
        }
    }

    void testLookups_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("atOrAfter");
        QTest::addColumn<int>("before");
        // Matches of "ab" in "ab..ab..ab": at 0, 4 and 8.
        QTest::newRow("on the first") << 0 << 0 << -1;
        QTest::newRow("inside the first") << 1 << 1 << 0;
        QTest::newRow("on the second") << 4 << 1 << 0;
        QTest::newRow("between") << 6 << 2 << 1;
        QTest::newRow("past the last") << 10 << 3 << 2;
    }

    void testLookups()
    {
        QFETCH(int, position);
        QFETCH(int, atOrAfter);
        QFETCH(int, before);
        const TextMatches matches = findMatches(QStringLiteral("ab..ab..ab"), QStringLiteral("ab"), FindOptions());
        QCOMPARE(matches.indexAtOrAfter(position), atOrAfter);
        QCOMPARE(matches.indexBefore(position), before);
    }

    void testIndexesIn_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("everything") << 0 << 10 << 0 << 3;
        QTest::newRow("the end of the first match touches") << 1 << 2 << 0 << 1;
        QTest::newRow("a range between matches") << 2 << 4 << 1 << 1;
        QTest::newRow("the second and the start of the third") << 3 << 9 << 1 << 3;
    }

    void testIndexesIn()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, first);
        QFETCH(int, last);
        const TextMatches matches = findMatches(QStringLiteral("ab..ab..ab"), QStringLiteral("ab"), FindOptions());
        QCOMPARE(matches.indexesIn(from, to), std::pair(first, last));
    }

    void testCancel()
    {
        // Many matches: the search asks now and then, and stops with what it has.
        const QString text(100000, QLatin1Char('x'));
        std::atomic<int> asked{0};
        const TextMatches matches = findMatches(text, QStringLiteral("x"), FindOptions(), [&asked] {
            return ++asked >= 2;
        });
        QVERIFY(!matches.isComplete());
        QVERIFY(matches.count() > 0);
        QVERIFY(matches.count() < text.size());
        QCOMPARE(asked.load(), 2);
        const TextMatches all = findMatches(text, QStringLiteral("x"), FindOptions(), [] {
            return false;
        });
        QVERIFY(all.isComplete());
        QCOMPARE(all.count(), int(text.size()));
    }
};

QTEST_GUILESS_MAIN(TextMatchesTest)
#include "textmatches_test.moc"
