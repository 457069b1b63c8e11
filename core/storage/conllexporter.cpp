// SPDX-License-Identifier: GPL-3.0-or-later
#include "conllexporter.h"

#include "exportwriter.h"

#include "../document.h"
#include "../extract/textsegmenter.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Readout
{

ConllExporter::ConllExporter(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QString ConllExporter::label(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("PER");
    case EntityType::Organization:
        return QStringLiteral("ORG");
    case EntityType::Location:
        return QStringLiteral("LOC");
    case EntityType::Date:
        return QStringLiteral("DATE");
    case EntityType::Misc:
        return QStringLiteral("MISC");
    }
    return QStringLiteral("MISC");
}

QByteArray ConllExporter::toConll(const Document &document, const QVector<Entity> &entities) const
{
    const QString &text = document.text();
    const Segmentation seg = TextSegmenter::segment(text, document.bodyStart(), m_knowledge);

    // Outer spans first; a span overlapping one already kept is dropped.
    QVector<const Entity *> sorted;
    for (const Entity &e : entities) {
        if (e.isValid() && e.end <= text.size()) {
            sorted.append(&e);
        }
    }
    std::sort(sorted.begin(), sorted.end(), [](const Entity *a, const Entity *b) {
        return a->start != b->start ? a->start < b->start : a->end > b->end;
    });
    QVector<const Entity *> kept;
    for (const Entity *e : std::as_const(sorted)) {
        if (kept.isEmpty() || e->start >= kept.constLast()->end) {
            kept.append(e);
        }
    }

    QString out = QStringLiteral("-DOCSTART-\tO\n\n");
    int k = 0; // next kept entity that may cover a token
    const Entity *previous = nullptr;
    for (const Sentence &sentence : seg.sentences) {
        if (sentence.lastToken <= sentence.firstToken) {
            continue;
        }
        for (int t = sentence.firstToken; t < sentence.lastToken; ++t) {
            Token token = seg.tokens.at(t);
            // A character outside the BMP (an emoji) is one token, not two halves of a surrogate pair.
            while (t + 1 < sentence.lastToken && token.end == seg.tokens.at(t + 1).start
                   && text.at(token.end - 1).isHighSurrogate() && text.at(token.end).isLowSurrogate()) {
                token.end = seg.tokens.at(++t).end;
            }
            while (k < kept.size() && kept.at(k)->end <= token.start) {
                ++k;
            }
            const Entity *entity = (k < kept.size() && kept.at(k)->start < token.end) ? kept.at(k) : nullptr;
            QString tag = QStringLiteral("O");
            if (entity) {
                tag = (entity == previous ? QStringLiteral("I-") : QStringLiteral("B-")) + label(entity->type);
            }
            previous = entity;
            QString word = text.mid(token.start, token.end - token.start);
            word.replace(QLatin1Char('\t'), QLatin1Char(' '));
            out += word + QLatin1Char('\t') + tag + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
        previous = nullptr;
    }
    return out.toUtf8();
}

Result<bool>
ConllExporter::writeFile(const QString &path, const Document &document, const QVector<Entity> &entities) const
{
    return ExportWriter::writeBytes(path, toConll(document, entities), document.path());
}

} // namespace Readout
