// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include "../annotations.h"
#include "sidecar.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <utility>

namespace Readout
{

/// What one write did (see write() below).
struct WriteOutcome {
    QString path; ///< where it went
    QString error; ///< empty on success
    QByteArray hash; ///< of what was written, on success
    bool conflict = false; ///< the file changed on disk since it was read or written: not written
    QString aside; ///< where the other program's version was kept (keepMine())
};

namespace
{

/// What a write needs to know besides the JSON.
struct WriteRequest {
    QString path;
    QString fallback;
    QString article;
    std::optional<QByteArray> baseline; ///< the file's hash as we last knew it ("" = absent)
    bool setAsideFirst = false; ///< keep the file on disk aside first (the analyst keeps theirs)
};

/// Runs on a worker: the preferred path, then the fallback when the preferred one fails. Never
/// over a file another program changed since we read or wrote it.
WriteOutcome write(const WriteRequest &request, const QByteArray &json)
{
    WriteOutcome out;
    out.path = request.path;
    if (request.setAsideFirst && QFileInfo::exists(request.path)) {
        out.aside = Sidecar::keepAside(request.path, QStringLiteral("other"));
    } else if (request.baseline && Sidecar::fileHash(request.path) != *request.baseline) {
        out.conflict = true;
        return out;
    }
    auto first = Sidecar::writeFile(request.path, json, request.article);
    if (first.isOk()) {
        out.hash = Sidecar::bytesHash(json);
        return out;
    }
    // A link at the sidecar's place is refused and said (saveFailed()), not quietly bypassed: the
    // analyst would not find the corrections where Readout looks for them.
    if (!request.fallback.isEmpty() && request.fallback != request.path
        && Sidecar::linkRefusal(request.path).isEmpty()) {
        auto second = Sidecar::writeFile(request.fallback, json, request.article);
        if (second.isOk()) {
            out.path = request.fallback;
            out.hash = Sidecar::bytesHash(json);
            return out;
        }
    }
    out.error = first.error().message;
    return out;
}

} // namespace

class AutoSaverPrivate
{
public:
    QPointer<Annotations> annotations;
    QString path;
    QString fallback;
    QTimer timer;
    QFutureWatcher<WriteOutcome> watcher;
    bool enabled = true;
    bool dirty = false; ///< a change not yet handed to a write
    bool conflicted = false; ///< the file changed on disk: no write until the analyst decides
    bool setAsideFirst = false;
    std::optional<QByteArray> baseline;

    WriteRequest request()
    {
        WriteRequest r{path, fallback, annotations ? annotations->document().path() : QString(), baseline, false};
        r.setAsideFirst = std::exchange(setAsideFirst, false);
        return r;
    }
};

AutoSaver::AutoSaver(Annotations *annotations, const QString &path, const QString &fallbackPath, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<AutoSaverPrivate>())
{
    d->annotations = annotations;
    d->path = path;
    d->fallback = fallbackPath;
    d->timer.setSingleShot(true);
    d->timer.setInterval(300);
    connect(&d->timer, &QTimer::timeout, this, &AutoSaver::startWrite);
    connect(&d->watcher, &QFutureWatcherBase::finished, this, &AutoSaver::writeFinished);
    connect(annotations->undoStack(), &QUndoStack::indexChanged, this, [this] {
        // A cleared stack (new extraction, restore) is no correction; undoing to index 0 is.
        if (d->annotations && d->annotations->undoStack()->count() > 0) {
            requestSave();
        }
    });
}

AutoSaver::~AutoSaver()
{
    if (isPending()) {
        saveNow();
    }
    d->watcher.waitForFinished();
}

QString AutoSaver::path() const
{
    return d->path;
}

void AutoSaver::setInterval(int milliseconds)
{
    d->timer.setInterval(milliseconds);
}

int AutoSaver::interval() const
{
    return d->timer.interval();
}

void AutoSaver::setEnabled(bool enabled)
{
    d->enabled = enabled;
    if (!enabled) {
        d->timer.stop();
        d->dirty = false;
    }
}

bool AutoSaver::isEnabled() const
{
    return d->enabled;
}

void AutoSaver::requestSave()
{
    if (!d->enabled) {
        return;
    }
    d->dirty = true;
    // Not restarted by later changes: a steady stream of edits still saves every interval.
    if (!d->timer.isActive() && !d->watcher.isRunning()) {
        d->timer.start();
    }
}

bool AutoSaver::isPending() const
{
    return d->enabled && !d->conflicted && (d->dirty || d->timer.isActive() || d->watcher.isRunning());
}

void AutoSaver::startWrite()
{
    if (!d->annotations || !d->enabled || !d->dirty || d->conflicted) {
        return;
    }
    if (d->watcher.isRunning()) {
        return; // writeFinished() starts the next one
    }
    d->dirty = false;
    const QByteArray json = Sidecar::toJson(*d->annotations);
    const WriteRequest request = d->request();
    d->watcher.setFuture(QtConcurrent::run([request, json] {
        return write(request, json);
    }));
}

bool AutoSaver::finish(const WriteOutcome &outcome)
{
    if (outcome.conflict) {
        d->dirty = true; // what the analyst did stays to be written once they decide
        d->conflicted = true;
        Q_EMIT conflicted(d->path);
        return false;
    }
    if (!outcome.error.isEmpty()) {
        Q_EMIT saveFailed(outcome.error);
        return false;
    }
    d->path = outcome.path;
    d->baseline = outcome.hash;
    if (!outcome.aside.isEmpty()) {
        Q_EMIT keptAside(outcome.aside);
    }
    Q_EMIT saved(outcome.path);
    return true;
}

void AutoSaver::writeFinished()
{
    finish(d->watcher.result());
    if (d->dirty && !d->conflicted && !d->timer.isActive()) {
        d->timer.start();
    }
}

void AutoSaver::setBaseline(const QByteArray &fileHash)
{
    d->baseline = fileHash;
    d->conflicted = false;
}

bool AutoSaver::isConflicted() const
{
    return d->conflicted;
}

void AutoSaver::keepMine()
{
    if (!d->conflicted) {
        return;
    }
    d->conflicted = false;
    d->setAsideFirst = true;
    requestSave();
}

QString AutoSaver::saveAside(const QString &reason)
{
    d->watcher.waitForFinished();
    if (!d->annotations) {
        return {};
    }
    const QString target = Sidecar::asidePath(d->path, reason);
    const auto wrote = Sidecar::writeFile(target, Sidecar::toJson(*d->annotations), d->annotations->document().path());
    if (!wrote) {
        Q_EMIT saveFailed(wrote.error().message);
        return {};
    }
    return target;
}

bool AutoSaver::saveNow()
{
    d->timer.stop();
    d->watcher.waitForFinished();
    if (!d->annotations || !d->enabled) {
        return false;
    }
    if (!d->conflicted) {
        d->dirty = false;
        const WriteOutcome outcome = write(d->request(), Sidecar::toJson(*d->annotations));
        if (!outcome.conflict) {
            return finish(outcome);
        }
        // Changed on disk since the last write: nobody is left to ask (the article is closing).
        d->dirty = true;
    }
    // Closing before the analyst decided: theirs stays in place, ours goes beside it.
    const QString aside = saveAside(QStringLiteral("unsaved"));
    if (!aside.isEmpty()) {
        d->dirty = false;
        Q_EMIT keptAside(aside);
    }
    return !aside.isEmpty();
}

} // namespace Readout
