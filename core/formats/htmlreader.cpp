// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlreader.h"

#include "htmlmetadata.h"
#include "htmltokenizer.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Readout
{

namespace
{

/// Deeper than this the page is broken or hostile; the text is still read, and the user told.
constexpr int DeepNesting = 5000;
/// Open elements tracked at most; beyond, tags are read as if flat (memory stays bounded).
constexpr int MaxOpenElements = 1000000;

const QSet<QString> &blockElements()
{
    static const QSet<QString> names = {
        QStringLiteral("address"), QStringLiteral("article"),  QStringLiteral("blockquote"),
        QStringLiteral("body"),    QStringLiteral("caption"),  QStringLiteral("center"),
        QStringLiteral("dd"),      QStringLiteral("details"),  QStringLiteral("dialog"),
        QStringLiteral("dir"),     QStringLiteral("div"),      QStringLiteral("dl"),
        QStringLiteral("dt"),      QStringLiteral("fieldset"), QStringLiteral("figcaption"),
        QStringLiteral("figure"),  QStringLiteral("footer"),   QStringLiteral("h1"),
        QStringLiteral("h2"),      QStringLiteral("h3"),       QStringLiteral("h4"),
        QStringLiteral("h5"),      QStringLiteral("h6"),       QStringLiteral("header"),
        QStringLiteral("hgroup"),  QStringLiteral("html"),     QStringLiteral("legend"),
        QStringLiteral("li"),      QStringLiteral("main"),     QStringLiteral("menu"),
        QStringLiteral("ol"),      QStringLiteral("p"),        QStringLiteral("pre"),
        QStringLiteral("section"), QStringLiteral("summary"),  QStringLiteral("table"),
        QStringLiteral("tbody"),   QStringLiteral("tfoot"),    QStringLiteral("thead"),
        QStringLiteral("tr"),      QStringLiteral("ul"),       QStringLiteral("blockquote"),
        QStringLiteral("search")};
    return names;
}

/// Elements whose content is never article text.
const QSet<QString> &skippedElements()
{
    static const QSet<QString> names = {
        QStringLiteral("head"),     QStringLiteral("script"),  QStringLiteral("style"),    QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("nav"),     QStringLiteral("aside"),    QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("iframe"),  QStringLiteral("object"),   QStringLiteral("embed"),
        QStringLiteral("canvas"),   QStringLiteral("video"),   QStringLiteral("audio"),    QStringLiteral("select"),
        QStringLiteral("button"),   QStringLiteral("form"),    QStringLiteral("textarea"), QStringLiteral("datalist"),
        QStringLiteral("menu"),     QStringLiteral("noembed"), QStringLiteral("noframes"), QStringLiteral("xmp"),
        QStringLiteral("dialog"),   QStringLiteral("map"),     QStringLiteral("frameset"), QStringLiteral("output")};
    return names;
}

const QSet<QString> &voidElements()
{
    static const QSet<QString> names = {QStringLiteral("area"),
                                        QStringLiteral("base"),
                                        QStringLiteral("br"),
                                        QStringLiteral("col"),
                                        QStringLiteral("embed"),
                                        QStringLiteral("hr"),
                                        QStringLiteral("img"),
                                        QStringLiteral("input"),
                                        QStringLiteral("keygen"),
                                        QStringLiteral("link"),
                                        QStringLiteral("meta"),
                                        QStringLiteral("param"),
                                        QStringLiteral("source"),
                                        QStringLiteral("track"),
                                        QStringLiteral("wbr")};
    return names;
}

/// Navigation, banners, share bars and hidden parts, by their ARIA role or conventional class/id.
bool isBoilerplate(const HtmlToken &tag)
{
    if (tag.hasAttribute(QLatin1String("hidden"))
        || tag.attribute(QLatin1String("aria-hidden")).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    static const QSet<QString> roles = {QStringLiteral("navigation"),
                                        QStringLiteral("banner"),
                                        QStringLiteral("contentinfo"),
                                        QStringLiteral("complementary"),
                                        QStringLiteral("search"),
                                        QStringLiteral("menu"),
                                        QStringLiteral("menubar"),
                                        QStringLiteral("dialog"),
                                        QStringLiteral("alert")};
    if (roles.contains(tag.attribute(QLatin1String("role")).trimmed().toLower())) {
        return true;
    }
    static const QSet<QString> names = {
        QStringLiteral("nav"),         QStringLiteral("navbar"),     QStringLiteral("navigation"),
        QStringLiteral("menu"),        QStringLiteral("breadcrumb"), QStringLiteral("breadcrumbs"),
        QStringLiteral("share"),       QStringLiteral("social"),     QStringLiteral("related"),
        QStringLiteral("comments"),    QStringLiteral("advert"),     QStringLiteral("advertisement"),
        QStringLiteral("ad"),          QStringLiteral("ads"),        QStringLiteral("cookie-banner"),
        QStringLiteral("newsletter"),  QStringLiteral("sidebar"),    QStringLiteral("site-header"),
        QStringLiteral("site-footer"), QStringLiteral("skip-link")};
    const QString classes =
        tag.attribute(QLatin1String("class")) + QLatin1Char(' ') + tag.attribute(QLatin1String("id"));
    const QStringList tokens = classes.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(tokens.cbegin(), tokens.cend(), [](const QString &t) {
        return names.contains(t);
    });
}

struct Block {
    QString text;
    int article = 0; ///< which <article> it is in (1, 2, ...), 0 for none
    bool inMain = false;
    bool listItem = false;
    bool heading = false;
};

/// One open element and what it changed.
struct OpenElement {
    QString name;
    bool skip = false;
    bool article = false;
    bool main = false;
    bool pre = false;
    bool item = false;
    bool heading = false;
};

/// The walk over the tokens: the stack of open elements, the block being built, the blocks done.
class Extractor
{
public:
    void run(const QString &html);
    [[nodiscard]] QString text() const;

    HtmlMetadata metadata;
    int maxDepth = 0;

private:
    void startTag(const HtmlToken &tag);
    void endTag(const QString &name);
    void pop();
    void addText(const QString &text);
    void flush();

    QVector<OpenElement> m_open;
    QHash<QString, int> m_openCount;
    int m_skip = 0;
    int m_articleDepth = 0;
    int m_articles = 0;
    int m_main = 0;
    int m_pre = 0;
    int m_overflow = 0;
    int m_items = 0;
    int m_headings = 0;
    QString m_block;
    QVector<Block> m_blocks;
};

void Extractor::run(const QString &html)
{
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    QString rawFor; // the element whose raw content comes next (title, script)
    bool jsonLd = false;
    while (tokenizer.next(&token)) {
        switch (token.kind) {
        case HtmlToken::Kind::StartTag:
            startTag(token);
            jsonLd = token.name == QLatin1String("script")
                && token.attribute(QLatin1String("type")).trimmed().toLower() == QLatin1String("application/ld+json");
            break;
        case HtmlToken::Kind::EndTag:
            endTag(token.name);
            break;
        case HtmlToken::Kind::Text:
            if (token.name == QLatin1String("title")) {
                if (m_openCount.value(QStringLiteral("svg")) == 0) {
                    metadata.addTitleElement(token.text);
                }
            } else if (token.name == QLatin1String("script")) {
                if (jsonLd) {
                    metadata.addJsonLd(token.text);
                }
            } else if (token.name.isEmpty()) {
                addText(token.text);
            }
            // Other raw text (style, textarea, noscript, ...) is never article text.
            break;
        case HtmlToken::Kind::Other:
            break;
        }
    }
    flush();
}

void Extractor::startTag(const HtmlToken &tag)
{
    const QString &name = tag.name;
    metadata.addTag(tag);
    if (name == QLatin1String("br")) {
        if (m_skip == 0) {
            m_block += QLatin1Char('\n');
        }
        return;
    }
    const bool block = blockElements().contains(name) || name == QLatin1String("hr");
    if (block) {
        flush();
    }
    if (name == QLatin1String("td") || name == QLatin1String("th")) {
        addText(QStringLiteral(" "));
    }
    if (tag.selfClosing || voidElements().contains(name)) {
        return;
    }
    OpenElement element;
    element.name = name;
    const bool headerOrFooter = name == QLatin1String("header") || name == QLatin1String("footer");
    element.skip = skippedElements().contains(name) || isBoilerplate(tag) || (headerOrFooter && m_articleDepth == 0);
    element.article = name == QLatin1String("article")
        || tag.attribute(QLatin1String("itemprop")).toLower() == QLatin1String("articlebody");
    element.main = name == QLatin1String("main") || tag.attribute(QLatin1String("role")) == QLatin1String("main");
    element.pre = name == QLatin1String("pre");
    element.item = name == QLatin1String("li") || name == QLatin1String("dt") || name == QLatin1String("dd");
    element.heading = name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1')
        && name.at(1) <= QLatin1Char('6');
    const bool tracked = block || element.skip || element.article || element.main || element.pre;
    if (!tracked) {
        return; // inline elements do not change what text is kept; their end tags are ignored
    }
    if (m_open.size() >= MaxOpenElements) {
        ++m_overflow;
        return;
    }
    m_open.append(element);
    ++m_openCount[name];
    maxDepth = std::max(maxDepth, int(m_open.size()) + m_overflow);
    m_skip += element.skip;
    if (element.article && m_articleDepth++ == 0) {
        ++m_articles;
    }
    m_main += element.main;
    m_pre += element.pre;
    m_items += element.item;
    m_headings += element.heading;
}

void Extractor::pop()
{
    const OpenElement element = m_open.takeLast();
    if (--m_openCount[element.name] == 0) {
        m_openCount.remove(element.name);
    }
    m_skip -= element.skip;
    m_articleDepth -= element.article;
    m_main -= element.main;
    m_pre -= element.pre;
    m_items -= element.item;
    m_headings -= element.heading;
}

void Extractor::endTag(const QString &name)
{
    if (name == QLatin1String("br")) {
        m_block += QLatin1Char('\n'); // "</br>" is read as <br>, as browsers do
        return;
    }
    if (blockElements().contains(name)) {
        if (name == QLatin1String("h1") && m_skip == 0) {
            metadata.addHeading(m_block);
        }
        flush();
    }
    if (m_openCount.value(name) == 0) {
        if (m_overflow > 0) {
            --m_overflow;
        }
        return; // a stray end tag: ignored, the way browsers ignore it
    }
    // Close everything opened inside it: amortised O(1), since each element is popped once.
    while (!m_open.isEmpty()) {
        const bool match = m_open.constLast().name == name;
        pop();
        if (match) {
            break;
        }
    }
}

void Extractor::addText(const QString &text)
{
    if (m_skip > 0) {
        return;
    }
    if (m_pre > 0) {
        QString raw = text;
        raw.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        m_block += raw;
        return;
    }
    m_block.reserve(m_block.size() + text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == 0xA0) {
            if (!m_block.isEmpty() && !m_block.endsWith(QLatin1Char(' ')) && !m_block.endsWith(QLatin1Char('\n'))) {
                m_block += QLatin1Char(' ');
            }
        } else {
            m_block += c;
        }
    }
}

void Extractor::flush()
{
    QString text = m_block;
    m_block.clear();
    // Trim spaces around the line breaks of <br>, keep the breaks.
    static const QRegularExpression spacedBreak(QStringLiteral(" *\\n *"));
    if (text.contains(QLatin1Char('\n')) && m_pre == 0) {
        text.replace(spacedBreak, QStringLiteral("\n"));
    }
    text = m_pre > 0 ? text : text.trimmed();
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char(' '))) {
        text.chop(1);
    }
    while (text.startsWith(QLatin1Char('\n'))) {
        text.remove(0, 1);
    }
    if (!text.isEmpty()) {
        Block block;
        // Flushed before the element ends, so the open elements say what the block is.
        block.text = m_items > 0 ? QStringLiteral("\u2022 ") + text : text;
        block.article = m_articleDepth > 0 ? m_articles : 0;
        block.inMain = m_main > 0;
        block.listItem = m_items > 0;
        block.heading = m_headings > 0;
        m_blocks.append(block);
    }
}

QString Extractor::text() const
{
    // Keep the story when the page marks it and it holds a good share of the text.
    qsizetype total = 0;
    QHash<int, qsizetype> perArticle;
    qsizetype inMain = 0;
    for (const Block &b : m_blocks) {
        total += b.text.size();
        if (b.article > 0) {
            perArticle[b.article] += b.text.size();
        }
        inMain += b.inMain ? b.text.size() : 0;
    }
    int bestArticle = 0;
    for (auto it = perArticle.cbegin(); it != perArticle.cend(); ++it) {
        if (bestArticle == 0 || it.value() > perArticle.value(bestArticle)) {
            bestArticle = it.key();
        }
    }
    const bool useArticle = bestArticle > 0 && perArticle.value(bestArticle) * 10 >= total * 3;
    const bool useMain = !useArticle && inMain > 0 && inMain * 10 >= total * 3;
    QVector<const Block *> kept;
    for (const Block &b : m_blocks) {
        if ((!useArticle || b.article == bestArticle) && (!useMain || b.inMain)) {
            kept.append(&b);
        }
    }
    // The headline often sits above the <article>: keep the page's first heading with the story.
    if ((useArticle || useMain) && !kept.isEmpty() && !kept.first()->heading) {
        for (const Block &b : m_blocks) {
            if (&b == kept.first()) {
                break;
            }
            if (b.heading) {
                kept.prepend(&b);
                break;
            }
        }
    }
    QString out;
    const Block *previous = nullptr;
    for (const Block *b : std::as_const(kept)) {
        if (previous) {
            out += (previous->listItem && b->listItem) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        out += b->text;
        previous = b;
    }
    return out;
}

} // namespace

QString HtmlReader::declaredCharset(const QByteArray &bytes)
{
    const QString head = QString::fromLatin1(bytes.left(4096));
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = meta.match(head); m.hasMatch()) {
        return m.captured(1);
    }
    if (const auto m = xml.match(head); m.hasMatch()) {
        return m.captured(1);
    }
    return {};
}

Result<Document> HtmlReader::fromHtml(const QString &html,
                                      const QString &path,
                                      const QString &name,
                                      const DocumentMetadata &base,
                                      QStringList *notes)
{
    Extractor extractor;
    extractor.run(html);
    QString text = extractor.text();
    if (text.trimmed().isEmpty()) {
        return Error{
            Error::Code::Malformed,
            QCoreApplication::translate("Readout::HtmlReader",
                                        "%1: no article text in this HTML (only markup, scripts or navigation)")
                .arg(name)};
    }
    if (notes && extractor.maxDepth > DeepNesting) {
        notes->append(
            QCoreApplication::translate("Readout::HtmlReader",
                                        "%1: markup nested %2 levels deep (damaged or machine-made HTML); its text was "
                                        "read, check that nothing is missing")
                .arg(name)
                .arg(extractor.maxDepth));
    }
    DocumentMetadata metadata = base;
    extractor.metadata.apply(&metadata);
    return Document(path, std::move(text), metadata, 0);
}

Result<Document> HtmlReader::parse(const QByteArray &bytes, const QString &path, QStringList *notes)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    auto decoded = TextDecoder::decode(bytes, name, declaredCharset(bytes));
    if (!decoded) {
        return decoded.error();
    }
    if (notes && !decoded.value().note.isEmpty()) {
        notes->append(QStringLiteral("%1: %2").arg(name, decoded.value().note));
    }
    DocumentMetadata metadata;
    metadata.encoding = decoded.value().encoding;
    return fromHtml(decoded.value().text, path, name, metadata, notes);
}

} // namespace Readout
