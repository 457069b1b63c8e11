// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of DateTagger::matchAt() that read what a calendar states: a month and its day and
// year, numeric dates, decades, seasons of a year, holidays, years alone.
#include "datetagger.h"
#include "datetagger_p.h"

#include "../knowledge/knowledgebase.h"
#include "../knowledge/tokentrie.h"

#include <QJsonObject>

namespace Readout
{

int DateTagger::matchMonth(const DateCursor &c) const
{
    // Month-based calendar dates.
    const int m0 = c.month(c.k);
    if (m0 <= 0) {
        return TryNext;
    }
    const bool ambiguous = c.k0 == QLatin1String("may") || c.k0 == QLatin1String("march");
    TimexSpec spec;
    spec.month = m0;
    int j = c.k + 1;
    if (c.key(j) == QLatin1String(".")) {
        ++j;
    }
    if (const int d = c.dayAt(j)) {
        spec.day = d;
        ++j;
        int y = 0;
        if (c.key(j) == QLatin1String(",") && (y = c.yearAt(j + 1))) {
            j += 2;
        } else if ((y = c.yearAt(j))) {
            ++j;
        }
        spec.year = y;
        return c.finish(j, QStringLiteral("DATE"), spec, "month-day-year");
    }
    int spokenLength = 0;
    if (const int y = c.spokenYearAt(j, &spokenLength)) { // "January nineteen ninety-seven"
        spec.year = y;
        return c.finish(j + spokenLength, QStringLiteral("DATE"), spec, "month-year");
    }
    if (const int y = c.yearAt(j) ? c.yearAt(j) : (c.key(j) == QLatin1String(",") ? c.yearAt(j + 1) : 0)) {
        spec.year = y;
        return c.finish(c.yearAt(j) ? j + 1 : j + 2, QStringLiteral("DATE"), spec, "month-year");
    }
    static const QSet<QString> monthPreps = {QStringLiteral("in"),
                                             QStringLiteral("since"),
                                             QStringLiteral("until"),
                                             QStringLiteral("by"),
                                             QStringLiteral("early"),
                                             QStringLiteral("late"),
                                             QStringLiteral("mid"),
                                             QStringLiteral("of"),
                                             QStringLiteral("last"),
                                             QStringLiteral("next"),
                                             QStringLiteral("this"),
                                             QStringLiteral("through"),
                                             QStringLiteral("from"),
                                             QStringLiteral("during"),
                                             QStringLiteral("-")};
    // "January this year", "June last year"
    const int dir = numberIn(m_direction, c.key(j), 99);
    if (dir != 99 && m_knowledge.unit(c.key(j + 1)) == QLatin1String("Y")) {
        spec.offset = dir == 0 ? 99 : dir;
        return c.finish(j + 2, QStringLiteral("DATE"), spec, "month-relative-year");
    }
    if (!ambiguous || monthPreps.contains(c.prev)) {
        return c.finish(c.k + 1, QStringLiteral("DATE"), spec, "month");
    }
    return 0;
}

int DateTagger::matchNumericDate(const DateCursor &c) const
{
    if (!c.isNum(c.k)) {
        return TryNext;
    }
    const int k = c.k;
    // 10 January 2022
    if (const int d = c.dayAt(k); d && c.month(k + 1) > 0) {
        TimexSpec spec;
        spec.day = d;
        spec.month = c.month(k + 1);
        int j = k + 2;
        if (c.key(j) == QLatin1String(",") && c.yearAt(j + 1)) {
            ++j;
        }
        if ((spec.year = c.yearAt(j))) {
            ++j;
        }
        return c.finish(j, QStringLiteral("DATE"), spec, "day-month-year");
    }
    // 2022-01-10
    if (c.yearAt(k) && c.key(k + 1) == QLatin1String("-") && c.isNum(k + 2) && c.key(k + 3) == QLatin1String("-")
        && c.isNum(k + 4) && !c.t.at(k + 1).is(Token::SpaceBefore) && !c.t.at(k + 3).is(Token::SpaceBefore)) {
        TimexSpec spec;
        spec.year = c.yearAt(k);
        spec.month = c.key(k + 2).toInt();
        spec.day = c.key(k + 4).toInt();
        if (spec.month >= 1 && spec.month <= 12 && spec.day >= 1 && spec.day <= 31) {
            return c.finish(k + 5, QStringLiteral("DATE"), spec, "iso-date");
        }
    }
    // 1/10/2022 (US order)
    const QStringList parts = c.k0.split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.at(2).size() == 4) {
        TimexSpec spec;
        spec.month = parts.at(0).toInt();
        spec.day = parts.at(1).toInt();
        spec.year = parts.at(2).toInt();
        if (spec.month >= 1 && spec.month <= 12 && spec.day >= 1 && spec.day <= 31) {
            return c.finish(k + 1, QStringLiteral("DATE"), spec, "numeric-date");
        }
    }
    // Decades: 1990s
    if (c.k0.size() == 5 && c.k0.endsWith(QLatin1Char('s')) && c.k0.at(3) == QLatin1Char('0')) {
        TimexSpec spec;
        spec.kind = TimexSpec::Kind::Decade;
        spec.literal = c.k0.left(3);
        return c.finish(k + 1, QStringLiteral("DATE"), spec, "decade");
    }
    return TryNext;
}

int DateTagger::matchCentury(const DateCursor &c) const
{
    // "the 20th century", "the nineteenth century", "the twenty-first century": TIMEX3 gives the
    // hundreds of its years, "19".
    int ordinal = 0;
    int at = c.k + 1;
    if (c.isNum(c.k) && c.k0.size() >= 3 && c.k0.at(c.k0.size() - 1).isLetter()) {
        ordinal = c.dayAt(c.k); // 1st to 31st
    } else if (const int tens = numberIn(m_numbers, c.k0, 0); tens == 20 && c.key(at) == QLatin1String("-")) {
        ordinal = tens + numberIn(m_ordinals, c.key(at + 1), 0);
        at += 2;
    } else {
        ordinal = numberIn(m_ordinals, c.k0, 0);
    }
    if (ordinal < 1 || ordinal > 22 || m_knowledge.unit(c.key(at)) != QLatin1String("CE")
        || c.key(at).endsWith(QLatin1Char('s'))) {
        return TryNext;
    }
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Decade;
    spec.literal = QStringLiteral("%1").arg(ordinal - 1, 2, 10, QLatin1Char('0'));
    return c.finish(at + 1, QStringLiteral("DATE"), spec, "century");
}

int DateTagger::matchDecadeWord(const DateCursor &c) const
{
    // "the nineties": a decade of the 1900s, as TIMEX3 writes it ("199"); "in their forties" is an
    // age, so only after "the".
    const int decade = numberIn(m_decadeWords, c.k0, 0);
    if (decade < 1 || c.prev != QLatin1String("the")) {
        return TryNext;
    }
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Decade;
    spec.literal = QStringLiteral("19%1").arg(decade);
    return c.finishFrom(c.k - 1, c.k + 1, QStringLiteral("DATE"), spec, "decade-word");
}

int DateTagger::matchCoordinatedDay(const DateCursor &c) const
{
    // "on April 24 and 25", "Sept. 3 or 4, 2022": a second day of the month just named.
    const int k = c.k;
    if (k < 3 || !c.dayAt(k) || (c.prev != QLatin1String("and") && c.prev != QLatin1String("or")) || !c.dayAt(k - 2)
        || c.seg.sentenceOfToken.value(k - 3, -1) != c.seg.sentenceOfToken.value(k, -2)) {
        return TryNext;
    }
    const int monthAt = c.key(k - 3) == QLatin1String(".") && k >= 4 ? k - 4 : k - 3;
    const int month = c.month(monthAt);
    if (month <= 0 || m_knowledge.unit(c.key(k + 1)).size() > 0) {
        return TryNext; // "March 3 and 4 days later"
    }
    TimexSpec spec;
    spec.month = month;
    spec.day = c.dayAt(k);
    int last = k + 1;
    if (c.key(last) == QLatin1String(",") && c.yearAt(last + 1)) {
        spec.year = c.yearAt(last + 1);
        last += 2;
    }
    return c.finish(last, QStringLiteral("DATE"), spec, "month-day-year");
}

int DateTagger::matchFiscalYear(const DateCursor &c) const
{
    // "fiscal 2023", "fiscal year 2023": the year the accounts name.
    const bool fiscal = m_fiscalWords.contains(c.k0);
    if (!fiscal && !m_yearQualifiers.contains(c.k0)) {
        return TryNext;
    }
    int at = c.k + 1;
    const bool yearWord = c.yearWordAt(at);
    if (yearWord) {
        ++at;
    }
    const int year = fiscal ? c.yearAt(at) : 0;
    TimexSpec spec;
    if (year) {
        spec.year = year;
        return c.finish(at + 1, QStringLiteral("DATE"), spec, "fiscal-year");
    }
    // "the fiscal year", "the full year": the one now running.
    const bool definite = c.prev == QLatin1String("the") || c.prev == QLatin1String("this");
    if (!yearWord || !definite || c.isNum(at) || c.key(at) == QLatin1String("-")) {
        return TryNext;
    }
    spec.kind = TimexSpec::Kind::RelativeUnit;
    spec.unit = QStringLiteral("Y");
    return c.finishFrom(c.k - 1, at, QStringLiteral("DATE"), spec, "fiscal-year");
}

int DateTagger::matchPeriodEdge(const DateCursor &c) const
{
    // "the end of the year", "the beginning of the month", "the middle of March", "the end of 1998":
    // the period whose edge is meant, as TimeML values it.
    if (m_knowledge.unit(c.k0) == QLatin1String("Y") && !c.k0.endsWith(QLatin1Char('s'))) {
        // "year-end", "the year's end", "at year end": the edge of the year now running.
        const int edge =
            c.key(c.k + 1) == QLatin1String("-") || c.key(c.k + 1) == QLatin1String("'s") ? c.k + 2 : c.k + 1;
        if (!m_periodEdges.contains(c.key(edge)) || c.key(edge + 1) == QLatin1String("of")
            || (c.k > 0 && c.isNum(c.k - 1))) {
            return TryNext;
        }
        TimexSpec spec;
        spec.kind = TimexSpec::Kind::RelativeUnit;
        spec.unit = QStringLiteral("Y");
        return c.finish(edge + 1, QStringLiteral("DATE"), spec, "period-edge");
    }
    if (!m_periodEdges.contains(c.k0) || c.key(c.k + 1) != QLatin1String("of")) {
        return TryNext;
    }
    const int first = c.prev == QLatin1String("the") ? c.k - 1 : c.k;
    int at = c.k + 2;
    const bool article = c.key(at) == QLatin1String("the");
    if (article) {
        ++at;
    }
    const QString unit = m_knowledge.unit(c.key(at));
    if (article && (unit == QLatin1String("Y") || unit == QLatin1String("M")) && !c.key(at).endsWith(QLatin1Char('s'))
        && c.key(at + 1) != QLatin1String("-")) {
        TimexSpec spec;
        spec.kind = TimexSpec::Kind::RelativeUnit;
        spec.unit = unit;
        return c.finishFrom(first, at + 1, QStringLiteral("DATE"), spec, "period-edge");
    }
    if (article || at >= c.end) {
        return TryNext;
    }
    TimexMatch inner;
    if (matchAt(c.seg, at, c.end, &inner) <= 0 || inner.firstToken != at || inner.timexType != QLatin1String("DATE")) {
        return TryNext;
    }
    using Kind = TimexSpec::Kind;
    const Kind kind = inner.spec.kind;
    const bool period = (kind == Kind::Calendar && inner.spec.day == 0) || kind == Kind::RelativeUnit
        || kind == Kind::Season || kind == Kind::Quarter || kind == Kind::Decade;
    if (!period) {
        return TryNext;
    }
    return c.finishFrom(first, inner.lastToken, QStringLiteral("DATE"), inner.spec, "period-edge");
}

int DateTagger::matchSeason(const DateCursor &c) const
{
    // A season with a year: "summer 2019", "the winter of 1994", "winter of nineteen ninety-four"
    const int season = numberIn(m_seasons, c.k0);
    if (season <= 0) {
        return TryNext;
    }
    const int at = c.key(c.k + 1) == QLatin1String("of") ? c.k + 2 : c.k + 1;
    int length = 1;
    const int year = c.yearAt(at) ? c.yearAt(at) : c.spokenYearAt(at, &length);
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Season;
    spec.month = season;
    if (year > 0) {
        spec.year = year;
        return c.finish(at + length, QStringLiteral("DATE"), spec, "season");
    }
    // Alone, after an article or a preposition: "in the summer", "during winter", "early summer".
    // "the fall of", "the spring in his step": "fall" and "spring" also need a preposition first.
    if (!m_seasonLeads.contains(c.prev) || c.key(c.k + 1) == QLatin1String("of")) {
        return TryNext;
    }
    const bool article = c.prev == QLatin1String("the");
    if (m_ambiguousSeasons.contains(c.k0)
        && (!article || c.k < 2 || !m_seasonLeads.contains(c.t.at(c.k - 2).key)
            || c.t.at(c.k - 2).key == QLatin1String("the"))) {
        return TryNext;
    }
    return c.finishFrom(article ? c.k - 1 : c.k, c.k + 1, QStringLiteral("DATE"), spec, "season");
}

int DateTagger::matchHoliday(const DateCursor &c) const
{
    // Holidays (capitalised names from holidays.tsv)
    if (!c.t.at(c.k).is(Token::Upper)) {
        return TryNext;
    }
    const QVector<int> *values = nullptr;
    const int len = m_knowledge.holidays().longestMatch(
        c.k,
        c.end,
        [&](int i) -> const QString & {
            return c.t.at(i).key;
        },
        &values);
    if (len <= 0) {
        return TryNext;
    }
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Holiday;
    spec.literal = m_knowledge.holidayRule(values->first());
    return c.finish(c.k + len, QStringLiteral("DATE"), spec, "holiday");
}

int DateTagger::matchYear(const DateCursor &c) const
{
    const int k = c.k;
    int spokenLength = 0;
    if (const int y = c.spokenYearAt(k, &spokenLength)) {
        TimexSpec spec;
        spec.year = y;
        return c.finish(k + spokenLength, QStringLiteral("DATE"), spec, "spoken-year");
    }
    if (const int spoken = c.key(k) == QLatin1String("year") && c.prev == QLatin1String("the")
            ? c.thousandsYearAt(k + 1, &spokenLength)
            : 0) {
        TimexSpec spec;
        spec.year = spoken; // "the year two thousand"
        return c.finishFrom(k - 1, k + 1 + spokenLength, QStringLiteral("DATE"), spec, "spoken-year");
    }
    // A year alone, after a preposition or before punctuation: "in 2019", "since 2014,"
    const int y = c.yearAt(k);
    if (!y) {
        return TryNext;
    }
    static const QSet<QString> yearPreps = {QStringLiteral("in"),
                                            QStringLiteral("since"),
                                            QStringLiteral("by"),
                                            QStringLiteral("until"),
                                            QStringLiteral("of"),
                                            QStringLiteral("from"),
                                            QStringLiteral("during"),
                                            QStringLiteral("before"),
                                            QStringLiteral("after"),
                                            QStringLiteral("early"),
                                            QStringLiteral("late"),
                                            QStringLiteral("mid"),
                                            QStringLiteral("fiscal"),
                                            QStringLiteral("through"),
                                            QStringLiteral("to"),
                                            QStringLiteral("-"),
                                            QStringLiteral("and")};
    // "the 1988 quarter", "the 1989 period": in a report of results, the same quarter that year.
    if (c.prev == QLatin1String("the")
        && (c.key(k + 1) == QLatin1String("quarter") || c.key(k + 1) == QLatin1String("period"))) {
        TimexSpec spec;
        spec.kind = TimexSpec::Kind::Quarter;
        spec.year = y;
        spec.literal = c.key(k + 1);
        return c.finishFrom(k - 1, k + 2, QStringLiteral("DATE"), spec, "year-quarter");
    }
    // "2000 troops" is a count; "the 2015 census", "a 2009 analysis" name a year, as "1989 was" does.
    const QString next = c.key(k + 1);
    const bool countFollows = k + 1 < c.end && c.t.at(k + 1).is(Token::Word) && !c.t.at(k + 1).is(Token::Upper)
        && next.endsWith(QLatin1Char('s')) && !next.endsWith(QLatin1String("ss")) && !next.endsWith(QLatin1String("is"))
        && !next.endsWith(QLatin1String("us")) && !m_singularNounsInS.contains(next)
        && !m_knowledge.isFunctionWord(next);
    if (yearPreps.contains(c.prev) || !countFollows) {
        TimexSpec spec;
        spec.year = y;
        return c.finish(k + 1, QStringLiteral("DATE"), spec, "year");
    }
    return TryNext;
}

} // namespace Readout
