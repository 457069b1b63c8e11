// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;

namespace Readout
{

class EventDetailsForm;
class EventTableModel;
class EventTableView;

/// The contents of the Events dock for one document: a filter field with a row count, the
/// EventTableView and, below it, the current event's evidence sentence in full or, in the
/// Details tab, all its fields to edit.
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
    /// Every field of the selected event, editable (the Details tab below the table).
    [[nodiscard]] EventDetailsForm *detailsForm() const;
    /// Brings the Details tab forward.
    void showDetailsForm();

private:
    void showDetails();
    void updateCount();
    void restoreLayout();
    void saveLayout();

    QLineEdit *m_filter;
    QComboBox *m_review;
    QLabel *m_count;
    EventTableView *m_table;
    QLabel *m_heading;
    QLabel *m_evidence;
    QLabel *m_why;
    EventDetailsForm *m_form = nullptr;
    QTabWidget *m_lower = nullptr;
    QSplitter *m_split = nullptr;
};

} // namespace Readout
