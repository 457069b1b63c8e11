// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QStringView>
#include <QVector>

namespace Readout
{

/// One piece of HTML: text (entities decoded), a start or end tag (lower-case name, decoded
/// attribute values), or markup that carries no text (comment, doctype, processing instruction).
struct HtmlToken {
    enum class Kind {
        Text,
        StartTag,
        EndTag,
        Other,
    };
    Kind kind = Kind::Other;
    QString name;
    QString text;
    QVector<QPair<QString, QString>> attributes;
    bool selfClosing = false;

    /// The value of an attribute (name in lower case), or an empty string.
    [[nodiscard]] QString attribute(QLatin1String name) const;
    [[nodiscard]] bool hasAttribute(QLatin1String name) const;
};

/// A tolerant, iterative HTML tokenizer after the WHATWG tokenizer's main states: tags, attributes
/// (quoted or not), comments, doctypes, character references, and the raw-text elements (script,
/// style, title, textarea, ...) whose content is one Text token. Never recurses and never fails:
/// broken markup becomes text or is dropped, so any input is read in one linear pass.
/// Loads nothing: URLs in attributes are only strings. Reads the html it is given; does not own it.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(const QString &html);

    /// The next token; false at the end of the input.
    bool next(HtmlToken *token);
    /// Position in the input, for progress.
    [[nodiscard]] qsizetype position() const;

    /// Replaces character references ("&amp;", "&#8217;", "&#x1F600;") with the characters.
    [[nodiscard]] static QString decodeEntities(QStringView text);

private:
    void readStartTag(HtmlToken *token);
    void readEndTag(HtmlToken *token);
    void skipTo(QLatin1String terminator);
    void readRawText(HtmlToken *token);

    const QString &m_html;
    qsizetype m_pos = 0;
    QString m_rawTextElement; ///< set after <script>, <style>, ...: their content comes next
};

} // namespace Readout
