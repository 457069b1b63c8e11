// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "knowledge/rulelabels.h"

#include <QHash>

#include <algorithm>

namespace Readout
{

std::pair<QDate, QDate> Timeline::days(const QString &date)
{
    const QStringList parts = date.split(QLatin1Char('-'));
    bool ok = parts.size() <= 3;
    const int year = parts.value(0).toInt(&ok);
    if (!ok || year < 1 || parts.value(0).size() != 4) {
        return {};
    }
    if (parts.size() == 1) {
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    }
    const int month = parts.value(1).toInt(&ok);
    const QDate first(year, ok ? month : 0, 1);
    if (!first.isValid()) {
        return {};
    }
    if (parts.size() == 2) {
        return {first, first.addMonths(1).addDays(-1)};
    }
    const QDate day(year, month, parts.value(2).left(2).toInt());
    return day.isValid() ? std::pair{day, day} : std::pair<QDate, QDate>{};
}

QVector<Timeline::Row> Timeline::rows(const QVector<TimelineEvent> &events, Grouping grouping)
{
    QVector<int> dated;
    for (int i = 0; i < events.size(); ++i) {
        if (days(events.at(i).date).first.isValid()) {
            dated.append(i);
        }
    }
    std::stable_sort(dated.begin(), dated.end(), [&](int a, int b) {
        return days(events.at(a).date).first < days(events.at(b).date).first;
    });
    QVector<Row> rows;
    QHash<QString, int> rowOf;
    for (const int i : std::as_const(dated)) {
        const TimelineEvent &e = events.at(i);
        QString label;
        if (grouping == Grouping::Type) {
            label = RuleLabels::eventType(e.type);
        } else {
            QStringList sides = e.sides;
            sides.sort(Qt::CaseInsensitive);
            label = sides.isEmpty() ? QStringLiteral("—") : sides.join(QStringLiteral(" – "));
        }
        auto it = rowOf.constFind(label);
        if (it == rowOf.cend()) {
            it = rowOf.insert(label, int(rows.size()));
            rows.append({label, {}});
        }
        rows[*it].events.append(i);
    }
    return rows;
}

std::pair<QDate, QDate> Timeline::span(const QVector<TimelineEvent> &events)
{
    QDate first;
    QDate last;
    for (const TimelineEvent &e : events) {
        const auto [from, to] = days(e.date);
        if (from.isValid()) {
            first = first.isValid() ? std::min(first, from) : from;
            last = last.isValid() ? std::max(last, to) : to;
        }
    }
    return {first, last};
}

} // namespace Readout
