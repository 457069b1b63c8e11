// SPDX-License-Identifier: GPL-3.0-or-later
#include "storybuilder.h"

#include "eventmatcher.h"
#include "knowledge/rulelabels.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace Readout
{

namespace
{

QString sidesKey(const QStringList &sides)
{
    QStringList keys;
    for (const QString &s : sides) {
        keys.append(s.simplified().toLower());
    }
    keys.sort();
    keys.removeDuplicates();
    return keys.join(QChar(0x1f));
}

/// Whether two dates of one event contradict each other: both given, neither a less precise
/// form of the other.
bool datesConflict(const QString &x, const QString &y)
{
    return !x.isEmpty() && !y.isEmpty() && x != y && !x.startsWith(y + QLatin1Char('-'))
        && !y.startsWith(x + QLatin1Char('-'));
}

/// The value most members give (empty values do not count); ties go to the later report (members
/// are in publication order), unless its value is a less precise form of the other.
template<typename Value>
QString mostGiven(const QVector<StoryMember> &members, Value value)
{
    QHash<QString, int> counts;
    QString best;
    for (const StoryMember &m : members) {
        const QString v = value(m);
        if (v.isEmpty()) {
            continue;
        }
        const int n = ++counts[v];
        // On a tie the later report wins, unless it only gives a coarser form (2024-03 of 2024-03-08).
        if (best.isEmpty() || n > counts.value(best) || (n == counts.value(best) && !best.startsWith(v))) {
            best = v;
        }
    }
    return best;
}

/// Union-find over the events, each set knowing its members and their reports.
class Clusters
{
public:
    explicit Clusters(const QVector<int> &reportOf)
        : m_reportOf(reportOf)
        , m_parent(reportOf.size())
        , m_members(reportOf.size())
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
        for (int i = 0; i < reportOf.size(); ++i) {
            m_members[i] = {i};
        }
        m_apart.resize(reportOf.size());
    }

    int find(int x)
    {
        while (m_parent.at(x) != x) {
            m_parent[x] = m_parent.at(m_parent.at(x));
            x = m_parent.at(x);
        }
        return x;
    }
    void keepApart(int x, int y)
    {
        m_apart[x].append(y);
        m_apart[y].append(x);
    }
    /// Joins the sets of x and y; unless forced, not when that puts two events of one report
    /// together or two events kept apart.
    bool join(int x, int y, bool forced)
    {
        int rx = find(x);
        int ry = find(y);
        if (rx == ry) {
            return false;
        }
        if (m_members.at(rx).size() < m_members.at(ry).size()) {
            std::swap(rx, ry);
        }
        if (!forced && !compatible(rx, ry)) {
            return false;
        }
        m_parent[ry] = rx;
        m_members[rx] += m_members.at(ry);
        m_members[ry].clear();
        return true;
    }
    [[nodiscard]] const QVector<int> &members(int root) const
    {
        return m_members.at(root);
    }

private:
    bool compatible(int rx, int ry)
    {
        QSet<int> reports;
        for (int m : m_members.at(rx)) {
            reports.insert(m_reportOf.at(m));
        }
        for (int m : m_members.at(ry)) {
            if (reports.contains(m_reportOf.at(m))) {
                return false;
            }
            for (int other : m_apart.at(m)) {
                if (find(other) == rx) {
                    return false;
                }
            }
        }
        return true;
    }

    QVector<int> m_reportOf;
    QVector<int> m_parent;
    QVector<QVector<int>> m_members;
    QVector<QVector<int>> m_apart;
};

struct Flat {
    QVector<const Event *> events;
    QVector<int> reportOf;
    QVector<int> eventOf;
    QHash<QPair<int, int>, int> index; ///< (report, event) -> position
};

Flat flatten(const QVector<StoryReport> &reports)
{
    Flat f;
    for (int r = 0; r < reports.size(); ++r) {
        for (int e = 0; e < reports.at(r).events.size(); ++e) {
            f.index.insert({r, e}, int(f.events.size()));
            f.events.append(&reports.at(r).events.at(e));
            f.reportOf.append(r);
            f.eventOf.append(e);
        }
    }
    return f;
}

struct Edge {
    int x;
    int y;
    int pass;
    double score;
};

/// The pairs worth testing: events of different reports sharing a type family and a participant
/// (a date when they name none). Events with day dates more than the allowed gap apart are not
/// paired, so a block of one busy participant costs its neighbours in time, not all its events.
QVector<Edge> candidateEdges(const Flat &f,
                             const QVector<StoryReport> &reports,
                             const CompareRules &rules,
                             const EventMatcher &matcher)
{
    QHash<QString, QVector<int>> blocks;
    for (int i = 0; i < f.events.size(); ++i) {
        const Event &e = *f.events.at(i);
        const QString family = rules.family(e.type) + QChar(0x1e);
        if (e.participants.isEmpty()) {
            blocks[family + QLatin1Char('#') + e.date].append(i);
        }
        for (const QString &p : e.participants) {
            blocks[family + p.simplified().toLower()].append(i);
        }
    }
    QSet<QPair<int, int>> seen;
    QVector<Edge> edges;
    const auto consider = [&](int x, int y) {
        if (x == y || f.reportOf.at(x) == f.reportOf.at(y)) {
            return;
        }
        const QPair<int, int> key{std::min(x, y), std::max(x, y)};
        if (seen.contains(key)) {
            return;
        }
        seen.insert(key);
        const Event &a = *f.events.at(key.first);
        const Event &b = *f.events.at(key.second);
        if (a.date.size() != 10 || b.date.size() != 10) {
            // Without a day, the reports' dates must be near: "the talks" of one year are not those of another.
            const QDate pa = reports.at(f.reportOf.at(key.first)).published;
            const QDate pb = reports.at(f.reportOf.at(key.second)).published;
            if (pa.isValid() && pb.isValid() && std::abs(pa.daysTo(pb)) > rules.storyReportGapDays) {
                return;
            }
        }
        if (const int p = matcher.pass(a, b)) {
            edges.append(Edge{key.first, key.second, p, matcher.score(a, b)});
        }
    };
    for (const QVector<int> &block : std::as_const(blocks)) {
        QVector<std::pair<qint64, int>> days;
        QVector<int> others;
        for (int i : block) {
            const QString &date = f.events.at(i)->date;
            const QDate day = date.size() == 10 ? QDate::fromString(date, Qt::ISODate) : QDate();
            if (day.isValid()) {
                days.append({day.toJulianDay(), i});
            } else {
                others.append(i);
            }
        }
        std::sort(days.begin(), days.end());
        for (int u = 0; u < days.size(); ++u) {
            for (int v = u + 1; v < days.size() && days.at(v).first - days.at(u).first <= rules.maxDateGapDays; ++v) {
                consider(days.at(u).second, days.at(v).second);
            }
        }
        // An event without a day meets only reports published near its own (see consider).
        QVector<std::pair<qint64, int>> byPublished;
        QVector<int> unpublished;
        for (int i : block) {
            const QDate p = reports.at(f.reportOf.at(i)).published;
            if (p.isValid()) {
                byPublished.append({p.toJulianDay(), i});
            } else {
                unpublished.append(i);
            }
        }
        std::sort(byPublished.begin(), byPublished.end());
        for (int u : std::as_const(others)) {
            const QDate p = reports.at(f.reportOf.at(u)).published;
            if (!p.isValid()) {
                for (int v : block) {
                    consider(u, v);
                }
                continue;
            }
            auto v = std::lower_bound(byPublished.cbegin(),
                                      byPublished.cend(),
                                      std::pair<qint64, int>(p.toJulianDay() - rules.storyReportGapDays, -1));
            for (; v != byPublished.cend() && v->first <= p.toJulianDay() + rules.storyReportGapDays; ++v) {
                consider(u, v->second);
            }
            for (int w : std::as_const(unpublished)) {
                consider(u, w);
            }
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        if (a.pass != b.pass) {
            return a.pass < b.pass;
        }
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return std::pair(a.x, a.y) < std::pair(b.x, b.y);
    });
    return edges;
}

Story storyOf(const QVector<int> &members, const Flat &f, const QVector<StoryReport> &reports)
{
    Story s;
    for (int m : members) {
        s.members.append(StoryMember{f.reportOf.at(m), f.eventOf.at(m)});
    }
    std::sort(s.members.begin(), s.members.end(), [&](const StoryMember &a, const StoryMember &b) {
        const QDate da = reports.at(a.report).published;
        const QDate db = reports.at(b.report).published;
        if (da.isValid() != db.isValid()) {
            return da.isValid();
        }
        if (da != db) {
            return da < db;
        }
        return std::pair(a.report, a.event) < std::pair(b.report, b.event);
    });
    const auto event = [&](const StoryMember &m) -> const Event & {
        return reports.at(m.report).events.at(m.event);
    };
    s.type = mostGiven(s.members, [&](const StoryMember &m) {
        return event(m).type;
    });
    s.date = mostGiven(s.members, [&](const StoryMember &m) {
        return event(m).date;
    });
    s.place = mostGiven(s.members, [&](const StoryMember &m) {
        return event(m).location;
    });
    const QString sides = mostGiven(s.members, [&](const StoryMember &m) {
        return event(m).participants.join(QChar(0x1f));
    });
    s.sides = sides.split(QChar(0x1f), Qt::SkipEmptyParts);

    QStringList dates;
    QSet<QString> places;
    QSet<QString> sideSets;
    for (int i = 0; i < s.members.size(); ++i) {
        const Event &e = event(s.members.at(i));
        for (const QString &d : std::as_const(dates)) {
            if (datesConflict(d, e.date) && !s.flags.contains(QLatin1String("date_differs"))) {
                s.flags << QStringLiteral("date_differs");
            }
        }
        dates.append(e.date);
        if (!e.location.isEmpty()) {
            places.insert(e.location.simplified().toLower());
        }
        sideSets.insert(sidesKey(e.participants));
        if (!e.status.isEmpty() && (s.steps.isEmpty() || s.steps.constLast().status != e.status)) {
            s.steps.append(StatusStep{e.status, reports.at(s.members.at(i).report).published, i});
        }
    }
    if (places.size() > 1) {
        s.flags << QStringLiteral("place_differs");
    }
    if (sideSets.size() > 1) {
        s.flags << QStringLiteral("participants_differ");
    }
    return s;
}

} // namespace

int Story::reports() const
{
    QSet<int> r;
    for (const StoryMember &m : members) {
        r.insert(m.report);
    }
    return int(r.size());
}

QString Story::label() const
{
    QString text = sides.join(QStringLiteral(" – "));
    text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + RuleLabels::eventTypeInText(type);
    return date.isEmpty() ? text : text + QStringLiteral(", ") + date;
}

QString Story::statusText() const
{
    QStringList parts;
    for (const StatusStep &step : steps) {
        const QString status = RuleLabels::status(step.status);
        parts.append(step.since.isValid() ? QStringLiteral("%1 (%2)").arg(status, step.since.toString(Qt::ISODate))
                                          : status);
    }
    return parts.join(QStringLiteral(" → "));
}

StoryBuilder::StoryBuilder(const CompareRules &rules)
    : m_rules(rules)
{
}

QVector<Story> StoryBuilder::build(const QVector<StoryReport> &reports, const StoryDecisions &decisions) const
{
    const Flat f = flatten(reports);
    Clusters clusters(f.reportOf);
    const auto position = [&](const StoryMember &m) {
        return f.index.value({m.report, m.event}, -1);
    };
    for (const auto &[a, b] : decisions.different) {
        if (position(a) >= 0 && position(b) >= 0) {
            clusters.keepApart(position(a), position(b));
        }
    }
    QSet<int> linked;
    for (const auto &[a, b] : decisions.same) {
        if (position(a) >= 0 && position(b) >= 0 && clusters.join(position(a), position(b), true)) {
            linked << position(a) << position(b);
        }
    }
    const EventMatcher matcher(m_rules);
    for (const Edge &e : candidateEdges(f, reports, m_rules, matcher)) {
        clusters.join(e.x, e.y, false);
    }
    QVector<Story> stories;
    for (int i = 0; i < f.events.size(); ++i) {
        if (clusters.find(i) != i) {
            continue;
        }
        stories.append(storyOf(clusters.members(i), f, reports));
        for (int m : clusters.members(i)) {
            stories.last().linked = stories.last().linked || linked.contains(m);
        }
    }
    std::stable_sort(stories.begin(), stories.end(), [](const Story &a, const Story &b) {
        if (a.date.isEmpty() != b.date.isEmpty()) {
            return !a.date.isEmpty();
        }
        if (a.date != b.date) {
            return a.date < b.date;
        }
        return a.label() < b.label();
    });
    return stories;
}

} // namespace Readout
