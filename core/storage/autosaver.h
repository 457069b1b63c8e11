// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace Readout
{

class Annotations;
class AutoSaverPrivate;
struct WriteOutcome;

/// Keeps an article's sidecar up to date: every change on the Annotations' undo stack
/// (QUndoStack::indexChanged) starts a short QTimer; when it fires, the state is serialised on the
/// calling thread and written by a worker (Sidecar::writeFile: QSaveFile, atomic), so the GUI never
/// waits on the disk. Changes arriving while a write runs are written right after it. Does not
/// own the annotations; flushes what is pending when destroyed.
///
/// Never overwrites blindly what another program (another Readout) wrote: once it knows the
/// file's content (setBaseline(), and after each write), a write first checks that the file is
/// still that; if not, nothing is written, conflicted() is emitted and saving waits until the
/// analyst keeps theirs (keepMine(): the other version is kept aside, then ours written) or takes
/// the other (the caller reloads it after saveAside()). Nothing is lost either way.
class AutoSaver : public QObject
{
    Q_OBJECT
public:
    /// path: where the sidecar goes; fallbackPath: where it goes when path cannot be written.
    AutoSaver(Annotations *annotations, const QString &path, const QString &fallbackPath, QObject *parent = nullptr);
    ~AutoSaver() override;

    [[nodiscard]] QString path() const;
    /// Delay between a change and its write (default 300 ms); a burst of changes is one write.
    void setInterval(int milliseconds);
    [[nodiscard]] int interval() const;
    /// Off: nothing is written (a newer sidecar must not be overwritten).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const;

    /// Schedules a write of the current state (for changes that are not undo steps: a restore).
    void requestSave();
    /// Writes the current state now on this thread, waiting for a write in flight; for closing:
    /// where the file changed on disk, ours is kept beside it (keptAside()), never asked about.
    bool saveNow();
    [[nodiscard]] bool isPending() const;

    /// The SHA-256 of the sidecar as read from disk (Sidecar::fileHash(); empty: none there).
    void setBaseline(const QByteArray &fileHash);
    /// The file changed on disk since it was read or written; saving waits for a decision.
    [[nodiscard]] bool isConflicted() const;
    /// After conflicted(): the file on disk is kept aside, then the current state written.
    void keepMine();
    /// Writes the current state beside the sidecar (NAME.readout.json.<reason>-<time>), leaving
    /// the sidecar alone; returns where, or empty on failure.
    QString saveAside(const QString &reason);

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);
    /// The sidecar at path changed on disk since it was read or written: not overwritten.
    void conflicted(const QString &path);
    /// A version of the sidecar was kept at path (the other program's, or ours at closing).
    void keptAside(const QString &path);

private:
    void startWrite();
    void writeFinished();
    bool finish(const WriteOutcome &outcome);

    std::unique_ptr<AutoSaverPrivate> d;
};

} // namespace Readout
