// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreader.h"

#include "pdfpagelayout.h"
#include "pdftextassembler.h"
#include "textreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPdfDocument>
#include <QPdfSelection>

Q_DECLARE_LOGGING_CATEGORY(readoutData)

namespace Readout
{

namespace
{

/// A page whose text runs do not match its lines is measured a line at a time, one query each,
/// and each query parses the whole page: only this many lines; longer pages go without gaps.
constexpr int MeasuredLines = 200;

QString shortened(const QString &line)
{
    return line.size() > 40 ? line.left(39) + QChar(0x2026) : line;
}

/// Progress in thousandths of pages, so that a page of many lines moves the bar and hears Cancel.
class PageProgress
{
public:
    PageProgress(const std::function<bool(int, int)> &progress, int pageCount)
        : m_progress(progress)
        , m_pageCount(pageCount)
    {
    }
    /// fraction of page (0..1) done; false when cancelled
    [[nodiscard]] bool at(int page, qreal fraction) const
    {
        const int total = m_pageCount * PdfReader::ProgressPerPage;
        return !m_progress
            || m_progress(page * PdfReader::ProgressPerPage + int(fraction * PdfReader::ProgressPerPage), total);
    }

private:
    const std::function<bool(int, int)> &m_progress;
    int m_pageCount;
};

/// The boxes of lines whose runs could not be matched, one query per line. False when cancelled.
bool measureLines(QPdfDocument &pdf, int page, QVector<PdfTextLine> &lines, const PageProgress &progress)
{
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).length > 0) {
            lines[i].box = pdf.getSelectionAtIndex(page, lines.at(i).start, lines.at(i).length).boundingRectangle();
        }
        if (!progress.at(page, 0.5 + 0.25 * (i + 1) / lines.size())) {
            return false;
        }
    }
    return true;
}

/// The page's text with its paragraph gaps in out; false when cancelled.
bool pageText(QPdfDocument &pdf, int page, const PageProgress &progress, QString *out)
{
    if (!progress.at(page, 0)) {
        return false;
    }
    // One query for the whole page: its text and its runs. A query per line parsed the page each
    // time: 4,000 lines took a minute.
    const QPdfSelection all = pdf.getAllText(page);
    const QString text = all.text();
    if (!progress.at(page, 0.5)) {
        return false;
    }
    QVector<PdfTextLine> lines = PdfPageLayout::split(text);
    if (!PdfPageLayout::placeRuns(lines, text, all.bounds())) {
        if (lines.size() <= MeasuredLines) {
            qCDebug(readoutData) << "PDF page" << page + 1 << ": its text runs do not match its" << lines.size()
                                 << "lines; measuring them one by one";
            if (!measureLines(pdf, page, lines, progress)) {
                return false;
            }
        } else {
            qCInfo(readoutData) << "PDF page" << page + 1 << ": its text runs do not match its" << lines.size()
                                << "lines; no paragraph gaps from its layout";
        }
    }
    if (!progress.at(page, 0.75)) {
        return false;
    }
    *out = PdfPageLayout::withParagraphGaps(text, lines);
    return true;
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
                    QCoreApplication::translate("Readout::PdfReader",
                                                "not a PDF (no %PDF- header); the file is damaged or misnamed"));
    }
    if (!bytes.right(2048).contains("%%EOF")) {
        return fail(Error::Code::Malformed,
                    QCoreApplication::translate(
                        "Readout::PdfReader",
                        "the PDF is truncated (it stops after %1 bytes, without its end-of-file marker); "
                        "download or copy it again")
                        .arg(bytes.size()));
    }
    // The bytes already read, not the file again: it may have changed or been replaced meanwhile.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    switch (pdf.status() == QPdfDocument::Status::Ready ? QPdfDocument::Error::None : pdf.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return fail(
            Error::Code::Unsupported,
            QCoreApplication::translate("Readout::PdfReader",
                                        "the PDF is password-protected; save an unprotected copy and open that"));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return fail(
            Error::Code::Unsupported,
            QCoreApplication::translate("Readout::PdfReader",
                                        "the PDF is encrypted in a way Readout cannot read; save an unprotected copy"));
    default:
        return fail(
            Error::Code::Malformed,
            QCoreApplication::translate("Readout::PdfReader", "the PDF is damaged (its structure cannot be read)"));
    }
    const int pageCount = pdf.pageCount();
    if (pageCount <= 0) {
        return fail(Error::Code::Malformed, QCoreApplication::translate("Readout::PdfReader", "the PDF has no pages"));
    }
    const PageProgress pageProgress(progress, pageCount);
    QStringList pages;
    bool anyText = false;
    for (int p = 0; p < pageCount; ++p) {
        QString text;
        if (!pageText(pdf, p, pageProgress, &text) || !pageProgress.at(p + 1, 0)) {
            return fail(Error::Code::Cancelled,
                        QCoreApplication::translate("Readout::PdfReader", "reading was cancelled"));
        }
        anyText = anyText || !text.trimmed().isEmpty();
        pages.append(text);
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
    metadata.encoding = pageCount == 1
        ? QCoreApplication::translate("Readout::PdfReader", "PDF, 1 page")
        : QCoreApplication::translate("Readout::PdfReader", "PDF, %1 pages").arg(pageCount);
    metadata.title = pdf.metaData(QPdfDocument::MetaDataField::Title).toString().simplified();
    metadata.pageStarts = assembled.pageStarts;
    const int bodyStart = TextReader::readHeader(assembled.text, &metadata);
    if (notes && !assembled.droppedLines.isEmpty()) {
        QStringList quoted;
        for (const QString &line : std::as_const(assembled.droppedLines)) {
            quoted.append(QStringLiteral("\u201C%1\u201D").arg(shortened(line)));
        }
        notes->append(QCoreApplication::translate("Readout::PdfReader", "%1: dropped what repeats on every page: %2")
                          .arg(name, quoted.join(QLatin1String(", "))));
    }
    return Document(path, std::move(assembled.text), metadata, bodyStart);
}

} // namespace Readout
