// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratreader.h"

#include <QCoreApplication>

namespace Readout
{

Result<BratAnnotations> BratReader::parse(const QString &annText, const QString &name, int textLength)
{
    BratAnnotations out;
    QHash<QString, int> spanIndex;
    QHash<QString, int> eventIndex;
    QVector<QPair<QString, QString>> notes;
    const QStringList lines = annText.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto fail = [&](const QString &what) {
            return Error{Error::Code::Malformed, QStringLiteral("%1 line %2: %3").arg(name).arg(i + 1).arg(what)};
        };
        const QStringList fields = line.split(QLatin1Char('\t'));
        const QString id = fields.value(0);
        if (id.startsWith(QLatin1Char('T'))) {
            if (fields.size() < 2) {
                return fail(QCoreApplication::translate("Readout::BratReader",
                                                        "text-bound annotation without type and offsets"));
            }
            // "LABEL start end[;start end...]"
            const QString spec = fields.at(1);
            const int space = int(spec.indexOf(QLatin1Char(' ')));
            if (space <= 0) {
                return fail(QCoreApplication::translate("Readout::BratReader", "\"%1\" has no offsets").arg(spec));
            }
            BratSpan span;
            span.id = id;
            span.line = i + 1;
            span.label = spec.left(space);
            const QStringList ranges = spec.mid(space + 1).split(QLatin1Char(';'));
            span.discontinuous = ranges.size() > 1;
            bool first = true;
            for (const QString &range : ranges) {
                const QStringList se = range.trimmed().split(QLatin1Char(' '));
                bool okStart = false;
                bool okEnd = false;
                const int s = se.value(0).toInt(&okStart);
                const int e = se.value(1).toInt(&okEnd);
                if (se.size() != 2 || !okStart || !okEnd) {
                    return fail(QCoreApplication::translate("Readout::BratReader", "offsets \"%1\" are not two numbers")
                                    .arg(range));
                }
                if (e < s || s < 0) {
                    return fail(
                        QCoreApplication::translate("Readout::BratReader", "end %1 before start %2").arg(e).arg(s));
                }
                if (textLength >= 0 && e > textLength) {
                    return fail(QCoreApplication::translate("Readout::BratReader",
                                                            "offset %1 is past the end of the text (%2 characters)")
                                    .arg(e)
                                    .arg(textLength));
                }
                span.start = first ? s : std::min(span.start, s);
                span.end = first ? e : std::max(span.end, e);
                first = false;
            }
            span.text = fields.value(2);
            spanIndex.insert(id, int(out.spans.size()));
            out.spans.append(span);
        } else if (id.startsWith(QLatin1Char('#'))) {
            const QStringList head = fields.value(1).split(QLatin1Char(' '));
            if (head.value(0) == QLatin1String("AnnotatorNotes") && head.size() >= 2) {
                notes.append({head.at(1), fields.value(2)});
            } else {
                out.skipped.append(
                    QCoreApplication::translate("Readout::BratReader", "line %1: note kind \"%2\" is not read")
                        .arg(i + 1)
                        .arg(head.value(0)));
            }
        } else if (id.startsWith(QLatin1Char('E'))) {
            BratEvent ev;
            ev.id = id;
            ev.line = i + 1;
            const QStringList parts = fields.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (int p = 0; p < parts.size(); ++p) {
                const int colon = int(parts.at(p).indexOf(QLatin1Char(':')));
                if (colon <= 0) {
                    return fail(
                        QCoreApplication::translate("Readout::BratReader", "event argument \"%1\" is not ROLE:ID")
                            .arg(parts.at(p)));
                }
                if (p == 0) {
                    ev.label = parts.at(p).left(colon);
                    ev.trigger = parts.at(p).mid(colon + 1);
                } else {
                    ev.arguments.append({parts.at(p).left(colon), parts.at(p).mid(colon + 1)});
                }
            }
            if (ev.trigger.isEmpty()) {
                out.skipped.append(
                    QCoreApplication::translate("Readout::BratReader", "line %1: event %2 has no TYPE:TRIGGER")
                        .arg(i + 1)
                        .arg(id));
                continue;
            }
            eventIndex.insert(id, int(out.events.size()));
            out.events.append(ev);
        } else if (id.startsWith(QLatin1Char('A')) || id.startsWith(QLatin1Char('M'))) {
            const QStringList parts = fields.value(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() < 2 || parts.size() > 3) {
                out.skipped.append(QCoreApplication::translate("Readout::BratReader",
                                                               "line %1: attribute \"%2\" is not NAME TARGET [VALUE]")
                                       .arg(i + 1)
                                       .arg(fields.value(1)));
                continue;
            }
            out.attributes.append({id, parts.at(0), parts.at(1), parts.value(2), i + 1});
        } else {
            out.skipped.append(QCoreApplication::translate("Readout::BratReader", "line %1: \"%2\" lines are not read")
                                   .arg(i + 1)
                                   .arg(id.left(1)));
        }
    }
    for (const auto &note : std::as_const(notes)) {
        const auto it = spanIndex.constFind(note.first);
        if (it != spanIndex.cend()) {
            out.spans[it.value()].note = note.second;
        } else if (const auto ev = eventIndex.constFind(note.first); ev != eventIndex.cend()) {
            out.events[ev.value()].note = note.second;
        }
    }
    return out;
}

} // namespace Readout
