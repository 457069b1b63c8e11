// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratexporter.h"

#include "../document.h"
#include "../extract/textsegmenter.h"
#include "../formats/bratreader.h"
#include "../knowledge/knowledgebase.h"

#include <QHash>
#include <QSet>

namespace Readout
{

namespace
{

QString oneLine(QString text)
{
    // brat shows a span's text on one line; the offsets, not this copy, are authoritative.
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

QString note(const Entity &e)
{
    // "value=1990; mod=START" for a date, "canonical=...; code=..." for a name; empty fields left out.
    QStringList parts;
    const auto add = [&parts](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            parts << QLatin1String(key) + QLatin1Char('=') + value;
        }
    };
    if (e.type == EntityType::Date) {
        add("value", e.value);
        add("mod", e.timexMod);
    } else {
        add("canonical", e.canonical);
        add("code", e.code);
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

BratExporter::BratExporter(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QPair<int, int> BratExporter::triggerSpan(const Document &document, const Event &event) const
{
    const QString &text = document.text();
    const QVector<Token> tokens = TextSegmenter::tokenize(text, event.evidenceStart, event.evidenceEnd);
    const QHash<QString, Trigger> &triggers = m_knowledge.triggers();
    for (const Token &t : tokens) {
        const auto it = triggers.constFind(t.key);
        if (it != triggers.cend() && it.value().type == event.type) {
            return {t.start, t.end};
        }
    }
    const int at = int(text.mid(event.evidenceStart, event.evidenceEnd - event.evidenceStart)
                           .indexOf(event.type, 0, Qt::CaseInsensitive));
    if (at >= 0 && !event.type.isEmpty()) {
        return {event.evidenceStart + at, event.evidenceStart + at + int(event.type.size())};
    }
    return {event.evidenceStart, event.evidenceEnd};
}

QString
BratExporter::toAnn(const Document &document, const QVector<Entity> &entities, const QVector<Event> &events) const
{
    const auto cp = [&document](int utf16) {
        return document.toCodePoint(utf16);
    };
    const QString &text = document.text();
    QString out;
    int noteNumber = 0;
    int attributeNumber = 0;
    int maxT = 0;
    QHash<QString, const Entity *> byId;
    for (const Entity &e : entities) {
        maxT = std::max(maxT, e.id.mid(1).toInt());
        byId.insert(e.id, &e);
        out += QStringLiteral("%1\t%2 %3 %4\t%5\n")
                   .arg(e.id, entityLabel(e))
                   .arg(cp(e.start))
                   .arg(cp(e.end))
                   .arg(oneLine(e.text));
        const QString n = note(e);
        if (!n.isEmpty()) {
            out += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n").arg(++noteNumber).arg(e.id, n);
        }
    }
    for (const Event &ev : events) {
        const auto [ts, te] = triggerSpan(document, ev);
        const QString trigger = QStringLiteral("T%1").arg(++maxT);
        out += QStringLiteral("%1\t%2 %3 %4\t%5\n")
                   .arg(trigger, ev.type)
                   .arg(cp(ts))
                   .arg(cp(te))
                   .arg(oneLine(text.mid(ts, te - ts)));
        // Arguments: the event's own entities first, then any entity in its evidence.
        QVector<const Entity *> candidates;
        for (const QString &id : ev.entityIds) {
            if (byId.contains(id)) {
                candidates.append(byId.value(id));
            }
        }
        for (const Entity &e : entities) {
            if (e.start >= ev.evidenceStart && e.end <= ev.evidenceEnd && !candidates.contains(&e)) {
                candidates.append(&e);
            }
        }
        const auto find = [&candidates](const QString &name, bool date) -> const Entity * {
            for (const Entity *e : std::as_const(candidates)) {
                const bool isDate = e->type == EntityType::Date;
                if (isDate == date && !name.isEmpty()
                    && (date ? e->value == name : (e->canonical == name || e->text == name))) {
                    return e;
                }
            }
            return nullptr;
        };
        QStringList args{ev.type + QLatin1Char(':') + trigger};
        QSet<const Entity *> used;
        int participant = 0;
        for (const QString &p : ev.participants) {
            const Entity *e = find(p, false);
            if (e && !used.contains(e)) {
                used.insert(e);
                ++participant;
                args << (participant == 1 ? QStringLiteral("Participant")
                                          : QStringLiteral("Participant%1").arg(participant))
                        + QLatin1Char(':') + e->id;
            }
        }
        if (const Entity *e = find(ev.date, true)) {
            args << QStringLiteral("Date:") + e->id;
        }
        if (const Entity *e = find(ev.location, false); e && !used.contains(e)) {
            args << QStringLiteral("Place:") + e->id;
        }
        if (const Entity *e = find(ev.source, false); e && !used.contains(e)) {
            args << QStringLiteral("Source:") + e->id;
        }
        out += QStringLiteral("%1\t%2\n").arg(ev.id, args.join(QLatin1Char(' ')));
        out += QStringLiteral("A%1\tStatus %2 %3\n").arg(++attributeNumber).arg(ev.id, ev.status);
        out += QStringLiteral("A%1\tOrigin %2 %3\n").arg(++attributeNumber).arg(ev.id, ev.origin);
        // The normalised event, whatever its arguments could not carry.
        QStringList values{QStringLiteral("participants=") + ev.participants.join(QLatin1String(", "))};
        if (!ev.date.isEmpty()) {
            values << QStringLiteral("date=") + ev.date;
        }
        if (!ev.location.isEmpty()) {
            values << QStringLiteral("place=") + ev.location;
        }
        if (!ev.correctedFields.isEmpty()) {
            values << QStringLiteral("corrected=") + ev.correctedFields.join(QLatin1String(", "));
        }
        out += QStringLiteral("#%1\tAnnotatorNotes %2\t%3\n")
                   .arg(++noteNumber)
                   .arg(ev.id, oneLine(values.join(QLatin1String("; "))));
    }
    return out;
}

Result<QVector<Entity>> BratExporter::readEntities(const QString &ann, const QString &name, const Document &document)
{
    auto parsed = BratReader::parse(ann, name, document.toCodePoint(int(document.text().size())));
    if (!parsed) {
        return parsed.error();
    }
    QSet<QString> triggers;
    for (const BratEvent &ev : parsed.value().events) {
        triggers.insert(ev.trigger);
    }
    QVector<Entity> entities;
    for (const BratSpan &span : parsed.value().spans) {
        Entity e;
        if (triggers.contains(span.id) || !entityTypeFromName(span.label, &e.type)) {
            continue;
        }
        e.id = span.id;
        e.start = document.fromCodePoint(span.start);
        e.end = document.fromCodePoint(span.end);
        e.text = document.text().mid(e.start, e.end - e.start);
        if (e.type == EntityType::Date) {
            e.timexType = span.label.toUpper();
            if (e.timexType == QLatin1String("TIMEX3")) {
                e.timexType = QStringLiteral("DATE");
            }
        }
        const QStringList pairs = span.note.split(QLatin1String("; "), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const int eq = int(pair.indexOf(QLatin1Char('=')));
            const QString key = pair.left(eq).trimmed();
            const QString value = pair.mid(eq + 1);
            if (eq < 0) {
                continue;
            } else if (key == QLatin1String("value")) {
                e.value = value;
            } else if (key == QLatin1String("mod") && e.type == EntityType::Date) {
                e.timexMod = value;
            } else if (key == QLatin1String("canonical")) {
                e.canonical = value;
            } else if (key == QLatin1String("code")) {
                e.code = value;
            }
        }
        entities.append(e);
    }
    return entities;
}

} // namespace Readout
