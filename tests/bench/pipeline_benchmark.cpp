// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction throughput and peak memory of the whole pipeline: on generated news-like text of
// 1, 10 and 50 MB, and on the development sets' articles when ../shared/eval is present (or
// READOUT_EVAL_DIR names it). Prints characters per second on one core and VmHWM.

#include "document.h"
#include "formats/documentreader.h"
#include "knowledge/analystknowledge.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "pipeline.h"
#include "procmemory.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;
using ReadoutBench::resetPeak;
using ReadoutBench::statusKb;

class PipelineBenchmark : public QObject
{
    Q_OBJECT
private:
    /// News-like paragraphs from our own templates; actors and places drawn from the whole
    /// gazetteer and people from made-up names, so events stay distinct as in a real corpus.
    static QString generate(int targetChars)
    {
        const auto kb = KnowledgeBase::builtIn();
        const QStringList actors = kb->actorNames();
        const QStringList places = kb->placeNames();
        const QStringList given = {QStringLiteral("Ana"),
                                   QStringLiteral("Jonas"),
                                   QStringLiteral("Mira"),
                                   QStringLiteral("Tomas"),
                                   QStringLiteral("Lena"),
                                   QStringLiteral("Pavel"),
                                   QStringLiteral("Iris"),
                                   QStringLiteral("Omar"),
                                   QStringLiteral("Sofia")};
        const QStringList family = {QStringLiteral("Duarte"),
                                    QStringLiteral("Berg"),
                                    QStringLiteral("Halvorsen"),
                                    QStringLiteral("Okafor"),
                                    QStringLiteral("Lindqvist"),
                                    QStringLiteral("Marek"),
                                    QStringLiteral("Castell"),
                                    QStringLiteral("Varga"),
                                    QStringLiteral("Nakamura")};
        const QStringList months = {QStringLiteral("January"),
                                    QStringLiteral("March"),
                                    QStringLiteral("May"),
                                    QStringLiteral("July"),
                                    QStringLiteral("October"),
                                    QStringLiteral("December")};
        const QStringList templates = {
            QStringLiteral("%1 and %2 will hold talks in %3 on %4 %5 to discuss trade, a spokesperson said."),
            QStringLiteral("Foreign Minister %6 met officials from %1 in %3 on Monday."),
            QStringLiteral("The meeting between %1 and %2 was postponed until next week, officials said on Tuesday."),
            QStringLiteral("Markets in %1 rose 2 percent over the past three months as exports to %2 grew."),
            QStringLiteral("Prime Minister %6 said the summit in %3 would focus on energy and security."),
            QStringLiteral("%6, a senior adviser, told reporters that %1 had rejected a proposal to meet %2."),
            QStringLiteral("Negotiators from %1 arrived in %3 late on Sunday for a second round of negotiations."),
            QStringLiteral("A phone call between the leaders of %1 and %2 is expected on %4 %5, %6 said."),
            QStringLiteral("Heavy rain closed roads around %3 for two days, and flights resumed on Friday."),
            QStringLiteral("The central bank of %1 left rates unchanged in the third quarter of 2022."),
        };
        QRandomGenerator rng(42);
        auto pick = [&rng](const QStringList &list) {
            return list.at(rng.bounded(int(list.size())));
        };
        QString text = QStringLiteral("date 2023-02-01\n\n");
        text.reserve(targetChars + 1024);
        while (text.size() < targetChars) {
            for (int p = 0; p < 4; ++p) {
                QString sentence = pick(templates);
                sentence.replace(QLatin1String("%1"), pick(actors))
                    .replace(QLatin1String("%2"), pick(actors))
                    .replace(QLatin1String("%3"), pick(places))
                    .replace(QLatin1String("%4"), pick(months))
                    .replace(QLatin1String("%5"), QString::number(rng.bounded(1, 29)))
                    .replace(QLatin1String("%6"), pick(given) + QLatin1Char(' ') + pick(family));
                text += sentence + QLatin1Char(' ');
            }
            text += QStringLiteral("\n\n");
        }
        return text;
    }

    static void report(const char *what, qint64 chars, qint64 runs, qint64 nsecs, qint64 rssBefore)
    {
        const qint64 peak = statusKb("VmHWM:");
        qInfo("%s: %.2f M characters/s on one core; VmHWM %lld kB (+%lld kB over the %lld kB before)",
              what,
              double(chars) * runs / (double(nsecs) / 1e9) / 1e6,
              peak,
              peak - rssBefore,
              rssBefore);
    }

private Q_SLOTS:
    void benchmarkPipeline_data()
    {
        QTest::addColumn<int>("chars");
        QTest::newRow("1 MB") << 1000000;
        QTest::newRow("10 MB") << 10000000;
        QTest::newRow("50 MB") << 50000000;
    }

    void benchmarkPipeline()
    {
        QFETCH(int, chars);
        measure(Pipeline(KnowledgeBase::builtIn()), chars, QTest::currentDataTag());
    }

    /// 10 MB with a user dictionary whose names occur all through the text: each occurrence is
    /// taught, and the recognisers' pieces of it give way.
    void benchmarkTaughtNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user-dictionary.tsv"));
        UserDictionary dictionary;
        for (const char *name : {"Mira Halvorsen", "Omar Okafor", "Sofia Varga"}) {
            Entity e;
            e.type = EntityType::Person;
            e.start = 0;
            e.text = QString::fromLatin1(name);
            e.end = int(e.text.size());
            QVERIFY(dictionary.learn(e));
        }
        QVERIFY(dictionary.addStop(QStringLiteral("Lindqvist")));
        QVERIFY(dictionary.write(path).isOk());
        const auto knowledge = AnalystKnowledge::load(path, QString()).knowledge;
        QVERIFY(knowledge != KnowledgeBase::builtIn());
        measure(Pipeline(knowledge), 10000000, "10 MB, 3 taught names and a stop entry");
    }

private:
    void measure(const Pipeline &pipeline, int chars, const char *what)
    {
        Document doc(QStringLiteral("bench.txt"), generate(chars));
        doc.setPublished(QDate(2023, 2, 1));
        resetPeak();
        const qint64 before = statusKb("VmRSS:");
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
        report(what, doc.text().size(), runs, elapsed, before);
    }

private Q_SLOTS:
    void benchmarkDevSets()
    {
        QString root = qEnvironmentVariable("READOUT_EVAL_DIR");
        if (root.isEmpty()) {
            root = QStringLiteral(READOUT_SOURCE_DIR "/../shared/eval");
        }
        QVector<Document> documents;
        qint64 chars = 0;
        QDirIterator it(root, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            auto read = readDocument(it.next());
            if (read) {
                chars += read.value().text().size();
                documents.append(read.value());
            }
        }
        if (documents.isEmpty()) {
            QSKIP("no development sets (set READOUT_EVAL_DIR to ../shared/eval)");
        }
        const Pipeline pipeline(KnowledgeBase::builtIn());
        resetPeak();
        const qint64 before = statusKb("VmRSS:");
        QElapsedTimer timer;
        qint64 runs = 0;
        qint64 elapsed = 0;
        QBENCHMARK {
            timer.start();
            for (const Document &d : std::as_const(documents)) {
                const Extraction x = pipeline.run(d);
                Q_UNUSED(x)
            }
            elapsed += timer.nsecsElapsed();
            ++runs;
        }
        const QByteArray what = QByteArrayLiteral("dev sets (") + QByteArray::number(documents.size())
            + QByteArrayLiteral(" articles, ") + QByteArray::number(chars) + QByteArrayLiteral(" characters)");
        report(what.constData(), chars, runs, elapsed, before);
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
