// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttab.h"

#include "articleview.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "legendwidget.h"

#include "annotations.h"
#include "knowledge/knowledgebase.h"
#include "models/eventtablemodel.h"

#include <QFrame>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Readout
{

DocumentTab::DocumentTab(const Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_annotations(new Annotations(this))
    , m_eventModel(new EventTableModel(m_annotations, this))
    , m_legend(new LegendWidget(this))
    , m_view(new ArticleView(this))
    , m_panel(new EventsPanel)
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
    m_view->setAnnotations(m_annotations);
    m_legend->setAnnotations(m_annotations);
    m_panel->setEventModel(m_eventModel);

    connect(m_view, &ArticleView::entityClicked, this, &DocumentTab::selectEventsUsing);
    connect(m_panel->tableView(), &EventTableView::eventActivated, this, &DocumentTab::showEventEvidence);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DocumentTab::applyExtraction);
}

DocumentTab::~DocumentTab()
{
    // The worker holds its own copies (document, knowledge, flag): tell it to stop, never wait.
    m_cancel->store(true);
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

void DocumentTab::startExtraction()
{
    if (isExtracting()) {
        return;
    }
    m_cancel->store(false);
    const Document document = m_document;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([document, cancel] {
        // builtIn() loads the knowledge on first use: that too stays off the GUI thread.
        const Pipeline pipeline(KnowledgeBase::builtIn());
        return pipeline.run(document, cancel.get());
    }));
    Q_EMIT summaryChanged(summary());
}

bool DocumentTab::isExtracting() const
{
    return m_watcher.isRunning();
}

bool DocumentTab::hasExtraction() const
{
    return m_hasExtraction;
}

void DocumentTab::applyExtraction()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        Q_EMIT summaryChanged(summary());
        return;
    }
    Extraction extraction = m_watcher.result();
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

QString DocumentTab::summary() const
{
    if (isExtracting()) {
        return tr("Extracting…");
    }
    if (!m_hasExtraction) {
        return tr("Not extracted");
    }
    const int entities = int(m_annotations->entities().size());
    const int events = int(m_annotations->events().size());
    QStringList parts;
    parts << (entities == 1 ? tr("1 entity") : tr("%1 entities").arg(entities)) + QLatin1String(", ")
            + (events == 1 ? tr("1 event") : tr("%1 events").arg(events));
    const QDate published = m_document.metadata().published;
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
    const int index = m_annotations->eventIndex(eventId);
    if (index < 0) {
        return;
    }
    const Event &event = m_annotations->events().at(index);
    m_view->showEvidence(event.evidenceStart, event.evidenceEnd);
}

} // namespace Readout
