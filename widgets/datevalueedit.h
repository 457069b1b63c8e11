// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCalendarWidget;

namespace Readout
{

/// A date field that takes what an event date can be: YYYY-MM-DD, YYYY-MM or YYYY (or nothing).
/// Typing is checked as it goes; the calendar button (or Alt+Down) picks a day.
class DateValueEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateValueEdit(QWidget *parent = nullptr);

    /// True for "", YYYY, YYYY-MM and a real YYYY-MM-DD.
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] QCalendarWidget *calendar() const;

public Q_SLOTS:
    void showCalendar();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QCalendarWidget *m_calendar;
};

} // namespace Readout
