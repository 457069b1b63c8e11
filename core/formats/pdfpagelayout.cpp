// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagelayout.h"

#include <algorithm>

namespace Readout
{

namespace
{

/// pdfium's marks of a word it joined across a line end: the line goes on below.
bool isGlue(QChar c)
{
    return c == QChar(0xFFFE) || c == QChar(0x0002);
}

/// How many visual lines a text line covers: none without ink, one more per glued line end.
int visualLines(QStringView line)
{
    int glued = 0;
    bool ink = false;
    for (const QChar c : line) {
        glued += isGlue(c);
        ink = ink || !c.isSpace();
    }
    return ink ? 1 + glued : 0;
}

/// Runs on the same line overlap for at least half the smaller height, and go on rightwards.
bool sameLine(const QRectF &previous, const QRectF &run)
{
    const qreal overlap = std::min(previous.bottom(), run.bottom()) - std::max(previous.top(), run.top());
    return overlap >= 0.5 * std::min(previous.height(), run.height()) && run.left() >= previous.left();
}

} // namespace

QVector<PdfTextLine> PdfPageLayout::split(const QString &text)
{
    QVector<PdfTextLine> lines;
    const QString separator = QStringLiteral("\r\n");
    for (int start = 0; start <= text.size();) {
        int end = int(text.indexOf(separator, start));
        if (end < 0) {
            end = int(text.size());
        }
        lines.append({start, end - start, {}});
        start = end + int(separator.size());
    }
    return lines;
}

bool PdfPageLayout::placeRuns(QVector<PdfTextLine> &lines, const QString &text, const QList<QPolygonF> &runs)
{
    QVector<QRectF> visual;
    QRectF previous;
    for (const QPolygonF &polygon : runs) {
        const QRectF run = polygon.boundingRect();
        if (run.isEmpty()) {
            continue;
        }
        if (!visual.isEmpty() && sameLine(previous, run)) {
            visual.last() |= run;
        } else {
            visual.append(run);
        }
        previous = run;
    }
    QVector<int> needed(lines.size());
    qsizetype total = 0;
    for (int i = 0; i < lines.size(); ++i) {
        needed[i] = visualLines(QStringView(text).mid(lines.at(i).start, lines.at(i).length));
        total += needed.at(i);
    }
    if (total != visual.size()) {
        return false;
    }
    int next = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QRectF box;
        for (int k = 0; k < needed.at(i); ++k) {
            box |= visual.at(next++);
        }
        lines[i].box = box;
    }
    return true;
}

QString PdfPageLayout::withParagraphGaps(const QString &text, const QVector<PdfTextLine> &lines)
{
    // A line that the text layer glued to the next one spans both: compare tops and bottoms, keep the smaller.
    QVector<qreal> pitches(lines.size(), 0);
    QVector<qreal> positive;
    for (int i = 1; i < lines.size(); ++i) {
        const QRectF &a = lines.at(i - 1).box;
        const QRectF &b = lines.at(i).box;
        if (a.isEmpty() || b.isEmpty()) {
            continue;
        }
        pitches[i] = std::min(b.top() - a.top(), b.bottom() - a.bottom());
        if (pitches[i] > 0) {
            positive.append(pitches[i]);
        }
    }
    std::sort(positive.begin(), positive.end());
    // The lower quartile: short pages have nearly as many gaps as lines.
    const qreal usual = positive.isEmpty() ? 0 : positive.at(positive.size() / 4);
    QString out;
    out.reserve(text.size() + lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            out += usual > 0 && pitches.at(i) > usual * 1.5 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        }
        out += QStringView(text).mid(lines.at(i).start, lines.at(i).length);
    }
    return out;
}

} // namespace Readout
