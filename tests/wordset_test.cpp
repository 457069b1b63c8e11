// SPDX-License-Identifier: GPL-3.0-or-later
// WordSet answers exactly as the QSet it wraps: its filter may only skip words that are not there.
#include "knowledge/knowledgebase.h"
#include "knowledge/tokentrie.h"
#include "knowledge/wordset.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Readout;

class WordSetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testContains_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("contains");
        QTest::addColumn<bool>("containsLower");
        QTest::newRow("member") << QStringLiteral("talks") << true << true;
        QTest::newRow("capitalised member") << QStringLiteral("Talks") << false << true;
        QTest::newRow("all caps member") << QStringLiteral("TALKS") << false << true;
        QTest::newRow("same length and ends, not a member") << QStringLiteral("tanks") << false << false;
        QTest::newRow("prefix of a member") << QStringLiteral("talk") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("one letter member") << QStringLiteral("a") << true << true;
        QTest::newRow("non-ASCII member") << QStringLiteral("équipe") << true << true;
        QTest::newRow("non-ASCII capitalised") << QStringLiteral("Équipe") << false << true;
        // Lower-casing may change the length here: the filter is not asked, the set is.
        QTest::newRow("dotted capital I") << QStringLiteral("\u0130stanbul") << false
                                          << (QStringLiteral("\u0130stanbul").toLower() == QStringLiteral("istanbul"));
        QTest::newRow("two-word member") << QStringLiteral("next to") << true << true;
    }
    void testContains()
    {
        QFETCH(QString, word);
        QFETCH(bool, contains);
        QFETCH(bool, containsLower);
        const QSet<QString> words = {QStringLiteral("talks"),
                                     QStringLiteral("a"),
                                     QStringLiteral("équipe"),
                                     QStringLiteral("next to"),
                                     QStringLiteral("istanbul")};
        const WordSet set(words);
        QCOMPARE(set.contains(word), contains);
        QCOMPARE(set.containsLower(word), containsLower);
        QCOMPARE(set.contains(word), words.contains(word));
        QCOMPARE(set.containsLower(word), words.contains(word.toLower()));
        QCOMPARE(set.size(), words.size());
    }

    void testContainsPair()
    {
        const WordSet set(QSet<QString>{QStringLiteral("next to"), QStringLiteral("due to")});
        QVERIFY(set.containsPair(QStringLiteral("next"), QStringLiteral("to")));
        QVERIFY(set.containsPair(QStringLiteral("due"), QStringLiteral("to")));
        QVERIFY(!set.containsPair(QStringLiteral("next"), QStringLiteral("week")));
        QVERIFY(!set.containsPair(QStringLiteral("nex"), QStringLiteral("t to")));
        QVERIFY(!set.containsPair(QString(), QStringLiteral("to")));
    }

    // Every word of every built-in list is found, as itself and (lower-cased) in capitals.
    void testBuiltInSets()
    {
        const auto kb = KnowledgeBase::builtIn();
        const QSet<QString> members = kb->triggerWords().words();
        QVERIFY(!members.isEmpty());
        for (const QString &w : members) {
            QVERIFY2(kb->triggerWords().contains(w), qPrintable(w));
            QVERIFY2(kb->triggerWords().containsLower(w.toUpper()) == members.contains(w.toUpper().toLower()),
                     qPrintable(w));
            QCOMPARE(kb->triggers().contains(w), true);
        }
        for (const char *name : {"reporting_verbs", "determiners", "clause_breaks", "future_markers"}) {
            const WordSet &set = kb->wordSet(QLatin1String(name));
            QVERIFY2(!set.isEmpty(), name);
            for (const QString &w : set) {
                QVERIFY2(set.contains(w), qPrintable(w));
                QVERIFY2(set.containsLower(w.toUpper()) == set.words().contains(w.toUpper().toLower()), qPrintable(w));
            }
        }
    }

    // Many words in one table (so hashes share slots): every answer is the QSet's, for members,
    // their neighbours one unit off, other cases and pairs.
    void testAgreesWithQSet()
    {
        QRandomGenerator rng(7);
        const QString letters = QStringLiteral("abcdeéz' -");
        auto word = [&] {
            QString w;
            for (int i = 0, n = rng.bounded(1, 9); i < n; ++i) {
                w += letters.at(rng.bounded(int(letters.size())));
            }
            return w;
        };
        QSet<QString> words;
        while (words.size() < 700) {
            words.insert(word());
        }
        const WordSet set(words);
        QStringList asked(words.cbegin(), words.cend());
        for (int i = 0; i < 3000; ++i) {
            asked.append(word());
        }
        for (const QString &w : std::as_const(words)) {
            asked.append(w.toUpper());
            asked.append(w.left(w.size() - 1));
            asked.append(w + QLatin1Char('a'));
        }
        for (const QString &w : std::as_const(asked)) {
            QCOMPARE(set.contains(w), words.contains(w));
            QCOMPARE(set.containsLower(w), words.contains(w.toLower()));
            const qsizetype space = w.indexOf(QLatin1Char(' '));
            if (space >= 0) {
                QCOMPARE(set.containsPair(w.left(space), w.mid(space + 1)), words.contains(w));
            }
        }
    }

    // A trie skips start keys no sequence begins with, and still finds every sequence.
    void testTrieFirstKeys()
    {
        TokenTrie trie;
        trie.insert({QStringLiteral("north"), QStringLiteral("atlantic")}, 1);
        trie.insert({QStringLiteral("nato")}, 2);
        QCOMPARE(trie.find({QStringLiteral("north"), QStringLiteral("atlantic")}), QVector<int>{1});
        QCOMPARE(trie.find({QStringLiteral("nato")}), QVector<int>{2});
        QCOMPARE(trie.find({QStringLiteral("natoo")}), QVector<int>{});
        QCOMPARE(trie.find({QStringLiteral("atlantic")}), QVector<int>{});
    }
};

QTEST_GUILESS_MAIN(WordSetTest)
#include "wordset_test.moc"
