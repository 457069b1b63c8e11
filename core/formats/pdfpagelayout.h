// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace Readout
{

/// One line of a PDF page's text layer: where it is in the page's text, and on the page.
struct PdfTextLine {
    int start = 0;
    int length = 0;
    QRectF box; ///< empty when unknown or the line has no ink
};

/// Where the lines of one PDF page lie, and the paragraph gaps that follow from it. The text
/// layer (pdfium's, through QtPdf) has lines but no paragraphs; the layout shows them as gaps
/// wider than the page's usual line pitch. The boxes come from the text runs of the whole page,
/// one query for the page, so the work is linear in its lines; a page whose runs do not match
/// its lines needs a query per line (PdfReader does that for short pages). Pure and stateless.
class PdfPageLayout
{
public:
    /// The lines of a page's text, "\r\n" between lines as pdfium writes them; boxes empty.
    [[nodiscard]] static QVector<PdfTextLine> split(const QString &text);

    /// Gives each line with ink the box of its runs. runs: QPdfSelection::bounds() of the whole
    /// page, in text order, one per text object (never across lines). Consecutive runs that overlap
    /// vertically and go on rightwards make one visual line; a text line glued to the next by a
    /// pdfium hyphen marker (U+FFFE) spans both. False, and the boxes untouched, when the visual
    /// lines are not as many as the text lines need.
    [[nodiscard]] static bool placeRuns(QVector<PdfTextLine> &lines, const QString &text, const QList<QPolygonF> &runs);

    /// The page's text, lines joined by "\n", with "\n\n" where the space between two lines is
    /// clearly wider than the page's usual line pitch.
    [[nodiscard]] static QString withParagraphGaps(const QString &text, const QVector<PdfTextLine> &lines);
};

} // namespace Readout
