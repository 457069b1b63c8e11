// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Readout
{

class AnnotationPalette;
class Annotations;

/// Lays one article out for paper (File ▸ Print…, File ▸ Export PDF…): a title with the article's
/// file name and publication date, the text with the entity colours the view shows (from
/// AnnotationHighlighter, as character formats), then the events table (type, participants, date,
/// place, status, topics, source, evidence, reviewed). Everything from the file goes in as plain
/// text, never as markup. Builds a new QTextDocument each time; does not own the annotations.
class ArticlePrinter
{
public:
    /// palette: the colours to print in; paperPalette() when null.
    explicit ArticlePrinter(Annotations *annotations, std::shared_ptr<const AnnotationPalette> palette = nullptr);

    /// The active theme's palette in its light variant; the built-in light palette when the
    /// theme is a dark one (its tints, with light text, are made for a dark screen, not paper).
    [[nodiscard]] static std::shared_ptr<const AnnotationPalette> paperPalette();

    /// "us-russia-talks.txt" (the display name when the article has no file).
    [[nodiscard]] QString title() const;
    /// The printable document; the caller owns it.
    [[nodiscard]] std::unique_ptr<QTextDocument> document() const;
    /// Prints document() on a printer or PDF writer, paginated, with page numbers.
    void print(QPagedPaintDevice *device) const;
    /// document() as a PDF on A4 pages, titled title().
    [[nodiscard]] QByteArray pdf() const;

private:
    void addText(QTextDocument *document) const;
    void addEvents(QTextDocument *document) const;

    Annotations *m_annotations;
    std::shared_ptr<const AnnotationPalette> m_palette;
};

} // namespace Readout
