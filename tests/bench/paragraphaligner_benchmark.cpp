// SPDX-License-Identifier: GPL-3.0-or-later
// Aligning two 5,000-paragraph reports: time (QBENCHMARK) and peak memory (VmHWM, reset before
// each measured run through /proc/self/clear_refs). Generated text: paragraphs of 25-50 words
// drawn from a Zipf-like vocabulary of 4,000 made-up words, so common words are shared widely.

#include "compare/comparerules.h"
#include "compare/paragraphaligner.h"
#include "document.h"
#include "procmemory.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Readout;
using ReadoutBench::resetPeak;
using ReadoutBench::statusKb;

namespace
{

QString word(int rank)
{
    // Pronounceable made-up words, distinct per rank.
    static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "po", "da", "fe"};
    QString w;
    int r = rank + 12;
    while (r > 0) {
        w += QLatin1String(syllables[r % 12]);
        r /= 12;
    }
    return w;
}

QString paragraph(QRandomGenerator &random)
{
    const int count = 25 + int(random.bounded(26));
    QStringList words;
    for (int i = 0; i < count; ++i) {
        // Zipf-like: rank ~ exp(uniform) so low ranks (common words) dominate.
        const int rank = int(std::exp(random.generateDouble() * std::log(4000.0))) - 1;
        words.append(word(rank));
    }
    return words.join(QLatin1Char(' ')) + QLatin1Char('.');
}

} // namespace

class ParagraphAlignerBenchmark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void benchmarkAlign_data()
    {
        QTest::addColumn<int>("paragraphs");
        QTest::addColumn<bool>("related");
        QTest::newRow("5000 x 5000, B an edited copy of A") << 5000 << true;
        QTest::newRow("5000 x 5000, unrelated reports") << 5000 << false;
    }
    void benchmarkAlign()
    {
        QFETCH(int, paragraphs);
        QFETCH(bool, related);
        QRandomGenerator random(42);
        QStringList a;
        QStringList b;
        for (int i = 0; i < paragraphs; ++i) {
            a.append(paragraph(random));
        }
        if (related) {
            // B: A with a tenth of the paragraphs dropped, a tenth rewritten and a tenth inserted.
            for (const QString &p : std::as_const(a)) {
                const quint32 roll = random.bounded(10);
                if (roll == 0) {
                    continue;
                }
                if (roll == 1) {
                    b.append(paragraph(random));
                    continue;
                }
                if (roll == 2) {
                    b.append(paragraph(random));
                }
                b.append(p);
            }
        } else {
            for (int i = 0; i < paragraphs; ++i) {
                b.append(paragraph(random));
            }
        }
        const Document da(QStringLiteral("a.txt"), a.join(QLatin1String("\n\n")));
        const Document db(QStringLiteral("b.txt"), b.join(QLatin1String("\n\n")));
        const QVector<Paragraph> pa = ParagraphAligner::paragraphs(da);
        const QVector<Paragraph> pb = ParagraphAligner::paragraphs(db);
        QCOMPARE(pa.size(), a.size());
        const ParagraphAligner aligner(CompareRules::builtIn());
        const qint64 before = statusKb("VmRSS:");
        resetPeak();
        int matched = 0;
        QBENCHMARK {
            const QVector<AlignedParagraphs> rows = aligner.align(da, {}, pa, db, {}, pb);
            matched = int(std::count_if(rows.cbegin(), rows.cend(), [](const AlignedParagraphs &r) {
                return r.isMatch();
            }));
        }
        const qint64 peak = statusKb("VmHWM:");
        qInfo("%lld x %lld paragraphs: %d aligned; VmRSS before %lld kB, VmHWM during %lld kB (+%lld kB)",
              qint64(pa.size()),
              qint64(pb.size()),
              matched,
              before,
              peak,
              peak - before);
        if (related) {
            QVERIFY(matched > pa.size() * 7 / 10);
        }
    }
};

QTEST_GUILESS_MAIN(ParagraphAlignerBenchmark)
#include "paragraphaligner_benchmark.moc"
