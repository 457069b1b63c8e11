// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmatches.h"

#include <QStringMatcher>

#include <algorithm>

namespace Readout
{

namespace
{

/// How many matches are found between two questions to cancelled().
constexpr int CancelCheckInterval = 4096;

bool isWordCharacter(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

/// The code point ending just before position (a surrogate pair counts as one), or 0 at the start.
char32_t codePointBefore(QStringView text, qsizetype position)
{
    if (position <= 0) {
        return 0;
    }
    const QChar low = text.at(position - 1);
    if (low.isLowSurrogate() && position >= 2 && text.at(position - 2).isHighSurrogate()) {
        return QChar::surrogateToUcs4(text.at(position - 2), low);
    }
    return low.unicode();
}

/// The code point starting at position, or 0 at the end.
char32_t codePointAt(QStringView text, qsizetype position)
{
    if (position >= text.size()) {
        return 0;
    }
    const QChar high = text.at(position);
    if (high.isHighSurrogate() && position + 1 < text.size() && text.at(position + 1).isLowSurrogate()) {
        return QChar::surrogateToUcs4(high, text.at(position + 1));
    }
    return high.unicode();
}

/// Whether [start, end) cuts no word: at each edge a word character inside meets none outside.
bool isWholeWord(QStringView text, qsizetype start, qsizetype end)
{
    const bool cutsStart = isWordCharacter(codePointAt(text, start)) && isWordCharacter(codePointBefore(text, start));
    const bool cutsEnd = isWordCharacter(codePointBefore(text, end)) && isWordCharacter(codePointAt(text, end));
    return !cutsStart && !cutsEnd;
}

} // namespace

TextMatches::TextMatches(QVector<int> starts, int length, bool complete)
    : m_starts(std::move(starts))
    , m_length(length)
    , m_complete(complete)
{
}

int TextMatches::count() const
{
    return int(m_starts.size());
}

bool TextMatches::isEmpty() const
{
    return m_starts.isEmpty();
}

int TextMatches::length() const
{
    return m_length;
}

bool TextMatches::isComplete() const
{
    return m_complete;
}

int TextMatches::start(int index) const
{
    return m_starts.at(index);
}

int TextMatches::end(int index) const
{
    return m_starts.at(index) + m_length;
}

const QVector<int> &TextMatches::starts() const
{
    return m_starts;
}

int TextMatches::indexAtOrAfter(int position) const
{
    return int(std::lower_bound(m_starts.cbegin(), m_starts.cend(), position) - m_starts.cbegin());
}

int TextMatches::indexBefore(int position) const
{
    return indexAtOrAfter(position) - 1;
}

std::pair<int, int> TextMatches::indexesIn(int from, int to) const
{
    // A match touches [from, to) when it starts before to and ends after from.
    const int first = indexAtOrAfter(from - m_length + 1);
    const int last = std::max(first, indexAtOrAfter(to));
    return {first, last};
}

TextMatches
findMatches(QStringView text, QStringView needle, const FindOptions &options, const std::function<bool()> &cancelled)
{
    if (needle.isEmpty() || needle.size() > text.size()) {
        return TextMatches({}, int(needle.size()));
    }
    const QStringMatcher matcher(needle, options.caseSensitivity);
    QVector<int> starts;
    int sinceCheck = 0;
    qsizetype from = 0;
    while (true) {
        if (cancelled && ++sinceCheck >= CancelCheckInterval) {
            sinceCheck = 0;
            if (cancelled()) {
                return TextMatches(std::move(starts), int(needle.size()), false);
            }
        }
        const qsizetype at = matcher.indexIn(text, from);
        if (at < 0) {
            break;
        }
        const qsizetype end = at + needle.size();
        if (options.wholeWords && !isWholeWord(text, at, end)) {
            from = at + 1; // a later, overlapping start may stand alone
            continue;
        }
        starts.append(int(at));
        from = end;
    }
    return TextMatches(std::move(starts), int(needle.size()));
}

} // namespace Readout
