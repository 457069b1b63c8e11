// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetagger.h"
#include "cancellation.h"
#include "datetagger_p.h"

#include "../knowledge/knowledgebase.h"
#include "../knowledge/tokentrie.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Readout
{

DateTagger::DateTagger(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
    , m_timeZones(knowledge.wordSet(QStringLiteral("time_zones")))
    , m_dayParts(knowledge.wordSet(QStringLiteral("day_parts")))
    , m_rateWords(knowledge.wordSet(QStringLiteral("rate_words")))
    , m_bareUnitContext(knowledge.wordSet(QStringLiteral("bare_unit_context")))
    , m_bareUnitAfter(knowledge.wordSet(QStringLiteral("bare_unit_after")))
    , m_periodEdges(knowledge.wordSet(QStringLiteral("period_edges")))
    , m_fiscalWords(knowledge.wordSet(QStringLiteral("fiscal_words")))
    , m_yearQualifiers(knowledge.wordSet(QStringLiteral("year_qualifiers")))
    , m_singularNounsInS(knowledge.wordSet(QStringLiteral("singular_nouns_in_s")))
    , m_seasonLeads(knowledge.wordSet(QStringLiteral("season_leads")))
    , m_ambiguousSeasons(knowledge.wordSet(QStringLiteral("ambiguous_seasons")))
    , m_unitModifiers(knowledge.wordSet(QStringLiteral("unit_modifiers")))
    , m_articleCounts(knowledge.wordSet(QStringLiteral("article_counts")))
    , m_ageWords(knowledge.wordSet(QStringLiteral("age_words")))
    , m_yearAgoWords(knowledge.wordSet(QStringLiteral("year_ago_words")))
    , m_periodWords(knowledge.wordSet(QStringLiteral("period_words")))
    , m_latestWords(knowledge.wordSet(QStringLiteral("latest_words")))
    , m_setWords(knowledge.wordSet(QStringLiteral("set_words")))
    , m_presentRef(knowledge.wordSet(QStringLiteral("present_ref")))
    , m_pastRef(knowledge.wordSet(QStringLiteral("past_ref")))
    , m_futureRef(knowledge.wordSet(QStringLiteral("future_ref")))
{
    // Local copies of the number maps: one hash look-up per word instead of two.
    for (const auto &map : {std::make_pair("months", &m_months),
                            std::make_pair("weekdays", &m_weekdays),
                            std::make_pair("numbers", &m_numbers),
                            std::make_pair("ordinals", &m_ordinals),
                            std::make_pair("relative_days", &m_relative_days),
                            std::make_pair("direction", &m_direction),
                            std::make_pair("seasons", &m_seasons),
                            std::make_pair("anchor_direction", &m_anchor_direction),
                            std::make_pair("halves", &m_halves),
                            std::make_pair("decade_words", &m_decadeWords)}) {
        const QString name = QLatin1String(map.first);
        for (const QString &key : knowledge.numberKeys(name)) {
            map.second->values.insert(key, knowledge.number(name, key));
            map.second->keys.add(key);
        }
    }
    // Every word that can begin an expression, from the same vocabulary the rules use.
    QSet<QString> starters;
    for (const char *map :
         {"months", "weekdays", "numbers", "ordinals", "relative_days", "direction", "seasons", "decade_words"}) {
        starters += knowledge.numberKeys(QLatin1String(map));
    }
    for (const char *set :
         {"present_ref", "past_ref", "future_ref", "set_words", "period_edges", "fiscal_words", "year_qualifiers"}) {
        starters += knowledge.wordSet(QLatin1String(set));
    }
    const QJsonObject sets = knowledge.dateRules().value(QLatin1String("set_adverb_values")).toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        starters.insert(it.key());
        m_setAdverbs.insert(it.key(), it.value().toString());
        m_setAdverbKeys.add(it.key());
    }
    starters += knowledge.holidayFirstKeys();
    for (const char *word : {"earlier",
                             "later",
                             "weekend",
                             "future",
                             "day",
                             "this",
                             "the",
                             "quarter",
                             "period",
                             "past",
                             "year",
                             "week",
                             "month",
                             "morning",
                             "afternoon",
                             "evening",
                             "night"}) {
        starters.insert(QLatin1String(word));
    }
    const QJsonObject clockWords = knowledge.dateRules().value(QLatin1String("clock_words")).toObject();
    for (auto it = clockWords.begin(); it != clockWords.end(); ++it) {
        starters.insert(it.key());
        m_clockWords.insert(it.key(), it.value().toString());
        m_clockKeys.add(it.key());
    }
    for (const auto &map : {std::make_pair("point_modifiers", &m_pointModifiers),
                            std::make_pair("amount_modifiers", &m_amountModifiers)}) {
        const QJsonObject mods = knowledge.dateRules().value(QLatin1String(map.first)).toObject();
        for (auto it = mods.begin(); it != mods.end(); ++it) {
            map.second->insert(it.key().toLower(), it.value().toString());
        }
    }
    for (const QJsonValue &lead : knowledge.dateRules().value(QLatin1String("duration_leads")).toArray()) {
        m_durationLeads.insert(lead.toString().toLower(), QString());
    }
    const QJsonObject parts = knowledge.dateRules().value(QLatin1String("day_part_codes")).toObject();
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        m_dayPartCodes.insert(it.key(), it.value().toString());
    }
    const QJsonObject suffixes = knowledge.dateRules().value(QLatin1String("time_suffixes")).toObject();
    for (auto it = suffixes.begin(); it != suffixes.end(); ++it) {
        m_timeSuffixes.insert(it.key(), it.value().toString());
    }
    // Plural units begin "for years", "within weeks".
    const QJsonObject units = knowledge.dateRules().value(QLatin1String("units")).toObject();
    for (auto it = units.begin(); it != units.end(); ++it) {
        if (it.key().endsWith(QLatin1Char('s'))) {
            starters.insert(it.key());
        }
    }
    for (const QString &weekday : knowledge.numberKeys(QStringLiteral("weekdays"))) {
        starters.insert(weekday + QLatin1Char('s'));
    }
    m_starters = WordSet(std::move(starters));
}

QVector<TimexMatch> DateTagger::tag(const QString &text, const Segmentation &seg) const
{
    Q_UNUSED(text)
    QVector<TimexMatch> result;
    for (const Sentence &s : seg.sentences) {
        if (CancellationScope::requested()) {
            break; // Pipeline::run() drops what was found
        }
        int k = s.firstToken;
        while (k < s.lastToken) {
            const Token &t = seg.tokens.at(k);
            if (!t.is(Token::Number) && !m_starters.contains(t.key)) {
                ++k;
                continue;
            }
            TimexMatch m;
            const int len = matchAt(seg, k, s.lastToken, &m);
            if (len > 0) {
                widen(seg, result.isEmpty() ? s.firstToken : std::max(s.firstToken, result.constLast().lastToken), &m);
                // A match reaching back over the previous one ("the 1988 third quarter" after
                // "1988") replaces it.
                while (!result.isEmpty() && result.constLast().lastToken > m.firstToken
                       && result.constLast().firstToken >= m.firstToken) {
                    result.removeLast();
                }
                result.append(m);
                k += len;
            } else {
                ++k;
            }
        }
    }
    return result;
}

int DateTagger::phraseBefore(const Segmentation &seg,
                             int from,
                             int before,
                             const QHash<QString, QString> &mods,
                             QString *value)
{
    QString phrase;
    int found = -1; // the longest phrase: "no more than", not "more than"
    for (int first = before - 1; first >= from && first >= before - 3; --first) {
        phrase = phrase.isEmpty() ? seg.tokens.at(first).key : seg.tokens.at(first).key + QLatin1Char(' ') + phrase;
        if (const auto it = mods.constFind(phrase); it != mods.cend()) {
            if (value) {
                *value = it.value();
            }
            found = first;
        }
    }
    return found;
}

void DateTagger::widen(const Segmentation &seg, int from, TimexMatch *m) const
{
    const auto &t = seg.tokens;
    int first = m->firstToken;
    const bool duration = m->timexType == QLatin1String("DURATION");
    // "the past two months", "the next few days", "a couple of years"; not "the" of an adjective
    // ("the 14-day period").
    bool adjective = false;
    for (int i = m->firstToken; i < m->lastToken && !adjective; ++i) {
        adjective = t.at(i).key == QLatin1String("-");
    }
    if (duration && m->rule == QLatin1String("duration") && !adjective) {
        const int lead = phraseBefore(seg, from, first, m_durationLeads);
        if (lead >= 0) {
            first = lead;
        } else if (first - 1 >= from && t.at(first - 1).key == QLatin1String("a")
                   && m_articleCounts.contains(t.at(first).key)) {
            first -= 1;
        }
    }
    // "nearly two years", "at least 72 hours", "almost four years ago", "around 7:15 p.m."
    const bool amount = duration || m->rule == QLatin1String("ago") || m->rule == QLatin1String("clock-time");
    if (const int at = amount ? phraseBefore(seg, from, first, m_amountModifiers, &m->mod) : -1; at >= 0) {
        first = at;
    }
    // "early 1990", "mid-November", "the late 1970s", "late yesterday": a part of a point or period.
    if (!duration && m->timexType != QLatin1String("SET")) {
        int at = first - 1;
        if (at > from && t.at(at).key == QLatin1String("-")) {
            --at; // "mid-1996", "late-November"
        }
        if (at >= from && m_pointModifiers.contains(t.at(at).key)) {
            m->mod = m_pointModifiers.value(t.at(at).key);
            first = at;
            if (first - 1 >= from && t.at(first - 1).key == QLatin1String("the")) {
                --first; // "the early 1980s"
            }
        }
    }
    m->firstToken = first;
}

bool DateTagger::isTimeWithSuffix(const QString &key)
{
    static const QRegularExpression glued(QStringLiteral("^\\d{1,2}(:\\d\\d)?(am|pm)$"));
    return glued.match(key).hasMatch();
}

QString DateTagger::clockTimeAt(const Segmentation &seg, int k, int end) const
{
    const auto &t = seg.tokens;
    const QString &key = t.at(k).key;
    if (m_clockKeys.mayContain(key)) {
        if (const auto word = m_clockWords.constFind(key); word != m_clockWords.cend()) {
            return word.value();
        }
    }
    // Cheap tests before the expression: one or two digits followed by ':', a letter or nothing.
    const auto separatorAt = [&key](int i) {
        return i < key.size() && (key.at(i) == QLatin1Char(':') || key.at(i).isLetter());
    };
    if (!t.at(k).is(Token::Number) || key.size() > 7 || (key.size() > 2 && !separatorAt(1) && !separatorAt(2))) {
        return {};
    }
    if (key.size() <= 2 && (k + 1 >= end || !m_timeSuffixes.contains(t.at(k + 1).key))) {
        return {};
    }
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2})(?::(\\d\\d))?(am|pm)?$"));
    const QRegularExpressionMatch m = clock.match(key);
    if (!m.hasMatch()) {
        return {};
    }
    QString half = m.captured(3);
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (half.isEmpty() && !m.captured(2).isEmpty() && k + 1 < end && m_timeZones.contains(t.at(k + 1).key)) {
        // "15:00 GMT": a 24-hour time, which only a time zone vouches for (alone it may be a score).
        if (hour > 23 || minute > 59) {
            return {};
        }
        return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
    }
    if (half.isEmpty()) {
        // "10 p.m.": the suffix is its own token.
        if (k + 1 >= end || !m_timeSuffixes.contains(t.at(k + 1).key)) {
            return {};
        }
        half = m_timeSuffixes.value(t.at(k + 1).key);
    }
    if (hour < 1 || hour > 12 || minute > 59) {
        return {};
    }
    if (half == QLatin1String("pm") && hour < 12) {
        hour += 12;
    } else if (half == QLatin1String("am") && hour == 12) {
        hour = 0;
    }
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

int DateTagger::matchAt(const Segmentation &seg, int k, int end, TimexMatch *out) const
{
    using Step = int (DateTagger::*)(const DateCursor &) const;
    static constexpr Step steps[] = {&DateTagger::matchClockTime,
                                     &DateTagger::matchWeekday,
                                     &DateTagger::matchMonth,
                                     &DateTagger::matchNumericDate,
                                     &DateTagger::matchCoordinatedDay,
                                     &DateTagger::matchCentury,
                                     &DateTagger::matchDecadeWord,
                                     &DateTagger::matchFiscalYear,
                                     &DateTagger::matchPeriodEdge,
                                     &DateTagger::matchCountedUnit,
                                     &DateTagger::matchBareUnit,
                                     &DateTagger::matchRelativeDay,
                                     &DateTagger::matchSeason,
                                     &DateTagger::matchSameUnit,
                                     &DateTagger::matchRelativeUnit,
                                     &DateTagger::matchPeriod,
                                     &DateTagger::matchSet,
                                     &DateTagger::matchReference,
                                     &DateTagger::matchHoliday,
                                     &DateTagger::matchYear};
    const DateCursor c(*this, seg, k, end, out);
    for (const Step step : steps) {
        if (const int len = (this->*step)(c); len != TryNext) {
            return len;
        }
    }
    return 0;
}

int DateTagger::matchClockTime(const DateCursor &c) const
{
    // A clock time ("10 p.m.", "7:15am", "noon"), with a time zone and the day it falls on when given
    // ("9 a.m. EST Tuesday"); alone, the publication day's.
    const QString clock = clockTimeAt(c.seg, c.k, c.end);
    if (clock.isEmpty()) {
        return TryNext;
    }
    using Kind = TimexSpec::Kind;
    int j = c.k + 1;
    if (c.t.at(c.k).is(Token::Number) && !isTimeWithSuffix(c.k0) && m_timeSuffixes.contains(c.key(j))) {
        ++j; // the separate "a.m." / "p.m."; a 24-hour time ("15:00 GMT") has none
    }
    if (m_timeZones.contains(c.key(j))) {
        ++j;
    }
    const int dayStart = c.key(j) == QLatin1String(",") || c.key(j) == QLatin1String("on") ? j + 1 : j;
    TimexMatch day;
    const int len = dayStart < c.end ? matchAt(c.seg, dayStart, c.end, &day) : 0;
    if (len > 0 && day.firstToken == dayStart
        && (day.spec.kind == Kind::Weekday || day.spec.kind == Kind::RelativeDay
            || (day.spec.kind == Kind::Calendar && day.spec.day > 0))) {
        TimexSpec spec = day.spec;
        spec.time = clock;
        return c.finish(day.lastToken, QStringLiteral("TIME"), spec, "clock-time-day");
    }
    TimexSpec spec;
    spec.kind = Kind::RelativeDay;
    spec.time = clock;
    return c.finish(j, QStringLiteral("TIME"), spec, "clock-time");
}

int DateTagger::matchWeekday(const DateCursor &c) const
{
    // Weekday, optionally followed by a calendar date ("Monday, January 10").
    const int weekday = c.t.at(c.k).is(Token::Upper) ? numberIn(m_weekdays, c.k0) : -1;
    if (weekday <= 0) {
        return TryNext;
    }
    using Kind = TimexSpec::Kind;
    int j = c.k + 1;
    if (c.key(j) == QLatin1String(",")) {
        ++j;
    }
    TimexMatch inner;
    const int len = c.month(j) > 0 || c.dayAt(j) ? matchAt(c.seg, j, c.end, &inner) : 0;
    if (len > 0 && inner.spec.kind == Kind::Calendar && inner.spec.day > 0) {
        TimexSpec spec = inner.spec;
        spec.weekday = weekday; // picks the year when none is stated
        return c.finish(j + len, inner.timexType, spec, "weekday-date");
    }
    TimexSpec spec;
    spec.kind = Kind::Weekday;
    spec.weekday = weekday;
    int last = c.k + 1;
    const QString part = c.key(last).endsWith(QLatin1Char('s')) ? c.key(last).chopped(1) : QString();
    if (!part.isEmpty() && m_dayParts.contains(part)) {
        // "Tuesday nights" repeat, as "Mondays" do: XXXX-WXX-2TNI.
        spec.kind = Kind::Set;
        spec.literal = QStringLiteral("XXXX-WXX-%1T%2").arg(weekday).arg(m_dayPartCodes.value(part));
        return c.finish(last + 1, QStringLiteral("SET"), spec, "set-weekday");
    }
    if (m_dayParts.contains(c.key(last))) {
        // "Saturday night": TIMEX3 marks the part of the day.
        spec.time = m_dayPartCodes.value(c.key(last));
        ++last;
    }
    return c.finish(last, spec.time.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"), spec, "weekday");
}

} // namespace Readout
