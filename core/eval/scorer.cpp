// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorer.h"

#include <QSet>

namespace Readout
{

namespace
{

QString contextOf(const QString &text, int start, int end)
{
    // The line (CoNLL, TimeML) or sentence-ish window around the span.
    int from = int(text.lastIndexOf(QLatin1Char('\n'), std::max(0, start - 1))) + 1;
    int to = int(text.indexOf(QLatin1Char('\n'), end));
    if (to < 0) {
        to = int(text.size());
    }
    from = std::max(from, start - 160);
    to = std::min(to, end + 160);
    return text.mid(from, to - from).simplified();
}

bool overlaps(const ScoredSpan &a, const ScoredSpan &b)
{
    return a.start < b.end && b.start < a.end;
}

QString describe(const ScoredSpan &s)
{
    QString d = QStringLiteral("%1 \"%2\" [%3,%4)").arg(s.label, s.text).arg(s.start).arg(s.end);
    if (!s.value.isEmpty()) {
        d += QStringLiteral(" = ") + s.value;
    }
    return d;
}

} // namespace

double Counts::precision() const
{
    return ratio(tp, tp + fp);
}

double Counts::recall() const
{
    return ratio(tp, tp + fn);
}

double Counts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

Counts &Counts::operator+=(const Counts &o)
{
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    return *this;
}

void EntityScorer::add(const QString &document,
                       const QString &text,
                       const QVector<ScoredSpan> &gold,
                       const QVector<ScoredSpan> &predicted)
{
    // Exact: a set match on (start, end, label).
    QSet<QString> goldKeys;
    QSet<QString> predKeys;
    auto key = [](const ScoredSpan &s) {
        return QStringLiteral("%1:%2:%3").arg(s.start).arg(s.end).arg(s.label);
    };
    for (const auto &g : gold) {
        goldKeys.insert(key(g));
        m_exact[g.label];
        m_overlap[g.label];
    }
    for (const auto &p : predicted) {
        predKeys.insert(key(p));
        m_exact[p.label];
        m_overlap[p.label];
    }
    for (const auto &g : gold) {
        if (predKeys.contains(key(g))) {
            ++m_exact[g.label].tp;
        } else {
            ++m_exact[g.label].fn;
        }
    }
    for (const auto &p : predicted) {
        if (!goldKeys.contains(key(p))) {
            ++m_exact[p.label].fp;
        }
    }
    // Overlap: greedy one-to-one on overlapping spans of the same label; errors are listed from it,
    // with a type error where a span overlaps a gold span of another label.
    QVector<bool> used(predicted.size(), false);
    for (const auto &g : gold) {
        int match = -1;
        for (int i = 0; i < predicted.size() && match < 0; ++i) {
            if (!used.at(i) && predicted.at(i).label == g.label && overlaps(g, predicted.at(i))) {
                match = i;
            }
        }
        if (match >= 0) {
            used[match] = true;
            ++m_overlap[g.label].tp;
            if (predicted.at(match).start != g.start || predicted.at(match).end != g.end) {
                m_errors.append({document,
                                 QStringLiteral("BOUNDARY"),
                                 describe(g) + QStringLiteral(" found as ") + describe(predicted.at(match)),
                                 contextOf(text, g.start, g.end)});
            }
        } else {
            ++m_overlap[g.label].fn;
            QString other;
            for (const auto &p : predicted) {
                if (overlaps(g, p)) {
                    other = QStringLiteral(" (found as %1)").arg(describe(p));
                }
            }
            m_errors.append({document,
                             other.isEmpty() ? QStringLiteral("FN") : QStringLiteral("TYPE"),
                             describe(g) + other,
                             contextOf(text, g.start, g.end)});
        }
    }
    for (int i = 0; i < predicted.size(); ++i) {
        if (!used.at(i)) {
            ++m_overlap[predicted.at(i).label].fp;
            bool typeError = false;
            for (const auto &g : gold) {
                typeError = typeError || overlaps(g, predicted.at(i));
            }
            if (!typeError) {
                m_errors.append({document,
                                 QStringLiteral("FP"),
                                 describe(predicted.at(i)),
                                 contextOf(text, predicted.at(i).start, predicted.at(i).end)});
            }
        }
    }
}

QStringList EntityScorer::labels() const
{
    QStringList l = m_exact.keys();
    l.sort();
    return l;
}

Counts EntityScorer::exact(const QString &label) const
{
    return m_exact.value(label);
}

Counts EntityScorer::overlap(const QString &label) const
{
    return m_overlap.value(label);
}

Counts EntityScorer::microExact(const QStringList &labels) const
{
    Counts c;
    for (const QString &l : labels) {
        c += m_exact.value(l);
    }
    return c;
}

Counts EntityScorer::microOverlap(const QStringList &labels) const
{
    Counts c;
    for (const QString &l : labels) {
        c += m_overlap.value(l);
    }
    return c;
}

const QVector<ScoreError> &EntityScorer::errors() const
{
    return m_errors;
}

void TimexScorer::add(const QString &document,
                      const QString &text,
                      const QVector<ScoredSpan> &gold,
                      const QVector<ScoredSpan> &predicted)
{
    QVector<bool> used(predicted.size(), false);
    for (const auto &g : gold) {
        int match = -1;
        // Prefer the predicted span with the largest overlap.
        int best = 0;
        for (int i = 0; i < predicted.size(); ++i) {
            const auto &p = predicted.at(i);
            const int ov = std::min(g.end, p.end) - std::max(g.start, p.start);
            if (!used.at(i) && ov > best) {
                best = ov;
                match = i;
            }
        }
        if (match < 0) {
            ++m_relaxed.fn;
            ++m_strict.fn;
            m_errors.append({document, QStringLiteral("FN"), describe(g), contextOf(text, g.start, g.end)});
            continue;
        }
        used[match] = true;
        const auto &p = predicted.at(match);
        ++m_relaxed.tp;
        if (p.start == g.start && p.end == g.end) {
            ++m_strict.tp;
        } else {
            ++m_strict.fn;
            ++m_strict.fp;
        }
        if (p.value == g.value) {
            ++m_valueCorrect;
            if (p.start != g.start || p.end != g.end) { // the value is right, the extent is not
                m_errors.append({document,
                                 QStringLiteral("SPAN"),
                                 describe(g) + QStringLiteral(" got ") + describe(p),
                                 contextOf(text, g.start, g.end)});
            }
        } else {
            m_errors.append({document,
                             QStringLiteral("VALUE"),
                             describe(g) + QStringLiteral(" got ") + describe(p),
                             contextOf(text, g.start, g.end)});
        }
    }
    for (int i = 0; i < predicted.size(); ++i) {
        if (!used.at(i)) {
            ++m_relaxed.fp;
            ++m_strict.fp;
            m_errors.append({document,
                             QStringLiteral("FP"),
                             describe(predicted.at(i)),
                             contextOf(text, predicted.at(i).start, predicted.at(i).end)});
        }
    }
}

Counts TimexScorer::spans() const
{
    return m_relaxed;
}

Counts TimexScorer::strictSpans() const
{
    return m_strict;
}

int TimexScorer::valueCorrect() const
{
    return m_valueCorrect;
}

double TimexScorer::valueAccuracy() const
{
    return ratio(m_valueCorrect, m_relaxed.tp);
}

double TimexScorer::valueF1() const
{
    return m_relaxed.f1() * valueAccuracy();
}

const QVector<ScoreError> &TimexScorer::errors() const
{
    return m_errors;
}

} // namespace Readout
