// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../result.h"

#include <QByteArray>
#include <QStringList>

namespace Readout
{

/// Reads plain-text articles: decodes the bytes (TextDecoder), normalises line ends and reads an
/// optional header, an inline `date YYYY-MM-DD` line or YAML front matter (date, title, source,
/// url), as metadata. The header stays in the text, before Document::bodyStart(). Stateless.
class TextReader
{
public:
    /// notes (optional) receives what the user should know ("not valid UTF-8: read as windows-1252").
    [[nodiscard]] static Result<Document>
    parse(const QByteArray &bytes, const QString &path, QStringList *notes = nullptr);
    /// For text that is already decoded (pasted or dropped): line ends and header as parse() does.
    [[nodiscard]] static Document fromText(QString text, const QString &path, const DocumentMetadata &base = {});
    /// Reads the header at the start of text into metadata; returns where the body starts (0 if none).
    static int readHeader(const QString &text, DocumentMetadata *metadata);
};

} // namespace Readout
