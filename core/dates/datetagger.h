// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../extract/textsegmenter.h"
#include "../knowledge/wordset.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

namespace Readout
{

class DateCursor;
class KnowledgeBase;

/// What a temporal expression says before it is anchored: the fields it states and how the rest
/// must be found. Produced by DateTagger, turned into a TIMEX3 value by DateResolver.
struct TimexSpec {
    enum class Kind {
        Calendar, ///< year/month/day as stated; missing year resolved by tense
        Weekday,
        RelativeDay, ///< today, yesterday, tomorrow: offset days
        RelativeUnit, ///< next/last/this week, month, year, weekend, quarter
        Duration,
        Ago, ///< "three days ago"
        Decade, ///< a decade ("199") or a century ("19"): the literal is the value
        Season,
        Quarter,
        Reference, ///< PRESENT_REF, PAST_REF, FUTURE_REF
        Set,
        Holiday,
        Anchored, ///< "the following day", "two days later": offset from the last date mentioned
    };
    Kind kind = Kind::Calendar;
    int year = 0; ///< 0 = not stated
    int month = 0;
    int day = 0;
    int weekday = 0; ///< 1 = Monday
    int offset = 0; ///< direction for relative forms, days for RelativeDay
    double amount = 0; ///< durations
    QString unit; ///< TIMEX unit letter: Y, M, W, D, TH, TM, DE, CE, Q, WE
    QString literal; ///< ready value for references and sets, holiday rule for holidays
    QString time; ///< time of day added to a calendar day: "22:00", or a day part "NI", "MO"
};

/// A temporal expression found in the text: tokens [firstToken, lastToken) and what it says.
struct TimexMatch {
    int firstToken = 0;
    int lastToken = 0;
    QString timexType; ///< DATE, TIME, DURATION, SET
    TimexSpec spec;
    QString rule; ///< the step of the tagger that matched ("clock-time", "month-day-year"); Entity::rule
    QString mod; ///< TIMEX3 mod of a modifier the span keeps: "early 1990" START, "nearly two years" LESS_THAN
};

/// Stage 4a: finds temporal expressions with rules over tokens; the vocabulary (month and weekday
/// names, numbers, units, relative words) comes from resources/rules/dates.json and holidays.tsv.
class DateTagger
{
public:
    explicit DateTagger(const KnowledgeBase &knowledge);
    [[nodiscard]] QVector<TimexMatch> tag(const QString &text, const Segmentation &segmentation) const;

private:
    friend class DateCursor;
    /// What a step returns when the expression is not its kind: matchAt() tries the next step.
    static constexpr int TryNext = -1;

    /// The time of day a token states ("10" before "p.m.", "7:15am", "noon") as "HH:MM", or "".
    [[nodiscard]] QString clockTimeAt(const Segmentation &seg, int k, int end) const;
    /// "7:15am", "10pm": a number with its half of the day glued on.
    [[nodiscard]] static bool isTimeWithSuffix(const QString &key);
    /// The expression starting at token k (the length matched, 0 when none): the steps below in
    /// turn, the first that answers deciding.
    [[nodiscard]] int matchAt(const Segmentation &seg, int k, int end, TimexMatch *out) const;
    /// TimeML's extent: the words before a match that belong to it, from token `from` on at most
    /// ("early" in "early 1990", "nearly" in "nearly two years", "the past" in "the past two months").
    void widen(const Segmentation &seg, int from, TimexMatch *m) const;
    /// The modifier phrase of `mods` (its words joined by spaces) that ends right before token
    /// `before` and starts at `from` or later: its first token (its value in *value), or -1.
    [[nodiscard]] static int phraseBefore(const Segmentation &seg,
                                          int from,
                                          int before,
                                          const QHash<QString, QString> &mods,
                                          QString *value = nullptr);

    // The steps of matchAt(), in the order it tries them. Each returns the length it matched, 0 when
    // no expression may start at the cursor, or TryNext; a match names its rule in TimexMatch::rule.
    // datetagger.cpp: a time of day, a weekday.
    [[nodiscard]] int matchClockTime(const DateCursor &c) const;
    [[nodiscard]] int matchWeekday(const DateCursor &c) const;
    // datecalendarsteps.cpp: what a calendar states, a month, a day, a year, a season, a holiday.
    [[nodiscard]] int matchMonth(const DateCursor &c) const;
    [[nodiscard]] int matchNumericDate(const DateCursor &c) const;
    [[nodiscard]] int matchCentury(const DateCursor &c) const;
    [[nodiscard]] int matchDecadeWord(const DateCursor &c) const;
    [[nodiscard]] int matchCoordinatedDay(const DateCursor &c) const;
    [[nodiscard]] int matchFiscalYear(const DateCursor &c) const;
    [[nodiscard]] int matchPeriodEdge(const DateCursor &c) const;
    [[nodiscard]] int matchSameUnit(const DateCursor &c) const;
    // daterelativesteps.cpp: amounts of units, days and periods counted from now or from another date.
    [[nodiscard]] int matchCountedUnit(const DateCursor &c) const;
    [[nodiscard]] int matchBareUnit(const DateCursor &c) const;
    /// "a year" after a count or a frequency ("$5 a year", "twice a day") is a rate, no duration.
    [[nodiscard]] bool isRateAt(const DateCursor &c) const;
    [[nodiscard]] int matchRelativeDay(const DateCursor &c) const;
    // datecalendarsteps.cpp
    [[nodiscard]] int matchSeason(const DateCursor &c) const;
    // daterelativesteps.cpp
    [[nodiscard]] int matchRelativeUnit(const DateCursor &c) const;
    [[nodiscard]] int matchPeriod(const DateCursor &c) const;
    /// "the first half of 1990", "the second half of the year": YYYY-H1/H2, the year by tense when
    /// not given.
    [[nodiscard]] int halfYear(const DateCursor &c, int half) const;
    [[nodiscard]] int matchSet(const DateCursor &c) const;
    [[nodiscard]] int matchReference(const DateCursor &c) const;
    // datecalendarsteps.cpp
    [[nodiscard]] int matchHoliday(const DateCursor &c) const;
    [[nodiscard]] int matchYear(const DateCursor &c) const;

    const KnowledgeBase &m_knowledge;
    QHash<QString, QString> m_pointModifiers; ///< dates.json point_modifiers: "early" START
    QHash<QString, QString> m_amountModifiers; ///< dates.json amount_modifiers: "at least" EQUAL_OR_MORE
    QHash<QString, QString> m_durationLeads; ///< dates.json duration_leads ("the past"), no mod
    WordSet m_starters; ///< keys that can begin an expression (numbers aside)
    /// A number map of dates.json with a KeyFilter: most tokens are in none of them.
    struct NumberMap {
        QHash<QString, int> values;
        KeyFilter keys;
    };
    NumberMap m_months;
    NumberMap m_weekdays;
    NumberMap m_numbers;
    NumberMap m_ordinals;
    NumberMap m_relative_days;
    NumberMap m_direction;
    NumberMap m_seasons;
    NumberMap m_anchor_direction;
    NumberMap m_decadeWords; ///< "nineties" 9
    NumberMap m_halves; ///< "first" 1, "second" 2, "last" 2 before "half"
    // The word sets matchAt() reads, looked up by name once.
    const WordSet &m_timeZones;
    const WordSet &m_dayParts;
    const WordSet &m_rateWords;
    const WordSet &m_bareUnitContext;
    const WordSet &m_bareUnitAfter;
    const WordSet &m_periodEdges;
    const WordSet &m_fiscalWords;
    const WordSet &m_yearQualifiers;
    const WordSet &m_singularNounsInS;
    const WordSet &m_seasonLeads;
    const WordSet &m_ambiguousSeasons;
    const WordSet &m_unitModifiers;
    const WordSet &m_articleCounts;
    const WordSet &m_ageWords;
    const WordSet &m_yearAgoWords;
    const WordSet &m_periodWords;
    const WordSet &m_latestWords;
    const WordSet &m_setWords;
    const WordSet &m_presentRef;
    const WordSet &m_pastRef;
    const WordSet &m_futureRef;
    QHash<QString, QString> m_clockWords; ///< "noon" -> "12:00"
    QHash<QString, QString> m_dayPartCodes; ///< "morning" -> "MO"
    KeyFilter m_clockKeys; ///< the keys of m_clockWords
    /// dates.json set_adverb_values ("weekly" -> P1W), read once: matchSet() asks at most tokens.
    QHash<QString, QString> m_setAdverbs;
    KeyFilter m_setAdverbKeys; ///< the keys of m_setAdverbs
    QHash<QString, QString> m_timeSuffixes; ///< "p.m." -> "pm"
};

} // namespace Readout
