// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Readout
{

/// text as a tooltip that shows it as written. Qt renders a tooltip as rich text when it guesses
/// so (Qt::mightBeRichText()): article text, a sidecar's field or a file name holding <b>…</b>
/// would lose its tags, and an <img src=…> in it would make the window open that file on hover.
/// Escaped inside a paragraph that keeps line breaks and spaces, it is always rich text, and
/// only text. Empty for empty text (no tooltip). For Qt::ToolTipRole and QWidget::setToolTip().
[[nodiscard]] inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace Readout
