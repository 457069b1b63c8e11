// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttab.h"

#include "articleview.h"
#include "entitydetailsdialog.h"
#include "entityeditcontroller.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "legendwidget.h"

#include "annotations.h"
#include "edit/eventdraft.h"
#include "edit/textreanchor.h"
#include "knowledge/dictionaryteacher.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "models/eventtablemodel.h"
#include "storage/autosaver.h"

#include <QFileInfo>
#include <QFrame>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Readout
{

DocumentTab::DocumentTab(const Document &document, QWidget *parent, std::shared_ptr<PreparedDocument> display)
    : QWidget(parent)
    , m_document(document)
    , m_annotations(new Annotations(this))
    , m_eventModel(new EventTableModel(m_annotations, this))
    , m_legend(new LegendWidget(this))
    , m_view(new ArticleView(this))
    , m_entityEditor(new EntityEditController(m_view))
    , m_panel(new EventsPanel)
    , m_teacher(new DictionaryTeacher(userDictionaryPath(), this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
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

    // Show the text straight away; the spans follow when the extraction is done.
    m_annotations->reset(m_document, {}, {});
    m_view->setPreparedDocument(display);
    m_view->setAnnotations(m_annotations);
    m_legend->setAnnotations(m_annotations);
    m_panel->setEventModel(m_eventModel);

    connect(m_view, &ArticleView::entityClicked, this, &DocumentTab::selectEventsUsing);
    connect(m_panel->tableView(), &EventTableView::eventActivated, this, &DocumentTab::showEventEvidence);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DocumentTab::applyLoad);
    connect(&m_reanchorWatcher, &QFutureWatcherBase::finished, this, [this] {
        const DateReanchoring r = m_reanchorWatcher.result();
        if (m_annotations->reanchorDates(m_reanchorDate, r.entityValues, r.eventDates)) {
            Q_EMIT statusMessage(
                tr("Dates anchored on %1: %n value(s) re-resolved", nullptr, int(r.entityValues.size()))
                    .arg(m_reanchorDate.toString(Qt::ISODate)));
        }
    });
    m_annotations->setTeacher(m_teacher);
    connect(m_teacher, &DictionaryTeacher::learned, this, &DocumentTab::tellLearned);
    connect(m_teacher, &DictionaryTeacher::forgotten, this, &DocumentTab::tellForgotten);
    connect(m_teacher, &DictionaryTeacher::refused, this, [this](const UserEntry &entry, const QString &reason) {
        Q_EMIT statusMessage(tr("Annotated in this article only: “%1” %2, so it is not learnt for every article")
                                 .arg(entry.surface, reason));
    });
    connect(m_teacher, &DictionaryTeacher::writeFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("User dictionary not saved: %1").arg(message));
    });
    connect(m_entityEditor, &EntityEditController::message, this, &DocumentTab::statusMessage);
    connect(m_annotations, &Annotations::edited, this, [this] {
        Q_EMIT summaryChanged(summary());
    });
}

DocumentTab::~DocumentTab()
{
    // The worker holds its own copies (document, knowledge, flag): tell it to stop, never wait.
    m_cancel->store(true);
    delete m_autoSaver; // flushes pending corrections before the annotations go
    delete m_panel;
}

QString DocumentTab::path() const
{
    return m_document.path();
}

QString DocumentTab::displayName() const
{
    return m_document.displayName();
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

EntityEditController *DocumentTab::entityEditor() const
{
    return m_entityEditor;
}

AutoSaver *DocumentTab::autoSaver() const
{
    return m_autoSaver;
}

QString DocumentTab::userDictionaryPath()
{
    return UserDictionary::defaultPath();
}

void DocumentTab::open()
{
    if (isExtracting()) {
        return;
    }
    m_cancel->store(false);
    const Document document = m_document;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const QString dictionary = userDictionaryPath();
    const std::optional<Extraction> imported = m_imported;
    m_watcher.setFuture(QtConcurrent::run([document, cancel, dictionary, imported] {
        // Knowledge, sidecar and extraction are all I/O or heavy: none of it on the GUI thread.
        TabLoad load;
        load.knowledge = UserDictionary::knowledgeWith(dictionary);
        load.sidecar = Sidecar::open(document);
        load.sidecarPath = load.sidecar.path.isEmpty() ? Sidecar::writePath(document.path()) : load.sidecar.path;
        using Kind = SidecarOpening::Kind;
        if (load.sidecar.kind == Kind::Damaged) {
            const QString aside = Sidecar::keepAside(load.sidecar.path, QStringLiteral("damaged"));
            load.sidecar.message += aside.isEmpty() ? QString() : QStringLiteral("\nKept as %1.").arg(aside);
        }
        if (load.sidecar.kind != Kind::Restored && load.sidecar.kind != Kind::Changed) {
            // Spans imported with the article (brat) stand in for an extraction.
            load.extraction = imported ? *imported : Pipeline(load.knowledge).run(document, cancel.get());
        }
        return load;
    }));
    Q_EMIT summaryChanged(summary());
}

void DocumentTab::startExtraction()
{
    if (isExtracting()) {
        return;
    }
    m_cancel->store(false);
    const Document document = m_document;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const QString dictionary = userDictionaryPath();
    m_watcher.setFuture(QtConcurrent::run([document, cancel, dictionary] {
        TabLoad load;
        load.knowledge = UserDictionary::knowledgeWith(dictionary);
        load.sidecarPath = Sidecar::writePath(document.path());
        load.extraction = Pipeline(load.knowledge).run(document, cancel.get());
        return load;
    }));
    Q_EMIT summaryChanged(summary());
}

bool DocumentTab::isExtracting() const
{
    return m_watcher.isRunning();
}

void DocumentTab::cancelExtraction()
{
    m_cancel->store(true);
}

void DocumentTab::setImportedAnnotations(const QVector<Entity> &entities, const QVector<Event> &events)
{
    Extraction imported;
    imported.entities = entities;
    imported.events = events;
    m_imported = imported;
}

bool DocumentTab::hasExtraction() const
{
    return m_hasExtraction;
}

void DocumentTab::createAutoSaver(const QString &path)
{
    if (m_autoSaver) {
        return;
    }
    m_autoSaver = new AutoSaver(m_annotations, path, Sidecar::fallbackPath(m_document.path()), this);
    connect(m_autoSaver, &AutoSaver::saveFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Corrections not saved: %1").arg(message));
    });
}

void DocumentTab::applyLoad()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        Q_EMIT summaryChanged(summary());
        return;
    }
    TabLoad load = m_watcher.result();
    m_knowledge = load.knowledge;
    m_annotations->setKnowledge(load.knowledge);
    createAutoSaver(load.sidecarPath);
    const SidecarOpening &sidecar = load.sidecar;
    switch (sidecar.kind) {
    case SidecarOpening::Kind::Restored:
        restore(sidecar.data, tr("Restored the corrections saved in %1").arg(QFileInfo(sidecar.path).fileName()));
        return;
    case SidecarOpening::Kind::Changed:
        m_changedSidecar = sidecar;
        Q_EMIT summaryChanged(summary());
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
    Extraction &extraction = load.extraction;
    if (extraction.cancelled) {
        Q_EMIT statusMessage(tr("Extraction of %1 was cancelled").arg(displayName()));
        Q_EMIT summaryChanged(summary());
        return;
    }
    m_annotations->reset(m_document, std::move(extraction.entities), std::move(extraction.events));
    m_hasExtraction = true;
    Q_EMIT summaryChanged(summary());
    Q_EMIT extractionFinished();
}

void DocumentTab::restore(const SidecarData &data, const QString &note)
{
    Document document = m_document;
    if (data.published.isValid()) {
        document.setPublished(data.published);
    }
    m_annotations->restore(document, data.entities, data.events, data.log);
    m_hasExtraction = true;
    Q_EMIT summaryChanged(summary());
    Q_EMIT extractionFinished();
    Q_EMIT statusMessage(note);
}

void DocumentTab::resolveChangedArticle(bool reanchor)
{
    if (m_changedSidecar.kind != SidecarOpening::Kind::Changed) {
        return;
    }
    const SidecarOpening sidecar = std::exchange(m_changedSidecar, SidecarOpening());
    if (!reanchor) {
        const QString aside = Sidecar::keepAside(sidecar.path, QStringLiteral("replaced"));
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

QString DocumentTab::summary() const
{
    if (isExtracting()) {
        return tr("Extracting…");
    }
    if (!m_hasExtraction) {
        return m_changedSidecar.kind == SidecarOpening::Kind::Changed ? tr("Article changed since it was annotated")
                                                                      : tr("Not extracted");
    }
    const int entities = int(m_annotations->entities().size());
    const int events = int(m_annotations->events().size());
    QStringList parts;
    parts << (entities == 1 ? tr("1 entity") : tr("%1 entities").arg(entities)) + QLatin1String(", ")
            + (events == 1 ? tr("1 event") : tr("%1 events").arg(events));
    const QDate published = m_annotations->document().metadata().published;
    parts << (published.isValid() ? tr("published %1").arg(published.toString(Qt::ISODate))
                                  : tr("publication date unknown"));
    if (!m_document.metadata().encoding.isEmpty()) {
        parts << m_document.metadata().encoding;
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
        if (const int page = m_document.pageAt(event->evidenceStart)) {
            Q_EMIT statusMessage(tr("Evidence of %1 on p. %2").arg(eventId).arg(page));
        }
    }
}

void DocumentTab::tellLearned(const UserEntry &entry)
{
    if (entry.stop) {
        Q_EMIT statusMessage(
            tr("“%1” will not be suggested as a name in any article; Undo to forget").arg(entry.surface));
        return;
    }
    Q_EMIT statusMessage(
        tr("“%1” will be a %2 in every article; Undo to forget").arg(entry.surface, entityTypeName(entry.type)));
}

void DocumentTab::tellForgotten(const UserEntry &entry)
{
    Q_EMIT statusMessage(
        entry.stop ? tr("Forgot that “%1” is never a name").arg(entry.surface)
                   : tr("Forgot “%1”: no longer a %2 in every article").arg(entry.surface, entityTypeName(entry.type)));
}

QString DocumentTab::addEventFromSelection()
{
    if (!m_knowledge || !m_hasExtraction) {
        return {};
    }
    const auto [start, end] = m_entityEditor->selection();
    const QString id = m_annotations->addEvent(EventDraft::fromSelection(*m_annotations, start, end, *m_knowledge));
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
    if (m_knowledge) {
        completions += m_knowledge->actorNames();
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

} // namespace Readout
