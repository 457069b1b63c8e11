// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include "pdftextassembler.h"
#include "textreader.h"

#include <QFileInfo>
#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>

namespace Readout
{

namespace
{

QString shortened(const QString &line)
{
    return line.size() > 40 ? line.left(39) + QChar(0x2026) : line;
}

/// The page's text with a blank line wherever the space between two lines is clearly larger than
/// the page's usual line pitch: the text layer has no paragraphs, the layout shows them.
QString withParagraphGaps(QPdfDocument &pdf, int page, const QString &raw)
{
    struct Line {
        int start = 0;
        int length = 0;
        QRectF box;
    };
    QVector<Line> lines;
    const QString separator = QStringLiteral("\r\n");
    for (int start = 0; start <= raw.size();) {
        int end = int(raw.indexOf(separator, start));
        if (end < 0) {
            end = int(raw.size());
        }
        Line line;
        line.start = start;
        line.length = end - start;
        if (line.length > 0) {
            line.box = pdf.getSelectionAtIndex(page, start, line.length).boundingRectangle();
        }
        lines.append(line);
        start = end + int(separator.size());
    }
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
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0) {
            out += usual > 0 && pitches.at(i) > usual * 1.5 ? QStringLiteral("\n\n") : QStringLiteral("\n");
        }
        out += QStringView(raw).mid(lines.at(i).start, lines.at(i).length);
    }
    return out;
}

} // namespace

Result<Document> PdfReader::read(const QByteArray &bytes,
                                 const QString &path,
                                 QStringList *notes,
                                 const std::function<bool(int, int)> &progress)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    const auto fail = [&name](Error::Code code, const QString &what) {
        return Error{code, QStringLiteral("%1: %2").arg(name, what)};
    };
    // The header may follow a little junk; the end-of-file marker is within the last kilobyte or so.
    if (!bytes.left(1024).contains("%PDF-")) {
        return fail(Error::Code::Malformed,
                    QStringLiteral("not a PDF (no %PDF- header); the file is damaged or misnamed"));
    }
    if (!bytes.right(2048).contains("%%EOF")) {
        return fail(Error::Code::Malformed,
                    QStringLiteral("the PDF is truncated (it stops after %1 bytes, without its end-of-file marker); "
                                   "download or copy it again")
                        .arg(bytes.size()));
    }
    QPdfDocument pdf;
    switch (pdf.load(path)) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::FileNotFound:
        return fail(Error::Code::NotFound, QStringLiteral("no such file (it was moved or deleted)"));
    case QPdfDocument::Error::IncorrectPassword:
        return fail(Error::Code::Unsupported,
                    QStringLiteral("the PDF is password-protected; save an unprotected copy and open that"));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return fail(Error::Code::Unsupported,
                    QStringLiteral("the PDF is encrypted in a way Readout cannot read; save an unprotected copy"));
    default:
        return fail(Error::Code::Malformed, QStringLiteral("the PDF is damaged (its structure cannot be read)"));
    }
    const int pageCount = pdf.pageCount();
    if (pageCount <= 0) {
        return fail(Error::Code::Malformed, QStringLiteral("the PDF has no pages"));
    }
    QStringList pages;
    bool anyText = false;
    for (int p = 0; p < pageCount; ++p) {
        const QString text = withParagraphGaps(pdf, p, pdf.getAllText(p).text());
        anyText = anyText || !text.trimmed().isEmpty();
        pages.append(text);
        if (progress && !progress(p + 1, pageCount)) {
            return fail(Error::Code::Cancelled, QStringLiteral("reading was cancelled"));
        }
    }
    if (!anyText) {
        return fail(Error::Code::Unsupported,
                    QStringLiteral("the PDF has no text layer (%1 scanned or image-only page%2); Readout does no OCR. "
                                   "Run OCR first (for example: ocrmypdf %3 out.pdf) and open the result")
                        .arg(pageCount)
                        .arg(pageCount == 1 ? QString() : QStringLiteral("s"), name));
    }
    AssembledPdfText assembled = PdfTextAssembler::assemble(pages);
    DocumentMetadata metadata;
    metadata.encoding = pageCount == 1 ? QStringLiteral("PDF, 1 page") : QStringLiteral("PDF, %1 pages").arg(pageCount);
    metadata.title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString().simplified();
    metadata.pageStarts = assembled.pageStarts;
    const int bodyStart = TextReader::readHeader(assembled.text, &metadata);
    if (notes && !assembled.droppedLines.isEmpty()) {
        QStringList quoted;
        for (const QString &line : std::as_const(assembled.droppedLines)) {
            quoted.append(QStringLiteral("\u201C%1\u201D").arg(shortened(line)));
        }
        notes->append(
            QStringLiteral("%1: dropped what repeats on every page: %2").arg(name, quoted.join(QLatin1String(", "))));
    }
    return Document(path, std::move(assembled.text), metadata, bodyStart);
}

} // namespace Readout
