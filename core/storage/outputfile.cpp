// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include "sidecar.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Readout
{

namespace
{

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Blocks SIGPIPE in this thread while alive, so that writing to a FIFO whose reader went away
/// fails with EPIPE instead of ending the program; a SIGPIPE raised meanwhile is taken back.
class PipeSignalBlocker
{
public:
    PipeSignalBlocker()
    {
        sigemptyset(&m_pipe);
        sigaddset(&m_pipe, SIGPIPE);
        sigset_t pending;
        sigemptyset(&pending);
        m_wasPending = sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1;
        m_blocked = pthread_sigmask(SIG_BLOCK, &m_pipe, &m_old) == 0;
    }
    ~PipeSignalBlocker()
    {
        if (!m_blocked) {
            return;
        }
        sigset_t pending;
        sigemptyset(&pending);
        if (!m_wasPending && sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1) {
            const timespec now{0, 0};
            (void)sigtimedwait(&m_pipe, nullptr, &now);
        }
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    Q_DISABLE_COPY(PipeSignalBlocker)

private:
    sigset_t m_pipe;
    sigset_t m_old;
    bool m_wasPending = false;
    bool m_blocked = false;
};

/// Writes bytes into an existing character device or FIFO, without replacing it.
Result<bool> writeInPlace(const QString &path, const QByteArray &bytes, bool fifo)
{
    const QByteArray name = QFile::encodeName(path);
    // Non-blocking open: a FIFO nobody reads fails at once (ENXIO) instead of waiting for ever.
    const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY | (fifo ? O_NONBLOCK : 0));
    if (fd < 0) {
        const int error = errno;
        if (fifo && error == ENXIO) {
            return Error{
                Error::Code::WriteFailed,
                QCoreApplication::translate("Readout::OutputFile",
                                            "%1: a FIFO that no program is reading; start the reading program first")
                    .arg(path)};
        }
        return Error{
            Error::Code::WriteFailed,
            QCoreApplication::translate("Readout::OutputFile", "%1: cannot write (%2)").arg(path, errnoText(error))};
    }
    if (fifo) {
        const int flags = fcntl(fd, F_GETFL);
        (void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    }
    int error = 0;
    {
        const PipeSignalBlocker blocker;
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                error = n < 0 ? errno : EIO;
                break;
            }
            done += n;
        }
    }
    if (::close(fd) != 0 && error == 0 && errno != EINTR) {
        error = errno;
    }
    if (error != 0) {
        return Error{
            Error::Code::WriteFailed,
            QCoreApplication::translate("Readout::OutputFile", "%1: cannot write (%2)").arg(path, errnoText(error))};
    }
    return true;
}

} // namespace

bool OutputFile::sameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a);
    const QFileInfo y(b);
    return x.absoluteFilePath() == y.absoluteFilePath()
        || (x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath());
}

QString OutputFile::refusal(const QString &path, const QStringList &articles)
{
    for (const QString &article : articles) {
        if (!article.isEmpty() && sameFile(path, article)) {
            return QCoreApplication::translate("Readout::OutputFile",
                                               "%1: refusing to overwrite the article %2 itself; choose another file")
                .arg(path, article);
        }
    }
    if (Sidecar::isSidecar(path)) {
        return QFileInfo::exists(path)
            ? QCoreApplication::translate(
                  "Readout::OutputFile",
                  "%1: is a Readout sidecar (the corrections of an article); refusing to write over "
                  "it. Choose another file")
                  .arg(path)
            : QCoreApplication::translate("Readout::OutputFile",
                                          "%1: names a Readout sidecar (NAME.readout.json keeps the corrections of an "
                                          "article); choose another file name")
                  .arg(path);
    }
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return {}; // a new file
    }
    if (S_ISDIR(st.st_mode)) {
        return QCoreApplication::translate("Readout::OutputFile", "%1: is a folder; choose a file in it").arg(path);
    }
    if (!S_ISREG(st.st_mode) && !S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
        return QCoreApplication::translate("Readout::OutputFile",
                                           "%1: is a block device or a socket, not a file; choose a file")
            .arg(path);
    }
    return {};
}

Result<bool> OutputFile::write(const QString &path, const QByteArray &bytes, const QStringList &articles)
{
    if (const QString refused = refusal(path, articles); !refused.isEmpty()) {
        return Error{Error::Code::WriteFailed, refused};
    }
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
        return writeInPlace(path, bytes, S_ISFIFO(st.st_mode));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{
            Error::Code::WriteFailed,
            QCoreApplication::translate("Readout::OutputFile", "%1: cannot write (%2)").arg(path, file.errorString())};
    }
    return true;
}

} // namespace Readout
