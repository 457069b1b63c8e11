// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction throughput on a large generated news-like document. Prints characters per second.

#include "document.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Readout;

class PipelineBenchmark : public QObject
{
    Q_OBJECT
private:
    static QString generate(int targetChars)
    {
        // Sentences assembled from our own templates and the gazetteer's kind of names.
        const QStringList actors = {QStringLiteral("France"),
                                    QStringLiteral("Germany"),
                                    QStringLiteral("Japan"),
                                    QStringLiteral("Brazil"),
                                    QStringLiteral("Kenya"),
                                    QStringLiteral("NATO"),
                                    QStringLiteral("the European Union"),
                                    QStringLiteral("Indonesia"),
                                    QStringLiteral("Canada")};
        const QStringList templates = {
            QStringLiteral("%1 and %2 will hold talks on March %3 to discuss trade, a spokesperson said."),
            QStringLiteral("Foreign Minister Ana Duarte met officials from %1 in Geneva on Monday."),
            QStringLiteral("The meeting between %1 and %2 was postponed until next week, officials said on Tuesday."),
            QStringLiteral("Markets in %1 rose 2 percent over the past three months as exports to %2 grew."),
            QStringLiteral("Prime Minister Jonas Berg said the summit would focus on energy and security."),
        };
        QRandomGenerator rng(42);
        QString text = QStringLiteral("date 2023-02-01\n\n");
        while (text.size() < targetChars) {
            for (int p = 0; p < 4; ++p) {
                const QString &t = templates.at(rng.bounded(int(templates.size())));
                text += t.arg(actors.at(rng.bounded(int(actors.size()))), actors.at(rng.bounded(int(actors.size()))))
                            .arg(rng.bounded(1, 28))
                    + QLatin1Char(' ');
            }
            text += QStringLiteral("\n\n");
        }
        return text;
    }

private Q_SLOTS:
    void benchmarkPipeline_data()
    {
        QTest::addColumn<int>("chars");
        QTest::newRow("1 MB") << 1000000;
        QTest::newRow("10 MB") << 10000000;
    }

    void benchmarkPipeline()
    {
        QFETCH(int, chars);
        const Pipeline pipeline(KnowledgeBase::builtIn());
        const QString text = generate(chars);
        Document doc(QStringLiteral("bench.txt"), text);
        doc.setPublished(QDate(2023, 2, 1));
        QElapsedTimer timer;
        qint64 runs = 0;
        qint64 elapsed = 0;
        QBENCHMARK {
            timer.start();
            const Extraction x = pipeline.run(doc);
            elapsed += timer.nsecsElapsed();
            ++runs;
            QVERIFY(!x.events.isEmpty());
        }
        qInfo("%s: %.2f M characters/s",
              QTest::currentDataTag(),
              double(text.size()) * runs / (double(elapsed) / 1e9) / 1e6);
    }

    void benchmarkKnowledgeLoad()
    {
        QBENCHMARK {
            auto kb = KnowledgeBase::load();
            QVERIFY(kb.isOk());
        }
    }
};

QTEST_GUILESS_MAIN(PipelineBenchmark)
#include "pipeline_benchmark.moc"
