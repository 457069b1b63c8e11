// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateresolver.h"

#include "../knowledge/knowledgebase.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Readout
{

namespace
{

QString isoWeek(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

QString ymd(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

QString ym(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QDate easter(int year, bool orthodox)
{
    if (orthodox) {
        // Meeus' Julian algorithm, converted to the Gregorian calendar (valid 1900-2099).
        const int a = year % 4, b = year % 7, c = year % 19;
        const int d = (19 * c + 15) % 30;
        const int e = (2 * a + 4 * b - d + 34) % 7;
        const int month = (d + e + 114) / 31;
        const int day = ((d + e + 114) % 31) + 1;
        return QDate(year, month, day).addDays(13);
    }
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QDate holidayIn(const QString &rule, int year)
{
    if (rule == QLatin1String("easter")) {
        return easter(year, false);
    }
    if (rule == QLatin1String("orthodox-easter")) {
        return easter(year, true);
    }
    if (rule.startsWith(QLatin1String("nth-weekday:"))) {
        const QStringList p = rule.split(QLatin1Char(':'));
        if (p.size() != 4) {
            return {};
        }
        const int month = p.at(1).toInt(), nth = p.at(2).toInt(), weekday = p.at(3).toInt();
        QDate d(year, month, 1);
        while (d.dayOfWeek() != weekday) {
            d = d.addDays(1);
        }
        return d.addDays(7 * (nth - 1));
    }
    const QStringList md = rule.split(QLatin1Char('-'));
    return md.size() == 2 ? QDate(year, md.at(0).toInt(), md.at(1).toInt()) : QDate();
}

/// Picks the year for a month(-day) without one: forward for future tense, back for past, else nearest.
int chooseYear(const QDate &dct, int month, int day, DateResolver::Tense tense, int monthsAhead)
{
    const int y = dct.year();
    auto key = [](int m, int d) {
        return m * 100 + d;
    };
    const int here = key(dct.month(), day > 0 ? dct.day() : 0);
    const int there = key(month, day);
    switch (tense) {
    case DateResolver::Tense::Future:
        return there >= here ? y : y + 1;
    case DateResolver::Tense::Past:
        return there <= here ? y : y - 1;
    case DateResolver::Tense::None:
        break;
    }
    // Without tense, the nearest occurrence in a window that reaches further back than ahead: news
    // reports what happened, and an event months away is announced with a future verb.
    const int diff = month - dct.month();
    if (diff > monthsAhead) {
        return y - 1;
    }
    if (diff < monthsAhead - 12) {
        return y + 1;
    }
    return y;
}

/// "a year ago" counted back n years from a year value; in a text whose last reference period is a
/// quarter ("third-quarter profit ... a year ago"), the same quarter n years back, as TimeBank marks it.
QString yearsBefore(const QString &year, int n, const QString &lastQuarter)
{
    if (lastQuarter.size() == 7 && lastQuarter.at(5) == QLatin1Char('Q')) {
        return QStringLiteral("%1-Q%2").arg(lastQuarter.left(4).toInt() - n).arg(lastQuarter.at(6));
    }
    return QString::number(year.toInt() - n);
}

/// "2 1/2 years" is P2Y6M, "half an hour" PT30M: TimeML writes a fraction of a unit in the unit
/// below it when that gives whole numbers (years in months, days in hours, hours in minutes,
/// minutes in seconds); "" when it does not ("1.5 weeks" stays P1.5W).
QString fractionInLowerUnit(double amount, const QString &unit)
{
    struct Lower {
        const char *unit;
        int per;
        const char *lower;
    };
    static constexpr Lower lowers[] = {{"Y", 12, "M"}, {"D", 24, "H"}, {"TH", 60, "M"}, {"TM", 60, "S"}};
    const double whole = std::floor(amount);
    for (const Lower &l : lowers) {
        const double rest = (amount - whole) * l.per;
        if (unit != QLatin1String(l.unit) || std::abs(rest - std::round(rest)) > 1e-9) {
            continue;
        }
        const bool time = unit.startsWith(QLatin1Char('T'));
        const QString big = whole > 0 ? QString::number(qint64(whole)) + unit.right(1) : QString();
        const QString small = QString::number(qint64(std::round(rest))) + QLatin1String(l.lower);
        if (unit == QLatin1String("D")) {
            return QStringLiteral("P") + big + QStringLiteral("T") + small; // P1DT12H
        }
        return (time ? QStringLiteral("PT") : QStringLiteral("P")) + big + small;
    }
    return {};
}

QString durationValue(double amount, const QString &unit)
{
    if (amount > 0 && std::floor(amount) != amount) {
        if (const QString lower = fractionInLowerUnit(amount, unit); !lower.isEmpty()) {
            return lower;
        }
    }
    QString number;
    if (amount < 0) {
        number = QStringLiteral("X");
    } else if (std::floor(amount) == amount) {
        number = QString::number(qint64(amount));
    } else {
        number = QString::number(amount, 'g', 4);
    }
    if (unit == QLatin1String("2W")) {
        return QStringLiteral("P") + (amount < 0 ? number : QString::number(amount * 2)) + QStringLiteral("W");
    }
    if (unit.startsWith(QLatin1Char('T'))) {
        return QStringLiteral("PT") + number + unit.mid(1);
    }
    return QStringLiteral("P") + number + unit;
}

using Tense = DateResolver::Tense;

/// A calendar date, its year chosen when the text gives none ("last February", "April 25").
QString calendarValue(const TimexSpec &spec, const QDate &dct, Tense tense, int monthsAhead)
{
    if (spec.month == 0) {
        return QString::number(spec.year);
    }
    // "last February" is the previous year's, "next May" the next year's, "this June" this year's.
    int year = spec.year;
    if (year == 0 && (spec.offset == -1 || spec.offset == 1)) {
        // "last April": the latest April before this month; "next May": the first after it.
        year = dct.year();
        if (spec.offset < 0 && spec.month >= dct.month()) {
            --year;
        } else if (spec.offset > 0 && spec.month <= dct.month()) {
            ++year;
        }
    } else if (year == 0 && spec.offset != 0 && spec.offset != 99) {
        year = dct.year() + spec.offset;
    } else if (year == 0 && spec.offset == 99) {
        year = dct.year();
    } else if (year == 0) {
        year = chooseYear(dct, spec.month, spec.day, tense, monthsAhead);
        // "Saturday, April 25": the stated weekday names the year, the nearest one where it fits.
        if (spec.weekday > 0 && spec.day > 0 && QDate(year, spec.month, spec.day).dayOfWeek() != spec.weekday) {
            for (const int candidate : {dct.year(), dct.year() - 1, dct.year() + 1}) {
                if (QDate(candidate, spec.month, spec.day).dayOfWeek() == spec.weekday) {
                    year = candidate;
                    break;
                }
            }
        }
    }
    if (spec.day > 0) {
        const QDate d(year, spec.month, spec.day);
        return d.isValid() ? ymd(d) : QString();
    }
    return ym(year, spec.month);
}

/// Counted from the last date the text gave ("two days later", "the following week").
QString anchoredValue(const TimexSpec &spec, const QDate &dct, const QDate &anchor, const QString &lastQuarter)
{
    const QDate base = anchor.isValid() ? anchor : dct;
    const int n = spec.offset * std::max(1, int(spec.amount));
    if (spec.unit == QLatin1String("WD")) { // the weekday before or after the reference day
        QDate d = base.addDays(spec.offset);
        while (d.dayOfWeek() != spec.weekday) {
            d = d.addDays(spec.offset);
        }
        return ymd(d);
    }
    if (spec.unit == QLatin1String("D")) {
        return ymd(base.addDays(spec.offset * (spec.amount > 0 ? int(spec.amount) : 1)));
    }
    if (spec.unit == QLatin1String("W")) {
        return isoWeek(base.addDays(7 * n));
    }
    if (spec.unit == QLatin1String("M")) {
        const QDate d = base.addMonths(n);
        return ym(d.year(), d.month());
    }
    if (spec.unit == QLatin1String("Y")) {
        return yearsBefore(QString::number(base.year()), -n, lastQuarter);
    }
    return {};
}

/// Counted back from the publication date ("three weeks ago").
QString agoValue(const TimexSpec &spec, const QDate &dct, const QString &lastQuarter)
{
    if (spec.amount < 0) {
        return QStringLiteral("PAST_REF"); // "several years ago"
    }
    const int n = int(spec.amount);
    if (spec.unit == QLatin1String("D")) {
        return ymd(dct.addDays(-n));
    }
    if (spec.unit == QLatin1String("W")) {
        return isoWeek(dct.addDays(-7 * n));
    }
    if (spec.unit == QLatin1String("M")) {
        const QDate d = dct.addMonths(-n);
        return ym(d.year(), d.month());
    }
    if (spec.unit == QLatin1String("Y")) {
        return yearsBefore(QString::number(dct.year()), n, lastQuarter);
    }
    if (spec.unit == QLatin1String("DE")) {
        return QString::number((dct.year() - 10 * n) / 10);
    }
    return QStringLiteral("PAST_REF");
}

/// "the first half of 1990"; without a year, this year's unless the tense says the half is
/// another year's ("the second half" in a past-tense report of March is last year's).
QString halfValue(const TimexSpec &spec, const QDate &dct, Tense tense)
{
    int year = spec.year;
    if (year == 0) {
        const int current = dct.month() <= 6 ? 1 : 2;
        year = dct.year() + spec.offset;
        if (spec.offset == 0 && tense == Tense::Past && spec.month > current) {
            --year;
        } else if (spec.offset == 0 && tense == Tense::Future && spec.month < current) {
            ++year;
        }
    }
    return QStringLiteral("%1-H%2").arg(year).arg(spec.month);
}

/// This, next or last week, month, year, quarter, decade; "the weekend".
QString relativeUnitValue(const TimexSpec &spec, const QDate &dct, Tense tense)
{
    const int o = spec.offset;
    if (spec.unit == QLatin1String("W")) {
        return isoWeek(dct.addDays(7 * o));
    }
    if (spec.unit == QLatin1String("WE")) {
        // "the weekend" in past tense on a weekday: the one just gone.
        const int back = (o == 0 && tense != Tense::Future && dct.dayOfWeek() < 6) ? -1 : 0;
        return isoWeek(dct.addDays(7 * (o + back))) + QStringLiteral("-WE");
    }
    if (spec.unit == QLatin1String("M")) {
        const QDate d = dct.addMonths(o);
        return ym(d.year(), d.month());
    }
    if (spec.unit == QLatin1String("Y")) {
        return QString::number(dct.year() + o);
    }
    if (spec.unit == QLatin1String("Q")) {
        int q = (dct.month() - 1) / 3 + 1 + o;
        int y = dct.year();
        while (q < 1) {
            q += 4;
            --y;
        }
        while (q > 4) {
            q -= 4;
            ++y;
        }
        return QStringLiteral("%1-Q%2").arg(y).arg(q);
    }
    if (spec.unit == QLatin1String("DE")) {
        return QString::number(dct.year() / 10 + o);
    }
    if (spec.unit == QLatin1String("D")) {
        return ymd(dct.addDays(o));
    }
    return {};
}

} // namespace

DateResolver::DateResolver(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
    , m_future(knowledge.wordSet(QStringLiteral("future_markers")))
    , m_past(knowledge.wordSet(QStringLiteral("past_markers")))
    , m_reporting(knowledge.wordSet(QStringLiteral("reporting_verbs")))
    , m_auxiliaries(knowledge.wordSet(QStringLiteral("passive_auxiliaries")))
    , m_notTense(knowledge.wordSet(QStringLiteral("marker_phrases_not_tense")))
    , m_clauseBreaks(knowledge.wordSet(QStringLiteral("tense_clause_breaks")))
    , m_futurePhrases(knowledge.wordSet(QStringLiteral("future_marker_phrases")))
    , m_deadlines(knowledge.wordSet(QStringLiteral("deadline_words")))
    , m_markerNouns(knowledge.wordSet(QStringLiteral("future_marker_nouns")))
    , m_nounDeterminers(knowledge.wordSet(QStringLiteral("noun_determiners")))
    , m_partOfMonth(knowledge.wordSet(QStringLiteral("part_of_month")))
    , m_infinitiveLeads(knowledge.wordSet(QStringLiteral("infinitive_leads")))
    , m_originalPlan(knowledge.wordSet(QStringLiteral("original_plan_adverbs")))
    , m_planAuxiliaries(knowledge.wordSet(QStringLiteral("plan_auxiliaries")))
    , m_regularPastSuffixes(knowledge.wordSet(QStringLiteral("regular_past_suffixes")))
    , m_notRegularPast(knowledge.wordSet(QStringLiteral("not_regular_past")))
    , m_countAnchors(knowledge.wordSet(QStringLiteral("count_anchor_words")))
    , m_presentAuxiliaries(knowledge.wordSet(QStringLiteral("present_auxiliaries")))
    , m_forwardVerbs(knowledge.wordSet(QStringLiteral("forward_verbs")))
    , m_forwardDeadlines(knowledge.wordSet(QStringLiteral("forward_deadlines")))
    , m_monthsAhead(knowledge.dateRules().value(QLatin1String("months_ahead_without_tense")).toInt(6))
    , m_regularPastReach(knowledge.dateRules().value(QLatin1String("regular_past_reach")).toInt(6))
    , m_regularPastSuffixList(m_regularPastSuffixes.words().values())
{
}

QString DateResolver::resolve(const TimexSpec &spec,
                              const QDate &dct,
                              Tense tense,
                              const QDate &anchor,
                              const QString &lastQuarter,
                              int anchorYear) const
{
    QDate base = anchor;
    if (spec.kind == TimexSpec::Kind::Anchored && spec.offset == 0 && spec.unit == QLatin1String("Y")
        && anchorYear > 0) {
        base = QDate(anchorYear, 1, 1); // "in June 2019 ... later that year": the last year given
    }
    const QString value = resolveDay(spec, dct, tense, base, lastQuarter);
    if (spec.kind == TimexSpec::Kind::Anchored && !spec.literal.isEmpty() && value.size() == 10) {
        return value + QLatin1Char('T') + spec.literal; // "the next morning"
    }
    // A time of day refines a calendar day: "10 p.m. Wednesday" = ...-11T22:00.
    if (!spec.time.isEmpty() && value.size() == 10) {
        return value + QLatin1Char('T') + spec.time;
    }
    return value;
}

QString DateResolver::resolve(const TimexSpec &spec, const QDate &dct, Tense tense, const References &references) const
{
    const bool months = spec.kind == TimexSpec::Kind::Anchored && spec.unit == QLatin1String("M");
    const QDate anchor = months && references.lastMonth.isValid() ? references.lastMonth : references.lastDay;
    return resolve(spec, dct, tense, anchor, references.lastQuarter, references.lastYear);
}

QString DateResolver::resolveDay(const TimexSpec &spec,
                                 const QDate &dct,
                                 Tense tense,
                                 const QDate &anchor,
                                 const QString &lastQuarter) const
{
    using Kind = TimexSpec::Kind;
    switch (spec.kind) {
    case Kind::Duration: {
        // TIMEX3 values are ISO 8601 durations, which have no decade or century: "two decades" is P20Y.
        const QJsonValue years =
            m_knowledge.dateRules().value(QLatin1String("duration_unit_years")).toObject().value(spec.unit);
        if (spec.amount > 0 && years.isDouble()) {
            return durationValue(spec.amount * years.toDouble(), QStringLiteral("Y"));
        }
        return durationValue(spec.amount, spec.unit);
    }
    case Kind::Reference:
    case Kind::Set:
        return spec.literal;
    case Kind::Decade:
        return spec.literal;
    default:
        break;
    }
    if (!dct.isValid()) {
        // Without an anchor only what the text states can be given.
        if (spec.kind == Kind::Calendar && spec.year > 0) {
            if (spec.day > 0) {
                return ymd(QDate(spec.year, spec.month, spec.day));
            }
            return spec.month > 0 ? ym(spec.year, spec.month) : QString::number(spec.year);
        }
        return {};
    }
    switch (spec.kind) {
    case Kind::Calendar:
        return calendarValue(spec, dct, tense, m_monthsAhead);
    case Kind::Weekday: {
        // Without a future marker a weekday in news looks back: reports say what happened.
        // The publication day's own weekday is that day, unless "next"/"last" says otherwise.
        int delta = spec.weekday - dct.dayOfWeek();
        if (spec.offset > 0 || (spec.offset == 0 && tense == Tense::Future)) {
            if (delta < 0 || (delta == 0 && spec.offset > 0)) {
                delta += 7;
            }
        } else if (delta > 0 || (delta == 0 && spec.offset < 0)) {
            delta -= 7;
        }
        return ymd(dct.addDays(delta));
    }
    case Kind::Anchored:
        return anchoredValue(spec, dct, anchor, lastQuarter);
    case Kind::RelativeDay:
        return ymd(dct.addDays(spec.offset))
            + (spec.literal.isEmpty() ? QString() : QStringLiteral("T") + spec.literal);
    case Kind::Ago:
        return agoValue(spec, dct, lastQuarter);
    case Kind::RelativeUnit:
        return relativeUnitValue(spec, dct, tense);
    case Kind::Season: {
        if (spec.year > 0) {
            const QJsonObject codes = m_knowledge.dateRules().value(QLatin1String("season_codes")).toObject();
            return QStringLiteral("%1-%2").arg(spec.year).arg(codes.value(QString::number(spec.month)).toString());
        }
        const QJsonObject codes = m_knowledge.dateRules().value(QLatin1String("season_codes")).toObject();
        const QString code = codes.value(QString::number(spec.month)).toString();
        // Seasons by month: winter 12-2, spring 3-5, summer 6-8, autumn 9-11.
        const int current = (dct.month() % 12) / 3; // 0 winter, 1 spring, 2 summer, 3 autumn
        const int wanted = spec.month % 4; // 1 spring, 2 summer, 3 autumn, 0 winter
        int year = dct.year();
        if (spec.offset < 0 && wanted >= current) {
            --year;
        } else if (spec.offset > 0 && wanted <= current) {
            ++year;
        }
        return QStringLiteral("%1-%2").arg(year).arg(code);
    }
    case Kind::Quarter: {
        if (spec.unit == QLatin1String("H")) {
            return halfValue(spec, dct, tense);
        }
        int year = spec.year;
        if (spec.month == 0 && year > 0) {
            // "the 1988 quarter": the quarter the report is about, in the year named; a "period"
            // is a quarter only where the text has named one.
            if (lastQuarter.size() == 7) {
                return QString::number(year) + lastQuarter.mid(4);
            }
            if (spec.literal != QLatin1String("quarter")) {
                return QString::number(year);
            }
            return QStringLiteral("%1-Q%2").arg(year).arg((dct.addMonths(-3).month() - 1) / 3 + 1);
        }
        if (spec.month == 0) {
            // "the quarter", "the latest quarter": the one last completed, in reports of results.
            const QDate d = dct.addMonths(tense == Tense::Future ? 0 : -3);
            return QStringLiteral("%1-Q%2").arg(d.year() + spec.offset).arg((d.month() - 1) / 3 + 1);
        }
        if (year == 0) {
            const int current = (dct.month() - 1) / 3 + 1;
            year = dct.year();
            // Results of the quarter just closed are reported, and forecast, in the next one: only a
            // quarter two or more back is next year's under a future tense.
            if (tense == Tense::Past && spec.month > current) {
                --year;
            } else if (tense == Tense::Future && spec.month < current - 1) {
                ++year;
            }
            year += spec.offset; // "the year-ago third quarter"
        }
        return QStringLiteral("%1-Q%2").arg(year).arg(spec.month);
    }
    case Kind::Holiday: {
        QDate d = holidayIn(spec.literal, dct.year());
        if (!d.isValid()) {
            return {};
        }
        if (tense == Tense::Future && d < dct) {
            d = holidayIn(spec.literal, dct.year() + 1);
        } else if (tense == Tense::Past && d > dct) {
            d = holidayIn(spec.literal, dct.year() - 1);
        } else if (tense == Tense::None && std::abs(d.daysTo(dct)) > 182) {
            d = holidayIn(spec.literal, dct.year() + (d < dct ? 1 : -1));
        }
        return ymd(d);
    }
    default:
        return {};
    }
}

void DateResolver::References::note(const TimexSpec &spec, const QString &value)
{
    if (value.size() >= 10 && (value.size() == 10 || value.at(10) == QLatin1Char('T'))) {
        lastDay = QDate::fromString(value.left(10), Qt::ISODate);
    }
    if (value.size() >= 7 && value.at(4) == QLatin1Char('-') && value.at(5).isDigit() && value.at(6).isDigit()
        && (value.size() == 7 || value.at(7) == QLatin1Char('-'))) {
        const QDate month = QDate::fromString(value.left(7) + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid()) {
            lastMonth = month;
        }
    }
    // "a year ago", "the 1988 quarter": a period compared with, not a new reference.
    if (spec.kind == TimexSpec::Kind::Ago || spec.kind == TimexSpec::Kind::Anchored
        || (spec.kind == TimexSpec::Kind::Quarter && spec.month == 0 && spec.year > 0)) {
        return;
    }
    bool isYear = false;
    const int year = value.left(4).toInt(&isYear);
    // "1990", "1990-05"; not a decade ("198") or a century ("19"), shorter than a year.
    if (isYear && year > 0 && (value.size() == 4 || (value.size() > 4 && value.at(4) == QLatin1Char('-')))) {
        lastYear = year;
    }
    if (value.size() == 7 && value.at(5) == QLatin1Char('Q')) {
        lastQuarter = value;
    } else if (value.size() >= 7 && value.at(4) == QLatin1Char('-') && value.at(5).isDigit()) {
        lastQuarter.clear();
    }
}

bool DateResolver::regularPast(const Segmentation &seg, const Sentence &sentence, int i) const
{
    const Token &t = seg.tokens.at(i);
    if (!t.is(Token::Word) || t.is(Token::Upper) || t.key.size() < 5) {
        return false;
    }
    // The suffix first: most words have none, and the tests below only look words up.
    const bool suffix =
        std::any_of(m_regularPastSuffixList.cbegin(), m_regularPastSuffixList.cend(), [&t](const QString &s) {
            return t.key.endsWith(s);
        });
    if (!suffix || m_notRegularPast.contains(t.key)) {
        return false;
    }
    // "the armed forces", "its revised plan": a participle after a determiner is an adjective; so is
    // one before a lower-case word that is no function word ("preferred shares", "an unspecified
    // date"). "issued July 1", "predicted on Wednesday", "ended in December" are verbs.
    const bool afterDeterminer = i > sentence.firstToken && m_nounDeterminers.contains(seg.tokens.at(i - 1).key);
    const Token *next = i + 1 < sentence.lastToken ? &seg.tokens.at(i + 1) : nullptr;
    const bool beforeNoun = next && next->is(Token::Word) && !next->is(Token::Upper)
        && !m_knowledge.isFunctionWord(next->key) && !m_past.contains(next->key) && !m_future.contains(next->key);
    return !afterDeterminer && !beforeNoun;
}

bool DateResolver::originalPlanBefore(const Segmentation &seg, const Sentence &sentence, int i) const
{
    int j = i - 1;
    while (j > sentence.firstToken && j >= i - 3 && m_planAuxiliaries.contains(seg.tokens.at(j).key)) {
        --j; // "had previously been scheduled", "was originally planned"
    }
    return j >= sentence.firstToken && m_originalPlan.contains(seg.tokens.at(j).key);
}

bool DateResolver::countAnchorAt(const Segmentation &seg, const Sentence &sentence, int i) const
{
    return i > sentence.firstToken && m_countAnchors.contains(seg.tokens.at(i).key)
        && !m_knowledge.unit(seg.tokens.at(i - 1).key).isEmpty();
}

bool DateResolver::clauseBreakAt(const Segmentation &seg, int j) const
{
    if (!m_clauseBreaks.contains(seg.tokens.at(j).key)) {
        return false;
    }
    // "the Trade and Industry Council": an "and" inside a name joins no clauses.
    const bool inName = j > 0 && j + 1 < seg.tokens.size() && seg.tokens.at(j - 1).is(Token::Upper)
        && seg.tokens.at(j + 1).is(Token::Upper) && !seg.tokens.at(j).is(Token::Punct);
    return !inName;
}

bool DateResolver::presentClauseAfter(const Segmentation &seg, int at, int k) const
{
    if (!m_reporting.contains(seg.tokens.at(at).key)) {
        return false;
    }
    for (int j = at + 1; j < k; ++j) {
        if (m_presentAuxiliaries.contains(seg.tokens.at(j).key)) {
            return true;
        }
    }
    return false;
}

bool DateResolver::infinitiveBetween(const Segmentation &seg, int from, int to) const
{
    // "to" before a verb, not before a determiner, a name or a number ("returned to Lima", "agreed
    // to the plan", "went to 10 Downing Street").
    for (int j = from + 1; j + 1 < to; ++j) {
        const Token &next = seg.tokens.at(j + 1);
        if (m_infinitiveLeads.contains(seg.tokens.at(j).key) && next.is(Token::Word) && !next.is(Token::Upper)
            && !m_nounDeterminers.contains(next.key)) {
            return true;
        }
    }
    return false;
}

DateResolver::Tense DateResolver::tenseAt(const Segmentation &seg, const Sentence &sentence, int k) const
{
    const auto &future = m_future;
    const auto &past = m_past;
    const auto &reporting = m_reporting;
    const auto &auxiliaries = m_auxiliaries;
    const auto &notTense = m_notTense;
    // A fronted adverbial ("On Tuesday, the league plans ...") dates the clause after its comma.
    const bool fronted = k - sentence.firstToken <= 1;
    Tense best = Tense::None;
    int lastBreak = -1; // the last clause break before the expression
    for (int j = k - 1; j > sentence.firstToken && lastBreak < 0; --j) {
        lastBreak = clauseBreakAt(seg, j) ? j : -1;
    }
    bool originalPlan = false; // "originally planned": a plan marker that says no tense
    int bestDistance = 1 << 30;
    int bestAt = -1;
    for (int i = sentence.firstToken; i < sentence.lastToken; ++i) {
        const QString &key = seg.tokens.at(i).key;
        Tense tense = Tense::None;
        const bool hasNext = i + 1 < sentence.lastToken;
        if (hasNext && notTense.containsPair(key, seg.tokens.at(i + 1).key)) {
            continue; // "next to the embassy", "due to the storm"
        }
        // "announced the plan Aug. 21", "its plans": a noun, no marker of the future.
        if (i > sentence.firstToken && m_markerNouns.contains(key)
            && m_nounDeterminers.contains(seg.tokens.at(i - 1).key)) {
            continue;
        }
        if (countAnchorAt(seg, sentence, i)) {
            continue; // "Three days later, on Friday": counted from another date of the text
        }
        if (future.contains(key) || (hasNext && m_futurePhrases.containsPair(key, seg.tokens.at(i + 1).key))) {
            // "originally planned for June 10": the plan that was, not a day still to come.
            if (originalPlanBefore(seg, sentence, i)) {
                originalPlan = true;
                continue;
            }
            tense = Tense::Future;
        } else if (past.contains(key) || (std::abs(i - k) <= m_regularPastReach && regularPast(seg, sentence, i))) {
            // "will be held": the participle after an auxiliary says nothing of the time.
            if (i > sentence.firstToken && auxiliaries.contains(seg.tokens.at(i - 1).key)) {
                continue;
            }
            tense = Tense::Past;
        } else {
            continue;
        }
        // Markers after the expression count double their distance; a reporting verb after it
        // ("..., the minister said") dates the report, not the expression; a marker after a
        // coordinating "and" belongs to the next conjunct.
        int distance = i < k ? k - i : 2 * (i - k);
        if (i > k) {
            // "..., the minister said" dates the report; after a fronted date ("In March, the
            // council announced ...") the reporting verb is the clause's own.
            if (reporting.contains(key) && !fronted) {
                continue;
            }
            bool otherClause = false;
            bool commaSeen = false;
            for (int j = k + 1; j < i && !otherClause; ++j) {
                const QString &between = seg.tokens.at(j).key;
                if (fronted && !commaSeen && between == QLatin1String(",")) {
                    commaSeen = true;
                    continue;
                }
                otherClause = clauseBreakAt(seg, j);
            }
            if (otherClause) {
                continue;
            }
        } else {
            // "would bring aid to the region, where the Aug. 7 blasts killed 20": a marker in the
            // date's own clause comes before one in the clause before it.
            if (lastBreak > i) {
                distance *= 2;
            }
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            best = tense;
            bestAt = i;
        }
    }
    if (best == Tense::Past && bestAt < k && infinitiveBetween(seg, bestAt, k)) {
        return Tense::None; // "agreed to hold talks on June 20": the plan looks forward from its day
    }
    if (best == Tense::Past && bestAt < k && presentClauseAfter(seg, bestAt, k)) {
        return Tense::None; // "said it is calling for the redemption on Dec. 7"
    }
    if (best == Tense::Past && originalPlan) {
        return Tense::None; // "was initially planned for Nov. 24": the day may not have come yet
    }
    // "by Jan. 14", "until mid-November": the word before the expression or its part of the month.
    int before = k - 1;
    while (before > sentence.firstToken
           && (m_partOfMonth.contains(seg.tokens.at(before).key) || seg.tokens.at(before).key == QLatin1String("-"))) {
        --before;
    }
    if (before >= sentence.firstToken && m_deadlines.contains(seg.tokens.at(before).key)) {
        const bool forward = m_forwardDeadlines.contains(seg.tokens.at(before).key);
        if (forward
            && (best == Tense::None || (best == Tense::Past && m_forwardVerbs.contains(seg.tokens.at(bestAt).key)))) {
            return Tense::Future; // "has given them until Tuesday", "postponed until Tuesday"
        }
        if (best == Tense::Past) {
            return Tense::None; // "ruled that he must leave by Jan. 14": the deadline may still be ahead
        }
    }
    return best;
}

QString DateResolver::resolveInSentence(const QString &sentence, const QString &expression, const QDate &dct) const
{
    Segmentation seg;
    seg.tokens = TextSegmenter::tokenize(sentence);
    Sentence s;
    s.start = 0;
    s.end = int(sentence.size());
    s.firstToken = 0;
    s.lastToken = int(seg.tokens.size());
    seg.sentences.append(s);
    seg.sentenceOfToken.fill(0, seg.tokens.size());
    const int at = int(sentence.indexOf(expression));
    if (at < 0) {
        return {};
    }
    const auto matches = DateTagger(m_knowledge).tag(sentence, seg);
    References references;
    for (const TimexMatch &m : matches) {
        const int start = seg.tokens.at(m.firstToken).start;
        const int end = seg.tokens.at(m.lastToken - 1).end;
        const QString value = resolve(m.spec, dct, tenseAt(seg, s, m.firstToken), references);
        if (start < at + expression.size() && end > at) {
            return value;
        }
        references.note(m.spec, value);
    }
    return {};
}

} // namespace Readout
