// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include "../document.h"

#include <QJsonArray>

namespace Readout
{

namespace
{
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject JsonExporter::eventToJson(const Document &document, const Event &ev)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), ev.id);
    o.insert(QStringLiteral("type"), ev.type);
    o.insert(QStringLiteral("participants"), QJsonArray::fromStringList(ev.participants));
    o.insert(QStringLiteral("date"), orNull(ev.date));
    o.insert(QStringLiteral("date_text"), orNull(ev.dateText));
    o.insert(QStringLiteral("location"), orNull(ev.location));
    o.insert(QStringLiteral("status"), ev.status);
    o.insert(QStringLiteral("topics"), QJsonArray::fromStringList(ev.topics));
    o.insert(QStringLiteral("source"), orNull(ev.source));
    QJsonObject evidence;
    evidence.insert(QStringLiteral("start"), document.toCodePoint(ev.evidenceStart));
    evidence.insert(QStringLiteral("end"), document.toCodePoint(ev.evidenceEnd));
    evidence.insert(QStringLiteral("text"), ev.evidenceText);
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("confidence"), ev.confidence);
    o.insert(QStringLiteral("origin"), ev.origin);
    o.insert(QStringLiteral("corrected_fields"), QJsonArray::fromStringList(ev.correctedFields));
    o.insert(QStringLiteral("reviewed"), ev.reviewed);
    return o;
}

QJsonObject
JsonExporter::toJson(const Document &document, const QVector<Entity> &entities, const QVector<Event> &events)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("path"), document.path());
    doc.insert(QStringLiteral("published"),
               document.metadata().published.isValid() ? QJsonValue(document.metadata().published.toString(Qt::ISODate))
                                                       : QJsonValue(QJsonValue::Null));
    doc.insert(QStringLiteral("title"), orNull(document.metadata().title));

    QJsonArray ents;
    for (const Entity &e : entities) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("type"), entityLabel(e)); // a date's TIMEX3 type: DATE, TIME, DURATION, SET
        o.insert(QStringLiteral("start"), document.toCodePoint(e.start));
        o.insert(QStringLiteral("end"), document.toCodePoint(e.end));
        o.insert(QStringLiteral("text"), e.text);
        o.insert(QStringLiteral("canonical"), orNull(e.canonical));
        o.insert(QStringLiteral("value"), orNull(e.value));
        if (!e.timexMod.isEmpty()) {
            o.insert(QStringLiteral("mod"), e.timexMod); // TIMEX3 mod: "early 1990" START
        }
        o.insert(QStringLiteral("origin"), e.origin);
        ents.append(o);
    }
    QJsonArray evs;
    for (const Event &ev : events) {
        evs.append(eventToJson(document, ev));
    }
    QJsonObject root;
    root.insert(QStringLiteral("document"), doc);
    root.insert(QStringLiteral("entities"), ents);
    root.insert(QStringLiteral("events"), evs);
    return root;
}

} // namespace Readout
