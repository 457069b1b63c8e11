// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltokenizer.h"

#include <QHash>

namespace Readout
{

namespace
{

constexpr int MaxAttributes = 64;

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

/// Named character references: the Latin-1 block and the punctuation news pages use. Others stay
/// as written, which loses nothing.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        static const char *latin1[96] = {
            "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
            "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
            "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
            "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
            "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
            "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
            "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
            "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
            "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
            "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};
        static const struct {
            const char *name;
            char32_t code;
        } others[] = {
            {"amp", U'&'},      {"lt", U'<'},       {"gt", U'>'},       {"quot", U'"'},     {"apos", U'\''},
            {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},
            {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"hellip", 0x2026}, {"bull", 0x2022},
            {"prime", 0x2032},  {"Prime", 0x2033},  {"trade", 0x2122},  {"euro", 0x20AC},   {"dagger", 0x2020},
            {"Dagger", 0x2021}, {"permil", 0x2030}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"OElig", 0x0152},
            {"oelig", 0x0153},  {"Scaron", 0x0160}, {"scaron", 0x0161}, {"Yuml", 0x0178},   {"fnof", 0x0192},
            {"circ", 0x02C6},   {"tilde", 0x02DC},  {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009},
            {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},    {"minus", 0x2212},
            {"larr", 0x2190},   {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"hyphen", 0x2010},
            {"dash", 0x2010},   {"NewLine", U'\n'}, {"Tab", U'\t'},     {"nbhy", 0x2011},   {"numsp", 0x2007},
            {"puncsp", 0x2008}, {"hairsp", 0x200A}, {"horbar", 0x2015}, {"lowast", 0x2217}, {"sim", 0x223C},
            {"ne", 0x2260},     {"le", 0x2264},     {"ge", 0x2265},     {"deg", 0x00B0},    {"check", 0x2713}};
        QHash<QString, char32_t> t;
        for (int i = 0; i < 96; ++i) {
            t.insert(QString::fromLatin1(latin1[i]), char32_t(0xA0 + i));
        }
        for (const auto &o : others) {
            t.insert(QString::fromLatin1(o.name), o.code);
        }
        return t;
    }();
    return table;
}

void appendCodePoint(QString *out, char32_t code)
{
    // Numeric references to C1 controls mean Windows-1252 (as browsers read them).
    static const char16_t c1[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (code >= 0x80 && code < 0xA0) {
        code = c1[code - 0x80];
    }
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        code = 0xFFFD;
    }
    const char32_t ucs4[1] = {code};
    out->append(QString::fromUcs4(ucs4, 1));
}

} // namespace

QString HtmlToken::attribute(QLatin1String name) const
{
    for (const auto &a : attributes) {
        if (a.first == name) {
            return a.second;
        }
    }
    return {};
}

bool HtmlToken::hasAttribute(QLatin1String name) const
{
    for (const auto &a : attributes) {
        if (a.first == name) {
            return true;
        }
    }
    return false;
}

HtmlTokenizer::HtmlTokenizer(const QString &html)
    : m_html(html)
{
}

qsizetype HtmlTokenizer::position() const
{
    return m_pos;
}

QString HtmlTokenizer::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&'))) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out.append(c);
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < n && text.at(j) == QLatin1Char('#')) {
            ++j;
            const bool hex = j < n && (text.at(j) == QLatin1Char('x') || text.at(j) == QLatin1Char('X'));
            if (hex) {
                ++j;
            }
            const qsizetype digitsStart = j;
            char32_t code = 0;
            while (j < n) {
                const char16_t u = text.at(j).unicode();
                int v = -1;
                if (u >= u'0' && u <= u'9') {
                    v = u - u'0';
                } else if (hex && u >= u'a' && u <= u'f') {
                    v = u - u'a' + 10;
                } else if (hex && u >= u'A' && u <= u'F') {
                    v = u - u'A' + 10;
                }
                if (v < 0) {
                    break;
                }
                // More than 8 digits is out of range whatever they say; keep reading them, not overflowing.
                code = j - digitsStart < 8 ? code * (hex ? 16 : 10) + char32_t(v) : char32_t(0x110000);
                ++j;
            }
            if (j == digitsStart) {
                out.append(c); // "&#" without digits is text
                ++i;
                continue;
            }
            if (j < n && text.at(j) == QLatin1Char(';')) {
                ++j;
            }
            appendCodePoint(&out, code);
            i = j;
            continue;
        }
        while (j < n && j - i <= 32 && (isAsciiAlpha(text.at(j)) || text.at(j).isDigit())) {
            ++j;
        }
        const QString name = text.mid(i + 1, j - i - 1).toString();
        const bool semicolon = j < n && text.at(j) == QLatin1Char(';');
        const auto &table = namedEntities();
        const auto it = table.constFind(name);
        // Without ";" only the references old pages rely on count ("&amp" in URLs, "&nbsp").
        static const QStringList legacy = {QStringLiteral("amp"),
                                           QStringLiteral("lt"),
                                           QStringLiteral("gt"),
                                           QStringLiteral("quot"),
                                           QStringLiteral("nbsp"),
                                           QStringLiteral("copy"),
                                           QStringLiteral("reg")};
        if (it != table.cend() && (semicolon || legacy.contains(name))) {
            appendCodePoint(&out, it.value());
            i = semicolon ? j + 1 : j;
        } else {
            out.append(c);
            ++i;
        }
    }
    return out;
}

void HtmlTokenizer::skipTo(QLatin1String terminator)
{
    const qsizetype end = m_html.indexOf(terminator, m_pos);
    m_pos = end < 0 ? m_html.size() : end + terminator.size();
}

void HtmlTokenizer::readRawText(HtmlToken *token)
{
    // Content runs to "</name" followed by white space, "/" or ">" (any case), or to the end.
    const QString element = m_rawTextElement;
    m_rawTextElement.clear();
    const qsizetype n = m_html.size();
    qsizetype end = m_pos;
    while (true) {
        end = m_html.indexOf(QLatin1String("</"), end);
        if (end < 0) {
            end = n;
            break;
        }
        const qsizetype after = end + 2 + element.size();
        if (QStringView(m_html).mid(end + 2, element.size()).compare(element, Qt::CaseInsensitive) == 0
            && (after >= n || isSpace(m_html.at(after)) || m_html.at(after) == QLatin1Char('/')
                || m_html.at(after) == QLatin1Char('>'))) {
            break;
        }
        end += 2;
    }
    token->kind = HtmlToken::Kind::Text;
    token->name = element;
    const QStringView raw = QStringView(m_html).mid(m_pos, end - m_pos);
    // title and textarea are "escapable" raw text: references count there.
    token->text = (element == QLatin1String("title") || element == QLatin1String("textarea")) ? decodeEntities(raw)
                                                                                              : raw.toString();
    m_pos = end;
}

void HtmlTokenizer::readStartTag(HtmlToken *token)
{
    const qsizetype n = m_html.size();
    qsizetype i = m_pos + 1;
    const qsizetype nameStart = i;
    while (i < n && !isSpace(m_html.at(i)) && m_html.at(i) != QLatin1Char('/') && m_html.at(i) != QLatin1Char('>')) {
        ++i;
    }
    token->kind = HtmlToken::Kind::StartTag;
    token->name = m_html.mid(nameStart, i - nameStart).toLower();
    while (i < n) {
        while (i < n && (isSpace(m_html.at(i)) || m_html.at(i) == QLatin1Char('/'))) {
            if (m_html.at(i) == QLatin1Char('/') && i + 1 < n && m_html.at(i + 1) == QLatin1Char('>')) {
                token->selfClosing = true;
            }
            ++i;
        }
        if (i >= n || m_html.at(i) == QLatin1Char('>')) {
            break;
        }
        const qsizetype attrStart = i;
        ++i; // the first character may be "="
        while (i < n && !isSpace(m_html.at(i)) && m_html.at(i) != QLatin1Char('/') && m_html.at(i) != QLatin1Char('>')
               && m_html.at(i) != QLatin1Char('=')) {
            ++i;
        }
        const QString attrName = m_html.mid(attrStart, i - attrStart).toLower();
        while (i < n && isSpace(m_html.at(i))) {
            ++i;
        }
        QString value;
        if (i < n && m_html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && isSpace(m_html.at(i))) {
                ++i;
            }
            qsizetype valueStart = i;
            qsizetype valueEnd = i;
            if (i < n && (m_html.at(i) == QLatin1Char('"') || m_html.at(i) == QLatin1Char('\''))) {
                const QChar quote = m_html.at(i);
                valueStart = i + 1;
                valueEnd = m_html.indexOf(quote, valueStart);
                if (valueEnd < 0) {
                    valueEnd = n;
                }
                i = std::min(n, valueEnd + 1);
            } else {
                while (i < n && !isSpace(m_html.at(i)) && m_html.at(i) != QLatin1Char('>')) {
                    ++i;
                }
                valueEnd = i;
            }
            value = decodeEntities(QStringView(m_html).mid(valueStart, valueEnd - valueStart));
        }
        const bool seen = std::any_of(token->attributes.cbegin(), token->attributes.cend(), [&attrName](const auto &a) {
            return a.first == attrName;
        });
        if (token->attributes.size() < MaxAttributes && !seen) {
            token->attributes.append({attrName, value}); // the first of duplicate attributes wins
        }
    }
    m_pos = std::min(n, i + 1);
    static const QStringList rawText = {QStringLiteral("script"),
                                        QStringLiteral("style"),
                                        QStringLiteral("title"),
                                        QStringLiteral("textarea"),
                                        QStringLiteral("xmp"),
                                        QStringLiteral("iframe"),
                                        QStringLiteral("noembed"),
                                        QStringLiteral("noframes"),
                                        QStringLiteral("noscript"),
                                        QStringLiteral("plaintext")};
    if (!token->selfClosing && rawText.contains(token->name)) {
        m_rawTextElement = token->name;
    }
}

void HtmlTokenizer::readEndTag(HtmlToken *token)
{
    const qsizetype n = m_html.size();
    qsizetype i = m_pos + 2;
    const qsizetype nameStart = i;
    while (i < n && !isSpace(m_html.at(i)) && m_html.at(i) != QLatin1Char('/') && m_html.at(i) != QLatin1Char('>')) {
        ++i;
    }
    token->kind = HtmlToken::Kind::EndTag;
    token->name = m_html.mid(nameStart, i - nameStart).toLower();
    m_pos = i;
    skipTo(QLatin1String(">"));
}

bool HtmlTokenizer::next(HtmlToken *token)
{
    *token = HtmlToken();
    if (!m_rawTextElement.isEmpty()) {
        readRawText(token);
        return true;
    }
    const qsizetype n = m_html.size();
    if (m_pos >= n) {
        return false;
    }
    if (m_html.at(m_pos) == QLatin1Char('<') && m_pos + 1 < n) {
        const QChar c = m_html.at(m_pos + 1);
        if (isAsciiAlpha(c)) {
            readStartTag(token);
            return true;
        }
        if (c == QLatin1Char('/') && m_pos + 2 < n && isAsciiAlpha(m_html.at(m_pos + 2))) {
            readEndTag(token);
            return true;
        }
        token->kind = HtmlToken::Kind::Other;
        if (QStringView(m_html).mid(m_pos, 4) == QLatin1String("<!--")) {
            m_pos += 4;
            if (QStringView(m_html).mid(m_pos, 1) == QLatin1String(">")) {
                ++m_pos; // "<!-->" is an empty comment
            } else {
                skipTo(QLatin1String("-->"));
            }
            return true;
        }
        if (c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('/')) {
            m_pos += 2;
            skipTo(QLatin1String(">")); // doctype, processing instruction, "</ >": no text
            return true;
        }
    }
    // Text up to the next "<" that starts markup; a lone "<" is text.
    qsizetype end = m_pos + 1;
    while (true) {
        end = m_html.indexOf(QLatin1Char('<'), end);
        if (end < 0 || end + 1 >= n) {
            end = n;
            break;
        }
        const QChar c = m_html.at(end + 1);
        if (isAsciiAlpha(c) || c == QLatin1Char('/') || c == QLatin1Char('!') || c == QLatin1Char('?')) {
            break;
        }
        ++end;
    }
    token->kind = HtmlToken::Kind::Text;
    token->text = decodeEntities(QStringView(m_html).mid(m_pos, end - m_pos));
    m_pos = end;
    return true;
}

} // namespace Readout
