// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlework.h"
#include "corpusindex.h"

#include <QDate>

#include <atomic>
#include <functional>

namespace Readout
{

class BatchRunner;
class Pipeline;

/// One article of a batch as it is handed on: its entry (JSON line, CSV rows, state) and, when it
/// was read now rather than taken from the index, what was read.
struct CorpusItem {
    QString file; ///< as listed
    IndexedArticle entry;
    bool fresh = true; ///< read now; false: unchanged since indexed
    ArticleWork work; ///< when fresh
    QVector<std::pair<int, int>> sentences; ///< when fresh and indexed: [start, end) of each sentence
};

/// Reads the articles of a batch on the runner's jobs and hands each on in order. With an index,
/// an article whose file and sidecar are unchanged since it was indexed is taken from the index and
/// not read again; what is read is stored, and articles no longer in the folder are forgotten.
class CorpusUpdater
{
public:
    CorpusUpdater(const Pipeline &pipeline, const BatchRunner &runner, bool sidecars, const QDate &published = {});

    /// files: the articles (absolute or relative to the working folder); folder: the corpus folder
    /// their index paths are relative to (with index). deliver returning false stops the batch.
    /// Returns false when the index could not be written (its last error says why).
    bool run(const QStringList &files,
             const QString &folder,
             CorpusIndex *index,
             const std::function<bool(CorpusItem &)> &deliver,
             const std::atomic<bool> *cancelled = nullptr) const;

    /// The JSON line and CSV rows the batch writes for one article.
    [[nodiscard]] IndexedArticle render(const QString &relativePath, const ArticleWork &work) const;

private:
    const Pipeline &m_pipeline;
    const BatchRunner &m_runner;
    bool m_sidecars = true;
    QDate m_published;
};

} // namespace Readout
