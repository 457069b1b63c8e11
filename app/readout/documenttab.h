// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "pipeline.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

namespace Readout
{

class Annotations;
class ArticleView;
class EventTableModel;
class EventsPanel;
class LegendWidget;

/// One open article: its Annotations and event model, the legend and article view shown in the
/// tab, and the EventsPanel the main window shows in its Events dock while this tab is current.
/// Runs the extraction off the GUI thread. Owns everything it creates, the panel included
/// (which lives in the dock, not in this widget).
class DocumentTab : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentTab(const Document &document, QWidget *parent = nullptr);
    ~DocumentTab() override;

    [[nodiscard]] QString path() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] Annotations *annotations() const;
    [[nodiscard]] EventTableModel *eventModel() const;
    [[nodiscard]] ArticleView *articleView() const;
    [[nodiscard]] LegendWidget *legend() const;
    [[nodiscard]] EventsPanel *eventsPanel() const;

    /// Runs the pipeline on a worker thread; extractionFinished() follows. The text shows at once.
    void startExtraction();
    [[nodiscard]] bool isExtracting() const;
    [[nodiscard]] bool hasExtraction() const;
    /// "12 entities, 3 events · published 2021-12-28 · UTF-8", or "Extracting…".
    [[nodiscard]] QString summary() const;

    /// Selects in the events table every event that uses this entity and reports which.
    void selectEventsUsing(const QString &entityId);
    /// Marks the evidence of this event in the article.
    void showEventEvidence(const QString &eventId);

Q_SIGNALS:
    void extractionFinished();
    void summaryChanged(const QString &summary);
    void statusMessage(const QString &message);

private:
    void applyExtraction();

    Document m_document;
    Annotations *m_annotations;
    EventTableModel *m_eventModel;
    LegendWidget *m_legend;
    ArticleView *m_view;
    QPointer<EventsPanel> m_panel;
    QFutureWatcher<Extraction> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_hasExtraction = false;
};

} // namespace Readout
