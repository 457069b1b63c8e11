// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/timeline.h"

#include <QMainWindow>

class QComboBox;

namespace Readout
{

class TimelineView;

/// The events of a corpus (or of the articles chosen in it) on a time axis, in a window of its
/// own: rows by sides or by type, zoom, fit, and export as PNG or SVG. A click on an event asks
/// to open its article at the evidence.
class TimelineWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit TimelineWindow(QWidget *parent = nullptr);

    void setEvents(const QVector<TimelineEvent> &events, const QString &title);
    [[nodiscard]] TimelineView *view() const;

Q_SIGNALS:
    void openRequested(const QString &path, int start, int length);

private:
    void exportImage();

    TimelineView *m_view;
    QComboBox *m_grouping;
};

} // namespace Readout
