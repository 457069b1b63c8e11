// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace Readout
{

/// Reads the bytes of a file the analyst gave Readout (an article, a brat .ann, a sidecar) so that
/// no file can hang or exhaust the reader: anything but a regular file (a FIFO, a socket, a device
/// such as /dev/zero) is refused before it is opened, and opened without blocking should it become
/// one meanwhile; the size is checked against a cap before reading and at most cap + 1 bytes are
/// read; a file changed while being read is read again, and refused if it keeps changing. Errors
/// name the file and say what to do. Stateless; call it on any thread but the GUI's (it is I/O).
class InputFile
{
public:
    /// The largest file Readout reads as an article or a sidecar.
    static constexpr qint64 MaxBytes = qint64(512) * 1024 * 1024;

    struct Options {
        qint64 maxBytes = MaxBytes;
        /// Called after each chunk with bytes read and the file's size; returning false cancels
        /// (Error::Code::Cancelled).
        std::function<bool(qint64 done, qint64 total)> progress;
        /// Receives what the user should know ("a.txt: changed while it was being read; read again").
        QStringList *notes = nullptr;
        /// Said after "too large" ("split it into articles").
        QString advice;
    };

    /// The file's bytes (possibly none: an empty file is the caller's to judge).
    [[nodiscard]] static Result<QByteArray> read(const QString &path, const Options &options);
    [[nodiscard]] static Result<QByteArray> read(const QString &path);

    /// Why path cannot be read as a file, without opening it: it is missing (or has a name that is
    /// not valid UTF-8, which Readout cannot open), is a folder or is not a regular file. True when
    /// none of these.
    [[nodiscard]] static Result<bool> check(const QString &path);
};

} // namespace Readout
