// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArray>
#include <QString>

namespace Readout
{

/// Text decoded from a file's bytes and how it was done.
struct DecodedText {
    QString text;
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "windows-1252", "ISO-8859-1", "ISO-8859-2", ...
    QString note; ///< set when the encoding was a guess or a fallback ("not valid UTF-8: read as windows-1252")
};

/// Turns bytes into text: a byte-order mark wins, then an encoding the document declares (an HTML
/// <meta charset>), then UTF-8 when the bytes are valid UTF-8, else Windows-1252 (named ISO-8859-1
/// when no byte in 0x80-0x9F tells them apart). Refuses binary data (NUL bytes, a known file
/// signature, mostly control characters) with a message naming the file and what it looks like.
/// In UTF-16, a surrogate without its other half becomes U+FFFD, and the note says how many.
/// Stateless and thread-safe.
class TextDecoder
{
public:
    /// name: the file name used in messages. declared: a charset label from inside the document.
    [[nodiscard]] static Result<DecodedText>
    decode(const QByteArray &bytes, const QString &name, const QString &declared = {});

    /// What well-known binary format the bytes start with ("a PNG image", "a Linux executable (ELF)"),
    /// or an empty string.
    [[nodiscard]] static QString binaryKind(const QByteArray &bytes);

    /// Windows-1252 as the WHATWG encoding standard defines it (also what "ISO-8859-1" labels mean on
    /// the web); undefined bytes map to the C1 controls, so every byte decodes.
    [[nodiscard]] static QString fromWindows1252(const QByteArray &bytes);
};

} // namespace Readout
