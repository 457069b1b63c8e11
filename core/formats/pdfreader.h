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
/// page starts kept in DocumentMetadata::pageStarts). A PDF without text (scanned pages) gets a
/// clear message: Readout does no OCR. Truncated, damaged and encrypted files are refused with a
/// message saying so. Stateless; QtPdf serialises its own access, so this runs on any thread.
class PdfReader
{
public:
    /// progress(pagesDone, pageCount) is called after each page; returning false cancels.
    [[nodiscard]] static Result<Document> read(const QByteArray &bytes,
                                               const QString &path,
                                               QStringList *notes = nullptr,
                                               const std::function<bool(int, int)> &progress = {});
};

} // namespace Readout
