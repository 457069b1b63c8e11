// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphaligner.h"

#include "../document.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Readout
{

namespace
{

/// A remembered similarity of row i (a paragraph of A) with paragraph j of B.
struct Candidate {
    int j = 0;
    double w = 0.0;
};
using Row = QVector<Candidate>; // sorted by j

/// Sub-problems at most this large are solved with a full table and a traceback.
constexpr qint64 SmallCells = 1 << 14;

class Solver
{
public:
    explicit Solver(const QVector<Row> &rows)
        : m_rows(rows)
    {
    }

    void solve(int a0, int a1, int b0, int b1, QVector<QPair<int, int>> *matches)
    {
        if (a1 <= a0 || b1 <= b0) {
            return;
        }
        if (qint64(a1 - a0) * qint64(b1 - b0) <= SmallCells || a1 - a0 == 1) {
            full(a0, a1, b0, b1, matches);
            return;
        }
        const int mid = a0 + (a1 - a0) / 2;
        const int width = b1 - b0;
        forward(a0, mid, b0, b1, &m_f);
        backward(mid, a1, b0, b1, &m_g);
        int best = 0;
        double bestScore = -1.0;
        for (int k = 0; k <= width; ++k) {
            const double s = m_f[k] + m_g[k];
            if (s > bestScore + 1e-12) {
                bestScore = s;
                best = k;
            }
        }
        solve(a0, mid, b0, b0 + best, matches);
        solve(mid, a1, b0 + best, b1, matches);
    }

private:
    /// out[k]: best score aligning A[a0, a1) with B[b0, b0 + k).
    void forward(int a0, int a1, int b0, int b1, QVector<double> *out)
    {
        const int width = b1 - b0;
        QVector<double> &prev = *out;
        prev.fill(0.0, width + 1);
        m_cur.resize(width + 1);
        for (int i = a0; i < a1; ++i) {
            const Row &row = m_rows.at(i);
            auto it = std::lower_bound(row.cbegin(), row.cend(), b0, [](const Candidate &c, int j) {
                return c.j < j;
            });
            m_cur[0] = 0.0;
            for (int k = 1; k <= width; ++k) {
                double v = std::max(prev[k], m_cur[k - 1]);
                const int j = b0 + k - 1;
                if (it != row.cend() && it->j == j) {
                    v = std::max(v, prev[k - 1] + it->w);
                    ++it;
                }
                m_cur[k] = v;
            }
            std::swap(prev, m_cur);
        }
    }

    /// out[k]: best score aligning A[a0, a1) with B[b0 + k, b1).
    void backward(int a0, int a1, int b0, int b1, QVector<double> *out)
    {
        const int width = b1 - b0;
        QVector<double> &prev = *out;
        prev.fill(0.0, width + 1);
        m_cur.resize(width + 1);
        for (int i = a1 - 1; i >= a0; --i) {
            const Row &row = m_rows.at(i);
            // Last candidate below b1, walking down.
            auto it = std::lower_bound(row.cbegin(), row.cend(), b1, [](const Candidate &c, int j) {
                return c.j < j;
            });
            m_cur[width] = 0.0;
            for (int k = width - 1; k >= 0; --k) {
                double v = std::max(prev[k], m_cur[k + 1]);
                const int j = b0 + k;
                while (it != row.cbegin() && std::prev(it)->j > j) {
                    --it;
                }
                if (it != row.cbegin() && std::prev(it)->j == j) {
                    v = std::max(v, prev[k + 1] + std::prev(it)->w);
                    --it;
                }
                m_cur[k] = v;
            }
            std::swap(prev, m_cur);
        }
    }

    void full(int a0, int a1, int b0, int b1, QVector<QPair<int, int>> *matches)
    {
        const int rows = a1 - a0;
        const int cols = b1 - b0;
        const int stride = cols + 1;
        QVector<double> t((rows + 1) * stride, 0.0);
        QVector<double> diag((rows + 1) * stride, -1.0); // weight of the pair, -1 when none
        for (int r = 1; r <= rows; ++r) {
            const Row &row = m_rows.at(a0 + r - 1);
            for (const Candidate &c : row) {
                if (c.j >= b0 && c.j < b1) {
                    diag[r * stride + (c.j - b0 + 1)] = c.w;
                }
            }
            for (int k = 1; k <= cols; ++k) {
                double v = std::max(t[(r - 1) * stride + k], t[r * stride + k - 1]);
                const double w = diag[r * stride + k];
                if (w >= 0.0) {
                    v = std::max(v, t[(r - 1) * stride + k - 1] + w);
                }
                t[r * stride + k] = v;
            }
        }
        QVector<QPair<int, int>> found;
        int r = rows;
        int k = cols;
        while (r > 0 && k > 0) {
            const double here = t[r * stride + k];
            const double w = diag[r * stride + k];
            if (w >= 0.0 && std::abs(here - (t[(r - 1) * stride + k - 1] + w)) < 1e-12
                && here > t[(r - 1) * stride + k] + 1e-12 && here > t[r * stride + k - 1] + 1e-12) {
                found.append({a0 + r - 1, b0 + k - 1});
                --r;
                --k;
            } else if (std::abs(here - t[(r - 1) * stride + k]) < 1e-12) {
                --r;
            } else {
                --k;
            }
        }
        std::reverse(found.begin(), found.end());
        matches->append(found);
    }

    const QVector<Row> &m_rows;
    QVector<double> m_f;
    QVector<double> m_g;
    QVector<double> m_cur;
};

enum class Kind {
    Actor,
    Date,
    Word,
};

bool isResolvedDate(const QString &value)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    return date.match(value).hasMatch();
}

} // namespace

ParagraphAligner::ParagraphAligner(const CompareRules &rules)
    : m_rules(rules)
{
}

QVector<Paragraph> ParagraphAligner::paragraphs(const Document &document)
{
    QVector<Paragraph> out;
    const QString &text = document.text();
    const int n = int(text.size());
    int pos = std::clamp(document.bodyStart(), 0, n);
    while (pos < n) {
        // Skip blank lines and spaces to the paragraph's first character.
        while (pos < n && text.at(pos).isSpace()) {
            ++pos;
        }
        if (pos >= n) {
            break;
        }
        const int start = pos;
        int end = n;
        // The paragraph ends at a line break followed by a blank line (or the text's end).
        for (int i = pos; i < n; ++i) {
            const QChar c = text.at(i);
            if (c != QLatin1Char('\n') && c != QLatin1Char('\r')) {
                continue;
            }
            int k = i + 1;
            if (c == QLatin1Char('\r') && k < n && text.at(k) == QLatin1Char('\n')) {
                ++k;
            }
            int m = k;
            while (m < n && (text.at(m) == QLatin1Char(' ') || text.at(m) == QLatin1Char('\t'))) {
                ++m;
            }
            if (m >= n || text.at(m) == QLatin1Char('\n') || text.at(m) == QLatin1Char('\r')) {
                end = i;
                break;
            }
            i = k - 1;
        }
        int trimmed = end;
        while (trimmed > start && text.at(trimmed - 1).isSpace()) {
            --trimmed;
        }
        out.append(Paragraph{start, trimmed});
        pos = end;
    }
    return out;
}

int ParagraphAligner::paragraphAt(const QVector<Paragraph> &paragraphs, int position)
{
    auto it = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), position, [](int p, const Paragraph &para) {
        return p < para.start;
    });
    if (it == paragraphs.cbegin()) {
        return -1;
    }
    --it;
    return position < it->end ? int(it - paragraphs.cbegin()) : -1;
}

QVector<ContentWord> ParagraphAligner::contentWords(const QString &text, int start, int end, bool keepNumbers) const
{
    QVector<ContentWord> out;
    end = std::min(end, int(text.size()));
    int i = std::max(0, start);
    while (i < end) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const int from = i;
        while (i < end && (text.at(i).isLetterOrNumber() || text.at(i).isMark())) {
            ++i;
        }
        if (i - from < m_rules.minWordLength && !(keepNumbers && text.at(from).isDigit())) {
            continue;
        }
        QString key = text.mid(from, i - from).toLower();
        if (m_rules.stopwords.contains(key)) {
            continue;
        }
        // Fold the commonest plural so "talks" meets "talk"; good enough for similarity.
        if (key.size() > 4 && key.endsWith(QLatin1String("ies"))) {
            key.chop(3);
            key += QLatin1Char('y');
        } else if (key.size() > 3 && key.endsWith(QLatin1Char('s')) && !key.endsWith(QLatin1String("ss"))) {
            key.chop(1);
        }
        out.append(ContentWord{from, i, key});
    }
    return out;
}

QVector<AlignedParagraphs> ParagraphAligner::align(const Document &a,
                                                   const QVector<Entity> &entitiesA,
                                                   const QVector<Paragraph> &paragraphsA,
                                                   const Document &b,
                                                   const QVector<Entity> &entitiesB,
                                                   const QVector<Paragraph> &paragraphsB) const
{
    QHash<QString, int> vocabulary;
    QVector<Kind> kinds;
    auto idOf = [&](const QString &key, Kind kind) {
        auto it = vocabulary.constFind(key);
        if (it != vocabulary.cend()) {
            return it.value();
        }
        const int id = int(kinds.size());
        vocabulary.insert(key, id);
        kinds.append(kind);
        return id;
    };
    auto bags = [&](const Document &doc, const QVector<Entity> &entities, const QVector<Paragraph> &paras) {
        QVector<FeatureBag> out(paras.size());
        for (int p = 0; p < paras.size(); ++p) {
            for (const ContentWord &w : contentWords(doc.text(), paras.at(p).start, paras.at(p).end)) {
                out[p].append(idOf(QStringLiteral("w:") + w.key, Kind::Word));
            }
        }
        for (const Entity &e : entities) {
            const int p = paragraphAt(paras, e.start);
            if (p < 0) {
                continue;
            }
            if (e.type == EntityType::Date) {
                if (isResolvedDate(e.value)) {
                    out[p].append(idOf(QStringLiteral("d:") + e.value, Kind::Date));
                }
            } else {
                const QString actor = (e.canonical.isEmpty() ? e.text : e.canonical).simplified().toLower();
                if (!actor.isEmpty()) {
                    out[p].append(idOf(QStringLiteral("a:") + actor, Kind::Actor));
                }
            }
        }
        for (FeatureBag &bag : out) {
            std::sort(bag.begin(), bag.end());
            bag.erase(std::unique(bag.begin(), bag.end()), bag.end());
        }
        return out;
    };
    const QVector<FeatureBag> bagsA = bags(a, entitiesA, paragraphsA);
    const QVector<FeatureBag> bagsB = bags(b, entitiesB, paragraphsB);

    // Rarer features say more: weight by kind times idf over the paragraphs of both reports.
    QVector<int> df(kinds.size(), 0);
    for (const auto *bags : {&bagsA, &bagsB}) {
        for (const FeatureBag &bag : *bags) {
            for (int f : bag) {
                ++df[f];
            }
        }
    }
    const double total = double(bagsA.size() + bagsB.size());
    QVector<double> weights(kinds.size());
    for (int f = 0; f < kinds.size(); ++f) {
        const double kindWeight = kinds.at(f) == Kind::Actor ? m_rules.actorWeight
            : kinds.at(f) == Kind::Date                      ? m_rules.dateWeight
                                                             : m_rules.wordWeight;
        weights[f] = kindWeight * std::log(1.0 + total / std::max(1, df.at(f)));
    }
    return alignBags(bagsA, bagsB, weights);
}

QVector<AlignedParagraphs> ParagraphAligner::alignBags(const QVector<FeatureBag> &a,
                                                       const QVector<FeatureBag> &b,
                                                       const QVector<double> &weights) const
{
    const int n = int(a.size());
    const int m = int(b.size());
    auto mass = [&weights](const FeatureBag &bag) {
        double s = 0.0;
        for (int f : bag) {
            s += weights.value(f);
        }
        return s;
    };
    QVector<double> massB(m);
    QHash<int, QVector<int>> postings; // feature -> paragraphs of B holding it
    for (int j = 0; j < m; ++j) {
        massB[j] = mass(b.at(j));
        for (int f : b.at(j)) {
            postings[f].append(j);
        }
    }
    // Features in a large share of B's paragraphs carry little and would make this quadratic in
    // memory: they are left out of the shared mass (still counted in each paragraph's own mass).
    const int maxPosting = std::max(8, int(m_rules.maxPostingFraction * m));

    QVector<Row> rows(n);
    QVector<double> shared(m, 0.0);
    QVector<int> touched;
    for (int i = 0; i < n; ++i) {
        const double massA = mass(a.at(i));
        touched.clear();
        for (int f : a.at(i)) {
            const auto it = postings.constFind(f);
            if (it == postings.cend() || it->size() > maxPosting) {
                continue;
            }
            for (int j : *it) {
                if (shared[j] == 0.0) {
                    touched.append(j);
                }
                shared[j] += weights.value(f);
            }
        }
        Row &row = rows[i];
        for (int j : std::as_const(touched)) {
            const double denominator = massA + massB.at(j);
            const double sim = denominator > 0.0 ? 2.0 * shared.at(j) / denominator : 0.0;
            if (sim >= m_rules.minSimilarity) {
                row.append(Candidate{j, sim});
            }
            shared[j] = 0.0;
        }
        if (row.size() > m_rules.maxCandidates) {
            std::nth_element(row.begin(), row.begin() + m_rules.maxCandidates, row.end(), [](auto x, auto y) {
                return x.w > y.w;
            });
            row.resize(m_rules.maxCandidates);
        }
        std::sort(row.begin(), row.end(), [](const Candidate &x, const Candidate &y) {
            return x.j < y.j;
        });
    }

    QVector<QPair<int, int>> matches;
    Solver(rows).solve(0, n, 0, m, &matches);

    QVector<AlignedParagraphs> out;
    out.reserve(n + m);
    int i = 0;
    int j = 0;
    auto similarity = [&rows](int ai, int bj) {
        for (const Candidate &c : rows.at(ai)) {
            if (c.j == bj) {
                return c.w;
            }
        }
        return 0.0;
    };
    for (const auto &[mi, mj] : std::as_const(matches)) {
        for (; i < mi; ++i) {
            out.append(AlignedParagraphs{i, -1, 0.0});
        }
        for (; j < mj; ++j) {
            out.append(AlignedParagraphs{-1, j, 0.0});
        }
        out.append(AlignedParagraphs{mi, mj, similarity(mi, mj)});
        i = mi + 1;
        j = mj + 1;
    }
    for (; i < n; ++i) {
        out.append(AlignedParagraphs{i, -1, 0.0});
    }
    for (; j < m; ++j) {
        out.append(AlignedParagraphs{-1, j, 0.0});
    }
    return out;
}

} // namespace Readout
