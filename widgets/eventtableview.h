// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTableView>

namespace Readout
{

class ColumnFitter;
class EventFilterProxyModel;
class EventTableModel;

/// The events table: an EventTableModel behind an EventFilterProxyModel, sortable by header
/// click (a third click restores text order), rows selected whole, one line per row with the
/// evidence elided. Reports the current event by id so callers never deal in proxy rows.
/// Owns its proxy, not the event model.
class EventTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EventTableView(QWidget *parent = nullptr);
    ~EventTableView() override;

    void setEventModel(EventTableModel *model);
    [[nodiscard]] EventTableModel *eventModel() const;
    [[nodiscard]] EventFilterProxyModel *proxyModel() const;

    [[nodiscard]] QString currentEventId() const;
    [[nodiscard]] QStringList selectedEventIds() const;
    /// Selects the rows of these events (those the filter shows) and scrolls to the first; the
    /// current row stays, so no eventActivated() is emitted.
    void selectEvents(const QStringList &eventIds);
    /// Makes this event current (and so emits eventActivated()); false when it is not shown.
    bool setCurrentEvent(const QString &eventId);

public Q_SLOTS:
    void setFilterText(const QString &text);

Q_SIGNALS:
    /// The current row changed to this event, or a row was activated (Enter, double-click).
    void eventActivated(const QString &eventId);

private:
    void adjustColumns();
    void showColumnMenu(const QPoint &position);
    [[nodiscard]] QModelIndex proxyIndexOf(const QString &eventId) const;

    EventFilterProxyModel *m_proxy;
    ColumnFitter *m_fitter;
    QPointer<EventTableModel> m_model;
};

} // namespace Readout
