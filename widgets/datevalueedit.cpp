// SPDX-License-Identifier: GPL-3.0-or-later
#include "datevalueedit.h"

#include "edit/eventedits.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QRegularExpressionValidator>
#include <QToolTip>

namespace Readout
{

namespace
{

/// The theme's calendar icon, else a small drawn one (a page with two rings and a grid).
QIcon calendarIcon(const QColor &ink)
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("view-calendar"));
    if (!themed.isNull()) {
        return themed;
    }
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(QPen(ink, 1));
    p.drawRect(2, 3, 11, 11);
    p.fillRect(2, 3, 12, 3, ink);
    p.drawLine(5, 1, 5, 4);
    p.drawLine(10, 1, 10, 4);
    for (int y = 8; y <= 12; y += 3) {
        for (int x = 4; x <= 11; x += 3) {
            p.fillRect(x, y, 2, 2, ink);
        }
    }
    return QIcon(pixmap);
}

/// Lets through what can still become a date as it is typed (Intermediate) and accepts only a
/// real one, so that Enter on "2023-13-45" keeps the editor open (the item delegate commits only
/// acceptable input); fixup(), which the delegate calls then, tells the field to say why.
class DateValueValidator : public QRegularExpressionValidator
{
public:
    DateValueValidator(DateValueEdit *edit)
        : QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$")), edit)
        , m_edit(edit)
    {
    }
    State validate(QString &input, int &position) const override
    {
        const State shape = QRegularExpressionValidator::validate(input, position);
        if (shape != Acceptable) {
            return shape;
        }
        return EventEdits::isDateValue(input) ? Acceptable : Intermediate;
    }
    void fixup(QString &) const override
    {
        m_edit->showProblem();
    }

private:
    DateValueEdit *m_edit;
};

} // namespace

DateValueEdit::DateValueEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_calendar(new QCalendarWidget(this))
{
    // Intermediate input ("2024-0") is allowed while typing; isComplete() says when it is a value.
    setValidator(new DateValueValidator(this));
    setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    setToolTip(tr("A day (2024-03-12), a month (2024-03) or a year (2024); Alt+Down opens a calendar"));
    QAction *pick = addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    pick->setText(tr("Pick a Day"));
    pick->setToolTip(tr("Pick a day in a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateValueEdit::showCalendar);

    // A popup child: while it is open the item view keeps the editor (its focus stays inside).
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setGridVisible(true);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &date) {
        setText(date.toString(Qt::ISODate));
        m_calendar->hide();
        setFocus();
    });
    connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    m_calendar->installEventFilter(this);
}

bool DateValueEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Escape closes the calendar only, back to the field; the edit goes on.
    if (watched == m_calendar && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_calendar->hide();
        setFocus();
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

bool DateValueEdit::isComplete() const
{
    return EventEdits::isDateValue(text());
}

QString DateValueEdit::problem() const
{
    return EventEdits::dateProblem(text());
}

void DateValueEdit::showProblem()
{
    const QString why = problem();
    if (why.isEmpty()) {
        return;
    }
    QToolTip::showText(mapToGlobal(QPoint(0, height())), why.toHtmlEscaped(), this);
    Q_EMIT problemShown(why);
}

QCalendarWidget *DateValueEdit::calendar() const
{
    return m_calendar;
}

void DateValueEdit::showCalendar()
{
    const QString t = text();
    QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid()) {
        date = QDate::fromString(t + QLatin1String("-01"), Qt::ISODate);
    }
    if (!date.isValid()) {
        date = QDate::fromString(t + QLatin1String("-01-01"), Qt::ISODate);
    }
    m_calendar->setSelectedDate(date.isValid() ? date : QDate::currentDate());
    m_calendar->adjustSize();
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void DateValueEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Readout
