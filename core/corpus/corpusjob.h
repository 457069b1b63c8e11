// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpusindex.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <memory>
#include <thread>

namespace Readout
{

/// Brings a corpus folder's index up to date in the background, for the window: lists the folder,
/// then reads what changed on every core (CorpusUpdater, with the sidecars and the user dictionary
/// the window uses, so the CLI's batch shares the index), reporting as it goes. Signals arrive on
/// the thread that started the job, in batches, so a folder of thousands keeps the window
/// responsive. One folder at a time; cancel() stops soon (the articles being read finish).
class CorpusJob : public QObject
{
    Q_OBJECT
public:
    explicit CorpusJob(QObject *parent = nullptr);
    ~CorpusJob() override;

    /// Starts on folder (cancelling and waiting for a job running); dictionaryPath: the user
    /// dictionary the window uses. jobs < 1: one per core.
    void start(const QString &folder, const QString &dictionaryPath, int jobs = 0);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString folder() const;
    /// The fingerprint the index is kept under for the window's extractor (as readout-cli batch DIR).
    [[nodiscard]] static QString fingerprintFor(const QString &dictionaryPath);

Q_SIGNALS:
    /// The articles of the folder, relative to it, before any is read.
    void listed(const QStringList &relativePaths);
    /// Articles brought up to date (read now or unchanged), and how far the job is.
    void indexed(const QVector<Readout::IndexedArticle> &entries, int done, int total);
    /// The job ended: cancelled, or error (empty when the index is up to date).
    void finished(bool cancelled, const QString &error);

private:
    void run(const QString &folder, const QString &dictionaryPath, int jobs);
    void wait();

    QString m_folder;
    std::thread m_thread;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
};

} // namespace Readout

Q_DECLARE_METATYPE(Readout::IndexedArticle)
