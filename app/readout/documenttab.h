// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "entity.h"
#include "event.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Readout
{

class Annotations;
class ArticleView;
class PreparedDocument;
class ArticleSession;
class AutoSaver;
class EntityEditController;
class EventTableModel;
class EventsPanel;
class FindBar;
class KnowledgeBase;
class LegendWidget;

/// One view of an open article: the legend and article view shown in the tab, its event model and
/// the EventsPanel the main window shows in its Events dock while this tab is current. The
/// article itself (Annotations, undo stack, autosaver, loading) is its ArticleSession, shared with
/// every other view of the same file in this process (a compare window's side). Owns the views it
/// creates, the panel included (which lives in the dock, not in this widget).
class DocumentTab : public QWidget
{
    Q_OBJECT
public:
    /// display: the text already laid out off the GUI thread (ArticleView::prepareDocument()), if any.
    explicit DocumentTab(const Document &document,
                         QWidget *parent = nullptr,
                         std::shared_ptr<PreparedDocument> display = {});
    ~DocumentTab() override;

    [[nodiscard]] QString path() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] Annotations *annotations() const;
    [[nodiscard]] EventTableModel *eventModel() const;
    [[nodiscard]] ArticleView *articleView() const;
    [[nodiscard]] LegendWidget *legend() const;
    [[nodiscard]] EventsPanel *eventsPanel() const;
    /// The find bar under the article (Edit ▸ Find…), hidden until asked for.
    [[nodiscard]] FindBar *findBar() const;
    [[nodiscard]] EntityEditController *entityEditor() const;
    [[nodiscard]] AutoSaver *autoSaver() const;
    [[nodiscard]] ArticleSession *session() const;

    /// Restores the article's sidecar when it has one (asking first when the article changed),
    /// else runs the extraction; extractionFinished() follows either way. The text shows at once.
    void open();
    /// Runs the pipeline on a worker thread; extractionFinished() follows.
    void startExtraction();
    [[nodiscard]] bool isExtracting() const;
    /// Asks a running extraction to stop; extractionFinished() does not follow, the text stays.
    void cancelExtraction();
    /// Spans imported with the article (a brat .ann): open() uses them instead of an extraction
    /// when no sidecar holds corrections.
    void setImportedAnnotations(const QVector<Entity> &entities, const QVector<Event> &events);
    [[nodiscard]] bool hasExtraction() const;
    /// "12 entities, 3 events · published 2021-12-28 · UTF-8", or "Extracting…".
    [[nodiscard]] QString summary() const;

    /// Selects in the events table every event that uses this entity and reports which.
    void selectEventsUsing(const QString &entityId);
    /// Marks the evidence of this event in the article.
    void showEventEvidence(const QString &eventId);

    /// After sidecarChanged(): re-anchor the saved annotations on the new text (true) or set the
    /// sidecar aside and start again from a fresh extraction (false).
    void resolveChangedArticle(bool reanchor);
    /// After sidecarConflict(): keep this window's corrections or take the other program's.
    void resolveSidecarConflict(bool keepMine);

    // Event corrections on the events table's selection (and the article's, for adding).
    QString addEventFromSelection();
    bool deleteSelectedEvents();
    bool mergeSelectedEvents();
    /// Moves these participants of the current event to a new event.
    QString splitCurrentEvent(const QStringList &movedParticipants);
    /// Marks the selected events reviewed (or, when all are, unreviewed).
    bool toggleReviewed();
    /// Opens the details of the entity at the cursor (type, canonical name or date value).
    void editEntityDetails();
    /// Anchors the dates on another publication date, re-resolving them: one undo step.
    void setPublishedDate(const QDate &published);
    /// Where the user dictionary this tab learns into lives.
    [[nodiscard]] static QString userDictionaryPath();

Q_SIGNALS:
    void extractionFinished();
    void summaryChanged(const QString &summary);
    void statusMessage(const QString &message);
    /// The article changed since its sidecar was written: ask, then resolveChangedArticle().
    void sidecarChanged(const QString &message);
    /// A sidecar that could not be used (newer format, damaged); the article opened without it.
    void sidecarProblem(const QString &title, const QString &message);
    /// The analyst's data folder or dictionary was left out (ArticleSession::knowledgeProblem).
    void knowledgeProblem(const QString &message);
    /// Another program changed the sidecar since it was read: ask, then resolveSidecarConflict().
    void sidecarConflict(const QString &message);

private:
    std::shared_ptr<ArticleSession> m_session;
    Annotations *m_annotations;
    EventTableModel *m_eventModel;
    LegendWidget *m_legend;
    ArticleView *m_view;
    FindBar *m_findBar;
    EntityEditController *m_entityEditor;
    QPointer<EventsPanel> m_panel;
};

} // namespace Readout
