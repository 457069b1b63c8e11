// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../result.h"

#include <QByteArray>

namespace Readout
{

/// Reads an article from disk, choosing the reader by file name. Never writes the file.
/// Errors name the file and the problem ("notes.txt: binary data (NUL bytes at offset 12), not text").
[[nodiscard]] Result<Document> readDocument(const QString &path);

/// Decodes plain-text bytes: UTF-8 (BOM or not), UTF-16 LE/BE with BOM, Windows-1252 fallback; then
/// reads a `date YYYY-MM-DD` header line or YAML front matter (date:, title:, source:, url:) as metadata.
[[nodiscard]] Result<Document> parseText(const QByteArray &bytes, const QString &path);

} // namespace Readout
