// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreader.h"

#include "textdecoder.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Readout
{

namespace
{

/// A header is at the very start; never search a whole 200 MB file for the end of front matter.
constexpr int HeaderWindow = 64 * 1024;

QString unquote(QString value)
{
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))
        && value.endsWith(value.at(0))) {
        value = value.mid(1, value.size() - 2);
    }
    return value;
}

} // namespace

int TextReader::readHeader(const QString &text, DocumentMetadata *metadata)
{
    static const QRegularExpression dateHeader(QStringLiteral("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+"));
    static const QRegularExpression frontMatter(QStringLiteral("^---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(\\n|$)"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QString head = text.left(HeaderWindow);
    if (const auto m = dateHeader.match(head); m.hasMatch()) {
        metadata->published = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
        return int(m.capturedEnd(0));
    }
    const auto fm = frontMatter.match(head);
    if (!fm.hasMatch()) {
        return 0;
    }
    const QStringList lines = fm.captured(1).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const int colon = int(line.indexOf(QLatin1Char(':')));
        if (colon <= 0) {
            continue;
        }
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = unquote(line.mid(colon + 1).trimmed());
        if (key == QLatin1String("date") || key == QLatin1String("published")) {
            metadata->published = QDate::fromString(value.left(10), QStringLiteral("yyyy-MM-dd"));
        } else if (key == QLatin1String("title")) {
            metadata->title = value;
        } else if (key == QLatin1String("source")) {
            metadata->source = value;
        } else if (key == QLatin1String("url")) {
            metadata->url = value;
        }
    }
    return int(fm.capturedEnd(0));
}

Document TextReader::fromText(QString text, const QString &path, const DocumentMetadata &base)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    DocumentMetadata metadata = base;
    const int bodyStart = readHeader(text, &metadata);
    return Document(path, std::move(text), metadata, bodyStart);
}

Result<Document> TextReader::parse(const QByteArray &bytes, const QString &path, QStringList *notes)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    auto decoded = TextDecoder::decode(bytes, name);
    if (!decoded) {
        return decoded.error();
    }
    DecodedText &d = decoded.value();
    if (notes && !d.note.isEmpty()) {
        notes->append(QStringLiteral("%1: %2").arg(name, d.note));
    }
    DocumentMetadata metadata;
    metadata.encoding = d.encoding;
    return fromText(std::move(d.text), path, metadata);
}

} // namespace Readout
