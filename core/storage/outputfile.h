// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Readout
{

/// Writes a file the analyst named as an output (readout-cli -o, File ▸ Export, the comparison's
/// export). A new or regular file is written atomically (QSaveFile). A character device (such as
/// /dev/null) or a FIFO is written in place: an atomic save would rename a regular file over it,
/// and as root that replaced the system's /dev/null. Refuses what must never be an output: an
/// article being read, a Readout sidecar (the analyst's corrections), a folder, a block device or
/// a socket. Stateless; error messages name the file and say what to do.
class OutputFile
{
public:
    /// Writes bytes to path unless refusal() says why not. A FIFO is written only while a program
    /// reads it (else it would wait for ever); a reader that goes away is an error, not SIGPIPE.
    [[nodiscard]] static Result<bool>
    write(const QString &path, const QByteArray &bytes, const QStringList &articles = {});
    /// Why path must not be written as an output; empty when it may be. articles: files being
    /// read (empty entries are ignored).
    [[nodiscard]] static QString refusal(const QString &path, const QStringList &articles = {});
    /// Whether two paths name the same file (also through links when both exist).
    [[nodiscard]] static bool sameFile(const QString &a, const QString &b);
};

} // namespace Readout
