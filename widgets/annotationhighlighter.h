// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QObject>
#include <QPointer>
#include <QTextCharFormat>
#include <QTextLayout>

#include <memory>
#include <vector>

class QTextBlock;
class QTextDocument;

namespace Readout
{

class Annotations;

/// Colours a QTextDocument that shows Annotations::document().text() (same UTF-16 offsets) from the
/// annotations' span index: each block asks entitiesIn() for its range, so nothing is rescanned with
/// patterns. Also marks the header and the current evidence range. Does not own the annotations or
/// the document.
///
/// Unlike QSyntaxHighlighter it never walks a whole big document: a document of up to
/// eagerCharacterLimit() characters is coloured at once, a bigger one block by block as blocks come into view
/// (ensureHighlighted(), called by the view before it paints). A block remembers the generation it was
/// coloured in; a reset or a new palette starts a new generation, and only blocks of a changed range
/// (a correction, the evidence) are redone straight away.
class AnnotationHighlighter : public QObject
{
    Q_OBJECT
public:
    /// Without a palette, createAnnotationPalette() supplies one, in the system's scheme.
    AnnotationHighlighter(QTextDocument *document,
                          Annotations *annotations,
                          std::shared_ptr<const AnnotationPalette> palette = nullptr);
    ~AnnotationHighlighter() override;

    [[nodiscard]] Annotations *annotations() const;
    [[nodiscard]] QTextDocument *document() const;
    /// Colours this document from now on (the view replaced its document).
    void setDocument(QTextDocument *document);

    /// The colours to use; everything is coloured again.
    void setPalette(std::shared_ptr<const AnnotationPalette> palette, ColorScheme scheme);
    [[nodiscard]] const AnnotationPalette *palette() const;
    [[nodiscard]] ColorScheme scheme() const;

    /// Marks [start, end) with the evidence format; only blocks of the old and new range are redone.
    void setEvidence(int start, int end);
    void clearEvidence();
    [[nodiscard]] int evidenceStart() const;
    [[nodiscard]] int evidenceEnd() const;

    /// Colours everything again: at once up to eagerCharacterLimit() characters, else as blocks are shown.
    void rehighlight();
    /// Colours the blocks holding [start, end) that are not up to date.
    void ensureHighlighted(int start, int end);
    /// Whether the block holding this position is coloured with the current annotations and palette.
    [[nodiscard]] bool isHighlighted(int position) const;

    /// Documents of at most this many characters are coloured whole at once.
    [[nodiscard]] int eagerCharacterLimit() const;
    void setEagerCharacterLimit(int characters);

    /// The formats of one block, as they would be applied (block-relative ranges).
    [[nodiscard]] QVector<QTextLayout::FormatRange> formatsFor(const QTextBlock &block) const;

Q_SIGNALS:
    /// Colours of blocks not yet shown went stale: a view should repaint (and so call ensureHighlighted()).
    void invalidated();

private:
    void attach(QTextDocument *document);
    void contentsChanged(int from, int charsRemoved, int charsAdded);
    void rehighlightRange(int start, int end);
    void highlightBlocks(const QTextBlock &first, const QTextBlock &last, bool force);
    void applyFormats(QTextBlock &block);
    void addEntityFormat(QVector<QTextLayout::FormatRange> &ranges,
                         int from,
                         int to,
                         const QTextCharFormat &entityFormat,
                         int blockStart) const;

    QPointer<QTextDocument> m_document;
    QPointer<Annotations> m_annotations;
    std::shared_ptr<const AnnotationPalette> m_palette;
    ColorScheme m_scheme = ColorScheme::Light;
    QTextCharFormat m_evidenceFormat;
    int m_evidenceStart = -1;
    int m_evidenceEnd = -1;
    int m_eagerCharacterLimit = 2'000'000;
    /// Per block number, the generation its formats were made in (0: never).
    std::vector<quint32> m_blockGeneration;
    quint32 m_generation = 1;
    bool m_applying = false;
};

} // namespace Readout
