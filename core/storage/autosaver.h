// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace Readout
{

class Annotations;
class AutoSaverPrivate;

/// Keeps an article's sidecar up to date: every change on the Annotations' undo stack
/// (QUndoStack::indexChanged) starts a short QTimer; when it fires, the state is serialised on the
/// calling thread and written by a worker (Sidecar::writeFile: QSaveFile, atomic), so the GUI never
/// waits on the disk. Changes arriving while a write runs are written right after it. Does not
/// own the annotations; flushes what is pending when destroyed.
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
    /// Writes the current state now on this thread, waiting for a write in flight; for closing.
    bool saveNow();
    [[nodiscard]] bool isPending() const;

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void startWrite();
    void writeFinished();

    std::unique_ptr<AutoSaverPrivate> d;
};

} // namespace Readout
