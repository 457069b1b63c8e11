// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetagger.h"
#include "cancellation.h"

#include "../knowledge/knowledgebase.h"
#include "../knowledge/tokentrie.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace Readout
{

namespace
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

int asInt(const QString &key, bool *ok)
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

} // namespace

DateTagger::DateTagger(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
    , m_timeZones(knowledge.wordSet(QStringLiteral("time_zones")))
    , m_dayParts(knowledge.wordSet(QStringLiteral("day_parts")))
    , m_durationContext(knowledge.wordSet(QStringLiteral("duration_context")))
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
                            std::make_pair("anchor_direction", &m_anchor_direction)}) {
        const QString name = QLatin1String(map.first);
        for (const QString &key : knowledge.numberKeys(name)) {
            map.second->values.insert(key, knowledge.number(name, key));
            map.second->keys.add(key);
        }
    }
    // Every word that can begin an expression, from the same vocabulary the rules use.
    QSet<QString> starters;
    for (const char *map : {"months", "weekdays", "numbers", "ordinals", "relative_days", "direction", "seasons"}) {
        starters += knowledge.numberKeys(QLatin1String(map));
    }
    for (const char *set : {"present_ref", "past_ref", "future_ref", "set_words"}) {
        starters += knowledge.wordSet(QLatin1String(set));
    }
    const QJsonObject sets = knowledge.dateRules().value(QLatin1String("set_adverb_values")).toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        starters.insert(it.key());
    }
    starters += knowledge.holidayFirstKeys();
    for (const char *word :
         {"earlier", "later", "weekend", "future", "day", "this", "the", "quarter", "past", "year"}) {
        starters.insert(QLatin1String(word));
    }
    const QJsonObject clockWords = knowledge.dateRules().value(QLatin1String("clock_words")).toObject();
    for (auto it = clockWords.begin(); it != clockWords.end(); ++it) {
        starters.insert(it.key());
        m_clockWords.insert(it.key(), it.value().toString());
        m_clockKeys.add(it.key());
    }
    const QJsonObject suffixes = knowledge.dateRules().value(QLatin1String("time_suffixes")).toObject();
    for (auto it = suffixes.begin(); it != suffixes.end(); ++it) {
        m_timeSuffixes.insert(it.key(), it.value().toString());
    }
    for (const QString &weekday : knowledge.numberKeys(QStringLiteral("weekdays"))) {
        starters.insert(weekday + QLatin1Char('s'));
    }
    m_starters = WordSet(std::move(starters));
}

QVector<TimexMatch> DateTagger::tag(const QString &text, const Segmentation &seg) const
{
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
            const int len = matchAt(text, seg, k, s.lastToken, &m);
            if (len > 0) {
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
    if (half.isEmpty()) {
        // "10 p.m.": the suffix is its own token.
        if (k + 1 >= end || !m_timeSuffixes.contains(t.at(k + 1).key)) {
            return {};
        }
        half = m_timeSuffixes.value(t.at(k + 1).key);
    }
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
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

int DateTagger::matchAt(const QString &text, const Segmentation &seg, int k, int end, TimexMatch *out) const
{
    Q_UNUSED(text)
    const auto &t = seg.tokens;
    const KnowledgeBase &kb = m_knowledge;
    auto key = [&](int i) -> QString {
        return i < end ? t.at(i).key : QString();
    };
    auto isNum = [&](int i) {
        return i < end && t.at(i).is(Token::Number);
    };
    auto month = [&](int i) {
        if (i >= end || !t.at(i).is(Token::Upper)) {
            return -1;
        }
        return numberIn(m_months, t.at(i).key);
    };
    auto dayAt = [&](int i) {
        bool ok = false;
        const int v = isNum(i) ? asInt(t.at(i).key, &ok) : 0;
        return ok && v >= 1 && v <= 31 && t.at(i).key.size() <= 4 ? v : 0;
    };
    auto yearAt = [&](int i) {
        bool ok = false;
        const int v = isNum(i) ? t.at(i).key.toInt(&ok) : 0;
        return ok && t.at(i).key.size() == 4 && v >= 1000 && v <= 2999 ? v : 0;
    };
    // A year read out, as broadcast transcripts write it: "nineteen ninety-six" (19, 90, 6).
    auto spokenYearAt = [&](int i, int *length) {
        const int century = numberIn(m_numbers, key(i), 0);
        const int tens = numberIn(m_numbers, key(i + 1), 0);
        if (century < 17 || century > 20 || tens < 20 || tens > 90 || tens % 10 != 0) {
            return 0;
        }
        *length = 2;
        const int ones = key(i + 2) == QLatin1String("-") ? numberIn(m_numbers, key(i + 3), 0) : 0;
        if (ones >= 1 && ones <= 9) {
            *length = 4;
            return century * 100 + tens + ones;
        }
        return century * 100 + tens;
    };
    auto finish = [&](int last, const QString &type, const TimexSpec &spec) {
        out->firstToken = k;
        out->lastToken = last;
        out->timexType = type;
        out->spec = spec;
        return last - k;
    };
    const QString k0 = key(k);
    const QString prev = k > 0 ? t.at(k - 1).key : QString();
    using Kind = TimexSpec::Kind;

    // A clock time ("10 p.m.", "7:15am", "noon"), with a time zone and the day it falls on when given
    // ("9 a.m. EST Tuesday"); alone, the publication day's.
    if (const QString clock = clockTimeAt(seg, k, end); !clock.isEmpty()) {
        int j = k + 1;
        if (t.at(k).is(Token::Number) && !isTimeWithSuffix(k0)) {
            ++j; // the separate "a.m." / "p.m."
        }
        if (m_timeZones.contains(key(j))) {
            ++j;
        }
        const int dayStart = key(j) == QLatin1String(",") || key(j) == QLatin1String("on") ? j + 1 : j;
        TimexMatch day;
        const int len = dayStart < end ? matchAt(text, seg, dayStart, end, &day) : 0;
        if (len > 0 && day.firstToken == dayStart
            && (day.spec.kind == Kind::Weekday || day.spec.kind == Kind::RelativeDay
                || (day.spec.kind == Kind::Calendar && day.spec.day > 0))) {
            TimexSpec spec = day.spec;
            spec.time = clock;
            return finish(day.lastToken, QStringLiteral("TIME"), spec);
        }
        TimexSpec spec;
        spec.kind = Kind::RelativeDay;
        spec.time = clock;
        return finish(j, QStringLiteral("TIME"), spec);
    }

    // Weekday, optionally followed by a calendar date ("Monday, January 10").
    const int weekday = t.at(k).is(Token::Upper) ? numberIn(m_weekdays, k0) : -1;
    if (weekday > 0) {
        int j = k + 1;
        if (key(j) == QLatin1String(",")) {
            ++j;
        }
        TimexMatch inner;
        const int len = month(j) > 0 || dayAt(j) ? matchAt(text, seg, j, end, &inner) : 0;
        if (len > 0 && inner.spec.kind == Kind::Calendar && inner.spec.day > 0) {
            TimexSpec spec = inner.spec;
            spec.weekday = weekday; // picks the year when none is stated
            return finish(j + len, inner.timexType, spec);
        }
        TimexSpec spec;
        spec.kind = Kind::Weekday;
        spec.weekday = weekday;
        int last = k + 1;
        const QString part = key(last).endsWith(QLatin1Char('s')) ? key(last).chopped(1) : QString();
        if (!part.isEmpty() && m_dayParts.contains(part)) {
            // "Tuesday nights" repeat, as "Mondays" do: XXXX-WXX-2TNI.
            spec.kind = Kind::Set;
            spec.literal =
                QStringLiteral("XXXX-WXX-%1T%2")
                    .arg(weekday)
                    .arg(kb.dateRules().value(QLatin1String("day_part_codes")).toObject().value(part).toString());
            return finish(last + 1, QStringLiteral("SET"), spec);
        }
        if (m_dayParts.contains(key(last))) {
            // "Saturday night": TIMEX3 marks the part of the day.
            spec.time = kb.dateRules().value(QLatin1String("day_part_codes")).toObject().value(key(last)).toString();
            ++last;
        }
        return finish(last, spec.time.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"), spec);
    }

    // Month-based calendar dates.
    const int m0 = month(k);
    if (m0 > 0) {
        const bool ambiguous = k0 == QLatin1String("may") || k0 == QLatin1String("march");
        TimexSpec spec;
        spec.month = m0;
        int j = k + 1;
        if (key(j) == QLatin1String(".")) {
            ++j;
        }
        if (const int d = dayAt(j)) {
            spec.day = d;
            ++j;
            int y = 0;
            if (key(j) == QLatin1String(",") && (y = yearAt(j + 1))) {
                j += 2;
            } else if ((y = yearAt(j))) {
                ++j;
            }
            spec.year = y;
            return finish(j, QStringLiteral("DATE"), spec);
        }
        int spokenLength = 0;
        if (const int y = spokenYearAt(j, &spokenLength)) { // "January nineteen ninety-seven"
            spec.year = y;
            return finish(j + spokenLength, QStringLiteral("DATE"), spec);
        }
        if (const int y = yearAt(j) ? yearAt(j) : (key(j) == QLatin1String(",") ? yearAt(j + 1) : 0)) {
            spec.year = y;
            return finish(yearAt(j) ? j + 1 : j + 2, QStringLiteral("DATE"), spec);
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
        const int dir = numberIn(m_direction, key(j), 99);
        if (dir != 99 && kb.unit(key(j + 1)) == QLatin1String("Y")) {
            spec.offset = dir == 0 ? 99 : dir;
            return finish(j + 2, QStringLiteral("DATE"), spec);
        }
        if (!ambiguous || monthPreps.contains(prev)) {
            return finish(k + 1, QStringLiteral("DATE"), spec);
        }
        return 0;
    }

    if (isNum(k)) {
        // 10 January 2022
        if (const int d = dayAt(k); d && month(k + 1) > 0) {
            TimexSpec spec;
            spec.day = d;
            spec.month = month(k + 1);
            int j = k + 2;
            if (key(j) == QLatin1String(",") && yearAt(j + 1)) {
                ++j;
            }
            if ((spec.year = yearAt(j))) {
                ++j;
            }
            return finish(j, QStringLiteral("DATE"), spec);
        }
        // 2022-01-10
        if (yearAt(k) && key(k + 1) == QLatin1String("-") && isNum(k + 2) && key(k + 3) == QLatin1String("-")
            && isNum(k + 4) && !t.at(k + 1).is(Token::SpaceBefore) && !t.at(k + 3).is(Token::SpaceBefore)) {
            TimexSpec spec;
            spec.year = yearAt(k);
            spec.month = key(k + 2).toInt();
            spec.day = key(k + 4).toInt();
            if (spec.month >= 1 && spec.month <= 12 && spec.day >= 1 && spec.day <= 31) {
                return finish(k + 5, QStringLiteral("DATE"), spec);
            }
        }
        // 1/10/2022 (US order)
        const QStringList parts = k0.split(QLatin1Char('/'));
        if (parts.size() == 3 && parts.at(2).size() == 4) {
            TimexSpec spec;
            spec.month = parts.at(0).toInt();
            spec.day = parts.at(1).toInt();
            spec.year = parts.at(2).toInt();
            if (spec.month >= 1 && spec.month <= 12 && spec.day >= 1 && spec.day <= 31) {
                return finish(k + 1, QStringLiteral("DATE"), spec);
            }
        }
        // Decades: 1990s
        if (k0.size() == 5 && k0.endsWith(QLatin1Char('s')) && k0.at(3) == QLatin1Char('0')) {
            TimexSpec spec;
            spec.kind = Kind::Decade;
            spec.literal = k0.left(3);
            return finish(k + 1, QStringLiteral("DATE"), spec);
        }
    }

    // Durations and "N units ago": a number (digits, words, fractions) followed by a unit.
    {
        int j = k;
        double amount = 0;
        bool ok = false;
        bool approximate = false;
        if (isNum(j)) {
            const QString n = key(j);
            if (n.contains(QLatin1Char('/'))) {
                const auto p = n.split(QLatin1Char('/'));
                amount = p.at(0).toDouble() / std::max(1.0, p.at(1).toDouble());
                ok = p.size() == 2;
            } else {
                QString plain = n;
                plain.remove(QLatin1Char(','));
                amount = plain.toDouble(&ok);
            }
            ++j;
            if (ok && isNum(j) && key(j).contains(QLatin1Char('/'))) { // 2 1/2
                const auto p = key(j).split(QLatin1Char('/'));
                amount += p.at(0).toDouble() / std::max(1.0, p.at(1).toDouble());
                ++j;
            }
        } else {
            const int v = numberIn(m_numbers, k0, 0);
            if (v > 0 || v == -2) {
                ok = true;
                amount = v;
                approximate = v == -2;
                ++j;
                // "twenty-five", "a half", "a couple of"
                if (key(j) == QLatin1String("-") && numberIn(m_numbers, key(j + 1), 0) > 0) {
                    amount += numberIn(m_numbers, key(j + 1), 0);
                    j += 2;
                }
                if (key(j) == QLatin1String("of")) {
                    ++j;
                }
            }
        }
        if (ok) {
            if (key(j) == QLatin1String("-")) { // five-year plan
                ++j;
            }
            if (key(j) == QLatin1String("and") && key(j + 1) == QLatin1String("a")
                && key(j + 2) == QLatin1String("half")) {
                amount += 0.5;
                j += 3;
            }
            const QString unit = kb.unit(key(j));
            const bool aIsArticle = (k0 == QLatin1String("a") || k0 == QLatin1String("an"));
            // "the 1988 quarter" names a year's period, not 1988 quarters; "three-quarters of" is a fraction.
            const bool yearBeforeNoun = yearAt(k) && j == k + 1 && !key(j).endsWith(QLatin1Char('s'));
            const bool fraction =
                unit == QLatin1String("Q") && key(j - 1) == QLatin1String("-") && key(j + 1) == QLatin1String("of");
            if (!unit.isEmpty() && unit != QLatin1String("WE") && (amount > 0 || approximate) && amount < 10000
                && !yearBeforeNoun && !fraction) {
                const int after = j + 1;
                TimexSpec spec;
                spec.amount = amount;
                spec.unit = unit;
                if (key(after) == QLatin1String("ago")) {
                    spec.kind = Kind::Ago;
                    return finish(after + 1, QStringLiteral("DATE"), spec);
                }
                // "two days later", "a week earlier": counted from the date the text last gave.
                const int sign = numberIn(m_anchor_direction, key(after), 0);
                if (sign != 0 && !approximate && !unit.startsWith(QLatin1Char('T'))) {
                    spec.kind = Kind::Anchored;
                    spec.offset = sign; // the direction: the resolver counts amount units that way
                    return finish(after + 1, QStringLiteral("DATE"), spec);
                }
                if (aIsArticle && !m_durationContext.contains(prev)) {
                    return 0;
                }
                // An age ("6-year-old", "44 years old") is no temporal expression in TimeML.
                const auto &ageWords = m_ageWords;
                if (ageWords.contains(key(after))
                    || (key(after) == QLatin1String("-") && ageWords.contains(key(after + 1)))) {
                    return 0;
                }
                spec.kind = Kind::Duration;
                if (approximate) {
                    spec.amount = -1;
                }
                return finish(after, QStringLiteral("DURATION"), spec);
            }
        }
    }

    // today / yesterday / tomorrow (+ morning); tonight; this morning; the day before yesterday
    const QJsonObject partCodes = kb.dateRules().value(QLatin1String("day_part_codes")).toObject();
    if (k0 == QLatin1String("day") && (key(k + 1) == QLatin1String("before") || key(k + 1) == QLatin1String("after"))) {
        const int base = numberIn(m_relative_days, key(k + 2), 99);
        if (base == -1 || base == 1) {
            TimexSpec spec;
            spec.kind = Kind::RelativeDay;
            spec.offset = base + (key(k + 1) == QLatin1String("before") ? -1 : 1);
            const int first = prev == QLatin1String("the") ? k - 1 : k;
            out->firstToken = first;
            out->lastToken = k + 3;
            out->timexType = QStringLiteral("DATE");
            out->spec = spec;
            return 3;
        }
    }
    if (k0 == QLatin1String("this") && partCodes.contains(key(k + 1))) {
        TimexSpec spec;
        spec.kind = Kind::RelativeDay;
        spec.literal = partCodes.value(key(k + 1)).toString();
        return finish(k + 2, QStringLiteral("TIME"), spec);
    }
    const int rel = numberIn(m_relative_days, k0, 99);
    if (rel != 99) {
        TimexSpec spec;
        spec.kind = Kind::RelativeDay;
        spec.offset = rel;
        int last = k + 1;
        if (partCodes.contains(k0)) {
            spec.literal = partCodes.value(k0).toString();
        }
        if (partCodes.contains(key(last))) {
            spec.literal = partCodes.value(key(last)).toString();
            ++last;
        }
        return finish(last, spec.literal.isEmpty() ? QStringLiteral("DATE") : QStringLiteral("TIME"), spec);
    }
    // A season with a year: "summer 2019", "the winter of 1994", "winter of nineteen ninety-four"
    if (const int season = numberIn(m_seasons, k0); season > 0) {
        const int at = key(k + 1) == QLatin1String("of") ? k + 2 : k + 1;
        int length = 1;
        const int year = yearAt(at) ? yearAt(at) : spokenYearAt(at, &length);
        if (year > 0) {
            TimexSpec spec;
            spec.kind = Kind::Season;
            spec.month = season;
            spec.year = year;
            return finish(at + length, QStringLiteral("DATE"), spec);
        }
    }

    // "the following day", "the next day", "the previous week": counted from the last date given.
    if (prev == QLatin1String("the") && numberIn(m_anchor_direction, k0, 0) != 0 && k + 1 < end) {
        const QString unit = kb.unit(key(k + 1));
        if (unit == QLatin1String("D") || unit == QLatin1String("W") || unit == QLatin1String("M")
            || unit == QLatin1String("Y")) {
            TimexSpec spec;
            spec.kind = Kind::Anchored;
            spec.offset = numberIn(m_anchor_direction, k0, 0);
            spec.unit = unit;
            spec.amount = 1;
            out->firstToken = k - 1;
            out->lastToken = k + 2;
            out->timexType = QStringLiteral("DATE");
            out->spec = spec;
            return 2;
        }
    }
    // earlier/later this month; next/last/this week, month, year, weekday, month name, season, quarter
    int j = k;
    if ((k0 == QLatin1String("earlier") || k0 == QLatin1String("later")) && key(k + 1) == QLatin1String("this")) {
        j = k + 1;
    }
    const int direction = numberIn(m_direction, key(j), 99);
    if (direction != 99 && j + 1 < end) {
        const QString w = key(j + 1);
        TimexSpec spec;
        spec.offset = direction;
        const QString unit = kb.unit(w);
        const int wd = numberIn(m_weekdays, w);
        const int mo = t.at(j + 1).is(Token::Upper) ? numberIn(m_months, w) : -1;
        const int season = numberIn(m_seasons, w);
        if (key(j) == QLatin1String("past") || key(j) == QLatin1String("following")) {
            if (!unit.isEmpty() && unit != QLatin1String("WE")) {
                spec.kind = Kind::Duration;
                spec.amount = 1;
                spec.unit = unit;
                return finish(j + 2, QStringLiteral("DURATION"), spec);
            }
            // "in the past" alone is a reference, found below.
        } else if (wd > 0) {
            spec.weekday = wd;
            const int anchored = numberIn(m_anchor_direction, key(j), 0);
            if (anchored != 0 && j == k && prev == QLatin1String("the")) {
                // "the previous Friday", "the following Monday": counted from the last date given.
                spec.kind = Kind::Anchored;
                spec.unit = QStringLiteral("WD");
                spec.offset = anchored;
                out->firstToken = k - 1;
                out->lastToken = j + 2;
                out->timexType = QStringLiteral("DATE");
                out->spec = spec;
                return j + 2 - k;
            }
            spec.kind = Kind::Weekday;
            return finish(j + 2, QStringLiteral("DATE"), spec);
        } else if (mo > 0) {
            spec.kind = Kind::Calendar;
            spec.month = mo;
            spec.offset = direction == 0 ? 99 : direction; // 99: this year's
            return finish(j + 2, QStringLiteral("DATE"), spec);
        } else if (season > 0) {
            spec.kind = Kind::Season;
            spec.month = season;
            return finish(j + 2, QStringLiteral("DATE"), spec);
        } else if (!unit.isEmpty() && unit != QLatin1String("TH") && unit != QLatin1String("TM")) {
            spec.kind = Kind::RelativeUnit;
            spec.unit = unit;
            return finish(j + 2, QStringLiteral("DATE"), spec);
        }
    }

    // The weekend, a quarter, a season alone
    if (k0 == QLatin1String("weekend") && (prev == QLatin1String("the") || prev == QLatin1String("this"))) {
        TimexSpec spec;
        spec.kind = Kind::RelativeUnit;
        spec.unit = QStringLiteral("WE");
        out->firstToken = k - 1;
        out->lastToken = k + 1;
        out->timexType = QStringLiteral("DATE");
        out->spec = spec;
        return 1;
    }
    const bool hyphenQuarter = key(k + 1) == QLatin1String("-") && key(k + 2) == QLatin1String("quarter");
    if (const int q = numberIn(m_ordinals, k0, 0);
        q >= 1 && q <= 4 && (key(k + 1) == QLatin1String("quarter") || hyphenQuarter)) {
        TimexSpec spec;
        spec.kind = Kind::Quarter;
        spec.month = q;
        int last = hyphenQuarter ? k + 3 : k + 2;
        if (key(last) == QLatin1String("of") && yearAt(last + 1)) {
            spec.year = yearAt(last + 1);
            last += 2;
        }
        // "the 1988 third quarter", "the year-ago third quarter"; "the first quarter": the article
        // belongs to the expression, as TimeML marks it.
        int first = k;
        if (k >= 1 && yearAt(k - 1)) {
            spec.year = yearAt(k - 1);
            first = k - 1;
        } else if (k >= 3 && m_yearAgoWords.contains(t.at(k - 1).key) && t.at(k - 2).key == QLatin1String("-")
                   && t.at(k - 3).key == QLatin1String("year")) {
            spec.offset = -1;
            first = k - 3;
        }
        if (first >= 1 && t.at(first - 1).key == QLatin1String("the")) {
            --first;
        }
        out->firstToken = first;
        out->lastToken = last;
        out->timexType = QStringLiteral("DATE");
        out->spec = spec;
        return last - k;
    }

    // "year-earlier results", "the year-ago period": the same period a year back.
    if (k0 == QLatin1String("year") && key(k + 1) == QLatin1String("-") && m_yearAgoWords.contains(key(k + 2))
        && key(k + 3) != QLatin1String("quarter") && numberIn(m_ordinals, key(k + 3), 0) == 0) {
        TimexSpec spec;
        spec.kind = Kind::Ago;
        spec.unit = QStringLiteral("Y");
        spec.amount = 1;
        int last = k + 3;
        const bool period = m_periodWords.contains(key(last));
        if (period) {
            ++last;
        }
        out->firstToken = period && prev == QLatin1String("the") ? k - 1 : k;
        out->lastToken = last;
        out->timexType = QStringLiteral("DATE");
        out->spec = spec;
        return last - k;
    }

    // "the quarter", "the latest quarter": the reporting period just closed.
    const bool yearAgoQuarter = k0 == QLatin1String("quarter") && k >= 3 && m_yearAgoWords.contains(prev)
        && t.at(k - 2).key == QLatin1String("-") && t.at(k - 3).key == QLatin1String("year");
    if (k0 == QLatin1String("quarter")
        && (prev == QLatin1String("the") || m_latestWords.contains(prev) || yearAgoQuarter)) {
        TimexSpec spec;
        spec.kind = Kind::Quarter;
        spec.offset = yearAgoQuarter ? -1 : 0; // "the year-ago quarter"
        int first = yearAgoQuarter ? k - 3 : k - 1;
        if (prev != QLatin1String("the") && first >= 1 && t.at(first - 1).key == QLatin1String("the")) {
            --first;
        }
        out->firstToken = first;
        out->lastToken = k + 1;
        out->timexType = QStringLiteral("DATE");
        out->spec = spec;
        return 1;
    }
    // "the past" alone
    if (k0 == QLatin1String("past") && prev == QLatin1String("the") && kb.unit(key(k + 1)).isEmpty()
        && numberIn(m_numbers, key(k + 1), 0) == 0 && !isNum(k + 1)) {
        TimexSpec spec;
        spec.kind = Kind::Reference;
        spec.literal = QStringLiteral("PAST_REF");
        out->firstToken = k - 1;
        out->lastToken = k + 1;
        out->timexType = QStringLiteral("DATE");
        out->spec = spec;
        return 1;
    }
    // Plural weekdays repeat: "on Mondays" -> XXXX-WXX-1
    if (k0.endsWith(QLatin1Char('s')) && t.at(k).is(Token::Upper)) {
        const int wd = numberIn(m_weekdays, k0.chopped(1));
        if (wd > 0) {
            TimexSpec spec;
            spec.kind = Kind::Set;
            spec.literal = QStringLiteral("XXXX-WXX-%1").arg(wd);
            return finish(k + 1, QStringLiteral("SET"), spec);
        }
    }
    // Sets: every Monday, each week, annually
    if (m_setWords.contains(k0) && k + 1 < end) {
        const QString w = key(k + 1);
        const int wd = numberIn(m_weekdays, w);
        TimexSpec spec;
        spec.kind = Kind::Set;
        if (wd > 0) {
            spec.literal = QStringLiteral("XXXX-WXX-%1").arg(wd);
            return finish(k + 2, QStringLiteral("SET"), spec);
        }
        if (const int mo = month(k + 1); mo > 0) { // "each July": XXXX-07
            spec.literal = QStringLiteral("XXXX-%1").arg(mo, 2, 10, QLatin1Char('0'));
            return finish(k + 2, QStringLiteral("SET"), spec);
        }
        const QString unit = kb.unit(w);
        if (!unit.isEmpty() && unit != QLatin1String("WE")) {
            spec.literal = unit.startsWith(QLatin1Char('T')) ? QString(QStringLiteral("PT1") + unit.mid(1))
                                                             : QString(QStringLiteral("P1") + unit);
            return finish(k + 2, QStringLiteral("SET"), spec);
        }
    }
    const QJsonObject setValues = kb.dateRules().value(QLatin1String("set_adverb_values")).toObject();
    if (setValues.contains(k0)) {
        TimexSpec spec;
        spec.kind = Kind::Set;
        spec.literal = setValues.value(k0).toString();
        return finish(k + 1, QStringLiteral("SET"), spec);
    }

    // References: now, recently, soon; "the future"
    if (m_presentRef.contains(k0) || m_pastRef.contains(k0) || m_futureRef.contains(k0)) {
        TimexSpec spec;
        spec.kind = Kind::Reference;
        spec.literal = m_presentRef.contains(k0)
            ? QStringLiteral("PRESENT_REF")
            : (m_pastRef.contains(k0) ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF"));
        return finish(k + 1, QStringLiteral("DATE"), spec);
    }
    if (k0 == QLatin1String("future") && prev == QLatin1String("the")) {
        TimexSpec spec;
        spec.kind = Kind::Reference;
        spec.literal = QStringLiteral("FUTURE_REF");
        out->firstToken = k - 1;
        out->lastToken = k + 1;
        out->timexType = QStringLiteral("DATE");
        out->spec = spec;
        return 1;
    }

    // Holidays (capitalised names from holidays.tsv)
    if (t.at(k).is(Token::Upper)) {
        const QVector<int> *values = nullptr;
        const int len = kb.holidays().longestMatch(
            k,
            end,
            [&](int i) -> const QString & {
                return t.at(i).key;
            },
            &values);
        if (len > 0) {
            TimexSpec spec;
            spec.kind = Kind::Holiday;
            spec.literal = kb.holidayRule(values->first());
            return finish(k + len, QStringLiteral("DATE"), spec);
        }
    }

    int spokenLength = 0;
    if (const int y = spokenYearAt(k, &spokenLength)) {
        TimexSpec spec;
        spec.year = y;
        return finish(k + spokenLength, QStringLiteral("DATE"), spec);
    }
    // A year alone, after a preposition or before punctuation: "in 2019", "since 2014,"
    if (const int y = yearAt(k)) {
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
        // "1989 earnings" is a year; "2000 troops" a count.
        const bool countFollows = k + 1 < end && t.at(k + 1).is(Token::Word) && !t.at(k + 1).is(Token::Upper)
            && t.at(k + 1).key.endsWith(QLatin1Char('s')) && !t.at(k + 1).key.endsWith(QLatin1String("ss"));
        if (yearPreps.contains(prev) || !countFollows) {
            TimexSpec spec;
            spec.year = y;
            return finish(k + 1, QStringLiteral("DATE"), spec);
        }
    }
    return 0;
}

} // namespace Readout
