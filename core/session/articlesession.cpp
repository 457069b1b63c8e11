// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesession.h"

#include "../annotations.h"
#include "../edit/textreanchor.h"
#include "../knowledge/analystknowledge.h"
#include "../knowledge/datafolder.h"
#include "../knowledge/dictionaryteacher.h"
#include "../knowledge/knowledgebase.h"
#include "../knowledge/userdictionary.h"
#include "../storage/autosaver.h"

#include <QFileInfo>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

namespace Readout
{

namespace
{

/// The sessions open in this process by canonical file path (GUI thread only).
QHash<QString, std::weak_ptr<ArticleSession>> &openSessions()
{
    static QHash<QString, std::weak_ptr<ArticleSession>> sessions;
    return sessions;
}

QString keyOf(const Document &document)
{
    const QFileInfo info(document.path());
    return document.path().isEmpty() || !info.isFile() ? QString() : info.canonicalFilePath();
}

enum class LoadKind {
    SidecarOrExtract,
    Extract,
    Sidecar, ///< the sidecar only (another program's version, taken by the analyst)
};

/// Runs on a worker: knowledge, sidecar and extraction are all I/O or heavy.
SessionLoad load(const Document &document,
                 const QString &dictionary,
                 const std::optional<Extraction> &imported,
                 const std::shared_ptr<std::atomic<bool>> &cancel,
                 LoadKind kind)
{
    SessionLoad out;
    const AnalystKnowledge knowledge = AnalystKnowledge::load(dictionary, DataFolder::inUse());
    out.knowledge = knowledge.knowledge;
    out.knowledgeProblems = knowledge.problems;
    using Kind = SidecarOpening::Kind;
    if (kind != LoadKind::Extract) {
        out.sidecar = Sidecar::open(document);
        if (out.sidecar.kind == Kind::Damaged) {
            const QString aside = Sidecar::keepAside(out.sidecar.path, QStringLiteral("damaged"));
            out.sidecar.message += aside.isEmpty() ? QString() : QStringLiteral("\nKept as %1.").arg(aside);
        }
    }
    out.sidecarPath = out.sidecar.path.isEmpty() ? Sidecar::writePath(document.path()) : out.sidecar.path;
    if (kind == LoadKind::SidecarOrExtract && out.sidecar.kind != Kind::Restored && out.sidecar.kind != Kind::Changed) {
        // Spans imported with the article (brat) stand in for an extraction.
        out.extraction = imported ? *imported : Pipeline(out.knowledge).run(document, cancel.get());
    } else if (kind == LoadKind::Extract) {
        out.extraction = Pipeline(out.knowledge).run(document, cancel.get());
    }
    out.sidecarHash = Sidecar::fileHash(out.sidecarPath);
    return out;
}

} // namespace

std::shared_ptr<ArticleSession> ArticleSession::acquire(const Document &document, const QString &dictionaryPath)
{
    const QString key = keyOf(document);
    if (!key.isEmpty()) {
        if (std::shared_ptr<ArticleSession> open = openSessions().value(key).lock()) {
            return open;
        }
    }
    std::shared_ptr<ArticleSession> session(new ArticleSession(document, dictionaryPath));
    if (!key.isEmpty()) {
        openSessions().insert(key, session);
    }
    return session;
}

ArticleSession::ArticleSession(const Document &document, const QString &dictionaryPath)
    : m_document(document)
    , m_annotations(new Annotations(this))
    , m_teacher(new DictionaryTeacher(dictionaryPath, this))
    , m_dictionaryPath(dictionaryPath)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_annotations->reset(m_document, {}, {});
    m_annotations->setTeacher(m_teacher);
    connect(m_teacher, &DictionaryTeacher::learned, this, &ArticleSession::tellLearned);
    connect(m_teacher, &DictionaryTeacher::forgotten, this, &ArticleSession::tellForgotten);
    connect(m_teacher, &DictionaryTeacher::refused, this, [this](const UserEntry &entry, const QString &reason) {
        Q_EMIT statusMessage(tr("Annotated in this article only: “%1” %2, so it is not learnt for every article")
                                 .arg(entry.surface, reason));
    });
    connect(m_teacher, &DictionaryTeacher::writeFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("User dictionary not saved: %1").arg(message));
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ArticleSession::applyLoad);
    connect(&m_reloadWatcher, &QFutureWatcherBase::finished, this, [this] {
        const SessionLoad taken = m_reloadWatcher.result();
        if (taken.sidecar.kind == SidecarOpening::Kind::Restored) {
            m_autoSaver->setBaseline(taken.sidecarHash);
            restore(taken.sidecar.data, tr("Took the corrections saved by the other program"));
        } else {
            Q_EMIT statusMessage(tr("The other version could not be read: %1").arg(taken.sidecar.message));
        }
    });
    connect(&m_reanchorWatcher, &QFutureWatcherBase::finished, this, [this] {
        const DateReanchoring r = m_reanchorWatcher.result();
        if (m_annotations->reanchorDates(m_reanchorDate, r.entityValues, r.eventDates)) {
            Q_EMIT statusMessage(
                tr("Dates anchored on %1: %n value(s) re-resolved", nullptr, int(r.entityValues.size()))
                    .arg(m_reanchorDate.toString(Qt::ISODate)));
        }
    });
}

ArticleSession::~ArticleSession()
{
    // The worker holds its own copies (document, knowledge, flag): tell it to stop, never wait.
    m_cancel->store(true);
    const QString key = keyOf(m_document);
    if (!key.isEmpty() && openSessions().value(key).expired()) {
        openSessions().remove(key);
    }
    delete m_autoSaver; // flushes pending corrections before the annotations go
}

const Document &ArticleSession::document() const
{
    return m_document;
}

Annotations *ArticleSession::annotations() const
{
    return m_annotations;
}

AutoSaver *ArticleSession::autoSaver() const
{
    return m_autoSaver;
}

DictionaryTeacher *ArticleSession::teacher() const
{
    return m_teacher;
}

std::shared_ptr<const KnowledgeBase> ArticleSession::knowledge() const
{
    return m_knowledge;
}

void ArticleSession::open()
{
    if (isExtracting() || m_hasExtraction || m_changedSidecar.kind == SidecarOpening::Kind::Changed) {
        return;
    }
    m_cancel->store(false);
    const Document document = m_document;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const QString dictionary = m_dictionaryPath;
    const std::optional<Extraction> imported = m_imported;
    m_watcher.setFuture(QtConcurrent::run([document, dictionary, imported, cancel] {
        return load(document, dictionary, imported, cancel, LoadKind::SidecarOrExtract);
    }));
    Q_EMIT loadStarted();
}

void ArticleSession::startExtraction()
{
    if (isExtracting()) {
        return;
    }
    m_cancel->store(false);
    const Document document = m_document;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const QString dictionary = m_dictionaryPath;
    m_watcher.setFuture(QtConcurrent::run([document, dictionary, cancel] {
        return load(document, dictionary, std::nullopt, cancel, LoadKind::Extract);
    }));
    Q_EMIT loadStarted();
}

bool ArticleSession::isExtracting() const
{
    return m_watcher.isRunning();
}

void ArticleSession::cancelExtraction()
{
    m_cancel->store(true);
}

void ArticleSession::setImportedAnnotations(const QVector<Entity> &entities, const QVector<Event> &events)
{
    Extraction imported;
    imported.entities = entities;
    imported.events = events;
    m_imported = imported;
}

bool ArticleSession::hasExtraction() const
{
    return m_hasExtraction;
}

bool ArticleSession::hasChangedArticle() const
{
    return m_changedSidecar.kind == SidecarOpening::Kind::Changed;
}

void ArticleSession::createAutoSaver(const QString &path)
{
    if (m_autoSaver) {
        return;
    }
    m_autoSaver = new AutoSaver(m_annotations, path, Sidecar::fallbackPath(m_document.path()), this);
    connect(m_autoSaver, &AutoSaver::saveFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Corrections not saved: %1").arg(message));
    });
    connect(m_autoSaver, &AutoSaver::keptAside, this, [this](const QString &aside) {
        Q_EMIT statusMessage(tr("The other version of the corrections was kept as %1").arg(aside));
    });
    connect(m_autoSaver, &AutoSaver::conflicted, this, [this](const QString &sidecar) {
        Q_EMIT sidecarConflict(tr("%1 was changed by another program (or another Readout window) since "
                                  "%2 was opened here. Your corrections are not saved over it until you choose.")
                                   .arg(QFileInfo(sidecar).fileName(), m_document.displayName()));
    });
}

void ArticleSession::applyLoad()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        Q_EMIT extractionCancelled();
        return;
    }
    SessionLoad loaded = m_watcher.result();
    m_knowledge = loaded.knowledge;
    m_annotations->setKnowledge(loaded.knowledge);
    if (!loaded.knowledgeProblems.isEmpty()) {
        Q_EMIT knowledgeProblem(loaded.knowledgeProblems.join(QLatin1Char('\n')));
    }
    createAutoSaver(loaded.sidecarPath);
    m_autoSaver->setBaseline(loaded.sidecarHash);
    const SidecarOpening &sidecar = loaded.sidecar;
    switch (sidecar.kind) {
    case SidecarOpening::Kind::Restored:
        restore(sidecar.data, tr("Restored the corrections saved in %1").arg(QFileInfo(sidecar.path).fileName()));
        return;
    case SidecarOpening::Kind::Changed:
        m_changedSidecar = sidecar;
        Q_EMIT extractionCancelled(); // nothing shown yet: the question comes first
        Q_EMIT sidecarChanged(sidecar.message);
        return;
    case SidecarOpening::Kind::Newer:
        // Never overwrite what a newer Readout wrote: this session's corrections are not saved.
        m_autoSaver->setEnabled(false);
        Q_EMIT sidecarProblem(
            tr("Annotations From a Newer Readout"),
            tr("%1\n\nThe article opens without them; corrections made now are not saved.").arg(sidecar.message));
        break;
    case SidecarOpening::Kind::Damaged:
        Q_EMIT sidecarProblem(tr("Damaged Annotations File"),
                              tr("%1\n\nThe article opens without them.").arg(sidecar.message));
        break;
    case SidecarOpening::Kind::None:
        break;
    }
    Extraction &extraction = loaded.extraction;
    if (extraction.cancelled) {
        Q_EMIT statusMessage(tr("Extraction of %1 was cancelled").arg(m_document.displayName()));
        Q_EMIT extractionCancelled();
        return;
    }
    m_annotations->reset(m_document, std::move(extraction.entities), std::move(extraction.events));
    m_hasExtraction = true;
    Q_EMIT extractionFinished();
}

void ArticleSession::restore(const SidecarData &data, const QString &note)
{
    Document document = m_document;
    if (data.published.isValid()) {
        document.setPublished(data.published);
    }
    m_annotations->restore(document, data.entities, data.events, data.log);
    m_hasExtraction = true;
    Q_EMIT extractionFinished();
    Q_EMIT statusMessage(note);
}

void ArticleSession::resolveChangedArticle(bool reanchor)
{
    if (m_changedSidecar.kind != SidecarOpening::Kind::Changed) {
        return;
    }
    const SidecarOpening sidecar = std::exchange(m_changedSidecar, SidecarOpening());
    if (!reanchor) {
        const QString aside = Sidecar::keepAside(sidecar.path, QStringLiteral("replaced"));
        m_autoSaver->setBaseline({});
        Q_EMIT statusMessage(tr("Starting again; the old annotations were kept as %1").arg(aside));
        startExtraction();
        return;
    }
    const ReanchorOutcome outcome = TextReanchor::reanchor(sidecar.data, m_document);
    SidecarData data = sidecar.data;
    data.entities = outcome.entities;
    data.events = outcome.events;
    CorrectionLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = tr("Re-anchor on the changed article (lost %1 entities, %2 events)")
                       .arg(outcome.lostEntities.size())
                       .arg(outcome.lostEvents.size());
    entry.target = QStringLiteral("document");
    entry.field = QStringLiteral("text_hash");
    entry.before = sidecar.data.textHash;
    entry.after = Sidecar::hashOf(m_document.text());
    data.log.append(entry);
    const QStringList lost = outcome.lostEntities + outcome.lostEvents;
    restore(data,
            lost.isEmpty()
                ? tr("Re-anchored every annotation on the changed article")
                : tr("Re-anchored on the changed article; not found any more: %1").arg(lost.join(QLatin1String(", "))));
    m_autoSaver->requestSave();
}

void ArticleSession::resolveSidecarConflict(bool keepMine)
{
    if (!m_autoSaver || !m_autoSaver->isConflicted() || m_reloadWatcher.isRunning()) {
        return;
    }
    if (keepMine) {
        m_autoSaver->keepMine();
        return;
    }
    const QString mine = m_autoSaver->saveAside(QStringLiteral("mine"));
    if (mine.isEmpty()) {
        return; // ours could not be kept: nothing is replaced (saveFailed() said why)
    }
    Q_EMIT statusMessage(tr("Your corrections were kept as %1").arg(mine));
    const Document document = m_document;
    const QString dictionary = m_dictionaryPath;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_reloadWatcher.setFuture(QtConcurrent::run([document, dictionary, cancel] {
        return load(document, dictionary, std::nullopt, cancel, LoadKind::Sidecar);
    }));
}

void ArticleSession::setPublishedDate(const QDate &published)
{
    if (!published.isValid() || !m_knowledge || m_reanchorWatcher.isRunning()) {
        return;
    }
    m_reanchorDate = published;
    const Document document = m_annotations->document();
    const QVector<Entity> entities = m_annotations->entities();
    const QVector<Event> events = m_annotations->events();
    const std::shared_ptr<const KnowledgeBase> knowledge = m_knowledge;
    m_reanchorWatcher.setFuture(QtConcurrent::run([document, published, entities, events, knowledge] {
        return DateReanchor::compute(document, published, entities, events, *knowledge);
    }));
}

void ArticleSession::tellLearned(const UserEntry &entry)
{
    if (entry.stop) {
        Q_EMIT statusMessage(
            tr("“%1” will not be suggested as a name in any article; Undo to forget").arg(entry.surface));
        return;
    }
    Q_EMIT statusMessage(
        tr("“%1” will be tagged %2 in every article; Undo to forget").arg(entry.surface, entityTypeName(entry.type)));
}

void ArticleSession::tellForgotten(const UserEntry &entry)
{
    Q_EMIT statusMessage(
        entry.stop
            ? tr("Forgot that “%1” is never a name").arg(entry.surface)
            : tr("Forgot “%1”: no longer tagged %2 in every article").arg(entry.surface, entityTypeName(entry.type)));
}

} // namespace Readout
