// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QVector>

#include <functional>
#include <utility>

namespace Readout
{

/// How a needle is matched: the find bar's options.
struct FindOptions {
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;
    /// A match may not cut a word: the characters just outside it are no letters, digits or '_'
    /// where the match's own edge is one.
    bool wholeWords = false;

    friend bool operator==(const FindOptions &a, const FindOptions &b)
    {
        return a.caseSensitivity == b.caseSensitivity && a.wholeWords == b.wholeWords;
    }
};

/// Where a needle occurs in a text: the UTF-16 start of every occurrence, ascending and not
/// overlapping, each length() long (case folding keeps UTF-16 lengths). A value; cheap to copy.
class TextMatches
{
public:
    TextMatches() = default;
    TextMatches(QVector<int> starts, int length, bool complete = true);

    [[nodiscard]] int count() const;
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] int length() const;
    /// False when the search was cancelled before the end of the text.
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] int start(int index) const;
    [[nodiscard]] int end(int index) const;
    [[nodiscard]] const QVector<int> &starts() const;

    /// The first match starting at or after position; count() when none does.
    [[nodiscard]] int indexAtOrAfter(int position) const;
    /// The last match starting before position; -1 when none does.
    [[nodiscard]] int indexBefore(int position) const;
    /// The matches touching [from, to): indexes [first, last), empty when first == last.
    [[nodiscard]] std::pair<int, int> indexesIn(int from, int to) const;

private:
    QVector<int> m_starts;
    int m_length = 0;
    bool m_complete = true;
};

/// Every occurrence of needle in text with these options, scanning left to right and going on
/// after the end of each match (so "aa" occurs twice in "aaaa"). An empty needle has none.
/// cancelled() is asked now and then; when it answers true the search stops and the answer is
/// incomplete. Pure and thread-safe: the find bar runs it on a worker for big texts.
[[nodiscard]] TextMatches findMatches(QStringView text,
                                      QStringView needle,
                                      const FindOptions &options,
                                      const std::function<bool()> &cancelled = {});

} // namespace Readout
