// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../result.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace Readout
{

/// Reads a PDF's text layer with QtPdf, page by page in the order the layer gives, and assembles it
/// into article text (PdfTextAssembler: running headers and footers dropped, hyphenation joined,
/// page starts kept in DocumentMetadata::pageStarts); paragraph gaps come from the layout
/// (PdfPageLayout), one query per page. The PDF is parsed from the bytes given, never the file again. A PDF without
/// text (scanned pages) gets a clear message: Readout does no OCR. Truncated, damaged and encrypted files are refused
/// with a message saying so. Stateless; QtPdf serialises its own access, so this runs on any thread.
class PdfReader
{
public:
    /// Progress is told in steps of 1/ProgressPerPage of a page.
    static constexpr int ProgressPerPage = 1000;

    /// progress(done, total) is called at each page's start and end and within it (in steps of
    /// 1/ProgressPerPage page; total = pages * ProgressPerPage); returning false cancels, heard
    /// within a page.
    [[nodiscard]] static Result<Document> read(const QByteArray &bytes,
                                               const QString &path,
                                               QStringList *notes = nullptr,
                                               const std::function<bool(int, int)> &progress = {});
};

} // namespace Readout
