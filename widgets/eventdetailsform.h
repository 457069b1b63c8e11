// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QPersistentModelIndex>
#include <QWidget>

#include <map>

class QCheckBox;
class QDataWidgetMapper;
class QFormLayout;
class QLabel;

namespace Readout
{

class EventTableView;

/// Every field of one event in a form, with editors larger than a table cell: the events table's
/// own delegates make and fill them, so a change here is the same undoable edit as one in the
/// table, and an undo shows here at once (QDataWidgetMapper over the table's model). The
/// evidence sentence and the rules behind the fields are shown read-only. For narrow panels, where
/// the table shows only its most important columns.
class EventDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailsForm(EventTableView *table, QWidget *parent = nullptr);
    ~EventDetailsForm() override;

    /// Shows this row of the table's model (an invalid index: no event).
    void setCurrentIndex(const QModelIndex &index);
    /// The editor of a column, once an event was shown (for tests and keyboard focus).
    [[nodiscard]] QWidget *editor(int column) const;
    [[nodiscard]] QCheckBox *reviewedBox() const;

private:
    void createEditors(const QModelIndex &index);
    void showReadOnly(const QModelIndex &index);

    EventTableView *m_table;
    QDataWidgetMapper *m_mapper;
    QFormLayout *m_form;
    QLabel *m_placeholder;
    QCheckBox *m_reviewed;
    QLabel *m_evidence;
    QLabel *m_why;
    QWidget *m_fields;
    std::map<int, QWidget *> m_editors;
    QPersistentModelIndex m_current;
};

} // namespace Readout
