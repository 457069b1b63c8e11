// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmatcher.h"

#include "knowledge/rulelabels.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Readout
{

namespace
{

enum class DateRelation {
    Equal, ///< the same value, or neither has one
    Missing, ///< only one has a date
    Coarser, ///< one is a less precise form of the other (2022-01 and 2022-01-10)
    Conflict, ///< both dated, differently
};

DateRelation dateRelation(const QString &x, const QString &y)
{
    if (x == y) {
        return DateRelation::Equal;
    }
    if (x.isEmpty() || y.isEmpty()) {
        return DateRelation::Missing;
    }
    if (x.startsWith(y + QLatin1Char('-')) || y.startsWith(x + QLatin1Char('-'))) {
        return DateRelation::Coarser;
    }
    return DateRelation::Conflict;
}

/// Days between two day dates; -1 when either is not a day.
int dayGap(const QString &x, const QString &y)
{
    const QDate dx = QDate::fromString(x, Qt::ISODate);
    const QDate dy = QDate::fromString(y, Qt::ISODate);
    if (!dx.isValid() || !dy.isValid() || x.size() != 10 || y.size() != 10) {
        return -1;
    }
    return int(std::abs(dx.daysTo(dy)));
}

QSet<QString> actorSet(const QStringList &participants)
{
    QSet<QString> out;
    for (const QString &p : participants) {
        const QString key = p.simplified().toLower();
        if (!key.isEmpty()) {
            out.insert(key);
        }
    }
    return out;
}

double jaccard(const QSet<QString> &x, const QSet<QString> &y)
{
    if (x.isEmpty() && y.isEmpty()) {
        return 1.0;
    }
    const qsizetype shared = QSet<QString>(x).intersect(y).size();
    const qsizetype all = QSet<QString>(x).unite(y).size();
    return all == 0 ? 0.0 : double(shared) / double(all);
}

QString placeKey(const QString &place)
{
    return place.simplified().toLower();
}

/// The participants of one event missing from the other, as written.
QStringList missingFrom(const QStringList &from, const QSet<QString> &other)
{
    QStringList out;
    for (const QString &p : from) {
        if (!other.contains(p.simplified().toLower())) {
            out.append(p);
        }
    }
    return out;
}

} // namespace

EventMatcher::EventMatcher(const CompareRules &rules)
    : m_rules(rules)
{
}

double EventMatcher::score(const Event &a, const Event &b) const
{
    const double type = a.type == b.type ? 1.0 : m_rules.family(a.type) == m_rules.family(b.type) ? 0.6 : 0.0;
    const double participants = jaccard(actorSet(a.participants), actorSet(b.participants));
    double date = 0.0;
    switch (dateRelation(a.date, b.date)) {
    case DateRelation::Equal:
        date = 1.0;
        break;
    case DateRelation::Coarser:
    case DateRelation::Missing:
        date = 0.5;
        break;
    case DateRelation::Conflict: {
        const int gap = dayGap(a.date, b.date);
        date = gap < 0 ? 0.0 : 0.5 * std::max(0.0, 1.0 - double(gap) / double(m_rules.maxDateGapDays + 1));
        break;
    }
    }
    const QString pa = placeKey(a.location);
    const QString pb = placeKey(b.location);
    const double place = pa == pb ? 1.0 : (pa.isEmpty() || pb.isEmpty()) ? 0.5 : 0.0;
    const double status = a.status == b.status ? 1.0 : 0.0;
    const double total = m_rules.typeWeight + m_rules.participantsWeight + m_rules.dateScoreWeight + m_rules.placeWeight
        + m_rules.statusWeight;
    if (total <= 0.0) {
        return 0.0;
    }
    const double s = (m_rules.typeWeight * type + m_rules.participantsWeight * participants
                      + m_rules.dateScoreWeight * date + m_rules.placeWeight * place + m_rules.statusWeight * status)
        / total;
    return std::round(std::clamp(s, 0.0, 1.0) * 1000.0) / 1000.0;
}

QStringList EventMatcher::flags(const Event &a, const Event &b) const
{
    QStringList out;
    if (dateRelation(a.date, b.date) != DateRelation::Equal) {
        out << QStringLiteral("date_differs");
    }
    const QString pa = placeKey(a.location);
    const QString pb = placeKey(b.location);
    if (pa != pb && ((!pa.isEmpty() && !pb.isEmpty()) || m_rules.placeMissingDiffers)) {
        out << QStringLiteral("place_differs");
    }
    if (actorSet(a.participants) != actorSet(b.participants)) {
        out << QStringLiteral("participants_differ");
    }
    if (a.status != b.status && !a.status.isEmpty() && !b.status.isEmpty()) {
        out << QStringLiteral("status_differs");
    }
    if (out.isEmpty()) {
        out << QStringLiteral("same");
    }
    return out;
}

QString EventMatcher::explain(const Event &a, const Event &b) const
{
    QStringList parts;
    if (a.type == b.type) {
        parts
            << QCoreApplication::translate("Readout::EventMatcher", "both %1").arg(RuleLabels::eventTypeInText(a.type));
    } else {
        parts << QCoreApplication::translate("Readout::EventMatcher", "%1 and %2 are both %3")
                     .arg(RuleLabels::eventTypeInText(a.type),
                          RuleLabels::eventTypeInText(b.type),
                          RuleLabels::eventTypeInText(m_rules.family(a.type)));
    }
    const QSet<QString> sa = actorSet(a.participants);
    const QSet<QString> sb = actorSet(b.participants);
    if (sa == sb) {
        parts << QCoreApplication::translate("Readout::EventMatcher", "same participants (%1)")
                     .arg(a.participants.join(QLatin1String("; ")));
    } else {
        QString p = QCoreApplication::translate("Readout::EventMatcher", "participants overlap");
        const QStringList onlyA = missingFrom(a.participants, sb);
        const QStringList onlyB = missingFrom(b.participants, sa);
        if (!onlyA.isEmpty()) {
            p += QCoreApplication::translate("Readout::EventMatcher", "; only A names %1")
                     .arg(onlyA.join(QLatin1String(", ")));
        }
        if (!onlyB.isEmpty()) {
            p += QCoreApplication::translate("Readout::EventMatcher", "; only B names %1")
                     .arg(onlyB.join(QLatin1String(", ")));
        }
        parts << p;
    }
    switch (dateRelation(a.date, b.date)) {
    case DateRelation::Equal:
        parts << (a.date.isEmpty() ? QCoreApplication::translate("Readout::EventMatcher", "neither dated")
                                   : QCoreApplication::translate("Readout::EventMatcher", "same date %1").arg(a.date));
        break;
    case DateRelation::Missing:
        parts << (a.date.isEmpty()
                      ? QCoreApplication::translate("Readout::EventMatcher", "only B dates it (%1)").arg(b.date)
                      : QCoreApplication::translate("Readout::EventMatcher", "only A dates it (%1)").arg(a.date));
        break;
    case DateRelation::Coarser:
        parts << QCoreApplication::translate("Readout::EventMatcher", "dates %1 and %2 differ in precision")
                     .arg(a.date, b.date);
        break;
    case DateRelation::Conflict: {
        const int gap = dayGap(a.date, b.date);
        if (gap == 1) {
            parts << QCoreApplication::translate("Readout::EventMatcher", "dates differ: %1 vs %2 (a day apart)")
                         .arg(a.date, b.date);
        } else if (gap > 1) {
            parts << QCoreApplication::translate("Readout::EventMatcher", "dates differ: %1 vs %2 (%3 days apart)")
                         .arg(a.date, b.date)
                         .arg(gap);
        } else {
            parts << QCoreApplication::translate("Readout::EventMatcher", "dates differ: %1 vs %2").arg(a.date, b.date);
        }
        break;
    }
    }
    const QString pa = placeKey(a.location);
    const QString pb = placeKey(b.location);
    if (pa != pb) {
        if (!pa.isEmpty() && !pb.isEmpty()) {
            parts << QCoreApplication::translate("Readout::EventMatcher", "places differ: %1 vs %2")
                         .arg(a.location, b.location);
        } else {
            parts << (pa.isEmpty() ? QCoreApplication::translate("Readout::EventMatcher", "only B names the place (%1)")
                                         .arg(b.location)
                                   : QCoreApplication::translate("Readout::EventMatcher", "only A names the place (%1)")
                                         .arg(a.location));
        }
    }
    if (a.status != b.status) {
        parts << QCoreApplication::translate("Readout::EventMatcher", "status %1 in A, %2 in B")
                     .arg(RuleLabels::status(a.status), RuleLabels::status(b.status));
    }
    return parts.join(QLatin1String("; "));
}

int EventMatcher::pass(const Event &x, const Event &y, bool aligned) const
{
    if (m_rules.family(x.type) != m_rules.family(y.type)) {
        return 0;
    }
    const QSet<QString> sx = actorSet(x.participants);
    const QSet<QString> sy = actorSet(y.participants);
    const DateRelation rel = dateRelation(x.date, y.date);
    if (sx == sy) {
        if (rel == DateRelation::Equal) {
            return 1;
        }
        const int gap = dayGap(x.date, y.date);
        return rel != DateRelation::Conflict || (gap >= 0 && gap <= m_rules.maxDateGapDays) || aligned ? 2 : 0;
    }
    return rel == DateRelation::Equal && jaccard(sx, sy) >= m_rules.minParticipantOverlap
            && (!x.date.isEmpty() || aligned)
        ? 2
        : 0;
}

QVector<EventPair> EventMatcher::match(const QVector<Event> &a,
                                       const QVector<Event> &b,
                                       const AlignedFn &evidenceAligned,
                                       const MatchDecisions &decisions) const
{
    struct Candidate {
        int i;
        int j;
        int pass;
        double score;
    };
    QVector<Candidate> candidates;
    for (int i = 0; i < a.size(); ++i) {
        for (int j = 0; j < b.size(); ++j) {
            if (decisions.different.contains({i, j})) {
                continue;
            }
            const bool aligned = evidenceAligned && evidenceAligned(i, j);
            // The analyst's links go first (pass 0), then what the rules allow.
            const int p = decisions.same.contains({i, j}) ? 0 : pass(a.at(i), b.at(j), aligned);
            if (p > 0 || decisions.same.contains({i, j})) {
                // Aligned evidence breaks ties between otherwise equal candidates.
                candidates.append(Candidate{i, j, p, score(a.at(i), b.at(j)) + (aligned ? 0.01 : 0.0)});
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        if (x.pass != y.pass) {
            return x.pass < y.pass;
        }
        return x.score > y.score;
    });
    QVector<int> partnerOfA(a.size(), -1);
    QVector<int> partnerOfB(b.size(), -1);
    for (const Candidate &c : std::as_const(candidates)) {
        if (partnerOfA.at(c.i) < 0 && partnerOfB.at(c.j) < 0) {
            partnerOfA[c.i] = c.j;
            partnerOfB[c.j] = c.i;
        }
    }

    QVector<EventPair> out;
    for (int i = 0; i < a.size(); ++i) {
        EventPair pair;
        pair.a = i;
        pair.b = partnerOfA.at(i);
        if (pair.b >= 0) {
            pair.flags = flags(a.at(i), b.at(pair.b));
            pair.score = score(a.at(i), b.at(pair.b));
            pair.explanation = explain(a.at(i), b.at(pair.b));
            pair.linked = decisions.same.contains({i, pair.b});
            if (pair.linked) {
                pair.explanation =
                    QCoreApplication::translate("Readout::EventMatcher", "linked by the analyst; ") + pair.explanation;
            }
        } else {
            pair.flags = QStringList{QStringLiteral("only_in_a")};
            pair.explanation =
                QCoreApplication::translate("Readout::EventMatcher",
                                            "B reports no %1 (or event of its kind) of %2 on a matching date")
                    .arg(RuleLabels::eventTypeInText(a.at(i).type), a.at(i).participants.join(QLatin1String("; ")));
        }
        out.append(pair);
    }
    // B's own events go before the first pair whose B event comes after them.
    for (int j = 0; j < b.size(); ++j) {
        if (partnerOfB.at(j) >= 0) {
            continue;
        }
        EventPair pair;
        pair.b = j;
        pair.flags = QStringList{QStringLiteral("only_in_b")};
        pair.explanation =
            QCoreApplication::translate("Readout::EventMatcher",
                                        "A reports no %1 (or event of its kind) of %2 on a matching date")
                .arg(RuleLabels::eventTypeInText(b.at(j).type), b.at(j).participants.join(QLatin1String("; ")));
        auto at = std::find_if(out.begin(), out.end(), [j](const EventPair &p) {
            return p.b > j;
        });
        out.insert(at, pair);
    }
    return out;
}

} // namespace Readout
