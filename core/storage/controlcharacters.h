// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace Readout
{

/// text with each control character other than tab, line feed and carriage return (C0, DEL and
/// C1) replaced by U+FFFD, one character for one so that offsets beside it still hold. A NUL cuts
/// a C string short in the program reading an export and an escape sequence drives the terminal
/// showing it; the CSV and iCalendar writers pass every cell through this.
[[nodiscard]] inline QString withoutControlCharacters(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || (u >= 0x7F && u < 0xA0);
        if (control && u != u'\t' && u != u'\n' && u != u'\r') {
            c = QChar::ReplacementCharacter;
        }
    }
    return out;
}

} // namespace Readout
