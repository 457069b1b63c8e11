// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationhighlighter.h"

#include "annotations.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Readout
{

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document,
                                             Annotations *annotations,
                                             std::shared_ptr<const AnnotationPalette> palette)
    : QSyntaxHighlighter(document)
    , m_annotations(annotations)
    , m_palette(palette ? std::move(palette) : createAnnotationPalette())
    , m_scheme(AnnotationPalette::systemScheme())
{
    m_evidenceFormat = m_palette->format(AnnotationRole::Evidence, m_scheme);
    if (annotations) {
        // A correction changes a few spans: only their blocks are redone.
        connect(annotations, &Annotations::entitiesChanged, this, &AnnotationHighlighter::rehighlightRange);
        connect(annotations, &Annotations::resetDone, this, [this] {
            m_evidenceStart = m_evidenceEnd = -1;
            // When the text itself changed, whoever shows it replaces the document's text, and
            // that highlights it; here only same-text resets (a new extraction) need a pass.
            const QTextDocument *doc = this->document();
            if (doc && doc->characterCount() - 1 == m_annotations->document().text().size()) {
                rehighlight();
            }
        });
    }
}

Annotations *AnnotationHighlighter::annotations() const
{
    return m_annotations;
}

void AnnotationHighlighter::setPalette(std::shared_ptr<const AnnotationPalette> palette, ColorScheme scheme)
{
    if (!palette) {
        return;
    }
    m_palette = std::move(palette);
    m_scheme = scheme;
    m_evidenceFormat = m_palette->format(AnnotationRole::Evidence, m_scheme);
    rehighlight();
}

const AnnotationPalette *AnnotationHighlighter::palette() const
{
    return m_palette.get();
}

ColorScheme AnnotationHighlighter::scheme() const
{
    return m_scheme;
}

void AnnotationHighlighter::setEvidence(int start, int end)
{
    if (end <= start) {
        clearEvidence();
        return;
    }
    if (start == m_evidenceStart && end == m_evidenceEnd) {
        return;
    }
    const int oldStart = m_evidenceStart;
    const int oldEnd = m_evidenceEnd;
    m_evidenceStart = start;
    m_evidenceEnd = end;
    if (oldEnd > oldStart) {
        rehighlightRange(oldStart, oldEnd);
    }
    rehighlightRange(start, end);
}

void AnnotationHighlighter::clearEvidence()
{
    if (m_evidenceEnd <= m_evidenceStart) {
        return;
    }
    const int oldStart = m_evidenceStart;
    const int oldEnd = m_evidenceEnd;
    m_evidenceStart = m_evidenceEnd = -1;
    rehighlightRange(oldStart, oldEnd);
}

int AnnotationHighlighter::evidenceStart() const
{
    return m_evidenceStart;
}

int AnnotationHighlighter::evidenceEnd() const
{
    return m_evidenceEnd;
}

void AnnotationHighlighter::rehighlightRange(int start, int end)
{
    QTextDocument *doc = document();
    if (!doc) {
        return;
    }
    QTextBlock block = doc->findBlock(start);
    const QTextBlock last = doc->findBlock(std::max(start, end - 1));
    while (block.isValid()) {
        rehighlightBlock(block);
        if (block == last) {
            break;
        }
        block = block.next();
    }
}

void AnnotationHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    if (!m_annotations || text.isEmpty()) {
        return;
    }

    // The header is metadata: dimmed, never annotated.
    const int bodyStart = m_annotations->document().bodyStart();
    if (blockStart < bodyStart) {
        const int to = std::min(bodyStart, blockEnd);
        setFormat(0, to - blockStart, m_palette->format(AnnotationRole::Header, m_scheme));
    }

    if (m_evidenceEnd > blockStart && m_evidenceStart < blockEnd) {
        const int from = std::max(m_evidenceStart, blockStart);
        const int to = std::min(m_evidenceEnd, blockEnd);
        setFormat(from - blockStart, to - from, m_evidenceFormat);
    }

    // Entities come sorted by start with longer ones first, so a nested span is painted over its
    // container and the innermost format wins, as Annotations::entityAt() does.
    const QVector<const Entity *> entities = m_annotations->entitiesIn(blockStart, blockEnd);
    for (const Entity *entity : entities) {
        const int from = std::max(entity->start, blockStart);
        const int to = std::min(entity->end, blockEnd);
        if (to > from) {
            QTextCharFormat format = m_palette->format(annotationRole(entity->type), m_scheme);
            if (entity->origin != QLatin1String("extracted")) {
                // The analyst's spans keep their type's colours, underlined dashed as corrections are.
                format.setUnderlineStyle(m_palette->format(AnnotationRole::Corrected, m_scheme).underlineStyle());
            }
            applyEntityFormat(from, to, format, blockStart);
        }
    }
}

void AnnotationHighlighter::applyEntityFormat(int from, int to, const QTextCharFormat &entityFormat, int blockStart)
{
    // Inside the evidence the entity keeps its own tint and underline over the evidence format,
    // outside it is the entity format alone; setFormat() replaces, so split at the evidence edges.
    const int evFrom = std::clamp(m_evidenceStart, from, to);
    const int evTo = std::clamp(m_evidenceEnd, from, to);
    if (m_evidenceEnd <= m_evidenceStart || evTo <= evFrom) {
        setFormat(from - blockStart, to - from, entityFormat);
        return;
    }
    QTextCharFormat inside = m_evidenceFormat;
    inside.merge(entityFormat);
    if (evFrom > from) {
        setFormat(from - blockStart, evFrom - from, entityFormat);
    }
    setFormat(evFrom - blockStart, evTo - evFrom, inside);
    if (to > evTo) {
        setFormat(evTo - blockStart, to - evTo, entityFormat);
    }
}

} // namespace Readout
