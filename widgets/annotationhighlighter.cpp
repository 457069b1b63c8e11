// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationhighlighter.h"

#include "annotations.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Readout
{

namespace
{

/// One block's formats, character by character as QSyntaxHighlighter::setFormat() does: a later
/// format replaces an earlier one on the characters they share.
class BlockFormats
{
public:
    explicit BlockFormats(int length)
        : m_index(length, -1)
    {
    }

    void set(int start, int count, const QTextCharFormat &format)
    {
        start = std::max(start, 0);
        const int end = std::min(start + count, int(m_index.size()));
        if (end <= start) {
            return;
        }
        m_formats.append(format);
        std::fill(m_index.begin() + start, m_index.begin() + end, int(m_formats.size()) - 1);
    }

    [[nodiscard]] QVector<QTextLayout::FormatRange> ranges() const
    {
        QVector<QTextLayout::FormatRange> out;
        const int length = int(m_index.size());
        int i = 0;
        while (i < length) {
            const int index = m_index.at(i);
            int j = i + 1;
            while (j < length
                   && (m_index.at(j) == index
                       || (index >= 0 && m_index.at(j) >= 0 && m_formats.at(m_index.at(j)) == m_formats.at(index)))) {
                ++j;
            }
            if (index >= 0) {
                out.append({i, j - i, m_formats.at(index)});
            }
            i = j;
        }
        return out;
    }

private:
    QVector<int> m_index;
    QVector<QTextCharFormat> m_formats;
};

} // namespace

AnnotationHighlighter::AnnotationHighlighter(QTextDocument *document,
                                             Annotations *annotations,
                                             std::shared_ptr<const AnnotationPalette> palette)
    : QObject(document)
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
            // that starts colouring it; here only same-text resets (a new extraction) need a pass.
            if (m_document && m_document->characterCount() - 1 == m_annotations->document().text().size()) {
                rehighlight();
            }
        });
    }
    attach(document);
}

AnnotationHighlighter::~AnnotationHighlighter() = default;

Annotations *AnnotationHighlighter::annotations() const
{
    return m_annotations;
}

QTextDocument *AnnotationHighlighter::document() const
{
    return m_document;
}

void AnnotationHighlighter::setDocument(QTextDocument *document)
{
    if (document != m_document) {
        attach(document);
    }
}

void AnnotationHighlighter::attach(QTextDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_blockGeneration.clear();
    if (!document) {
        return;
    }
    connect(document, &QTextDocument::contentsChange, this, &AnnotationHighlighter::contentsChanged);
    m_blockGeneration.assign(std::size_t(document->blockCount()), 0);
    if (!document->isEmpty()) {
        rehighlight();
    }
}

void AnnotationHighlighter::contentsChanged(int from, int charsRemoved, int charsAdded)
{
    Q_UNUSED(from)
    if (m_applying || (charsRemoved == 0 && charsAdded == 0)) {
        return; // our own formats marking blocks dirty
    }
    // The shown text was replaced: its blocks are new, none coloured yet.
    m_blockGeneration.assign(std::size_t(m_document->blockCount()), 0);
    rehighlight();
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

int AnnotationHighlighter::eagerCharacterLimit() const
{
    return m_eagerCharacterLimit;
}

void AnnotationHighlighter::setEagerCharacterLimit(int characters)
{
    m_eagerCharacterLimit = std::max(0, characters);
}

void AnnotationHighlighter::rehighlight()
{
    if (!m_document) {
        return;
    }
    ++m_generation;
    if (m_document->characterCount() <= m_eagerCharacterLimit) {
        highlightBlocks(m_document->firstBlock(), m_document->lastBlock(), false);
    } else {
        Q_EMIT invalidated(); // the view colours what it shows, before it paints
    }
}

void AnnotationHighlighter::ensureHighlighted(int start, int end)
{
    if (!m_document) {
        return;
    }
    highlightBlocks(m_document->findBlock(start), m_document->findBlock(std::max(start, end - 1)), false);
}

bool AnnotationHighlighter::isHighlighted(int position) const
{
    if (!m_document) {
        return false;
    }
    const int number = m_document->findBlock(position).blockNumber();
    return number >= 0 && std::size_t(number) < m_blockGeneration.size()
        && m_blockGeneration[std::size_t(number)] == m_generation;
}

void AnnotationHighlighter::rehighlightRange(int start, int end)
{
    if (!m_document) {
        return;
    }
    highlightBlocks(m_document->findBlock(start), m_document->findBlock(std::max(start, end - 1)), true);
}

void AnnotationHighlighter::highlightBlocks(const QTextBlock &first, const QTextBlock &last, bool force)
{
    if (!first.isValid()) {
        return;
    }
    if (m_blockGeneration.size() != std::size_t(m_document->blockCount())) {
        m_blockGeneration.assign(std::size_t(m_document->blockCount()), 0);
    }
    // One edit block: the layout and the views hear of all the changed blocks once.
    QTextCursor batch(m_document);
    m_applying = true;
    batch.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const auto number = std::size_t(block.blockNumber());
        if (force || m_blockGeneration[number] != m_generation) {
            applyFormats(block);
            m_blockGeneration[number] = m_generation;
        }
        if (block == last) {
            break;
        }
    }
    batch.endEditBlock();
    m_applying = false;
}

void AnnotationHighlighter::applyFormats(QTextBlock &block)
{
    const QVector<QTextLayout::FormatRange> ranges = formatsFor(block);
    QTextLayout *layout = block.layout();
    if (layout->formats() == ranges) {
        return;
    }
    layout->setFormats(ranges);
    m_document->markContentsDirty(block.position(), block.length());
}

QVector<QTextLayout::FormatRange> AnnotationHighlighter::formatsFor(const QTextBlock &block) const
{
    const QString text = block.text();
    const int blockStart = block.position();
    const int blockEnd = blockStart + int(text.size());
    if (!m_annotations || text.isEmpty()) {
        return {};
    }
    BlockFormats formats(int(text.size()));

    // The header is metadata: dimmed, never annotated.
    const int bodyStart = m_annotations->document().bodyStart();
    if (blockStart < bodyStart) {
        const int to = std::min(bodyStart, blockEnd);
        formats.set(0, to - blockStart, m_palette->format(AnnotationRole::Header, m_scheme));
    }

    if (m_evidenceEnd > blockStart && m_evidenceStart < blockEnd) {
        const int from = std::max(m_evidenceStart, blockStart);
        const int to = std::min(m_evidenceEnd, blockEnd);
        formats.set(from - blockStart, to - from, m_evidenceFormat);
    }

    // Entities come sorted by start with longer ones first, so a nested span is painted over its
    // container and the innermost format wins, as Annotations::entityAt() does.
    QVector<QTextLayout::FormatRange> entityRanges;
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
            addEntityFormat(entityRanges, from, to, format, blockStart);
        }
    }
    for (const QTextLayout::FormatRange &range : std::as_const(entityRanges)) {
        formats.set(range.start, range.length, range.format);
    }
    return formats.ranges();
}

void AnnotationHighlighter::addEntityFormat(QVector<QTextLayout::FormatRange> &ranges,
                                            int from,
                                            int to,
                                            const QTextCharFormat &entityFormat,
                                            int blockStart) const
{
    // Inside the evidence the entity keeps its own tint and underline over the evidence format,
    // outside it is the entity format alone; a later format replaces, so split at the evidence edges.
    const int evFrom = std::clamp(m_evidenceStart, from, to);
    const int evTo = std::clamp(m_evidenceEnd, from, to);
    if (m_evidenceEnd <= m_evidenceStart || evTo <= evFrom) {
        ranges.append({from - blockStart, to - from, entityFormat});
        return;
    }
    QTextCharFormat inside = m_evidenceFormat;
    inside.merge(entityFormat);
    if (evFrom > from) {
        ranges.append({from - blockStart, evFrom - from, entityFormat});
    }
    ranges.append({evFrom - blockStart, evTo - evFrom, inside});
    if (to > evTo) {
        ranges.append({evTo - blockStart, to - evTo, entityFormat});
    }
}

} // namespace Readout
