// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratimporter.h"

#include "bratreader.h"

#include "../document.h"
#include "../extract/textsegmenter.h"
#include "../knowledge/knowledgebase.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Readout
{

namespace
{

/// "key=value; key=value" as BratExporter writes AnnotatorNotes.
QHash<QString, QString> noteFields(const QString &note)
{
    QHash<QString, QString> fields;
    const QStringList pairs = note.split(QLatin1String("; "), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const int eq = int(pair.indexOf(QLatin1Char('=')));
        if (eq > 0) {
            fields.insert(pair.left(eq).trimmed().toLower(), pair.mid(eq + 1).trimmed());
        }
    }
    return fields;
}

QString comparable(const QString &text)
{
    return text.simplified();
}

/// The sentence around [start, end), for an imported event's evidence; the span itself when it
/// crosses sentences. Sentences are in text order: a binary search, as an .ann may hold many events.
QPair<int, int> sentenceAround(const Segmentation &segmentation, int start, int end)
{
    const QVector<Sentence> &sentences = segmentation.sentences;
    auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), start, [](int position, const Sentence &s) {
        return position < s.start;
    });
    if (it != sentences.cbegin()) {
        --it;
        if (it->start <= start && end <= it->end) {
            return {it->start, it->end};
        }
    }
    return {start, end};
}

/// An event argument's entity in the field its role names (Participant, Date, Place, Source…).
void applyArgument(const QString &role, const Entity &entity, Event *e)
{
    const QString name = entity.canonical.isEmpty() ? entity.text : entity.canonical;
    e->entityIds.append(entity.id);
    static const QRegularExpression participant(QStringLiteral("^(Participant|Arg|Actor)\\d*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (participant.match(role).hasMatch()) {
        e->participants.append(name);
        e->participantCodes.append(entity.code);
    } else if (role.compare(QLatin1String("Date"), Qt::CaseInsensitive) == 0
               || role.compare(QLatin1String("Time"), Qt::CaseInsensitive) == 0) {
        e->date = entity.value;
        e->dateText = entity.text;
    } else if (role.compare(QLatin1String("Place"), Qt::CaseInsensitive) == 0
               || role.compare(QLatin1String("Location"), Qt::CaseInsensitive) == 0) {
        e->location = name;
    } else if (role.compare(QLatin1String("Source"), Qt::CaseInsensitive) == 0) {
        e->source = name;
    }
}

/// The fields an event's note carries over its arguments: participants (keeping their codes),
/// date, place and the corrected fields.
void applyNoteFields(const QHash<QString, QString> &fields, Event *e)
{
    if (fields.contains(QStringLiteral("participants"))) {
        const QStringList names =
            fields.value(QStringLiteral("participants")).split(QLatin1String(", "), Qt::SkipEmptyParts);
        QStringList codes;
        for (const QString &n : names) {
            const int at = int(e->participants.indexOf(n));
            codes.append(at >= 0 ? e->participantCodes.value(at) : QString());
        }
        e->participants = names;
        e->participantCodes = codes;
    }
    if (fields.contains(QStringLiteral("date"))) {
        e->date = fields.value(QStringLiteral("date"));
    }
    if (fields.contains(QStringLiteral("place"))) {
        e->location = fields.value(QStringLiteral("place"));
    }
    if (fields.contains(QStringLiteral("corrected"))) {
        e->correctedFields = fields.value(QStringLiteral("corrected")).split(QLatin1String(", "), Qt::SkipEmptyParts);
    }
}

} // namespace

Result<ImportedAnnotations> BratImporter::import(const QString &ann, const QString &annName, const Document &document)
{
    const QString &text = document.text();
    auto parsed = BratReader::parse(ann, annName, document.toCodePoint(int(text.size())));
    if (!parsed) {
        return parsed.error();
    }
    const BratAnnotations &brat = parsed.value();
    const auto fail = [&annName](int line, const QString &what) {
        return Error{Error::Code::Malformed, QStringLiteral("%1 line %2: %3").arg(annName).arg(line).arg(what)};
    };

    ImportedAnnotations out;
    QHash<QString, const BratSpan *> spans;
    QSet<QString> triggers;
    for (const BratEvent &ev : brat.events) {
        triggers.insert(ev.trigger);
    }
    QMap<QString, int> unknownLabels;
    QHash<QString, int> entityIndex;
    for (const BratSpan &span : brat.spans) {
        spans.insert(span.id, &span);
        const int start = document.fromCodePoint(span.start);
        const int end = document.fromCodePoint(span.end);
        const QString there = text.mid(start, end - start);
        if (!span.discontinuous && !span.text.isEmpty() && comparable(there) != comparable(span.text)) {
            return fail(span.line,
                        QCoreApplication::translate(
                            "Readout::BratImporter",
                            "%1 says \"%2\" but the text at %3-%4 is \"%5\"; this .ann belongs to another "
                            "version of the text. Fix the offsets, or move %6 aside to open the text alone")
                            .arg(span.id, span.text.left(60))
                            .arg(span.start)
                            .arg(span.end)
                            .arg(there.left(60), annName));
        }
        Entity e;
        if (triggers.contains(span.id)) {
            continue;
        }
        if (!entityTypeFromName(span.label, &e.type)) {
            ++unknownLabels[span.label];
            continue;
        }
        e.id = span.id;
        e.start = start;
        e.end = end;
        e.text = there;
        e.origin = QStringLiteral("imported");
        if (e.type == EntityType::Date) {
            e.timexType =
                span.label.toUpper() == QLatin1String("TIMEX3") ? QStringLiteral("DATE") : span.label.toUpper();
        }
        const QHash<QString, QString> fields = noteFields(span.note);
        e.value = fields.value(QStringLiteral("value"));
        e.timexMod = e.type == EntityType::Date ? fields.value(QStringLiteral("mod")) : QString();
        e.canonical = fields.value(QStringLiteral("canonical"));
        e.code = fields.value(QStringLiteral("code"));
        if (e.type == EntityType::Date && e.value.isEmpty() && !span.note.contains(QLatin1Char('='))) {
            e.value = span.note.trimmed(); // a bare value ("2022-01-10") as other tools write it
        }
        if (!e.isValid()) {
            continue; // an empty span marks nothing
        }
        entityIndex.insert(e.id, int(out.entities.size()));
        out.entities.append(e);
    }
    std::sort(out.entities.begin(), out.entities.end(), [](const Entity &a, const Entity &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    entityIndex.clear();
    for (int i = 0; i < out.entities.size(); ++i) {
        entityIndex.insert(out.entities.at(i).id, i);
    }

    QHash<QString, QHash<QString, QString>> attributes; // event id -> name -> value
    for (const BratAttribute &a : brat.attributes) {
        attributes[a.target].insert(a.name.toLower(), a.value);
    }
    Segmentation segmentation;
    if (!brat.events.isEmpty()) {
        segmentation = TextSegmenter::segment(text, document.bodyStart(), *KnowledgeBase::builtIn());
    }
    for (const BratEvent &ev : brat.events) {
        const BratSpan *trigger = spans.value(ev.trigger);
        if (!trigger) {
            return fail(ev.line,
                        QCoreApplication::translate("Readout::BratImporter", "event %1: its trigger %2 is not defined")
                            .arg(ev.id, ev.trigger));
        }
        Event e;
        e.id = ev.id;
        e.type = ev.label.toLower();
        for (const auto &[role, target] : ev.arguments) {
            if (!spans.contains(target)) {
                return fail(
                    ev.line,
                    QCoreApplication::translate("Readout::BratImporter",
                                                "event %1: argument %2:%3 refers to an annotation that is not defined")
                        .arg(ev.id, role, target));
            }
            const int index = entityIndex.value(target, -1);
            if (index < 0) {
                continue; // an argument with a label Readout does not use
            }
            applyArgument(role, out.entities.at(index), &e);
        }
        // The event's note carries what its arguments could not (see BratExporter).
        applyNoteFields(noteFields(ev.note), &e);
        const QHash<QString, QString> attrs = attributes.value(ev.id);
        e.status = attrs.value(QStringLiteral("status"));
        e.origin = attrs.value(QStringLiteral("origin"), QStringLiteral("imported"));
        const int ts = document.fromCodePoint(trigger->start);
        const int te = document.fromCodePoint(trigger->end);
        const auto [start, end] = sentenceAround(segmentation, ts, te);
        e.evidenceStart = start;
        e.evidenceEnd = end;
        e.evidenceText = text.mid(start, end - start);
        out.events.append(e);
    }
    for (auto it = unknownLabels.cbegin(); it != unknownLabels.cend(); ++it) {
        out.notes.append(QStringLiteral("%1: %2 span%3 labelled %4 skipped (not a label Readout uses)")
                             .arg(annName)
                             .arg(it.value())
                             .arg(it.value() == 1 ? QString() : QStringLiteral("s"), it.key()));
    }
    if (!brat.skipped.isEmpty()) {
        out.notes.append(QStringLiteral("%1: %2 line%3 not read (%4)")
                             .arg(annName)
                             .arg(brat.skipped.size())
                             .arg(brat.skipped.size() == 1 ? QString() : QStringLiteral("s"), brat.skipped.first()));
    }
    return out;
}

} // namespace Readout
