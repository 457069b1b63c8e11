// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../result.h"

#include <QByteArray>
#include <QStringList>

namespace Readout
{

/// Reads an HTML page as an article: the text of its paragraphs, headings, list items and table
/// rows as blocks (blank line between blocks, list items one per line with a bullet); scripts,
/// styles, navigation, forms, embedded media and hidden elements are dropped. When the page marks
/// its story (<article>, itemprop="articleBody", else <main>), only that part is kept.
/// Metadata: title (og:title, JSON-LD headline, <title>), publication date (article:published_time,
/// JSON-LD datePublished, itemprop="datePublished", <meta name="date">, <time pubdate>), site name,
/// canonical URL and language. Character set: byte-order mark, then <meta charset> or the
/// http-equiv Content-Type, then detection (TextDecoder).
/// Nothing is loaded or run: no network, no scripts, no images; one iterative pass over the
/// markup (HtmlTokenizer), so arbitrarily deep nesting cannot exhaust the stack. Stateless.
class HtmlReader
{
public:
    /// notes (optional) receives what the user should know (encoding fallbacks, damaged markup).
    [[nodiscard]] static Result<Document>
    parse(const QByteArray &bytes, const QString &path, QStringList *notes = nullptr);
    /// For markup that is already text (pasted or dropped HTML). name is used in messages.
    [[nodiscard]] static Result<Document> fromHtml(const QString &html,
                                                   const QString &path,
                                                   const QString &name,
                                                   const DocumentMetadata &base = {},
                                                   QStringList *notes = nullptr);
    /// The character set the first bytes declare (<meta charset>, http-equiv, <?xml encoding>), or "".
    [[nodiscard]] static QString declaredCharset(const QByteArray &bytes);
};

} // namespace Readout
