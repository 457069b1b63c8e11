// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include "../annotations.h"
#include "sidecar.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace Readout
{

namespace
{

struct WriteOutcome {
    QString path; ///< where it went
    QString error; ///< empty on success
};

/// Runs on a worker: the preferred path, then the fallback when the preferred one fails.
WriteOutcome write(const QString &path, const QString &fallback, const QByteArray &json, const QString &article)
{
    auto first = Sidecar::writeFile(path, json, article);
    if (first.isOk()) {
        return {path, {}};
    }
    if (!fallback.isEmpty() && fallback != path) {
        auto second = Sidecar::writeFile(fallback, json, article);
        if (second.isOk()) {
            return {fallback, {}};
        }
    }
    return {path, first.error().message};
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
    return d->enabled && (d->dirty || d->timer.isActive() || d->watcher.isRunning());
}

void AutoSaver::startWrite()
{
    if (!d->annotations || !d->enabled || !d->dirty) {
        return;
    }
    if (d->watcher.isRunning()) {
        return; // writeFinished() starts the next one
    }
    d->dirty = false;
    const QByteArray json = Sidecar::toJson(*d->annotations);
    const QString path = d->path;
    const QString fallback = d->fallback;
    const QString article = d->annotations->document().path();
    d->watcher.setFuture(QtConcurrent::run([path, fallback, json, article] {
        return write(path, fallback, json, article);
    }));
}

void AutoSaver::writeFinished()
{
    const WriteOutcome outcome = d->watcher.result();
    if (outcome.error.isEmpty()) {
        d->path = outcome.path;
        Q_EMIT saved(outcome.path);
    } else {
        Q_EMIT saveFailed(outcome.error);
    }
    if (d->dirty && !d->timer.isActive()) {
        d->timer.start();
    }
}

bool AutoSaver::saveNow()
{
    d->timer.stop();
    d->watcher.waitForFinished();
    if (!d->annotations || !d->enabled) {
        return false;
    }
    d->dirty = false;
    const WriteOutcome outcome =
        write(d->path, d->fallback, Sidecar::toJson(*d->annotations), d->annotations->document().path());
    if (!outcome.error.isEmpty()) {
        Q_EMIT saveFailed(outcome.error);
        return false;
    }
    d->path = outcome.path;
    Q_EMIT saved(outcome.path);
    return true;
}

} // namespace Readout
