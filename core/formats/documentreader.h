// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../result.h"
#include "loadedarticle.h"

#include <QByteArray>

#include <functional>

namespace Readout
{

/// How readArticle() reads.
struct ReadOptions {
    /// Import a brat X.ann found beside X.txt. An .ann or .readout.json opened itself is always imported.
    bool importAnnotations = true;
    /// Called while reading with work done and total (bytes, then for a PDF thousandths of pages);
    /// returning false cancels (Error::Code::Cancelled). Called on the reading thread.
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// Reads an article from disk, choosing the reader by file name (and by content for a PDF):
/// .txt and anything else as text, .html/.htm/.xhtml, .md/.markdown, .pdf, a brat .ann (with the
/// .txt beside it), a Readout sidecar .readout.json (with the article it names). Never writes.
/// Errors name the file and the problem and say what to do ("notes.txt: binary data (a PNG image),
/// not a text article; ...").
[[nodiscard]] Result<LoadedArticle> readArticle(const QString &path, const ReadOptions &options = {});

/// The document of readArticle(path) without importing any annotations.
[[nodiscard]] Result<Document> readDocument(const QString &path);

/// Decodes plain-text bytes: UTF-8 (BOM or not), UTF-16 LE/BE with BOM, Windows-1252 fallback; then
/// reads a `date YYYY-MM-DD` header line or YAML front matter (date:, title:, source:, url:) as metadata.
[[nodiscard]] Result<Document> parseText(const QByteArray &bytes, const QString &path);

} // namespace Readout
