// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Readout
{

class EventTableModel;
class EventTableView;

/// The contents of the Events dock for one document: a filter field with a row count, the
/// EventTableView and, below it, the current event's evidence sentence in full.
class EventsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPanel(QWidget *parent = nullptr);
    ~EventsPanel() override;

    void setEventModel(EventTableModel *model);
    [[nodiscard]] EventTableView *tableView() const;
    [[nodiscard]] QLineEdit *filterEdit() const;
    /// All events, only corrected ones, or only unreviewed ones.
    [[nodiscard]] QComboBox *reviewFilter() const;
    /// The evidence text currently shown below the table (plain text).
    [[nodiscard]] QString evidenceText() const;
    /// Which rule filled each field of the shown event, one line each (empty without an event).
    [[nodiscard]] QString whyText() const;

private:
    void showDetails();
    void updateCount();

    QLineEdit *m_filter;
    QComboBox *m_review;
    QLabel *m_count;
    EventTableView *m_table;
    QLabel *m_heading;
    QLabel *m_evidence;
    QLabel *m_why;
};

} // namespace Readout
