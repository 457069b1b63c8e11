// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewindow.h"
#include "windowlayout.h"

#include "plainmessagebox.h"
#include "timelineview.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

namespace Readout
{

TimelineWindow::TimelineWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new TimelineView(this))
    , m_grouping(new QComboBox(this))
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    setWindowTitle(tr("Timeline"));
    setCentralWidget(m_view);
    auto *tools = addToolBar(tr("Timeline"));
    tools->setObjectName(QStringLiteral("timelineTools"));
    tools->setMovable(false);
    tools->addWidget(new QLabel(tr("Rows: "), tools));
    m_grouping->addItem(tr("Pairs of sides"));
    m_grouping->addItem(tr("Event types"));
    tools->addWidget(m_grouping);
    tools->addSeparator();
    QAction *in = tools->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom In"), this, [this] {
        m_view->zoomBy(1.5);
    });
    in->setShortcut(QKeySequence::ZoomIn);
    QAction *out = tools->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom Out"), this, [this] {
        m_view->zoomBy(1 / 1.5);
    });
    out->setShortcut(QKeySequence::ZoomOut);
    tools->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("Fit"), m_view, &TimelineView::fit);
    tools->addSeparator();
    QAction *exportAction =
        tools->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export…"), this, [this] {
            exportImage();
        });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    statusBar()->showMessage(tr("Ctrl+wheel zooms, dragging pans, a click opens the article at the event."));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setGrouping(index == 0 ? Timeline::Grouping::Sides : Timeline::Grouping::Type);
    });
    connect(m_view, &TimelineView::eventActivated, this, [this](int e) {
        const TimelineEvent &ev = m_view->events().at(e);
        Q_EMIT openRequested(ev.path, ev.start, ev.length);
    });
    (new WindowLayout(this, QStringLiteral("timelineWindow"), QSize(1100, 600)))->restore();
}

void TimelineWindow::setEvents(const QVector<TimelineEvent> &events, const QString &title)
{
    setWindowTitle(tr("Timeline: %1").arg(title));
    m_view->setEvents(events, m_grouping->currentIndex() == 0 ? Timeline::Grouping::Sides : Timeline::Grouping::Type);
    int dated = 0;
    for (const TimelineEvent &e : events) {
        dated += Timeline::days(e.date).first.isValid() ? 1 : 0;
    }
    statusBar()->showMessage(tr("%1 of %2 events have a date and are shown. Ctrl+wheel zooms, dragging pans, a "
                                "click opens the article at the event.")
                                 .arg(dated)
                                 .arg(events.size()));
}

TimelineView *TimelineWindow::view() const
{
    return m_view;
}

void TimelineWindow::exportImage()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export Timeline"),
                                                      QStringLiteral("timeline.svg"),
                                                      tr("SVG picture (*.svg);;PNG picture (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!m_view->exportTo(path, &error)) {
        PlainMessageBox::openWarning(this, tr("Could Not Export"), error);
        return;
    }
    statusBar()->showMessage(tr("Timeline written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace Readout
