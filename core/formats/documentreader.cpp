// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Readout
{

namespace
{

constexpr qint64 MaxTextBytes = qint64(512) * 1024 * 1024;

QString fromWindows1252(const QByteArray &bytes)
{
    // Windows-1252 is Latin-1 except for 0x80-0x9F.
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

} // namespace

Result<Document> parseText(const QByteArray &bytes, const QString &path)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    DocumentMetadata meta;
    QString text;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder(bytes.mid(2));
        if (decoder.hasError()) {
            return Error{Error::Code::Encoding, QStringLiteral("%1: invalid UTF-16 text").arg(name)};
        }
        meta.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else {
        const int nul = int(bytes.indexOf('\0'));
        if (nul >= 0) {
            return Error{
                Error::Code::Binary,
                QStringLiteral("%1: binary data (NUL byte at offset %2), not a text article").arg(name).arg(nul)};
        }
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder(bom ? bytes.mid(3) : bytes);
        if (!decoder.hasError()) {
            meta.encoding = bom ? QStringLiteral("UTF-8 (BOM)") : QStringLiteral("UTF-8");
        } else {
            text = fromWindows1252(bytes);
            meta.encoding = QStringLiteral("windows-1252");
        }
        // Control characters other than whitespace mean this is not text.
        int controls = 0;
        for (QChar c : std::as_const(text)) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t')
                && c != QLatin1Char('\f')) {
                ++controls;
            }
        }
        if (controls > 0 && controls * 100 > text.size()) {
            return Error{
                Error::Code::Binary,
                QStringLiteral("%1: binary data (%2 control characters), not a text article").arg(name).arg(controls)};
        }
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    // Header: an inline "date YYYY-MM-DD" line, or YAML front matter between "---" lines.
    int bodyStart = 0;
    static const QRegularExpression dateHeader(QStringLiteral("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+"));
    static const QRegularExpression frontMatter(QStringLiteral("^---[ \\t]*\\n(.*?)\\n---[ \\t]*(\\n|$)"),
                                                QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = dateHeader.match(text); m.hasMatch()) {
        meta.published = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
        bodyStart = int(m.capturedEnd(0));
    } else if (const auto fm = frontMatter.match(text); fm.hasMatch()) {
        const QStringList lines = fm.captured(1).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const int colon = int(line.indexOf(QLatin1Char(':')));
            if (colon <= 0) {
                continue;
            }
            const QString key = line.left(colon).trimmed().toLower();
            QString value = line.mid(colon + 1).trimmed();
            if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
                && value.endsWith(value.at(0))) {
                value = value.mid(1, value.size() - 2);
            }
            if (key == QLatin1String("date") || key == QLatin1String("published")) {
                meta.published = QDate::fromString(value.left(10), QStringLiteral("yyyy-MM-dd"));
            } else if (key == QLatin1String("title")) {
                meta.title = value;
            } else if (key == QLatin1String("source")) {
                meta.source = value;
            } else if (key == QLatin1String("url")) {
                meta.url = value;
            }
        }
        bodyStart = int(fm.capturedEnd(0));
    }
    return Document(path, text, meta, bodyStart);
}

Result<Document> readDocument(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists()) {
        return Error{Error::Code::NotFound, QStringLiteral("%1: no such file").arg(path)};
    }
    if (info.isDir()) {
        return Error{Error::Code::Unreadable, QStringLiteral("%1: is a folder, not an article").arg(path)};
    }
    if (info.size() > MaxTextBytes) {
        return Error{Error::Code::TooLarge,
                     QStringLiteral("%1: %2 MB is larger than the %3 MB Readout opens")
                         .arg(name)
                         .arg(info.size() / (1024 * 1024))
                         .arg(MaxTextBytes / (1024 * 1024))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Unreadable, QStringLiteral("%1: cannot read (%2)").arg(name, file.errorString())};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        return Error{Error::Code::Malformed, QStringLiteral("%1: the file is empty").arg(name)};
    }
    const QString suffix = info.suffix().toLower();
    static const QStringList binarySuffixes = {QStringLiteral("pdf"),
                                               QStringLiteral("png"),
                                               QStringLiteral("jpg"),
                                               QStringLiteral("jpeg"),
                                               QStringLiteral("gif"),
                                               QStringLiteral("zip"),
                                               QStringLiteral("docx"),
                                               QStringLiteral("exe")};
    if (binarySuffixes.contains(suffix)) {
        return Error{
            Error::Code::Unsupported,
            QStringLiteral("%1: .%2 files are not supported yet; open a plain-text article").arg(name, suffix)};
    }
    return parseText(bytes, path);
}

} // namespace Readout
