// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttab.h"

#include "articleview.h"
#include "entitydetailsdialog.h"
#include "entityeditcontroller.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "findbar.h"
#include "legendwidget.h"

#include "annotations.h"
#include "edit/eventdraft.h"
#include "edit/textreanchor.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "models/eventtablemodel.h"
#include "session/articlesession.h"
#include "storage/autosaver.h"

#include <QFileInfo>
#include <QFrame>
#include <QVBoxLayout>

namespace Readout
{

DocumentTab::DocumentTab(const Document &document, QWidget *parent, std::shared_ptr<PreparedDocument> display)
    : QWidget(parent)
    , m_session(ArticleSession::acquire(document, userDictionaryPath()))
    , m_annotations(m_session->annotations())
    , m_eventModel(new EventTableModel(m_annotations, this))
    , m_legend(new LegendWidget(this))
    , m_view(new ArticleView(this))
    , m_findBar(new FindBar(this))
    , m_entityEditor(new EntityEditController(m_view))
    , m_panel(new EventsPanel)
{
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(line);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    m_findBar->setView(m_view);
    m_findBar->hide();

    // Show the text straight away; the spans follow when the extraction is done (or are there,
    // when another view already shows this article).
    m_view->setPreparedDocument(display);
    m_view->setAnnotations(m_annotations);
    m_legend->setAnnotations(m_annotations);
    m_panel->setEventModel(m_eventModel);

    connect(m_view, &ArticleView::entityClicked, this, &DocumentTab::selectEventsUsing);
    connect(m_panel->tableView(), &EventTableView::eventActivated, this, &DocumentTab::showEventEvidence);
    ArticleSession *session = m_session.get();
    connect(session, &ArticleSession::loadStarted, this, [this] {
        Q_EMIT summaryChanged(summary());
    });
    connect(session, &ArticleSession::extractionCancelled, this, [this] {
        Q_EMIT summaryChanged(summary());
    });
    connect(session, &ArticleSession::extractionFinished, this, [this] {
        Q_EMIT summaryChanged(summary());
        Q_EMIT extractionFinished();
    });
    connect(session, &ArticleSession::statusMessage, this, &DocumentTab::statusMessage);
    connect(session, &ArticleSession::sidecarChanged, this, &DocumentTab::sidecarChanged);
    connect(session, &ArticleSession::sidecarProblem, this, &DocumentTab::sidecarProblem);
    connect(session, &ArticleSession::knowledgeProblem, this, &DocumentTab::knowledgeProblem);
    connect(session, &ArticleSession::sidecarConflict, this, &DocumentTab::sidecarConflict);
    connect(m_entityEditor, &EntityEditController::message, this, &DocumentTab::statusMessage);
    connect(m_annotations, &Annotations::edited, this, [this] {
        Q_EMIT summaryChanged(summary());
    });
}

DocumentTab::~DocumentTab()
{
    // The views go before the session whose annotations they show (members go before the child
    // widgets, and the last view's release ends the session). What the session says while it
    // ends (its closing save) no longer reaches this tab nor the window that is closing it.
    disconnect(m_session.get(), nullptr, this, nullptr);
    delete m_panel;
    delete m_findBar;
    delete m_view;
    delete m_legend;
    delete m_eventModel;
}

QString DocumentTab::path() const
{
    return m_session->document().path();
}

QString DocumentTab::displayName() const
{
    return m_session->document().displayName();
}

Annotations *DocumentTab::annotations() const
{
    return m_annotations;
}

EventTableModel *DocumentTab::eventModel() const
{
    return m_eventModel;
}

ArticleView *DocumentTab::articleView() const
{
    return m_view;
}

LegendWidget *DocumentTab::legend() const
{
    return m_legend;
}

EventsPanel *DocumentTab::eventsPanel() const
{
    return m_panel;
}

FindBar *DocumentTab::findBar() const
{
    return m_findBar;
}

EntityEditController *DocumentTab::entityEditor() const
{
    return m_entityEditor;
}

AutoSaver *DocumentTab::autoSaver() const
{
    return m_session->autoSaver();
}

ArticleSession *DocumentTab::session() const
{
    return m_session.get();
}

QString DocumentTab::userDictionaryPath()
{
    return UserDictionary::defaultPath();
}

void DocumentTab::open()
{
    if (m_session->hasExtraction()) {
        // Another view opened this article already: join it, as if it had just been loaded.
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT summaryChanged(summary());
                Q_EMIT extractionFinished();
            },
            Qt::QueuedConnection);
        return;
    }
    m_session->open();
    Q_EMIT summaryChanged(summary());
}

void DocumentTab::startExtraction()
{
    m_session->startExtraction();
}

bool DocumentTab::isExtracting() const
{
    return m_session->isExtracting();
}

void DocumentTab::cancelExtraction()
{
    m_session->cancelExtraction();
}

void DocumentTab::setImportedAnnotations(const QVector<Entity> &entities, const QVector<Event> &events)
{
    m_session->setImportedAnnotations(entities, events);
}

bool DocumentTab::hasExtraction() const
{
    return m_session->hasExtraction();
}

void DocumentTab::resolveChangedArticle(bool reanchor)
{
    m_session->resolveChangedArticle(reanchor);
}

void DocumentTab::resolveSidecarConflict(bool keepMine)
{
    m_session->resolveSidecarConflict(keepMine);
}

QString DocumentTab::summary() const
{
    if (isExtracting()) {
        return tr("Extracting…");
    }
    if (!hasExtraction()) {
        return m_session->hasChangedArticle() ? tr("Article changed since it was annotated") : tr("Not extracted");
    }
    const int entities = int(m_annotations->entities().size());
    const int events = int(m_annotations->events().size());
    QStringList parts;
    parts << (entities == 1 ? tr("1 entity") : tr("%1 entities").arg(entities)) + QLatin1String(", ")
            + (events == 1 ? tr("1 event") : tr("%1 events").arg(events));
    const QDate published = m_annotations->document().metadata().published;
    parts << (published.isValid() ? tr("published %1").arg(published.toString(Qt::ISODate))
                                  : tr("publication date unknown"));
    if (!m_session->document().metadata().encoding.isEmpty()) {
        parts << m_session->document().metadata().encoding;
    }
    return parts.join(QStringLiteral(" · "));
}

void DocumentTab::selectEventsUsing(const QString &entityId)
{
    const QStringList events = m_annotations->eventsUsing(entityId);
    if (m_panel) {
        m_panel->tableView()->selectEvents(events);
    }
    Q_EMIT statusMessage(events.isEmpty() ? tr("Not used by any event")
                                          : tr("Used by %1").arg(events.join(QLatin1String(", "))));
}

void DocumentTab::showEventEvidence(const QString &eventId)
{
    const Event *event = m_annotations->event(eventId);
    if (event) {
        m_view->showEvidence(event->evidenceStart, event->evidenceEnd);
        // Paged sources (PDF): say where the evidence is in the original.
        if (const int page = m_session->document().pageAt(event->evidenceStart)) {
            Q_EMIT statusMessage(tr("Evidence of %1 on p. %2").arg(eventId).arg(page));
        }
    }
}

QString DocumentTab::addEventFromSelection()
{
    const std::shared_ptr<const KnowledgeBase> knowledge = m_session->knowledge();
    if (!knowledge || !hasExtraction()) {
        return {};
    }
    const auto [start, end] = m_entityEditor->selection();
    const QString id = m_annotations->addEvent(EventDraft::fromSelection(*m_annotations, start, end, *knowledge));
    if (!id.isEmpty() && m_panel) {
        m_panel->tableView()->setCurrentEvent(id);
        Q_EMIT statusMessage(tr("Added %1 from the sentence; edit its cells to complete it").arg(id));
    }
    return id;
}

bool DocumentTab::deleteSelectedEvents()
{
    return m_panel && m_annotations->removeEvents(m_panel->tableView()->selectedEventIds());
}

bool DocumentTab::mergeSelectedEvents()
{
    QStringList ids = m_panel ? m_panel->tableView()->selectedEventIds() : QStringList();
    if (ids.size() != 2) {
        Q_EMIT statusMessage(tr("Select exactly two events to merge"));
        return false;
    }
    // The earlier one in the text absorbs the later one.
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_annotations->eventIndex(a) < m_annotations->eventIndex(b);
    });
    return m_annotations->mergeEvents(ids.at(0), ids.at(1));
}

QString DocumentTab::splitCurrentEvent(const QStringList &movedParticipants)
{
    const QString current = m_panel ? m_panel->tableView()->currentEventId() : QString();
    const QString id = m_annotations->splitEvent(current, movedParticipants);
    if (!id.isEmpty()) {
        m_panel->tableView()->setCurrentEvent(id);
    }
    return id;
}

bool DocumentTab::toggleReviewed()
{
    const QStringList ids = m_panel ? m_panel->tableView()->selectedEventIds() : QStringList();
    bool all = !ids.isEmpty();
    for (const QString &id : ids) {
        const Event *e = m_annotations->event(id);
        all = all && e && e->reviewed;
    }
    return m_annotations->setEventsReviewed(ids, !all);
}

void DocumentTab::editEntityDetails()
{
    const QString id = m_entityEditor->currentEntityId();
    const Entity *entity = m_annotations->entity(id);
    if (!entity) {
        Q_EMIT statusMessage(tr("Put the cursor in an entity to edit it"));
        return;
    }
    QStringList completions;
    for (const Entity &e : m_annotations->entities()) {
        if (e.type != EntityType::Date && !e.canonical.isEmpty() && !completions.contains(e.canonical)) {
            completions.append(e.canonical);
        }
    }
    if (const std::shared_ptr<const KnowledgeBase> knowledge = m_session->knowledge()) {
        completions += knowledge->actorNames();
    }
    auto *dialog = new EntityDetailsDialog(*entity, completions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        m_annotations->setEntityDetails(id, dialog->type(), dialog->meaning(), Annotations::Teach::Yes);
    });
    dialog->open();
}

void DocumentTab::setPublishedDate(const QDate &published)
{
    m_session->setPublishedDate(published);
}

} // namespace Readout
