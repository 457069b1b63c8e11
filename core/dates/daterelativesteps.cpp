// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of DateTagger::matchAt() that count: amounts of units (durations, "three days ago"),
// days and periods relative to now or to the last date given, sets and references.
#include "datetagger.h"
#include "datetagger_p.h"

#include "../knowledge/knowledgebase.h"

#include <QJsonObject>

namespace Readout
{

namespace
{
/// The TIMEX3 value of "every <unit>": P1W, PT1H.
QString everyUnit(const QString &unit)
{
    return unit.startsWith(QLatin1Char('T')) ? QString(QStringLiteral("PT1") + unit.mid(1))
                                             : QString(QStringLiteral("P1") + unit);
}

/// QString::toDouble(ok), without its general parser for what most number tokens are: a few
/// digits, not starting with 0 ("2022", "10"), whose value is exact as a double.
double plainNumber(const QString &s, bool *ok)
{
    const qsizetype n = s.size();
    if (n == 0 || n > 15 || (n > 1 && s.front() == QLatin1Char('0'))) {
        return s.toDouble(ok);
    }
    qint64 value = 0;
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return s.toDouble(ok);
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    *ok = true;
    return double(value);
}

} // namespace

int DateTagger::matchCountedUnit(const DateCursor &c) const
{
    // Durations and "N units ago": a number (digits, words, fractions) followed by a unit.
    using Kind = TimexSpec::Kind;
    const int k = c.k;
    int j = k;
    double amount = 0;
    bool ok = false;
    bool approximate = false;
    if (c.isNum(j)) {
        const QString n = c.key(j);
        if (n.contains(QLatin1Char('/'))) {
            const auto p = n.split(QLatin1Char('/'));
            amount = p.at(0).toDouble() / std::max(1.0, p.at(1).toDouble());
            ok = p.size() == 2;
        } else {
            QString plain = n;
            plain.remove(QLatin1Char(','));
            amount = plainNumber(plain, &ok);
        }
        ++j;
        if (ok && c.isNum(j) && c.key(j).contains(QLatin1Char('/'))) { // 2 1/2
            const auto p = c.key(j).split(QLatin1Char('/'));
            amount += p.at(0).toDouble() / std::max(1.0, p.at(1).toDouble());
            ++j;
        }
    } else {
        const int v = numberIn(m_numbers, c.k0, 0);
        if (v > 0 || v == -2) {
            ok = true;
            amount = v;
            approximate = v == -2;
            ++j;
            // "twenty-five", "a half", "a couple of"
            if (c.key(j) == QLatin1String("-") && numberIn(m_numbers, c.key(j + 1), 0) > 0) {
                amount += numberIn(m_numbers, c.key(j + 1), 0);
                j += 2;
            }
            if (c.key(j) == QLatin1String("of")) {
                ++j;
            }
        }
    }
    if (!ok) {
        return TryNext;
    }
    if (c.key(j) == QLatin1String("-")) { // five-year plan
        ++j;
    }
    if (c.key(j) == QLatin1String("and") && c.key(j + 1) == QLatin1String("a")
        && c.key(j + 2) == QLatin1String("half")) {
        amount += 0.5;
        j += 3;
    }
    // "two more weeks", "an additional year", "five business days"
    if (m_unitModifiers.contains(c.key(j)) && !m_knowledge.unit(c.key(j + 1)).isEmpty()) {
        ++j;
    }
    const QString unit = m_knowledge.unit(c.key(j));
    const bool aIsArticle = (c.k0 == QLatin1String("a") || c.k0 == QLatin1String("an"));
    // "the 1988 quarter" names a year's period, not 1988 quarters; "three-quarters of" is a fraction.
    const bool yearBeforeNoun = c.yearAt(k) && j == k + 1 && !c.key(j).endsWith(QLatin1Char('s'));
    const bool fraction =
        unit == QLatin1String("Q") && c.key(j - 1) == QLatin1String("-") && c.key(j + 1) == QLatin1String("of");
    // "a quarter" is more often a fraction ("a quarter of the vote") than three months.
    const bool articleQuarter = aIsArticle && unit == QLatin1String("Q");
    if (unit.isEmpty() || unit == QLatin1String("WE") || !(amount > 0 || approximate) || amount >= 10000
        || yearBeforeNoun || fraction || articleQuarter) {
        return TryNext;
    }
    int after = j + 1;
    if (c.key(after) == QLatin1String("and") && c.key(after + 1) == QLatin1String("a")
        && c.key(after + 2) == QLatin1String("half") && !approximate) {
        amount += 0.5; // "a minute and a half"
        after += 3;
    }
    if (c.key(after) == QLatin1String("or") && c.key(after + 1) == QLatin1String("so")) {
        after += 2; // "a week or so ago"
    }
    TimexSpec spec;
    spec.amount = amount;
    spec.unit = unit;
    // "half an hour": the article counts one unit, "half" takes half of it.
    const bool half = aIsArticle && c.prev == QLatin1String("half");
    if (half) {
        spec.amount = 0.5;
    }
    const int first = half ? k - 1 : k;
    if (c.key(after) == QLatin1String("ago")) {
        spec.kind = Kind::Ago;
        return c.finishFrom(first, after + 1, QStringLiteral("DATE"), spec, "ago");
    }
    // "two days later", "a week earlier": counted from the date the text last gave.
    const int sign = numberIn(m_anchor_direction, c.key(after), 0);
    if (sign != 0 && !approximate && !unit.startsWith(QLatin1Char('T'))) {
        spec.kind = Kind::Anchored;
        spec.offset = sign; // the direction: the resolver counts amount units that way
        return c.finishFrom(first, after + 1, QStringLiteral("DATE"), spec, "anchored-count");
    }
    if (aIsArticle && c.key(after) == QLatin1String("-") && m_yearAgoWords.contains(c.key(after + 1))) {
        return 0; // "a year-earlier loss": the year-ago step reads "year-earlier"
    }
    if (aIsArticle && isRateAt(c)) {
        return 0; // "$5 a year", "twice a day": a rate, no duration
    }
    // An age ("6-year-old", "44 years old") is no temporal expression in TimeML.
    if (m_ageWords.contains(c.key(after))
        || (c.key(after) == QLatin1String("-") && m_ageWords.contains(c.key(after + 1)))) {
        return 0;
    }
    spec.kind = Kind::Duration;
    if (approximate) {
        spec.amount = -1;
    }
    return c.finishFrom(first, after, QStringLiteral("DURATION"), spec, "duration");
}

bool DateTagger::isRateAt(const DateCursor &c) const
{
    if (c.k == 0) {
        return false;
    }
    const Token &before = c.t.at(c.k - 1);
    if (before.is(Token::Number) || m_rateWords.contains(before.key)) {
        return true; // "$5 a year", "100 million a year", "twice a day"
    }
    // A plural count before: "four flights a week", "seven days a week".
    return before.is(Token::Word) && !before.is(Token::Upper) && before.key.size() > 3
        && before.key.endsWith(QLatin1Char('s')) && !before.key.endsWith(QLatin1String("ss"))
        && !m_knowledge.isFunctionWord(before.key);
}

int DateTagger::matchBareUnit(const DateCursor &c) const
{
    // "for years", "within weeks", "it takes months": an unstated number of units.
    const QString unit = m_knowledge.unit(c.k0);
    // "in the weeks before the fire", "the days after the vote": likewise.
    const bool around = c.prev == QLatin1String("the") && m_bareUnitAfter.contains(c.key(c.k + 1));
    if (unit.isEmpty() || unit == QLatin1String("WE") || unit == QLatin1String("Q") || !c.k0.endsWith(QLatin1Char('s'))
        || !(m_bareUnitContext.contains(c.prev) || around)) {
        return TryNext;
    }
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Duration;
    spec.amount = -1;
    spec.unit = unit;
    return c.finish(c.k + 1, QStringLiteral("DURATION"), spec, "bare-unit");
}

int DateTagger::matchRelativeDay(const DateCursor &c) const
{
    // today / yesterday / tomorrow (+ morning); tonight; this morning; the day before yesterday
    using Kind = TimexSpec::Kind;
    const int k = c.k;
    if (c.k0 == QLatin1String("day")
        && (c.key(k + 1) == QLatin1String("before") || c.key(k + 1) == QLatin1String("after"))) {
        const int base = numberIn(m_relative_days, c.key(k + 2), 99);
        if (base == -1 || base == 1) {
            TimexSpec spec;
            spec.kind = Kind::RelativeDay;
            spec.offset = base + (c.key(k + 1) == QLatin1String("before") ? -1 : 1);
            const int first = c.prev == QLatin1String("the") ? k - 1 : k;
            return c.finishFrom(first, k + 3, QStringLiteral("DATE"), spec, "relative-day");
        }
        const QString &then = c.key(k + 2);
        const bool dateFollows = numberIn(m_direction, then, 99) != 99 || numberIn(m_weekdays, then, 0) > 0
            || c.month(k + 2) > 0 || c.isNum(k + 2);
        if (c.prev == QLatin1String("the") && base == 99 && !dateFollows && !then.endsWith(QLatin1String("ing"))
            && (k < 2 || c.t.at(k - 2).key != QLatin1String("in"))) {
            // "the day after the closure": the day after the last date given; not "later in the
            // day before leaving", nor "the day before last Tuesday" (the date after it tells).
            TimexSpec spec;
            spec.kind = Kind::Anchored;
            spec.offset = c.key(k + 1) == QLatin1String("before") ? -1 : 1;
            spec.unit = QStringLiteral("D");
            spec.amount = 1;
            return c.finishFrom(k - 1, k + 1, QStringLiteral("DATE"), spec, "anchored");
        }
    }
    if (c.k0 == QLatin1String("this") && m_dayPartCodes.contains(c.key(k + 1))) {
        TimexSpec spec;
        spec.kind = Kind::RelativeDay;
        spec.literal = m_dayPartCodes.value(c.key(k + 1));
        return c.finish(k + 2, QStringLiteral("TIME"), spec, "day-part");
    }
    const int rel = numberIn(m_relative_days, c.k0, 99);
    if (rel == 99) {
        return TryNext;
    }
    TimexSpec spec;
    spec.kind = Kind::RelativeDay;
    spec.offset = rel;
    int last = k + 1;
    if (m_dayPartCodes.contains(c.k0)) {
        spec.literal = m_dayPartCodes.value(c.k0);
    }
    if (m_dayPartCodes.contains(c.key(last))) {
        spec.literal = m_dayPartCodes.value(c.key(last));
        ++last;
    }
    return c.finish(last,
                    spec.literal.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"),
                    spec,
                    "relative-day");
}

int DateTagger::matchSameUnit(const DateCursor &c) const
{
    using Kind = TimexSpec::Kind;
    // "that day", "that same day", "earlier that day", "later that year", "the same week": the day,
    // week, month or year of the last date given.
    const int k = c.k;
    const bool same = c.prev == QLatin1String("same");
    const int that = same ? k - 2 : k - 1;
    if (that < 0 || c.k0.endsWith(QLatin1Char('s'))
        || !(c.t.at(that).key == QLatin1String("that") || (same && c.t.at(that).key == QLatin1String("the")))
        || c.seg.sentenceOfToken.value(that, -1) != c.seg.sentenceOfToken.value(k, -2)) {
        return TryNext;
    }
    const QString part = m_dayPartCodes.value(c.k0); // "later that night"
    const QString unit = part.isEmpty() ? m_knowledge.unit(c.k0) : QStringLiteral("D");
    if (unit == QLatin1String("D") || unit == QLatin1String("W") || unit == QLatin1String("M")
        || unit == QLatin1String("Y")) {
        const bool lead = that > 0 && numberIn(m_anchor_direction, c.t.at(that - 1).key, 0) != 0
            && c.t.at(that).key == QLatin1String("that")
            && c.seg.sentenceOfToken.value(that - 1, -1) == c.seg.sentenceOfToken.value(k, -2);
        TimexSpec spec;
        spec.kind = Kind::Anchored;
        spec.offset = 0;
        spec.unit = unit;
        spec.amount = 1;
        spec.literal = part;
        return c.finishFrom(lead ? that - 1 : that,
                            k + 1,
                            part.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"),
                            spec,
                            "anchored-same");
    }
    return TryNext;
}

int DateTagger::matchRelativeUnit(const DateCursor &c) const
{
    using Kind = TimexSpec::Kind;
    const int k = c.k;
    // "the following day", "the next day", "the previous week": counted from the last date given.
    if (c.prev == QLatin1String("the") && numberIn(m_anchor_direction, c.k0, 0) != 0 && k + 1 < c.end) {
        // "the next morning": the next day's part.
        const QString part = m_dayPartCodes.value(c.key(k + 1));
        const QString unit = part.isEmpty() ? m_knowledge.unit(c.key(k + 1)) : QStringLiteral("D");
        if (unit == QLatin1String("D") || unit == QLatin1String("W") || unit == QLatin1String("M")
            || unit == QLatin1String("Y")) {
            TimexSpec spec;
            spec.kind = Kind::Anchored;
            spec.offset = numberIn(m_anchor_direction, c.k0, 0);
            spec.unit = unit;
            spec.amount = 1;
            spec.literal = part;
            return c.finishFrom(k - 1,
                                k + 2,
                                part.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"),
                                spec,
                                "anchored");
        }
    }
    // earlier/later this month; next/last/this week, month, year, weekday, month name, season, quarter
    int j = k;
    if ((c.k0 == QLatin1String("earlier") || c.k0 == QLatin1String("later")) && c.key(k + 1) == QLatin1String("this")) {
        j = k + 1;
    } else if (c.k0 == QLatin1String("this") && c.key(k + 1) == QLatin1String("past")) {
        j = k + 1; // "this past spring": the last one
    }
    // "earlier in the year", "later in the month": a part of the current one ("later in the day"
    // is as often the day the story told last as the publication day, and is left).
    if ((c.k0 == QLatin1String("earlier") || c.k0 == QLatin1String("later")) && c.key(k + 1) == QLatin1String("in")
        && c.key(k + 2) == QLatin1String("the")) {
        const QString unit = m_knowledge.unit(c.key(k + 3));
        if ((unit == QLatin1String("W") || unit == QLatin1String("M") || unit == QLatin1String("Y"))
            && !c.key(k + 3).endsWith(QLatin1Char('s'))) {
            TimexSpec spec;
            spec.kind = Kind::RelativeUnit;
            spec.unit = unit;
            return c.finish(k + 4, QStringLiteral("DATE"), spec, "part-of-unit");
        }
    }
    const int direction = numberIn(m_direction, c.key(j), 99);
    if (direction == 99 || j + 1 >= c.end) {
        return TryNext;
    }
    const QString w = c.key(j + 1);
    TimexSpec spec;
    spec.offset = direction;
    // "the current fiscal year", "next fiscal year": the year of the accounts, counted as a year.
    if (m_fiscalWords.contains(w) && c.yearWordAt(j + 2) && c.key(j) != QLatin1String("past")
        && c.key(j) != QLatin1String("following")) {
        spec.kind = Kind::RelativeUnit;
        spec.unit = QStringLiteral("Y");
        const int first = c.prev == QLatin1String("the") && j == k ? k - 1 : k;
        return c.finishFrom(first, j + 3, QStringLiteral("DATE"), spec, "relative-fiscal-year");
    }
    const QString unit = m_knowledge.unit(w);
    const int wd = numberIn(m_weekdays, w);
    const int mo = c.t.at(j + 1).is(Token::Upper) ? numberIn(m_months, w) : -1;
    const int season = numberIn(m_seasons, w);
    const bool thisPast = c.k0 == QLatin1String("this") && j == k + 1;
    if ((c.key(j) == QLatin1String("past") && !thisPast) || c.key(j) == QLatin1String("following")) {
        if (!unit.isEmpty() && unit != QLatin1String("WE")) {
            spec.kind = Kind::Duration;
            spec.amount = 1;
            spec.unit = unit;
            return c.finish(j + 2, QStringLiteral("DURATION"), spec, "past-unit");
        }
        // "in the past" alone is a reference, found below.
    } else if (wd > 0) {
        spec.weekday = wd;
        const int anchored = numberIn(m_anchor_direction, c.key(j), 0);
        if (anchored != 0 && j == k && c.prev == QLatin1String("the")) {
            // "the previous Friday", "the following Monday": counted from the last date given.
            spec.kind = Kind::Anchored;
            spec.unit = QStringLiteral("WD");
            spec.offset = anchored;
            return c.finishFrom(k - 1, j + 2, QStringLiteral("DATE"), spec, "anchored-weekday");
        }
        spec.kind = Kind::Weekday;
        return c.finish(j + 2, QStringLiteral("DATE"), spec, "relative-weekday");
    } else if (direction < 0 && j == k && c.prev != QLatin1String("the") && m_dayParts.contains(w)) {
        // "last night": yesterday's (the previous night of a story is counted from its own day).
        spec.kind = Kind::RelativeDay;
        spec.literal = m_dayPartCodes.value(w);
        return c.finish(j + 2, QStringLiteral("TIME"), spec, "relative-day");
    } else if (mo > 0) {
        spec.kind = Kind::Calendar;
        spec.month = mo;
        spec.offset = direction == 0 ? 99 : direction; // 99: this year's
        return c.finish(j + 2, QStringLiteral("DATE"), spec, "relative-month");
    } else if (season > 0) {
        spec.kind = Kind::Season;
        spec.month = season;
        return c.finish(j + 2, QStringLiteral("DATE"), spec, "relative-season");
    } else if (!unit.isEmpty() && unit != QLatin1String("TH") && unit != QLatin1String("TM")) {
        if (c.key(j) == QLatin1String("coming") && w.endsWith(QLatin1Char('s'))) {
            // "in the coming weeks": an open stretch ahead, as "recent weeks" is one behind.
            spec.kind = Kind::Duration;
            spec.amount = -1;
            spec.unit = unit;
            spec.offset = 0;
            return c.finish(j + 2, QStringLiteral("DURATION"), spec, "coming-units");
        }
        spec.kind = Kind::RelativeUnit;
        spec.unit = unit;
        return c.finish(j + 2, QStringLiteral("DATE"), spec, "relative-unit");
    }
    return TryNext;
}

int DateTagger::matchPeriod(const DateCursor &c) const
{
    using Kind = TimexSpec::Kind;
    const int k = c.k;
    const auto &t = c.t;
    // The weekend, a quarter, a season alone
    if (c.k0 == QLatin1String("weekend") && (c.prev == QLatin1String("the") || c.prev == QLatin1String("this"))) {
        TimexSpec spec;
        spec.kind = Kind::RelativeUnit;
        spec.unit = QStringLiteral("WE");
        return c.finishFrom(k - 1, k + 1, QStringLiteral("DATE"), spec, "weekend");
    }
    const bool hyphenQuarter = c.key(k + 1) == QLatin1String("-") && c.key(k + 2) == QLatin1String("quarter");
    if (const int q = numberIn(m_ordinals, c.k0, 0);
        q >= 1 && q <= 4 && (c.key(k + 1) == QLatin1String("quarter") || hyphenQuarter)) {
        TimexSpec spec;
        spec.kind = Kind::Quarter;
        spec.month = q;
        int last = hyphenQuarter ? k + 3 : k + 2;
        if (c.key(last) == QLatin1String("of") && c.yearAt(last + 1)) {
            spec.year = c.yearAt(last + 1);
            last += 2;
        }
        // "the 1988 third quarter", "the year-ago third quarter"; "the first quarter": the article
        // belongs to the expression, as TimeML marks it.
        int first = k;
        if (k >= 1 && c.yearAt(k - 1)) {
            spec.year = c.yearAt(k - 1);
            first = k - 1;
        } else if (k >= 3 && m_yearAgoWords.contains(t.at(k - 1).key) && t.at(k - 2).key == QLatin1String("-")
                   && t.at(k - 3).key == QLatin1String("year")) {
            spec.offset = -1;
            first = k - 3;
        }
        if (first >= 1 && t.at(first - 1).key == QLatin1String("the")) {
            --first;
        }
        return c.finishFrom(first, last, QStringLiteral("DATE"), spec, "quarter");
    }

    // "the first half of 1990", "the second half of the year": a half year.
    if (const int half = numberIn(m_halves, c.k0, 0); half > 0 && c.key(k + 1) == QLatin1String("half")) {
        return halfYear(c, half);
    }
    // "year-earlier results", "the year-ago period": the same period a year back.
    if (c.k0 == QLatin1String("year") && c.key(k + 1) == QLatin1String("-") && m_yearAgoWords.contains(c.key(k + 2))
        && c.key(k + 3) != QLatin1String("quarter") && numberIn(m_ordinals, c.key(k + 3), 0) == 0) {
        TimexSpec spec;
        spec.kind = Kind::Ago;
        spec.unit = QStringLiteral("Y");
        spec.amount = 1;
        int last = k + 3;
        const bool period = m_periodWords.contains(c.key(last));
        if (period) {
            ++last;
        }
        const int first = period && c.prev == QLatin1String("the") ? k - 1 : k;
        return c.finishFrom(first, last, QStringLiteral("DATE"), spec, "year-ago");
    }

    // "the quarter", "the latest quarter": the reporting period just closed.
    const bool yearAgoQuarter = c.k0 == QLatin1String("quarter") && k >= 3 && m_yearAgoWords.contains(c.prev)
        && t.at(k - 2).key == QLatin1String("-") && t.at(k - 3).key == QLatin1String("year");
    // "the latest period" in a report of results is its quarter too; "the period" alone is not.
    const bool latestPeriod = c.k0 == QLatin1String("period") && m_latestWords.contains(c.prev)
        && c.prev != QLatin1String("last") && k >= 2 && t.at(k - 2).key == QLatin1String("the");
    if ((c.k0 == QLatin1String("quarter") || latestPeriod)
        && (c.prev == QLatin1String("the") || m_latestWords.contains(c.prev) || yearAgoQuarter)) {
        TimexSpec spec;
        spec.kind = Kind::Quarter;
        spec.offset = yearAgoQuarter ? -1 : 0; // "the year-ago quarter"
        int first = yearAgoQuarter ? k - 3 : k - 1;
        if (c.prev != QLatin1String("the") && first >= 1 && t.at(first - 1).key == QLatin1String("the")) {
            --first;
        }
        return c.finishFrom(first, k + 1, QStringLiteral("DATE"), spec, "quarter");
    }
    // "the past" alone
    if (c.k0 == QLatin1String("past") && c.prev == QLatin1String("the") && m_knowledge.unit(c.key(k + 1)).isEmpty()
        && numberIn(m_numbers, c.key(k + 1), 0) == 0 && !c.isNum(k + 1)) {
        TimexSpec spec;
        spec.kind = Kind::Reference;
        spec.literal = QStringLiteral("PAST_REF");
        return c.finishFrom(k - 1, k + 1, QStringLiteral("DATE"), spec, "reference");
    }
    return TryNext;
}

int DateTagger::halfYear(const DateCursor &c, int half) const
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Quarter;
    spec.unit = QStringLiteral("H");
    spec.month = half;
    int last = c.k + 2;
    if (c.key(last) == QLatin1String("of")) {
        if (const int year = c.yearAt(last + 1)) {
            spec.year = year;
            last += 2;
        } else if (const int direction = numberIn(m_direction, c.key(last + 1), 99);
                   direction != 99 && c.key(last + 1) != QLatin1String("past") && c.yearWordAt(last + 2)) {
            spec.offset = direction; // "of next year", "of this year"
            last += 3;
        } else if (c.key(last + 1) == QLatin1String("the") && c.yearWordAt(last + 2)) {
            last += 3; // "of the year"
        }
    }
    if (last == c.k + 2) {
        return TryNext; // "the first half" alone is as often a match's as a year's
    }
    const int first = c.prev == QLatin1String("the") ? c.k - 1 : c.k;
    return c.finishFrom(first, last, QStringLiteral("DATE"), spec, "half-year");
}

int DateTagger::matchSet(const DateCursor &c) const
{
    using Kind = TimexSpec::Kind;
    const int k = c.k;
    // Plural weekdays repeat: "on Mondays" -> XXXX-WXX-1
    if (c.k0.endsWith(QLatin1Char('s')) && c.t.at(k).is(Token::Upper)) {
        const int wd = numberIn(m_weekdays, c.k0.chopped(1));
        if (wd > 0) {
            TimexSpec spec;
            spec.kind = Kind::Set;
            spec.literal = QStringLiteral("XXXX-WXX-%1").arg(wd);
            return c.finish(k + 1, QStringLiteral("SET"), spec, "set-weekday");
        }
    }
    // Sets: every Monday, each week, annually
    if (m_setWords.contains(c.k0) && k + 1 < c.end) {
        const QString w = c.key(k + 1);
        const int wd = numberIn(m_weekdays, w);
        TimexSpec spec;
        spec.kind = Kind::Set;
        if (wd > 0) {
            spec.literal = QStringLiteral("XXXX-WXX-%1").arg(wd);
            if (m_dayParts.contains(c.key(k + 2))) { // "every Sunday morning": XXXX-WXX-7TMO
                spec.literal += QLatin1Char('T') + m_dayPartCodes.value(c.key(k + 2));
                return c.finish(k + 3, QStringLiteral("SET"), spec, "set-weekday");
            }
            return c.finish(k + 2, QStringLiteral("SET"), spec, "set-weekday");
        }
        if (m_dayParts.contains(w)) { // "every morning": XXXX-XX-XXTMO
            spec.literal = QStringLiteral("XXXX-XX-XXT") + m_dayPartCodes.value(w);
            return c.finish(k + 2, QStringLiteral("SET"), spec, "set-day-part");
        }
        if (const int season = numberIn(m_seasons, w); season > 0) { // "each summer": XXXX-SU
            spec.literal = QStringLiteral("XXXX-")
                + m_knowledge.dateRules()
                      .value(QLatin1String("season_codes"))
                      .toObject()
                      .value(QString::number(season))
                      .toString();
            return c.finish(k + 2, QStringLiteral("SET"), spec, "set-season");
        }
        const QJsonObject nouns = m_knowledge.dateRules().value(QLatin1String("set_noun_values")).toObject();
        if (nouns.contains(w)) { // "each season"
            spec.literal = nouns.value(w).toString();
            return c.finish(k + 2, QStringLiteral("SET"), spec, "set-season");
        }
        if (const int mo = c.month(k + 1); mo > 0) { // "each July": XXXX-07
            spec.literal = QStringLiteral("XXXX-%1").arg(mo, 2, 10, QLatin1Char('0'));
            return c.finish(k + 2, QStringLiteral("SET"), spec, "set-month");
        }
        const QString unit = m_knowledge.unit(w);
        if (!unit.isEmpty() && unit != QLatin1String("WE")) {
            spec.literal = everyUnit(unit);
            return c.finish(k + 2, QStringLiteral("SET"), spec, "set");
        }
    }
    if (!m_setAdverbKeys.mayContain(c.k0)) {
        return TryNext;
    }
    if (const auto adverb = m_setAdverbs.constFind(c.k0); adverb != m_setAdverbs.cend()) {
        TimexSpec spec;
        spec.kind = Kind::Set;
        spec.literal = adverb.value();
        return c.finish(k + 1, QStringLiteral("SET"), spec, "set-adverb");
    }
    return TryNext;
}

int DateTagger::matchReference(const DateCursor &c) const
{
    // References: now, recently, soon; "the future"
    using Kind = TimexSpec::Kind;
    if (m_presentRef.contains(c.k0) || m_pastRef.contains(c.k0) || m_futureRef.contains(c.k0)) {
        TimexSpec spec;
        spec.kind = Kind::Reference;
        spec.literal = m_presentRef.contains(c.k0)
            ? QStringLiteral("PRESENT_REF")
            : (m_pastRef.contains(c.k0) ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF"));
        return c.finish(c.k + 1, QStringLiteral("DATE"), spec, "reference");
    }
    if (c.k0 == QLatin1String("future") && c.prev == QLatin1String("the")) {
        TimexSpec spec;
        spec.kind = Kind::Reference;
        spec.literal = QStringLiteral("FUTURE_REF");
        return c.finishFrom(c.k - 1, c.k + 1, QStringLiteral("DATE"), spec, "reference");
    }
    return TryNext;
}

} // namespace Readout
