// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreader.h"

#include "textdecoder.h"
#include "textreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace Readout
{

namespace
{

/// A QTextDocument that never loads a resource, whatever the Markdown links to.
class OfflineTextDocument : public QTextDocument
{
public:
    OfflineTextDocument()
    {
        // A pixel size keeps QFont from complaining where no font database runs (readout-cli).
        QFont font;
        font.setPixelSize(12);
        setDefaultFont(font);
    }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        Q_UNUSED(name)
        return {};
    }
};

} // namespace

QString MarkdownReader::render(const QString &markdown)
{
    OfflineTextDocument document;
    document.setMarkdown(
        markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    static const QRegularExpression spaces(QStringLiteral(" {2,}"));
    QString out;
    const QTextList *previousList = nullptr;
    bool previousCode = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
        text.replace(QChar::Nbsp, QLatin1Char(' '));
        const bool code = block.blockFormat().nonBreakableLines();
        QTextList *list = block.textList();
        if (!code) {
            text.remove(QChar::ObjectReplacementCharacter); // images: nothing is loaded, nothing shown
            text = text.replace(spaces, QStringLiteral(" ")).trimmed();
        }
        if (text.isEmpty() && !code) {
            continue;
        }
        if (list) {
            const QTextListFormat::Style style = list->format().style();
            const bool numbered = style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha
                || style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman
                || style == QTextListFormat::ListUpperRoman;
            text.prepend(numbered ? list->itemText(block) + QLatin1Char(' ') : QStringLiteral("\u2022 "));
        }
        if (!out.isEmpty()) {
            const bool sameList = list && list == previousList;
            out += sameList || (code && previousCode) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        out += text;
        previousList = list;
        previousCode = code;
    }
    while (out.endsWith(QLatin1Char('\n'))) {
        out.chop(1);
    }
    return out;
}

Result<Document> MarkdownReader::parse(const QByteArray &bytes, const QString &path, QStringList *notes)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    auto decoded = TextDecoder::decode(bytes, name);
    if (!decoded) {
        return decoded.error();
    }
    if (notes && !decoded.value().note.isEmpty()) {
        notes->append(QStringLiteral("%1: %2").arg(name, decoded.value().note));
    }
    QString source = decoded.value().text;
    source.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    DocumentMetadata metadata;
    metadata.encoding = decoded.value().encoding;
    const int bodyStart = TextReader::readHeader(source, &metadata);
    QString text = render(source.mid(bodyStart));
    if (text.trimmed().isEmpty()) {
        return Error{Error::Code::Malformed,
                     QCoreApplication::translate("Readout::MarkdownReader", "%1: the Markdown has no text").arg(name)};
    }
    // Without a title in the front matter, a first-level heading is the title.
    if (metadata.title.isEmpty() && source.mid(bodyStart).trimmed().startsWith(QLatin1String("# "))) {
        metadata.title = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    return Document(path, std::move(text), metadata, 0);
}

} // namespace Readout
