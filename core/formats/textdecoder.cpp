// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringList>

namespace Readout
{

namespace
{

/// The bytes are the whole file: a sequence cut off at the end is an error, not a wait for more.
constexpr QStringConverter::Flags Whole = QStringConverter::Flag::Stateless;

QString binaryError(const QString &name, const QString &what)
{
    return QCoreApplication::translate(
               "Readout::TextDecoder",
               "%1: binary data (%2), not a text article; open the article's text (.txt, .html, .md or .pdf)")
        .arg(name, what);
}

/// UTF-16 without a byte-order mark: most code units of plain text have one zero byte, always on
/// the same side. Returns 1 for little endian, 2 for big endian, 0 for neither.
int bomlessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0) {
        return 0;
    }
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096);
    int zeroHigh = 0;
    int zeroLow = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        zeroHigh += bytes.at(i) != 0 && bytes.at(i + 1) == 0;
        zeroLow += bytes.at(i) == 0 && bytes.at(i + 1) != 0;
    }
    const qsizetype units = n / 2;
    if (zeroHigh * 10 >= units * 9 && zeroLow == 0) {
        return 1;
    }
    if (zeroLow * 10 >= units * 9 && zeroHigh == 0) {
        return 2;
    }
    return 0;
}

bool isLatin1Label(const QString &label)
{
    // The WHATWG encoding standard maps all of these to windows-1252.
    static const QStringList labels = {QStringLiteral("windows-1252"),
                                       QStringLiteral("cp1252"),
                                       QStringLiteral("x-cp1252"),
                                       QStringLiteral("iso-8859-1"),
                                       QStringLiteral("iso8859-1"),
                                       QStringLiteral("iso_8859-1"),
                                       QStringLiteral("iso88591"),
                                       QStringLiteral("latin1"),
                                       QStringLiteral("l1"),
                                       QStringLiteral("cp819"),
                                       QStringLiteral("ibm819"),
                                       QStringLiteral("csisolatin1"),
                                       QStringLiteral("iso-ir-100"),
                                       QStringLiteral("ascii"),
                                       QStringLiteral("us-ascii"),
                                       QStringLiteral("ansi_x3.4-1968")};
    return labels.contains(label);
}

bool isUtf8Label(const QString &label)
{
    // A page that says UTF-16 in a <meta> was necessarily parsed as ASCII-compatible: UTF-8 it is.
    return label == QLatin1String("utf-8") || label == QLatin1String("utf8")
        || label == QLatin1String("unicode-1-1-utf-8") || label.startsWith(QLatin1String("utf-16"));
}

/// The fallback for bytes that are not UTF-8: Windows-1252, or ISO-8859-1 when nothing tells them apart.
DecodedText legacy(const QByteArray &bytes, const QString &why)
{
    DecodedText out;
    out.text = TextDecoder::fromWindows1252(bytes);
    bool c1 = false;
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x80 && b < 0xA0) {
            c1 = true;
            break;
        }
    }
    out.encoding = c1 ? QStringLiteral("windows-1252") : QStringLiteral("ISO-8859-1");
    out.note = QCoreApplication::translate("Readout::TextDecoder", "%1: read as %2").arg(why, out.encoding);
    return out;
}

/// Replaces each surrogate without its other half by U+FFFD; returns how many. A UTF-16 file cut or
/// spliced between the halves of a pair decodes with one, and QRegularExpression matches nothing in
/// text that holds one: a date header would go unseen.
qsizetype repairSurrogates(QString &text)
{
    qsizetype repaired = 0;
    const qsizetype n = text.size();
    const QChar *in = text.constData();
    QChar *out = nullptr;
    for (qsizetype i = 0; i < n; ++i) {
        if (!in[i].isSurrogate()) {
            continue;
        }
        if (in[i].isHighSurrogate() && i + 1 < n && in[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (!out) {
            out = text.data(); // detaches once, only when there is something to repair
            in = text.constData();
        }
        out[i] = QChar::ReplacementCharacter;
        ++repaired;
    }
    return repaired;
}

/// Repairs decoded UTF-16 (see repairSurrogates()) and says so in the note.
void repairUtf16(DecodedText &out)
{
    const qsizetype repaired = repairSurrogates(out.text);
    if (repaired == 0) {
        return;
    }
    const QString what = QStringLiteral("%1 unpaired UTF-16 surrogate%2 (a cut or damaged file) replaced by U+FFFD")
                             .arg(repaired)
                             .arg(repaired == 1 ? QString() : QStringLiteral("s"));
    out.note = out.note.isEmpty() ? what : out.note + QStringLiteral("; ") + what;
}

} // namespace

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    // Windows-1252 is Latin-1 except for 0x80-0x9F; its five unassigned bytes become U+FFFD.
    static const char16_t high[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                      0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *dst++ = (b >= 0x80 && b < 0xA0) ? QChar(high[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

QString TextDecoder::binaryKind(const QByteArray &bytes)
{
    struct Signature {
        const char *magic;
        int size;
        const char *what;
    };
    static const Signature signatures[] = {
        {"\x7F"
         "ELF",
         4,
         QT_TRANSLATE_NOOP("Readout::TextDecoder", "a Linux executable (ELF)")},
        {"\xCA\xFE\xBA\xBE", 4, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a Mach-O or Java class file")},
        {"\xCF\xFA\xED\xFE", 4, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a macOS executable (Mach-O)")},
        {"\x89PNG\r\n\x1A\n", 8, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a PNG image")},
        {"\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a JPEG image")},
        {"GIF87a", 6, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a GIF image")},
        {"GIF89a", 6, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a GIF image")},
        {"II*\0", 4, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a TIFF image")},
        {"MM\0*", 4, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a TIFF image")},
        {"%PDF-", 5, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a PDF document")},
        {"PK\x03\x04", 4, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a ZIP archive (or a .docx/.odt document)")},
        {"\x1F\x8B", 2, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a gzip archive")},
        {"7z\xBC\xAF\x27\x1C", 6, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a 7-Zip archive")},
        {"Rar!\x1A\x07", 6, QT_TRANSLATE_NOOP("Readout::TextDecoder", "a RAR archive")},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
         8,
         QT_TRANSLATE_NOOP("Readout::TextDecoder", "an old Microsoft Office document")},
        {"SQLite format 3\0", 16, QT_TRANSLATE_NOOP("Readout::TextDecoder", "an SQLite database")},
    };
    for (const Signature &s : signatures) {
        if (bytes.size() >= s.size && std::equal(s.magic, s.magic + s.size, bytes.constData())) {
            return QCoreApplication::translate("Readout::TextDecoder", s.what);
        }
    }
    // "MZ" also starts ordinary words: an executable has NUL bytes in its header too.
    if (bytes.startsWith("MZ") && bytes.left(64).contains('\0')) {
        return QCoreApplication::translate("Readout::TextDecoder", "a Windows executable");
    }
    if (bytes.startsWith("RIFF") && bytes.size() >= 12) {
        const QByteArray form = bytes.mid(8, 4);
        return form == "WEBP"
            ? QCoreApplication::translate("Readout::TextDecoder", "a WebP image")
            : (form == "WAVE" ? QCoreApplication::translate("Readout::TextDecoder", "a WAV sound")
                              : QCoreApplication::translate("Readout::TextDecoder", "a RIFF media file"));
    }
    if (bytes.size() > 4 && bytes.mid(4, 4) == "ftyp") {
        return QCoreApplication::translate("Readout::TextDecoder", "a video or image (ISO media)");
    }
    return {};
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes, const QString &name, const QString &declared)
{
    DecodedText out;
    // 1. A byte-order mark says it all.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, Whole);
        out.text = decoder(bytes.mid(2));
        if (decoder.hasError() || bytes.size() % 2 != 0) {
            return Error{
                Error::Code::Encoding,
                QCoreApplication::translate("Readout::TextDecoder",
                                            "%1: invalid UTF-16 text (%2); the file may be truncated or damaged")
                    .arg(name,
                         bytes.size() % 2 != 0
                             ? QCoreApplication::translate("Readout::TextDecoder", "an odd number of bytes")
                             : QCoreApplication::translate("Readout::TextDecoder", "undecodable code units"))};
        }
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        repairUtf16(out);
        return out;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8, Whole);
        out.text = decoder(bytes.mid(3));
        out.encoding = QStringLiteral("UTF-8 (BOM)");
        if (decoder.hasError()) {
            out =
                legacy(bytes.mid(3),
                       QCoreApplication::translate("Readout::TextDecoder", "UTF-8 byte-order mark but invalid UTF-8"));
        }
    } else {
        // 2. Binary files: a known signature, or NUL bytes (which no text encoding but UTF-16 has).
        const QString kind = binaryKind(bytes);
        if (!kind.isEmpty()) {
            return Error{Error::Code::Binary, binaryError(name, kind)};
        }
        const qsizetype nul = bytes.indexOf('\0');
        if (nul >= 0) {
            if (const int endian = bomlessUtf16(bytes)) {
                QStringDecoder decoder(endian == 1 ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, Whole);
                out.text = decoder(bytes);
                if (!decoder.hasError()) {
                    out.encoding = endian == 1 ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
                    out.note = QCoreApplication::translate("Readout::TextDecoder", "no byte-order mark: read as %1")
                                   .arg(out.encoding);
                    repairUtf16(out);
                    return out;
                }
            }
            return Error{
                Error::Code::Binary,
                binaryError(name,
                            QCoreApplication::translate("Readout::TextDecoder", "NUL byte at offset %1").arg(nul))};
        }
        // 3. What the document declares, 4. UTF-8 when valid, 5. Windows-1252.
        const QString label = declared.trimmed().toLower();
        bool decided = false;
        if (!label.isEmpty() && !isUtf8Label(label)) {
            if (isLatin1Label(label)) {
                out.text = fromWindows1252(bytes);
                out.encoding = QStringLiteral("windows-1252");
                decided = true;
            } else {
                QStringDecoder decoder(label.toLatin1().constData(), Whole);
                if (decoder.isValid()) {
                    out.text = decoder(bytes);
                    out.encoding = label.toUpper();
                    decided = !decoder.hasError();
                    if (!decided) {
                        out.note = QCoreApplication::translate("Readout::TextDecoder",
                                                               "declared %1 but the bytes are not valid %1")
                                       .arg(out.encoding);
                    }
                } else {
                    out.note = QCoreApplication::translate("Readout::TextDecoder", "unknown character set \"%1\"")
                                   .arg(declared.trimmed());
                }
            }
        }
        if (!decided) {
            const QString why = out.note;
            QStringDecoder decoder(QStringDecoder::Utf8, Whole);
            out.text = decoder(bytes);
            out.encoding = QStringLiteral("UTF-8");
            if (decoder.hasError()) {
                out = legacy(bytes,
                             why.isEmpty() ? QCoreApplication::translate("Readout::TextDecoder", "not valid UTF-8")
                                           : why);
            } else if (!why.isEmpty()) {
                out.note = QCoreApplication::translate("Readout::TextDecoder", "%1: read as UTF-8").arg(why);
            }
        }
    }
    // 6. Mostly control characters (other than white space) means this is not text after all.
    qsizetype controls = 0;
    for (const QChar c : std::as_const(out.text)) {
        const char16_t u = c.unicode();
        controls += u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f';
    }
    if (controls > 0 && controls * 100 > out.text.size()) {
        return Error{
            Error::Code::Binary,
            binaryError(name,
                        QCoreApplication::translate("Readout::TextDecoder", "%1 control characters").arg(controls))};
    }
    return out;
}

} // namespace Readout
