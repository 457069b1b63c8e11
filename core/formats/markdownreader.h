// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../result.h"

#include <QByteArray>
#include <QStringList>

namespace Readout
{

/// Reads a Markdown article: YAML front matter (or a `date YYYY-MM-DD` line) as metadata, the rest
/// rendered by QTextDocument's Markdown support (GitHub dialect) into plain text: paragraphs and
/// headings as blocks separated by a blank line, list items one per line with a bullet, code as
/// written. Raw HTML is shown as text and images are dropped: nothing is loaded. Stateless.
class MarkdownReader
{
public:
    [[nodiscard]] static Result<Document>
    parse(const QByteArray &bytes, const QString &path, QStringList *notes = nullptr);
    /// Renders Markdown source to the plain text described above.
    [[nodiscard]] static QString render(const QString &markdown);
};

} // namespace Readout
