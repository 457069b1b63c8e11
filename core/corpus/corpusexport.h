// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Readout
{

class BatchRunner;
class Pipeline;

/// The events of many articles in one file: every article read as the window shows it (its
/// sidecar's corrections, else the extraction) on the runner's jobs, in the order given.
class CorpusExport
{
public:
    enum class Format { Csv, Json, Ics };

    struct Outcome {
        QByteArray bytes; ///< the file: one CSV header, a JSON array of documents, or one calendar
        int articles = 0; ///< read
        int events = 0;
        QStringList failed; ///< one message per article that could not be read
        bool cancelled = false;
    };

    /// The format a file name asks for by its suffix (.csv, .json, .ics); false when none.
    [[nodiscard]] static bool formatForPath(const QString &path, Format *format);

    /// progress(done, total) is called on the calling thread after each article.
    [[nodiscard]] static Outcome run(const QStringList &files,
                                     Format format,
                                     const Pipeline &pipeline,
                                     const BatchRunner &runner,
                                     const std::atomic<bool> *cancelled = nullptr,
                                     const std::function<void(int, int)> &progress = {});
};

} // namespace Readout
