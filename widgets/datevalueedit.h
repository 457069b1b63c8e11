// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCalendarWidget;

namespace Readout
{

/// A date field that takes what an event date can be: YYYY-MM-DD, YYYY-MM or YYYY (or nothing).
/// Typing is checked as it goes; the calendar button (or Alt+Down) picks a day. Enter on a value
/// that is no date ("2023-13-45") keeps the field open and says why, under it.
class DateValueEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateValueEdit(QWidget *parent = nullptr);

    /// True for "", YYYY, YYYY-MM and a real YYYY-MM-DD.
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] QCalendarWidget *calendar() const;
    /// Why the text is not a date value; empty when it is one.
    [[nodiscard]] QString problem() const;

public Q_SLOTS:
    void showCalendar();
    /// Shows problem() under the field (and emits problemShown()), when there is one.
    void showProblem();

Q_SIGNALS:
    void problemShown(const QString &problem);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCalendarWidget *m_calendar;
};

} // namespace Readout
