// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventexplanation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Readout
{

namespace
{

QString fieldName(const QString &field)
{
    if (field == QLatin1String("participants")) {
        return QCoreApplication::translate("EventExplanation", "Sides");
    }
    if (field == QLatin1String("type")) {
        return QCoreApplication::translate("EventExplanation", "Type");
    }
    if (field == QLatin1String("date")) {
        return QCoreApplication::translate("EventExplanation", "Date");
    }
    if (field == QLatin1String("status")) {
        return QCoreApplication::translate("EventExplanation", "Status");
    }
    if (field == QLatin1String("location")) {
        return QCoreApplication::translate("EventExplanation", "Place");
    }
    if (field == QLatin1String("topics")) {
        return QCoreApplication::translate("EventExplanation", "Topics");
    }
    return QCoreApplication::translate("EventExplanation", "Source");
}

bool hasValue(const Event &e, const QString &field)
{
    if (field == QLatin1String("participants")) {
        return !e.participants.isEmpty();
    }
    if (field == QLatin1String("date")) {
        return !e.date.isEmpty();
    }
    if (field == QLatin1String("location")) {
        return !e.location.isEmpty();
    }
    if (field == QLatin1String("topics")) {
        return !e.topics.isEmpty();
    }
    if (field == QLatin1String("source")) {
        return !e.source.isEmpty();
    }
    return true;
}

} // namespace

QStringList EventExplanation::fields()
{
    return {QStringLiteral("type"),
            QStringLiteral("participants"),
            QStringLiteral("date"),
            QStringLiteral("status"),
            QStringLiteral("location"),
            QStringLiteral("topics"),
            QStringLiteral("source")};
}

QStringList EventExplanation::lines(const Event &event)
{
    QStringList out;
    for (const QString &field : fields()) {
        out += lines(event, field);
    }
    return out;
}

QStringList EventExplanation::lines(const Event &event, const QString &field)
{
    if (event.correctedFields.contains(field) || (event.origin == QLatin1String("added") && hasValue(event, field))) {
        return {QCoreApplication::translate("EventExplanation", "%1 set by the analyst").arg(fieldName(field))};
    }
    QStringList out;
    for (const EventReason &r : event.reasons) {
        if (r.field == field) {
            out.append(QCoreApplication::translate("EventExplanation", "%1 from rule %2: “%3”")
                           .arg(fieldName(field), r.rule, r.words.simplified()));
        }
    }
    if (out.isEmpty() && hasValue(event, field)) {
        out.append(QCoreApplication::translate("EventExplanation", "%1: no rule recorded (saved by an older Readout)")
                       .arg(fieldName(field)));
    }
    return out;
}

QString EventExplanation::text(const Event &event)
{
    QString out =
        QStringLiteral("%1 %2: %3, %4, %5\n")
            .arg(event.id, event.type, event.participants.join(QLatin1String("; ")), event.date, event.status);
    for (const QString &line : lines(event)) {
        out += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    return out;
}

QJsonArray EventExplanation::json(const Event &event)
{
    QJsonArray out;
    for (const EventReason &r : event.reasons) {
        out.append(QJsonObject{{QStringLiteral("field"), r.field},
                               {QStringLiteral("rule"), r.rule},
                               {QStringLiteral("words"), r.words}});
    }
    return out;
}

} // namespace Readout
