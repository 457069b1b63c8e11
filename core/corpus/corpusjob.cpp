// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusjob.h"

#include "../knowledge/analystknowledge.h"
#include "../knowledge/datafolder.h"
#include "../knowledge/userdictionary.h"
#include "../pipeline.h"
#include "batchrunner.h"
#include "corpusfiles.h"
#include "corpusupdater.h"
#include "fingerprint.h"

#include <QDir>
#include <QElapsedTimer>

namespace Readout
{

CorpusJob::CorpusJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QVector<Readout::IndexedArticle>>();
}

CorpusJob::~CorpusJob()
{
    cancel();
    wait();
}

QString CorpusJob::fingerprintFor(const QString &dictionaryPath)
{
    return extractorFingerprint(DataFolder::inUse(), dictionaryPath, true);
}

void CorpusJob::start(const QString &folder, const QString &dictionaryPath, int jobs)
{
    cancel();
    wait();
    m_cancel = false;
    m_running = true;
    m_folder = folder;
    m_thread = std::thread([this, folder, dictionaryPath, jobs] {
        run(folder, dictionaryPath, jobs);
    });
}

void CorpusJob::cancel()
{
    m_cancel = true;
}

void CorpusJob::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool CorpusJob::isRunning() const
{
    return m_running;
}

QString CorpusJob::folder() const
{
    return m_folder;
}

void CorpusJob::run(const QString &folder, const QString &dictionaryPath, int jobs)
{
    // Everything here runs on the job's thread; signals are queued to the job's own thread. The
    // destructor joins this thread before the object goes, so `this` outlives every emit.
    const QStringList files = CorpusFiles::list(folder);
    QStringList relative;
    const QDir base(folder);
    for (const QString &f : files) {
        relative.append(base.relativeFilePath(f));
    }
    Q_EMIT listed(relative);
    QString error;
    auto opened = CorpusIndex::open(folder, fingerprintFor(dictionaryPath));
    std::unique_ptr<CorpusIndex> index;
    if (opened) {
        index = std::move(opened).value();
    } else {
        error = opened.error().message;
    }
    const Pipeline pipeline(AnalystKnowledge::load(dictionaryPath, DataFolder::inUse()).knowledge);
    const BatchRunner runner(jobs);
    QVector<IndexedArticle> batch;
    int done = 0;
    QElapsedTimer sinceFlush;
    sinceFlush.start();
    const auto flush = [&] {
        Q_EMIT indexed(batch, done, int(files.size()));
        batch.clear();
        sinceFlush.restart();
    };
    const bool stored = CorpusUpdater(pipeline, runner, true)
                            .run(
                                files,
                                folder,
                                index.get(),
                                [&](CorpusItem &item) {
                                    ++done;
                                    item.entry.jsonLine.clear(); // the panel needs the row, not the output
                                    item.entry.csvRows.clear();
                                    batch.append(item.entry);
                                    if (sinceFlush.elapsed() >= 100) {
                                        flush();
                                    }
                                    return true;
                                },
                                &m_cancel);
    flush();
    if (!stored && index && error.isEmpty()) {
        error = QStringLiteral("%1: could not be updated (%2)").arg(index->path(), index->lastError());
    }
    index.reset();
    m_running = false;
    Q_EMIT finished(m_cancel.load(), error);
}

} // namespace Readout
