// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Readout
{

namespace
{

constexpr qint64 ChunkBytes = qint64(4) * 1024 * 1024;
/// A file that changed while being read is read up to this many times in all.
constexpr int Attempts = 3;

QString fileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

/// Whether the folder holds a file that is named name once decoded, under a name that is not
/// valid UTF-8: such a name reaches Readout with U+FFFD for each invalid byte, which names another
/// file. QDir does not list such names at all: readdir() does.
bool thereUnderAnotherName(const QFileInfo &info)
{
    const QString name = info.fileName();
    if (!name.contains(QChar::ReplacementCharacter)) {
        return false;
    }
    bool found = false;
#ifdef Q_OS_UNIX
    if (DIR *dir = ::opendir(QFile::encodeName(info.absolutePath()).constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            if (QFile::decodeName(entry->d_name) == name) {
                found = true;
                break;
            }
        }
        ::closedir(dir);
    }
#endif
    return found;
}

Error notFound(const QString &path)
{
    const QFileInfo info(path);
    if (thereUnderAnotherName(info)) {
        return Error{Error::Code::Unreadable,
                     QCoreApplication::translate(
                         "Readout::InputFile",
                         "%1: the file is there but its name is not valid UTF-8, so Readout cannot open it "
                         "by that name; rename it (for example: convmv -f latin1 -t utf-8 --notest FILE)")
                         .arg(info.fileName())};
    }
    if (info.isSymLink()) {
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("Readout::InputFile",
                                        "%1: a link to %2, which is not there (moved or deleted?); check the link")
                .arg(path, info.symLinkTarget())};
    }
    return Error{Error::Code::NotFound,
                 QCoreApplication::translate("Readout::InputFile",
                                             "%1: no such file (moved, renamed or deleted?); check the path")
                     .arg(path)};
}

Error folder(const QString &path)
{
    return Error{Error::Code::Unreadable,
                 QCoreApplication::translate("Readout::InputFile", "%1: is a folder, not a file to read").arg(path)};
}

Error permissionDenied(const QString &path, const QString &why)
{
    return Error{
        Error::Code::Unreadable,
        QCoreApplication::translate("Readout::InputFile",
                                    "%1: permission denied (%2); you may not read this file. Change its permissions or "
                                    "ask its owner")
            .arg(fileName(path), why)};
}

#ifdef Q_OS_UNIX

QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode)) {
        return QStringLiteral("a FIFO");
    }
    if (S_ISSOCK(mode)) {
        return QStringLiteral("a socket");
    }
    if (S_ISCHR(mode)) {
        return QCoreApplication::translate("Readout::InputFile", "a character device");
    }
    if (S_ISBLK(mode)) {
        return QCoreApplication::translate("Readout::InputFile", "a block device");
    }
    return QCoreApplication::translate("Readout::InputFile", "a special file");
}

/// A FIFO waits for a writer, /dev/zero never ends, /dev/stdin takes the terminal: none is an article.
Error notRegular(const QString &path, mode_t mode)
{
    return Error{
        Error::Code::Unreadable,
        QCoreApplication::translate("Readout::InputFile",
                                    "%1: not a regular file (%2); Readout reads only ordinary files: save the text "
                                    "to a file and open that")
            .arg(fileName(path), kindOf(mode))};
}

/// What stat says of an open file: when any of it changes, so did the file.
struct Stamp {
    qint64 size = 0;
    qint64 modified = 0; ///< ns
    qint64 changed = 0; ///< ns (ctime: also moves when a write keeps the modification time)
    bool operator==(const Stamp &o) const
    {
        return size == o.size && modified == o.modified && changed == o.changed;
    }
};

Stamp stampOf(const struct stat &st)
{
    return {qint64(st.st_size),
            qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec,
            qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec};
}

/// Opens a regular file without blocking (a FIFO put in its place after check() must not hang
/// the reader) and without making a terminal ours.
Result<Stamp> openRegular(const QString &path, QFile &file)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        if (e == EACCES || e == EPERM) {
            return permissionDenied(path, qt_error_string(e));
        }
        if (e == ENOENT) {
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("Readout::InputFile", "%1: the file was deleted while opening it")
                             .arg(path)};
        }
        return Error{Error::Code::Unreadable,
                     QCoreApplication::translate("Readout::InputFile", "%1: cannot read (%2)")
                         .arg(fileName(path), qt_error_string(e))};
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return S_ISDIR(st.st_mode) ? folder(path) : notRegular(path, st.st_mode);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) {
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error{Error::Code::Unreadable,
                     QCoreApplication::translate("Readout::InputFile", "%1: cannot read (%2)")
                         .arg(fileName(path), file.errorString())};
    }
    return stampOf(st);
}

Stamp stampOf(const QFile &file)
{
    struct stat st = {};
    return ::fstat(file.handle(), &st) == 0 ? stampOf(st) : Stamp{-1, -1, -1};
}

#else

struct Stamp {
    qint64 size = 0;
    qint64 modified = 0;
    bool operator==(const Stamp &o) const
    {
        return size == o.size && modified == o.modified;
    }
};

Stamp stampOf(const QFile &file)
{
    return {file.size(), file.fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch()};
}

Result<Stamp> openRegular(const QString &path, QFile &file)
{
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo(path).isReadable() || file.error() == QFileDevice::PermissionsError) {
            return permissionDenied(path, file.errorString());
        }
        if (!QFileInfo::exists(path)) {
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("Readout::InputFile", "%1: the file was deleted while opening it")
                             .arg(path)};
        }
        return Error{Error::Code::Unreadable,
                     QCoreApplication::translate("Readout::InputFile", "%1: cannot read (%2)")
                         .arg(fileName(path), file.errorString())};
    }
    return stampOf(file);
}

#endif

Error tooLarge(const QString &path, qint64 size, const InputFile::Options &options)
{
    return Error{Error::Code::TooLarge,
                 QCoreApplication::translate("Readout::InputFile", "%1: %2 MB is larger than the %3 MB Readout reads%4")
                     .arg(fileName(path))
                     .arg(size / (1024 * 1024))
                     .arg(options.maxBytes / (1024 * 1024))
                     .arg(options.advice.isEmpty() ? QString() : QStringLiteral("; ") + options.advice)};
}

enum class Outcome {
    Read,
    Changed,
};

/// One pass over the open file: at most maxBytes + 1 bytes, so that a file which grows, or lies
/// about its size, cannot make the reader hold more than that.
Result<Outcome>
readOnce(const QString &path, QFile &file, const Stamp &before, const InputFile::Options &options, QByteArray *out)
{
    QByteArray &bytes = *out;
    bytes.clear();
    bytes.reserve(std::min(before.size, options.maxBytes) + 1);
    qint64 size = 0;
    for (;;) {
        const qint64 want = std::min(ChunkBytes, options.maxBytes + 1 - size);
        bytes.resize(size + want);
        const qint64 got = file.read(bytes.data() + size, want);
        if (got < 0) {
            bytes.resize(size);
            return Error{Error::Code::Unreadable,
                         QCoreApplication::translate("Readout::InputFile", "%1: reading stopped after %2 bytes (%3)")
                             .arg(fileName(path))
                             .arg(size)
                             .arg(file.errorString())};
        }
        size += got;
        bytes.resize(size);
        if (got == 0) {
            break;
        }
        if (size > options.maxBytes) {
            return Error{Error::Code::TooLarge,
                         QCoreApplication::translate("Readout::InputFile",
                                                     "%1: grew past the %2 MB Readout reads while being read")
                             .arg(fileName(path))
                             .arg(options.maxBytes / (1024 * 1024))};
        }
        if (options.progress && !options.progress(size, std::max(before.size, size))) {
            return Error{
                Error::Code::Cancelled,
                QCoreApplication::translate("Readout::InputFile", "%1: opening was cancelled").arg(fileName(path))};
        }
    }
    return size == before.size && stampOf(file) == before ? Outcome::Read : Outcome::Changed;
}

} // namespace

Result<bool> InputFile::check(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (native.isEmpty() || ::stat(native.constData(), &st) != 0) {
        const int e = native.isEmpty() ? ENOENT : errno;
        if (e == ENOENT || e == ENOTDIR) {
            return notFound(path);
        }
        if (e == EACCES) {
            return permissionDenied(path, qt_error_string(e));
        }
        return Error{Error::Code::Unreadable,
                     QCoreApplication::translate("Readout::InputFile", "%1: cannot read (%2)")
                         .arg(fileName(path), qt_error_string(e))};
    }
    if (S_ISDIR(st.st_mode)) {
        return folder(path);
    }
    if (!S_ISREG(st.st_mode)) {
        return notRegular(path, st.st_mode);
    }
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        return notFound(path);
    }
    if (info.isDir()) {
        return folder(path);
    }
    if (!info.isFile()) {
        return Error{Error::Code::Unreadable,
                     QCoreApplication::translate("Readout::InputFile",
                                                 "%1: not a regular file; Readout reads only ordinary files")
                         .arg(fileName(path))};
    }
#endif
    return true;
}

Result<QByteArray> InputFile::read(const QString &path, const Options &options)
{
    if (auto checked = check(path); !checked) {
        return checked.error();
    }
    QByteArray bytes;
    for (int attempt = 1; attempt <= Attempts; ++attempt) {
        QFile file;
        auto opened = openRegular(path, file);
        if (!opened) {
            return opened.error();
        }
        const Stamp before = opened.value();
        if (before.size > options.maxBytes) {
            return tooLarge(path, before.size, options);
        }
        auto outcome = readOnce(path, file, before, options, &bytes);
        if (!outcome) {
            return outcome.error();
        }
        if (outcome.value() == Outcome::Read) {
            if (attempt > 1 && options.notes) {
                options.notes->append(
                    QCoreApplication::translate("Readout::InputFile", "%1: changed while it was being read; read again")
                        .arg(fileName(path)));
            }
            return bytes;
        }
    }
    return Error{Error::Code::Unreadable,
                 QCoreApplication::translate(
                     "Readout::InputFile",
                     "%1: changed while being read, %2 times in a row; wait until whatever writes it has "
                     "finished, then open it again")
                     .arg(fileName(path))
                     .arg(Attempts)};
}

Result<QByteArray> InputFile::read(const QString &path)
{
    return read(path, Options());
}

} // namespace Readout
