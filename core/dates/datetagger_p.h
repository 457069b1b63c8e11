// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datetagger.h"

#include "../knowledge/knowledgebase.h"

namespace Readout
{

/// The number a word has in a map; like KnowledgeBase::number, with the same fallback rules.
template<typename Map>
int numberIn(const Map &map, const QString &word, int fallback = -1)
{
    if (!map.keys.mayContain(word)) {
        return fallback;
    }
    return map.values.value(word, fallback);
}

/// Where DateTagger::matchAt() stands: token k of a sentence ending before token `end`, with the
/// readers every step shares. finish() writes the match the step found into `out`.
class DateCursor
{
public:
    DateCursor(const DateTagger &tagger, const Segmentation &seg, int k, int end, TimexMatch *out)
        : t(seg.tokens)
        , seg(seg)
        , k(k)
        , end(end)
        , k0(key(k))
        , prev(k > 0 ? t.at(k - 1).key : QString())
        , m_tagger(tagger)
        , m_out(out)
    {
    }

    [[nodiscard]] QString key(int i) const
    {
        return i < end ? t.at(i).key : QString();
    }
    [[nodiscard]] bool isNum(int i) const
    {
        return i < end && t.at(i).is(Token::Number);
    }
    /// The month a capitalised month name at i names, or -1.
    [[nodiscard]] int month(int i) const
    {
        if (i >= end || !t.at(i).is(Token::Upper)) {
            return -1;
        }
        return numberIn(m_tagger.m_months, t.at(i).key);
    }
    /// The day of the month a number at i states ("10", "3rd"), or 0.
    [[nodiscard]] int dayAt(int i) const
    {
        bool ok = false;
        const int v = isNum(i) ? asInt(t.at(i).key, &ok) : 0;
        return ok && v >= 1 && v <= 31 && t.at(i).key.size() <= 4 ? v : 0;
    }
    /// The year a four-digit number at i states, or 0.
    [[nodiscard]] int yearAt(int i) const
    {
        bool ok = false;
        const int v = isNum(i) ? t.at(i).key.toInt(&ok) : 0;
        return ok && t.at(i).key.size() == 4 && v >= 1000 && v <= 2999 ? v : 0;
    }
    /// A year read out, as broadcast transcripts write it: "nineteen ninety-six" (19, 90, 6).
    [[nodiscard]] int spokenYearAt(int i, int *length) const
    {
        const int century = numberIn(m_tagger.m_numbers, key(i), 0);
        const int tens = numberIn(m_tagger.m_numbers, key(i + 1), 0);
        if (century < 17 || century > 20 || tens < 20 || tens > 90 || tens % 10 != 0) {
            return 0;
        }
        *length = 2;
        const int ones = key(i + 2) == QLatin1String("-") ? numberIn(m_tagger.m_numbers, key(i + 3), 0) : 0;
        if (ones >= 1 && ones <= 9) {
            *length = 4;
            return century * 100 + tens + ones;
        }
        return century * 100 + tens;
    }

    /// "year", "yr" at token i: the year unit in the singular ("years" is a span of them).
    [[nodiscard]] bool yearWordAt(int i) const
    {
        return m_tagger.m_knowledge.unit(key(i)) == QLatin1String("Y") && !key(i).endsWith(QLatin1Char('s'));
    }

    /// "two thousand", "two thousand and one", "two thousand ten" at token i: the year, 0 if none.
    [[nodiscard]] int thousandsYearAt(int i, int *length) const
    {
        const int thousands = numberIn(m_tagger.m_numbers, key(i), 0);
        if ((thousands != 1 && thousands != 2) || key(i + 1) != QLatin1String("thousand")) {
            return 0;
        }
        *length = 2;
        const int at = key(i + 2) == QLatin1String("and") ? i + 3 : i + 2;
        const int ones = numberIn(m_tagger.m_numbers, key(at), 0);
        if (ones >= 1 && ones <= 19) {
            *length = at + 1 - i;
            return thousands * 1000 + ones;
        }
        return thousands * 1000;
    }

    /// Records the match [k, last) found by `rule`; returns its length.
    int finish(int last, const QString &type, const TimexSpec &spec, const char *rule) const
    {
        return finishFrom(k, last, type, spec, rule);
    }
    /// Records a match [first, last) that may begin before the cursor ("the weekend"); returns how far
    /// the cursor moves.
    int finishFrom(int first, int last, const QString &type, const TimexSpec &spec, const char *rule) const
    {
        m_out->firstToken = first;
        m_out->lastToken = last;
        m_out->timexType = type;
        m_out->spec = spec;
        m_out->rule = QLatin1String(rule);
        return last - k;
    }

    const QVector<Token> &t;
    const Segmentation &seg;
    const int k;
    const int end;
    const QString k0; ///< the key of token k
    const QString prev; ///< the key of the token before k ("" at the start of the text)

private:
    static int asInt(const QString &key, bool *ok)
    {
        QString digits = key;
        // Ordinal suffixes: 10th, 1st, 22nd.
        for (const char *suffix : {"st", "nd", "rd", "th"}) {
            if (digits.endsWith(QLatin1String(suffix)) && digits.size() > 2) {
                digits.chop(2);
                break;
            }
        }
        return digits.toInt(ok);
    }

    const DateTagger &m_tagger;
    TimexMatch *m_out;
};

} // namespace Readout
