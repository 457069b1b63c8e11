// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

/// One event on a time axis: where it is told and what it is.
struct TimelineEvent {
    QString path; ///< the article (absolute)
    int start = 0; ///< the evidence sentence in the article's text
    int length = 0;
    QString type;
    QString status;
    QString date; ///< YYYY, YYYY-MM or YYYY-MM-DD; events without a date are not on the axis
    QStringList sides;
    QString evidence;
    QString location;
    QDate published; ///< the article's publication date
};

/// The rows of a timeline and the days its events cover: one row per set of sides ("NATO – Russia")
/// or per event type, rows ordered by their first event. Pure data: the view draws it.
class Timeline
{
public:
    enum class Grouping { Sides, Type };

    struct Row {
        QString label;
        QVector<int> events; ///< indexes into the events given, by date
    };

    /// The first and the last day a date names ("2022-01": January 1 to 31); invalid days for no date.
    [[nodiscard]] static std::pair<QDate, QDate> days(const QString &date);
    /// The rows of the dated events.
    [[nodiscard]] static QVector<Row> rows(const QVector<TimelineEvent> &events, Grouping grouping);
    /// The first and last day over every dated event (invalid when none is dated).
    [[nodiscard]] static std::pair<QDate, QDate> span(const QVector<TimelineEvent> &events);
};

} // namespace Readout
