// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventscorer.h"

#include <QRegularExpression>
#include <QSet>

namespace Readout
{

namespace
{

QSet<QString> setOf(const QStringList &l)
{
    return QSet<QString>(l.cbegin(), l.cend());
}

bool sameDate(const ScoredEvent &gold, const ScoredEvent &p)
{
    return p.date == gold.date || gold.alternativeDates.contains(p.date);
}

bool shareSide(const ScoredEvent &a, const ScoredEvent &b)
{
    return setOf(a.participants).intersects(setOf(b.participants));
}

/// Are the two evidence sentences the same (one may hold the other: a headline run into the lead)?
bool sameSentence(const ScoredEvent &gold, const ScoredEvent &p)
{
    const QString g = gold.evidence.simplified();
    const QString q = p.evidence.simplified();
    return !g.isEmpty() && !q.isEmpty() && (g.contains(q) || q.contains(g));
}

QString describe(const ScoredEvent &e)
{
    QStringList sides = e.participants;
    sides.sort();
    return QStringLiteral("%1 [%2] %3 %4%5")
        .arg(e.type,
             sides.join(QLatin1String(", ")),
             e.date.isEmpty() ? QStringLiteral("(no date)") : e.date,
             e.status,
             e.location.isEmpty() ? QString() : QStringLiteral(" @") + e.location);
}

/// What differs between an extracted event and the gold one of the same sentence.
QString difference(const ScoredEvent &gold, const ScoredEvent &p)
{
    QStringList out;
    QStringList missing = (setOf(gold.participants) - setOf(p.participants)).values();
    QStringList extra = (setOf(p.participants) - setOf(gold.participants)).values();
    missing.sort();
    extra.sort();
    if (!missing.isEmpty()) {
        out << QStringLiteral("sides: missing %1").arg(missing.join(QLatin1String(", ")));
    }
    if (!extra.isEmpty()) {
        out << QStringLiteral("sides: extra %1").arg(extra.join(QLatin1String(", ")));
    }
    if (!sameDate(gold, p)) {
        out << QStringLiteral("date: %1, gold %2")
                   .arg(p.date.isEmpty() ? QStringLiteral("none") : p.date,
                        gold.date.isEmpty() ? QStringLiteral("none") : gold.date);
    }
    return out.join(QLatin1String("; "));
}

} // namespace

double EventScores::participantRecall() const
{
    return ratio(participantsFound, gold);
}

double EventScores::statusAccuracy() const
{
    return ratio(statusOk, strict.tp);
}

double EventScores::typeAccuracy() const
{
    return ratio(typeOk, strict.tp);
}

double EventScores::locationAccuracy() const
{
    return ratio(locationOk, strict.tp);
}

EventScores &EventScores::operator+=(const EventScores &o)
{
    documents += o.documents;
    gold += o.gold;
    predicted += o.predicted;
    strict += o.strict;
    detection += o.detection;
    sides += o.sides;
    participantsFound += o.participantsFound;
    statusOk += o.statusOk;
    typeOk += o.typeOk;
    locationOk += o.locationOk;
    return *this;
}

bool FileGroup::contains(const QString &file) const
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)"));
    const auto m = number.match(file);
    return m.hasMatch() && m.captured(1).toInt() >= from && m.captured(1).toInt() <= to;
}

std::optional<QVector<FileGroup>> FileGroup::parseList(const QString &list)
{
    static const QRegularExpression range(QStringLiteral("^(\\d+)-(\\d+)$"));
    QVector<FileGroup> out;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = range.match(part.trimmed());
        if (!m.hasMatch() || m.captured(1).toInt() > m.captured(2).toInt()) {
            return std::nullopt;
        }
        out.append({part.trimmed(), m.captured(1).toInt(), m.captured(2).toInt()});
    }
    if (out.isEmpty()) {
        return std::nullopt;
    }
    return out;
}

void EventScorer::setGroups(const QVector<FileGroup> &groups)
{
    m_groupDefs = groups;
    m_groups = QVector<EventScores>(groups.size());
}

void EventScorer::add(const QString &document, const QVector<ScoredEvent> &gold, const QVector<ScoredEvent> &predicted)
{
    const EventScores s = score(document, gold, predicted);
    m_all += s;
    for (int g = 0; g < m_groupDefs.size(); ++g) {
        if (m_groupDefs.at(g).contains(document)) {
            m_groups[g] += s;
        }
    }
}

EventScores
EventScorer::score(const QString &document, const QVector<ScoredEvent> &gold, const QVector<ScoredEvent> &predicted)
{
    EventScores s;
    s.documents = 1;
    s.gold = int(gold.size());
    s.predicted = int(predicted.size());
    strictMatch(document, gold, predicted, &s);
    detectionMatch(gold, predicted, &s);
    sidesByEvidence(gold, predicted, &s);
    return s;
}

void EventScorer::strictMatch(const QString &document,
                              const QVector<ScoredEvent> &gold,
                              const QVector<ScoredEvent> &predicted,
                              EventScores *s)
{
    QVector<bool> used(predicted.size(), false);
    auto note = [&](const QString &kind, const QString &what, const QString &sentence) {
        m_errors.append({document, kind, what, sentence});
    };
    for (const ScoredEvent &g : gold) {
        int match = -1;
        bool sidesSeen = false;
        int sentenceEvent = -1;
        for (int i = 0; i < predicted.size(); ++i) {
            const ScoredEvent &p = predicted.at(i);
            if (sentenceEvent < 0 && sameSentence(g, p)) {
                sentenceEvent = i;
            }
            if (setOf(p.participants) != setOf(g.participants)) {
                continue;
            }
            sidesSeen = true;
            if (!used.at(i) && match < 0 && sameDate(g, p)) {
                match = i;
            }
        }
        s->participantsFound += sidesSeen ? 1 : 0;
        if (match < 0) {
            ++s->strict.fn;
            // Sides and date equal but no match: an earlier gold event (of another sentence) took it.
            const QString taken = sentenceEvent >= 0 && used.at(sentenceEvent)
                ? QStringLiteral(" (paired with another gold event)")
                : QString();
            const QString why = sentenceEvent >= 0
                ? QStringLiteral("read as %1 — %2%3")
                      .arg(describe(predicted.at(sentenceEvent)), difference(g, predicted.at(sentenceEvent)), taken)
                : QStringLiteral("no event read in this sentence");
            note(QStringLiteral("FN"), describe(g) + QStringLiteral(" — ") + why, g.evidence);
            continue;
        }
        used[match] = true;
        ++s->strict.tp;
        const ScoredEvent &p = predicted.at(match);
        s->statusOk += p.status == g.status ? 1 : 0;
        s->typeOk += p.type == g.type ? 1 : 0;
        s->locationOk += p.location.compare(g.location, Qt::CaseInsensitive) == 0 ? 1 : 0;
        if (p.status != g.status) {
            note(QStringLiteral("STATUS"),
                 QStringLiteral("%1: status %2, gold %3").arg(describe(g), p.status, g.status),
                 g.evidence);
        }
        if (p.type != g.type) {
            note(QStringLiteral("TYPE"),
                 QStringLiteral("%1: type %2, gold %3").arg(describe(g), p.type, g.type),
                 g.evidence);
        }
        if (p.location.compare(g.location, Qt::CaseInsensitive) != 0) {
            note(QStringLiteral("PLACE"),
                 QStringLiteral("%1: place \"%2\", gold \"%3\"").arg(describe(g), p.location, g.location),
                 g.evidence);
        }
    }
    for (int i = 0; i < predicted.size(); ++i) {
        if (used.at(i)) {
            continue;
        }
        ++s->strict.fp;
        const ScoredEvent &p = predicted.at(i);
        QString why = QStringLiteral("no gold event in this sentence");
        for (const ScoredEvent &g : gold) {
            if (sameSentence(g, p)) {
                why = QStringLiteral("gold here is %1 — %2").arg(describe(g), difference(g, p));
                break;
            }
        }
        note(QStringLiteral("FP"), describe(p) + QStringLiteral(" — ") + why, p.evidence);
    }
}

void EventScorer::detectionMatch(const QVector<ScoredEvent> &gold,
                                 const QVector<ScoredEvent> &predicted,
                                 EventScores *s) const
{
    // One to one, each gold event taking the unused extracted event with the most sides in common.
    QVector<bool> used(predicted.size(), false);
    for (const ScoredEvent &g : gold) {
        int best = -1;
        qsizetype bestCommon = 0;
        for (int i = 0; i < predicted.size(); ++i) {
            const ScoredEvent &p = predicted.at(i);
            const bool bothUndated = g.date.isEmpty() && p.date.isEmpty();
            if (used.at(i) || !(sameDate(g, p) || bothUndated) || !shareSide(g, p)) {
                continue;
            }
            const qsizetype common = (setOf(g.participants) & setOf(p.participants)).size();
            if (common > bestCommon) {
                best = i;
                bestCommon = common;
            }
        }
        if (best >= 0) {
            used[best] = true;
            ++s->detection.tp;
        } else {
            ++s->detection.fn;
        }
    }
    s->detection.fp += int(std::count(used.cbegin(), used.cend(), false));
}

void EventScorer::sidesByEvidence(const QVector<ScoredEvent> &gold,
                                  const QVector<ScoredEvent> &predicted,
                                  EventScores *s) const
{
    // Each gold event paired with the unused extracted event of its sentence that shares the most sides.
    QVector<bool> used(predicted.size(), false);
    for (const ScoredEvent &g : gold) {
        int best = -1;
        qsizetype bestCommon = -1;
        for (int i = 0; i < predicted.size(); ++i) {
            if (used.at(i) || !sameSentence(g, predicted.at(i))) {
                continue;
            }
            const qsizetype common = (setOf(g.participants) & setOf(predicted.at(i).participants)).size();
            if (common > bestCommon) {
                best = i;
                bestCommon = common;
            }
        }
        if (best < 0) {
            continue;
        }
        used[best] = true;
        const QSet<QString> want = setOf(g.participants);
        const QSet<QString> got = setOf(predicted.at(best).participants);
        s->sides.tp += int((want & got).size());
        s->sides.fp += int((got - want).size());
        s->sides.fn += int((want - got).size());
    }
}

const EventScores &EventScorer::all() const
{
    return m_all;
}

QVector<QPair<QString, EventScores>> EventScorer::groups() const
{
    QVector<QPair<QString, EventScores>> out;
    for (int g = 0; g < m_groupDefs.size(); ++g) {
        out.append({m_groupDefs.at(g).name, m_groups.at(g)});
    }
    return out;
}

const QVector<ScoreError> &EventScorer::errors() const
{
    return m_errors;
}

Counts EventScorer::strict() const
{
    return m_all.strict;
}

double EventScorer::participantRecall() const
{
    return m_all.participantRecall();
}

double EventScorer::statusAccuracy() const
{
    return m_all.statusAccuracy();
}

double EventScorer::typeAccuracy() const
{
    return m_all.typeAccuracy();
}

double EventScorer::locationAccuracy() const
{
    return m_all.locationAccuracy();
}

} // namespace Readout
