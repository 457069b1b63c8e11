// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/textsegmenter.h"
#include "knowledge/knowledgebase.h"

#include <QTest>

using namespace Readout;

class TextSegmenterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("dotted acronym") << QStringLiteral("U.S. and Russian officials")
                                        << QStringList{QStringLiteral("u.s."),
                                                       QStringLiteral("and"),
                                                       QStringLiteral("russian"),
                                                       QStringLiteral("officials")};
        QTest::newRow("possessive") << QStringLiteral("NATO’s expansion")
                                    << QStringList{QStringLiteral("nato"),
                                                   QStringLiteral("'s"),
                                                   QStringLiteral("expansion")};
        QTest::newRow("hyphen") << QStringLiteral("NATO-Russia Council")
                                << QStringList{QStringLiteral("nato"),
                                               QStringLiteral("-"),
                                               QStringLiteral("russia"),
                                               QStringLiteral("council")};
        QTest::newRow("fraction") << QStringLiteral("2 1/2 years")
                                  << QStringList{QStringLiteral("2"), QStringLiteral("1/2"), QStringLiteral("years")};
        QTest::newRow("apostrophe inside")
            << QStringLiteral("O'Neill didn't") << QStringList{QStringLiteral("o'neill"), QStringLiteral("didn't")};
        QTest::newRow("sentence end") << QStringLiteral(
            "in Geneva.") << QStringList{QStringLiteral("in"), QStringLiteral("geneva"), QStringLiteral(".")};
        QTest::newRow("number") << QStringLiteral("2,000 troops")
                                << QStringList{QStringLiteral("2,000"), QStringLiteral("troops")};
    }

    void testTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        QCOMPARE(TextSegmenter::keys(text), keys);
    }

    void testSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("two") << QStringLiteral("Talks began. They ended.") << 2;
        QTest::newRow("title abbreviation") << QStringLiteral("Mr. Dupont met Dr. Ade on Jan. 5 in Lagos.") << 1;
        QTest::newRow("acronym mid-sentence") << QStringLiteral("The U.S. Navy sailed.") << 1;
        QTest::newRow("acronym at end") << QStringLiteral("They flew to the U.S. The trip was long.") << 2;
        QTest::newRow("paragraphs") << QStringLiteral("First line\n\nSecond paragraph") << 2;
        QTest::newRow("headline line") << QStringLiteral("Leaders meet in Oslo\nThe leaders met.") << 2;
        QTest::newRow("no space after the full stop")
            << QStringLiteral("The board met over the crisis there.The session heard envoys.") << 2;
        QTest::newRow("no space, but a dotted name or domain")
            << QStringLiteral("The U.N.Security staff and example.com users met Mr.Dupont.") << 1;
        QTest::newRow("quote") << QStringLiteral("\"We will talk,\" she said. Then they left.") << 2;
    }

    void testSentences()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        const Segmentation seg = TextSegmenter::segment(text, 0, *KnowledgeBase::builtIn());
        QCOMPARE(seg.sentences.size(), count);
        QCOMPARE(seg.sentenceOfToken.size(), seg.tokens.size());
    }
};

QTEST_GUILESS_MAIN(TextSegmenterTest)
#include "textsegmenter_test.moc"
