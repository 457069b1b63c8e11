// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsegmenter.h"
#include "cancellation.h"

#include "../knowledge/knowledgebase.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Readout
{

namespace
{

/// "over the crisis there.The meeting": a full stop with no space after it, between a lower-case
/// word and a capitalised one, ends a sentence (pasted text loses its spaces). The Unicode rules
/// keep "e.The" together for "U.S"-like tokens; a lower-case word of two letters or more is none.
bool gluedSentenceEnd(const QString &text, const Token &word, const Token &dot, const Token &next)
{
    if (dot.key != QLatin1String(".") || word.end != dot.start || dot.end != next.start || !word.is(Token::Word)
        || !next.is(Token::Word) || word.end - word.start < 2 || next.end - next.start < 2) {
        return false;
    }
    for (int i = word.start; i < word.end; ++i) {
        if (!text.at(i).isLower()) {
            return false;
        }
    }
    return text.at(next.start).isUpper() && text.at(next.start + 1).isLower();
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    // No mark comes before U+0300: spare the out-of-line isMark() for every space and punctuation.
    return c.isLetterOrNumber() || (c.unicode() >= 0x0300 && c.isMark());
}

/// Lower case, one unit for one unit (so offsets hold), with an ASCII fast path; typographic
/// apostrophes become ASCII ones.
QString foldCase(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    const QChar *src = text.constData();
    QChar *dst = out.data();
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const char16_t c = src[i].unicode();
        if (c < 0x80) {
            dst[i] = QChar(char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c));
        } else if (c == 0x2019) {
            dst[i] = QLatin1Char('\'');
        } else if (src[i].isSurrogate()) {
            dst[i] = src[i];
        } else {
            dst[i] = src[i].toLower();
        }
    }
    return out;
}

QString normaliseKey(QStringView s)
{
    return foldCase(s.toString());
}

} // namespace

QVector<Token> TextSegmenter::tokenize(const QString &text, int from, int to, const QString *folded, int foldedFrom)
{
    QVector<Token> tokens;
    if (to < 0 || to > text.size()) {
        to = int(text.size());
    }
    tokens.reserve((to - from) / 5 + 1);
    bool space = true;
    bool newline = false;
    int i = from;
    int steps = 0;
    while (i < to) {
        if (++steps % 65536 == 0 && CancellationScope::requested()) {
            break; // the caller drops what it got
        }
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = true;
            if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator || c == QChar::LineSeparator) {
                newline = true;
            }
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (c.isDigit()) {
            int j = i + 1;
            while (j < to) {
                const QChar d = text.at(j);
                if (d.isDigit()) {
                    ++j;
                } else if ((d == QLatin1Char('.') || d == QLatin1Char(',') || d == QLatin1Char(':')
                            || d == QLatin1Char('/'))
                           && j + 1 < to && text.at(j + 1).isDigit()) {
                    j += 2;
                } else {
                    break;
                }
            }
            // Ordinals and units glued to numbers ("10th", "5km") stay one token.
            while (j < to && text.at(j).isLetter()) {
                ++j;
            }
            t.end = j;
            t.flags = Token::Number;
        } else if (isWordChar(c)) {
            int j = i + 1;
            while (j < to) {
                const QChar d = text.at(j);
                if (isWordChar(d)) {
                    ++j;
                } else if (d == QLatin1Char('.') && j + 1 < to && text.at(j + 1).isLetter() && j + 2 <= to
                           && (j + 2 == to || !text.at(j + 2).isLetter() || text.at(j + 2) == QLatin1Char('.'))
                           && j - i <= 2) {
                    // Dotted abbreviations: U.S., a.m., U.N.
                    j += 2;
                } else if (isApostrophe(d) && j + 1 < to && text.at(j + 1).isLetter()) {
                    // Keep O'Neill, don't; split the possessive 's off.
                    const bool possessive = (text.at(j + 1) == QLatin1Char('s') || text.at(j + 1) == QLatin1Char('S'))
                        && (j + 2 >= to || !text.at(j + 2).isLetter());
                    if (possessive) {
                        break;
                    }
                    j += 2;
                } else {
                    break;
                }
            }
            // A trailing dot belongs to dotted abbreviations (U.S.) and single initials (J.).
            if (j < to && text.at(j) == QLatin1Char('.')) {
                const QStringView w = QStringView(text).mid(i, j - i);
                if (w.contains(QLatin1Char('.')) || (w.size() == 1 && w.at(0).isUpper())) {
                    ++j;
                }
            }
            t.end = j;
            t.flags = Token::Word;
        } else if (isApostrophe(c) && i + 1 < to
                   && (text.at(i + 1) == QLatin1Char('s') || text.at(i + 1) == QLatin1Char('S'))
                   && (i + 2 >= to || !text.at(i + 2).isLetter()) && !space) {
            t.end = i + 2;
            t.flags = Token::Word;
        } else {
            t.end = i + 1;
            t.flags = Token::Punct;
        }
        const QStringView surface = QStringView(text).mid(t.start, t.end - t.start);
        if (t.flags & Token::Word) {
            if (surface.at(0).isUpper()) {
                t.flags |= Token::Upper;
            }
            int letters = 0;
            bool allUpper = true;
            for (QChar ch : surface) {
                if (ch.isLetter()) {
                    ++letters;
                    if (!ch.isUpper()) {
                        allUpper = false;
                    }
                }
            }
            if (letters >= 2 && allUpper) {
                t.flags |= Token::AllCaps;
            }
        }
        if (space) {
            t.flags |= Token::SpaceBefore;
        }
        if (newline) {
            t.flags |= Token::NewlineBefore;
        }
        t.key = folded ? QString::fromRawData(folded->constData() + (t.start - foldedFrom), t.end - t.start)
                       : normaliseKey(surface);
        tokens.append(t);
        space = false;
        newline = false;
        i = t.end;
    }
    return tokens;
}

QStringList TextSegmenter::keys(const QString &phrase)
{
    QStringList result;
    const auto tokens = tokenize(phrase);
    result.reserve(tokens.size());
    for (const Token &t : tokens) {
        result.append(t.key);
    }
    return result;
}

Segmentation TextSegmenter::segment(const QString &text, int from, const KnowledgeBase &knowledge, int to)
{
    Segmentation seg;
    if (to < 0 || to > text.size()) {
        to = int(text.size());
    }
    from = std::clamp(from, 0, to);
    // One lower-cased copy of the range serves every token's key.
    seg.folded = foldCase(text.mid(from, to - from));
    seg.tokens = tokenize(text, from, to, &seg.folded, from);
    if (CancellationScope::requested()) {
        return seg; // Pipeline::run() drops it
    }
    const int n = int(seg.tokens.size());
    seg.sentenceOfToken.resize(n);

    // Candidate sentence ends from the Unicode sentence rules, over the range only (the finder
    // works out its attributes for all the text it is given).
    QVector<int> breaks;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.constData() + from, to - from);
    while (finder.toNextBoundary() != -1) {
        breaks.append(from + int(finder.position()));
        if (breaks.size() % 4096 == 0 && CancellationScope::requested()) {
            return seg;
        }
    }

    int paragraph = 0;
    int bi = 0;
    int first = 0;
    auto close = [&](int last) {
        if (last <= first) {
            return;
        }
        Sentence s;
        s.firstToken = first;
        s.lastToken = last;
        s.start = seg.tokens.at(first).start;
        s.end = seg.tokens.at(last - 1).end;
        s.paragraph = paragraph;
        for (int k = first; k < last; ++k) {
            seg.sentenceOfToken[k] = int(seg.sentences.size());
        }
        seg.sentences.append(s);
        first = last;
    };
    for (int k = 0; k < n; ++k) {
        if (k % 65536 == 0 && CancellationScope::requested()) {
            return seg;
        }
        const Token &t = seg.tokens.at(k);
        if (k > first && t.is(Token::NewlineBefore)) {
            // A blank line is a paragraph break; any line break ends a sentence unless the line
            // runs on in lower case ("...the\nsecurity talks").
            const QStringView gap = QStringView(text).mid(seg.tokens.at(k - 1).end, t.start - seg.tokens.at(k - 1).end);
            const bool blank = gap.count(QLatin1Char('\n')) >= 2;
            const QChar prevLast = text.at(seg.tokens.at(k - 1).end - 1);
            const bool runsOn =
                !blank && text.at(t.start).isLower() && (prevLast.isLetter() || prevLast == QLatin1Char(','));
            if (!runsOn) {
                close(k);
                if (blank) {
                    ++paragraph;
                }
            }
        }
        if (k >= 2 && k > first + 1 && gluedSentenceEnd(text, seg.tokens.at(k - 2), seg.tokens.at(k - 1), t)) {
            close(k);
        }
        while (bi < breaks.size() && breaks.at(bi) <= t.start) {
            // A boundary right before this token: accept unless the previous token is an abbreviation
            // that does not end sentences, or the sentence would start in lower case.
            if (k > first && breaks.at(bi) > seg.tokens.at(k - 1).start) {
                const Token &prev = seg.tokens.at(k - 1);
                // "U.S." is one token; "Mr." is "Mr" + "."
                QString abbr = prev.key;
                if (abbr == QLatin1String(".") && k >= 2 && seg.tokens.at(k - 2).end == prev.start) {
                    abbr = seg.tokens.at(k - 2).key + abbr;
                }
                // An initial ("P. Simmons") never ends a sentence.
                const bool initial = abbr.size() == 2 && abbr.at(0).isLetter() && abbr.at(1) == QLatin1Char('.');
                const bool abbreviation = abbr.endsWith(QLatin1Char('.')) && (initial || knowledge.isAbbreviation(abbr))
                    && !knowledge.isStopName(t.key);
                const bool lowerNext = text.at(t.start).isLower();
                if (!abbreviation && !lowerNext) {
                    close(k);
                }
            }
            ++bi;
        }
    }
    close(n);
    return seg;
}

} // namespace Readout
