// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../edit/datereanchor.h"
#include "../pipeline.h"
#include "../storage/sidecar.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace Readout
{

class Annotations;
class AutoSaver;
class DictionaryTeacher;
class KnowledgeBase;
struct UserEntry;

/// What the worker of a session hands back: an extraction or the sidecar found, and the knowledge
/// (built-in plus the user dictionary) the article is then corrected with.
struct SessionLoad {
    Extraction extraction;
    SidecarOpening sidecar;
    QString sidecarPath; ///< where corrections are saved
    QByteArray sidecarHash; ///< of the sidecar file as left on disk (empty: none)
    std::shared_ptr<const KnowledgeBase> knowledge;
    QStringList knowledgeProblems; ///< data folder or user dictionary left out, and why
};

/// One article open in this process: its Annotations (one undo stack), its AutoSaver and the
/// teacher of the user dictionary, shared by every view that shows it (a main-window tab, a side
/// of a compare window), so an edit anywhere is seen everywhere and one autosaver writes the
/// sidecar. acquire() hands out the session of a file already open; the last holder's release
/// ends it (flushing pending corrections). Opens the sidecar or extracts off the GUI thread;
/// watches the sidecar for changes made by another program (AutoSaver) and lets the analyst
/// keep theirs or take the other, nothing lost either way.
class ArticleSession : public QObject
{
    Q_OBJECT
public:
    /// The session of document's file already open in this process, else a new one (an article
    /// without a file, such as pasted text, always gets its own).
    [[nodiscard]] static std::shared_ptr<ArticleSession> acquire(const Document &document,
                                                                 const QString &dictionaryPath);
    ~ArticleSession() override;
    Q_DISABLE_COPY(ArticleSession)

    [[nodiscard]] const Document &document() const;
    [[nodiscard]] Annotations *annotations() const;
    /// Exists once the first load finished.
    [[nodiscard]] AutoSaver *autoSaver() const;
    [[nodiscard]] DictionaryTeacher *teacher() const;
    [[nodiscard]] std::shared_ptr<const KnowledgeBase> knowledge() const;

    /// Restores the sidecar when there is one, else extracts; extractionFinished() follows.
    /// Does nothing while loading or once loaded (a second view joins what is there).
    void open();
    /// Runs the pipeline afresh on a worker; extractionFinished() follows.
    void startExtraction();
    [[nodiscard]] bool isExtracting() const;
    void cancelExtraction();
    /// Spans imported with the article (brat .ann): open() uses them when no sidecar has corrections.
    void setImportedAnnotations(const QVector<Entity> &entities, const QVector<Event> &events);
    [[nodiscard]] bool hasExtraction() const;
    /// The sidecar was written for another version of the article: resolveChangedArticle() waits.
    [[nodiscard]] bool hasChangedArticle() const;
    /// Re-anchor the saved annotations on the changed article (true) or start again (false).
    void resolveChangedArticle(bool reanchor);
    /// After sidecarConflict(): keep this session's corrections (the other version is kept aside)
    /// or take the other program's (this session's are kept aside first).
    void resolveSidecarConflict(bool keepMine);
    /// Anchors the dates on another publication date, re-resolving them: one undo step.
    void setPublishedDate(const QDate &published);

Q_SIGNALS:
    void loadStarted();
    void extractionFinished();
    void extractionCancelled();
    void statusMessage(const QString &message);
    /// The article changed since its sidecar was written: ask, then resolveChangedArticle().
    void sidecarChanged(const QString &message);
    /// A sidecar that could not be used (newer format, damaged); the article opened without it.
    void sidecarProblem(const QString &title, const QString &message);
    /// Another program changed the sidecar since it was read: ask, then resolveSidecarConflict().
    void sidecarConflict(const QString &message);
    /// The analyst's data folder or user dictionary could not be used (file:line and why); the
    /// article opened with the built-in data.
    void knowledgeProblem(const QString &message);

private:
    ArticleSession(const Document &document, const QString &dictionaryPath);
    void applyLoad();
    void restore(const SidecarData &data, const QString &note);
    void createAutoSaver(const QString &path);
    void tellLearned(const UserEntry &entry);
    void tellForgotten(const UserEntry &entry);

    Document m_document;
    Annotations *m_annotations;
    DictionaryTeacher *m_teacher;
    AutoSaver *m_autoSaver = nullptr;
    QString m_dictionaryPath;
    std::shared_ptr<const KnowledgeBase> m_knowledge;
    QFutureWatcher<SessionLoad> m_watcher;
    QFutureWatcher<DateReanchoring> m_reanchorWatcher;
    QFutureWatcher<SessionLoad> m_reloadWatcher;
    QDate m_reanchorDate;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<Extraction> m_imported;
    SidecarOpening m_changedSidecar;
    bool m_hasExtraction = false;
};

} // namespace Readout
