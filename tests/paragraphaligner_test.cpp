// SPDX-License-Identifier: GPL-3.0-or-later
// Paragraph alignment: paragraphs, order kept, gaps, and Hirschberg equal to the full table.

#include "compare/comparerules.h"
#include "compare/paragraphaligner.h"
#include "document.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Readout;

namespace
{

Entity entity(const QString &id, EntityType type, int start, int end, const QString &text)
{
    Entity e;
    e.id = id;
    e.type = type;
    e.start = start;
    e.end = end;
    e.text = text;
    return e;
}

/// The best total similarity by the plain O(n·m)-memory table, to check the divide and conquer.
double referenceScore(const QVector<FeatureBag> &a,
                      const QVector<FeatureBag> &b,
                      const QVector<double> &weights,
                      double minSimilarity)
{
    auto mass = [&](const FeatureBag &bag) {
        double s = 0;
        for (int f : bag) {
            s += weights.at(f);
        }
        return s;
    };
    const int n = int(a.size());
    const int m = int(b.size());
    QVector<QVector<double>> t(n + 1, QVector<double>(m + 1, 0.0));
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            double shared = 0;
            for (int f : a.at(i - 1)) {
                if (std::binary_search(b.at(j - 1).cbegin(), b.at(j - 1).cend(), f)) {
                    shared += weights.at(f);
                }
            }
            const double sim = 2 * shared / (mass(a.at(i - 1)) + mass(b.at(j - 1)));
            t[i][j] = std::max(t[i - 1][j], t[i][j - 1]);
            if (sim >= minSimilarity) {
                t[i][j] = std::max(t[i][j], t[i - 1][j - 1] + sim);
            }
        }
    }
    return t[n][m];
}

QVector<FeatureBag> randomBags(int count, int vocabulary, QRandomGenerator &random)
{
    QVector<FeatureBag> out(count);
    for (FeatureBag &bag : out) {
        const int size = 3 + int(random.bounded(6));
        for (int k = 0; k < size; ++k) {
            bag.append(int(random.bounded(vocabulary)));
        }
        std::sort(bag.begin(), bag.end());
        bag.erase(std::unique(bag.begin(), bag.end()), bag.end());
    }
    return out;
}

} // namespace

class ParagraphAlignerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testParagraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("bodyStart");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("blank lines") << QStringLiteral("One.\n\nTwo\nstill two.\n\n\nThree.") << 0
                                     << QStringList{QStringLiteral("One."),
                                                    QStringLiteral("Two\nstill two."),
                                                    QStringLiteral("Three.")};
        QTest::newRow("header skipped") << QStringLiteral("date 2024-01-01\n\nBody one.\n\nBody two.\n") << 16
                                        << QStringList{QStringLiteral("Body one."), QStringLiteral("Body two.")};
        QTest::newRow("CRLF and spaces on blank line")
            << QStringLiteral("A a.\r\n  \r\nB b.") << 0 << QStringList{QStringLiteral("A a."), QStringLiteral("B b.")};
        QTest::newRow("empty") << QString() << 0 << QStringList{};
    }
    void testParagraphs()
    {
        QFETCH(QString, text);
        QFETCH(int, bodyStart);
        QFETCH(QStringList, expected);
        const Document doc(QStringLiteral("x.txt"), text, {}, bodyStart);
        QStringList got;
        for (const Paragraph &p : ParagraphAligner::paragraphs(doc)) {
            got.append(text.mid(p.start, p.end - p.start));
        }
        QCOMPARE(got, expected);
    }

    void testParagraphAt()
    {
        const QVector<Paragraph> paras = {{0, 4}, {6, 10}};
        QCOMPARE(ParagraphAligner::paragraphAt(paras, 0), 0);
        QCOMPARE(ParagraphAligner::paragraphAt(paras, 4), -1);
        QCOMPARE(ParagraphAligner::paragraphAt(paras, 7), 1);
        QCOMPARE(ParagraphAligner::paragraphAt(paras, 11), -1);
    }

    void testAlignTexts_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("expected");
        QTest::newRow("identical") << QStringLiteral("Wheat harvest fell.\n\nCopper prices rose.")
                                   << QStringLiteral("Wheat harvest fell.\n\nCopper prices rose.")
                                   << QStringLiteral("0-0 1-1");
        QTest::newRow("inserted paragraph in B")
            << QStringLiteral("Wheat harvest fell sharply.\n\nCopper prices rose again.")
            << QStringLiteral("Wheat harvest fell sharply.\n\nTourists crowded beaches.\n\nCopper prices rose again.")
            << QStringLiteral("0-0 _-1 1-2");
        QTest::newRow("order kept when B swaps")
            << QStringLiteral("Wheat harvest fell sharply.\n\nCopper prices rose again.")
            << QStringLiteral("Copper prices rose again.\n\nWheat harvest fell sharply.")
            << QStringLiteral("_-0 0-1 1-_");
        QTest::newRow("nothing shared") << QStringLiteral("Wheat harvest fell sharply.")
                                        << QStringLiteral("Tourists crowded beaches.") << QStringLiteral("0-_ _-0");
    }
    void testAlignTexts()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, expected);
        const Document da(QStringLiteral("a.txt"), a);
        const Document db(QStringLiteral("b.txt"), b);
        const ParagraphAligner aligner(CompareRules::builtIn());
        const auto rows =
            aligner.align(da, {}, ParagraphAligner::paragraphs(da), db, {}, ParagraphAligner::paragraphs(db));
        QStringList got;
        for (const AlignedParagraphs &r : rows) {
            got.append(QStringLiteral("%1-%2").arg(r.a < 0 ? QStringLiteral("_") : QString::number(r.a),
                                                   r.b < 0 ? QStringLiteral("_") : QString::number(r.b)));
        }
        QCOMPARE(got.join(QLatin1Char(' ')), expected);
    }

    void testEntitiesCount()
    {
        // Same actor and date value written differently: only the entities make them alike.
        const QString a = QStringLiteral("Officials from Washington arrive Tuesday.");
        const QString b = QStringLiteral("American envoys land on January 4.");
        const Document da(QStringLiteral("a.txt"), a);
        const Document db(QStringLiteral("b.txt"), b);
        Entity ea1 = entity(QStringLiteral("T1"), EntityType::Location, 15, 25, QStringLiteral("Washington"));
        ea1.canonical = QStringLiteral("United States");
        Entity ea2 = entity(QStringLiteral("T2"), EntityType::Date, 33, 40, QStringLiteral("Tuesday"));
        ea2.value = QStringLiteral("2022-01-04");
        Entity eb1 = entity(QStringLiteral("T1"), EntityType::Misc, 0, 8, QStringLiteral("American"));
        eb1.canonical = QStringLiteral("United States");
        Entity eb2 = entity(QStringLiteral("T2"), EntityType::Date, 24, 33, QStringLiteral("January 4"));
        eb2.value = QStringLiteral("2022-01-04");
        const ParagraphAligner aligner(CompareRules::builtIn());
        const auto without =
            aligner.align(da, {}, ParagraphAligner::paragraphs(da), db, {}, ParagraphAligner::paragraphs(db));
        const auto with = aligner.align(da,
                                        {ea1, ea2},
                                        ParagraphAligner::paragraphs(da),
                                        db,
                                        {eb1, eb2},
                                        ParagraphAligner::paragraphs(db));
        QCOMPARE(without.size(), 2);
        QCOMPARE(with.size(), 1);
        QVERIFY(with.first().isMatch());
    }

    void testHirschbergEqualsFullTable_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("vocabulary");
        QTest::newRow("small, full table") << 20 << 30 << 60;
        QTest::newRow("divide and conquer") << 300 << 260 << 400;
        QTest::newRow("long and thin") << 700 << 40 << 300;
        QTest::newRow("one side empty") << 50 << 0 << 100;
    }
    void testHirschbergEqualsFullTable()
    {
        QFETCH(int, n);
        QFETCH(int, m);
        QFETCH(int, vocabulary);
        QRandomGenerator random(quint32(n * 7919 + m));
        const QVector<FeatureBag> a = randomBags(n, vocabulary, random);
        const QVector<FeatureBag> b = randomBags(m, vocabulary, random);
        QVector<double> weights(vocabulary);
        for (double &w : weights) {
            w = 0.5 + random.generateDouble();
        }
        CompareRules rules = CompareRules::builtIn();
        rules.minSimilarity = 0.2;
        rules.maxCandidates = 1000000; // nothing dropped, so the reference sees the same pairs
        rules.maxPostingFraction = 1.0;
        const ParagraphAligner aligner(rules);
        const auto rows = aligner.alignBags(a, b, weights);
        // Every paragraph appears once, in order on each side.
        int nextA = 0;
        int nextB = 0;
        double total = 0;
        for (const AlignedParagraphs &r : rows) {
            if (r.a >= 0) {
                QCOMPARE(r.a, nextA++);
            }
            if (r.b >= 0) {
                QCOMPARE(r.b, nextB++);
            }
            total += r.similarity;
        }
        QCOMPARE(nextA, n);
        QCOMPARE(nextB, m);
        QVERIFY2(std::abs(total - referenceScore(a, b, weights, rules.minSimilarity)) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(referenceScore(a, b, weights, 0.2))));
    }
};

QTEST_GUILESS_MAIN(ParagraphAlignerTest)
#include "paragraphaligner_test.moc"
