// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

/// Article text assembled from the text of a PDF's pages.
struct AssembledPdfText {
    QString text;
    QVector<int> pageStarts; ///< UTF-16 offset in text where page i + 1 begins
    QStringList droppedLines; ///< running headers and footers removed (each once, as first seen)
};

/// Turns per-page PDF text (lines in reading order, as the text layer gives them) into article
/// text: lines that repeat at the top or bottom of every page (running headers, footers, page
/// numbers; digits compared as any digit) are dropped, words hyphenated across line ends are
/// joined, lines are joined into paragraphs (blank line between paragraphs), and a paragraph
/// continued on the next page stays one paragraph. Keeps where each page starts, so evidence can
/// say "p. 3". Pure and stateless: tested without any PDF.
class PdfTextAssembler
{
public:
    [[nodiscard]] static AssembledPdfText assemble(const QStringList &pages);
};

} // namespace Readout
