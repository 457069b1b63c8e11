// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus batch: articles per second with one job and with two, and peak memory, over the
// development sets' articles (when ../shared/eval is present, or READOUT_EVAL_DIR) and over a
// generated folder of READOUT_BATCH_ARTICLES articles (default 10,000) made from the project's own
// event fixtures with their names of places and dates varied. Run on demand:
//   build/tests/bench/batch_benchmark
#include "corpus/articlework.h"
#include "corpus/batchrunner.h"
#include "corpus/corpusfiles.h"
#include "corpus/corpusindex.h"
#include "corpus/corpusstories.h"
#include "corpus/corpusupdater.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "procmemory.h"

using namespace Readout;

class BatchBenchmark : public QObject
{
    Q_OBJECT

    QTemporaryDir m_generated;
    QString m_devDir;

    /// Writes count articles: the fixtures of tests/data/events in turn, each with a publication
    /// date of its own, so no two files are the same text.
    bool generate(int count)
    {
        QStringList texts;
        const QDir fixtures(QStringLiteral(READOUT_SOURCE_DIR "/tests/data/events"));
        for (const QString &name : fixtures.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            QFile f(fixtures.filePath(name));
            if (f.open(QIODevice::ReadOnly)) {
                QString text = QString::fromUtf8(f.readAll());
                if (text.startsWith(QLatin1String("date "))) {
                    text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // the header is written below
                }
                texts.append(text);
            }
        }
        if (texts.isEmpty()) {
            return false;
        }
        const QDate base(2015, 1, 1);
        for (int i = 0; i < count; ++i) {
            QFile f(m_generated.filePath(
                QStringLiteral("%1/article-%2.txt").arg(i / 1000).arg(i, 5, 10, QLatin1Char('0'))));
            QDir().mkpath(QFileInfo(f).path());
            const QByteArray text = QStringLiteral("date %1\n\n%2\n")
                                        .arg(base.addDays(i % 3650).toString(Qt::ISODate), texts.at(i % texts.size()))
                                        .toUtf8();
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
                return false;
            }
        }
        return true;
    }

    void addRows(const QString &name, const QString &dir)
    {
        QTest::newRow(qPrintable(name + QStringLiteral(", -j 1"))) << dir << 1;
        QTest::newRow(qPrintable(name + QStringLiteral(", -j 2"))) << dir << 2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const int count = qEnvironmentVariableIsSet("READOUT_BATCH_ARTICLES")
            ? qEnvironmentVariableIntValue("READOUT_BATCH_ARTICLES")
            : 10000;
        QVERIFY(m_generated.isValid() && generate(count));
        m_devDir = qEnvironmentVariable("READOUT_EVAL_DIR");
        if (m_devDir.isEmpty()) {
            m_devDir = QStringLiteral(READOUT_SOURCE_DIR "/../shared/eval");
        }
    }

    void benchmarkBatch_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<int>("jobs");
        if (QFileInfo(m_devDir).isDir()) {
            addRows(QStringLiteral("dev sets"), m_devDir);
        }
        addRows(QStringLiteral("generated"), m_generated.path());
    }

    void benchmarkBatch()
    {
        QFETCH(QString, dir);
        QFETCH(int, jobs);
        const QStringList files = CorpusFiles::list(dir);
        QVERIFY(!files.isEmpty());
        const Pipeline pipeline(KnowledgeBase::builtIn());
        const BatchRunner runner(jobs);
        ReadoutBench::resetPeak();
        qint64 events = 0;
        QElapsedTimer clock;
        clock.start();
        QBENCHMARK_ONCE {
            runner.run<ArticleWork>(
                int(files.size()),
                [&](int i) {
                    return ArticleWork::read(files.at(i), QDate(), pipeline, false);
                },
                [&](int, ArticleWork &work) {
                    events += work.events.size();
                    return true;
                });
        }
        const double seconds = std::max<qint64>(1, clock.elapsed()) / 1000.0;
        qInfo("%lld articles, %lld events, %.2f s: %.0f articles/s with %d job(s); peak memory %lld MB",
              qint64(files.size()),
              events,
              seconds,
              double(files.size()) / seconds,
              jobs,
              ReadoutBench::statusKb("VmHWM:") / 1024);
    }

    /// The generated folder indexed with two jobs, then again unchanged; the list of its articles;
    /// searches by words and fields (median and worst of each); the index's size on disk.
    void benchmarkIndexAndSearch()
    {
        const QString folder = m_generated.path();
        const QStringList files = CorpusFiles::list(folder);
        const Pipeline pipeline(KnowledgeBase::builtIn());
        const BatchRunner runner(2);
        const CorpusUpdater updater(pipeline, runner, false);
        QElapsedTimer clock;
        for (const char *pass : {"first (every article read and indexed)", "again (every article unchanged)"}) {
            auto index = CorpusIndex::open(folder, QStringLiteral("bench"));
            QVERIFY(index);
            clock.start();
            QVERIFY(updater.run(files, folder, index.value().get(), [](CorpusItem &) {
                return true;
            }));
            qInfo("index %s: %lld articles in %.2f s", pass, qint64(files.size()), clock.elapsed() / 1000.0);
        }
        clock.start();
        auto opened = CorpusIndex::open(folder, QStringLiteral("bench"));
        QVERIFY(opened);
        const std::unique_ptr<CorpusIndex> index = std::move(opened).value();
        const qsizetype listed = index->articles().size();
        qInfo("opening the index and listing its %lld articles: %lld ms", qint64(listed), clock.elapsed());
        QCOMPARE(listed, files.size());
        qInfo("index size on disk: %lld MB", QFileInfo(index->path()).size() / (1024 * 1024));
        QVector<qint64> all;
        for (const char *text : {"talks",
                                 "\"border talks\"",
                                 "fishing OR trade",
                                 "summit actor:China",
                                 "actor:Kenya status:held",
                                 "type:meeting from:2016 to:2016-06",
                                 "minist*",
                                 "person:Diallo"}) {
            const auto query = SearchQuery::parse(QString::fromUtf8(text));
            QVERIFY(query);
            QVector<qint64> times;
            int hits = 0;
            for (int run = 0; run < 15; ++run) {
                clock.start();
                const auto found = index->search(query.value(), 100);
                QVERIFY(found);
                times.append(clock.nsecsElapsed() / 1000);
                hits = int(found.value().size());
            }
            std::sort(times.begin(), times.end());
            all += times;
            qInfo("search %-40s %3d hits: median %.1f ms, worst %.1f ms",
                  text,
                  hits,
                  times.at(times.size() / 2) / 1000.0,
                  times.last() / 1000.0);
        }
        std::sort(all.begin(), all.end());
        qInfo("all searches: median %.1f ms, worst %.1f ms", all.at(all.size() / 2) / 1000.0, all.last() / 1000.0);
    }

    /// The stories of the generated folder (after benchmarkIndexAndSearch indexed it): reading
    /// the events from the index, then grouping them.
    void benchmarkStories()
    {
        const QString folder = m_generated.path();
        auto opened = CorpusIndex::openForReading(folder, QStringLiteral("bench"));
        QVERIFY(opened);
        QElapsedTimer clock;
        clock.start();
        const QVector<TimelineEvent> events = opened.value()->timelineEvents(folder);
        const qint64 read = clock.elapsed();
        QStringList paths;
        for (const TimelineEvent &e : events) {
            paths.append(e.path);
        }
        clock.start();
        const auto links = EventLinks::loadFor(folder, paths);
        QVERIFY(links);
        const qint64 linksRead = clock.elapsed();
        CorpusStories stories;
        ReadoutBench::resetPeak();
        const qint64 before = ReadoutBench::statusKb("VmRSS:");
        QBENCHMARK_ONCE {
            clock.start();
            stories = CorpusStories::build(events, links.value(), CompareRules::builtIn());
        }
        int several = 0;
        for (const Story &s : stories.stories) {
            several += s.reports() > 1 ? 1 : 0;
        }
        qInfo(
            "stories of %lld events in %lld articles: events read in %lld ms, links in %lld ms, grouped in %lld ms "
            "into %lld stories (%d told by several reports); peak memory %lld MB (resident before %lld MB)",
            qint64(events.size()),
            qint64(stories.reports.size()),
            read,
            linksRead,
            clock.elapsed(),
            qint64(stories.stories.size()),
            several,
            ReadoutBench::statusKb("VmHWM:") / 1024,
            before / 1024);
    }
};

QTEST_GUILESS_MAIN(BatchBenchmark)
#include "batch_benchmark.moc"
