// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "comparerules.h"

#include <QPair>
#include <QVector>

namespace Readout
{

class Document;

/// A paragraph: [start, end) in UTF-16 units of Document::text(), without the blank lines around it.
struct Paragraph {
    int start = 0;
    int end = 0;
};

/// One row of a paragraph alignment: a paragraph of A facing one of B, or facing a gap (-1).
struct AlignedParagraphs {
    int a = -1;
    int b = -1;
    double similarity = 0.0; ///< 0 for a gap

    [[nodiscard]] bool isMatch() const
    {
        return a >= 0 && b >= 0;
    }
    friend bool operator==(const AlignedParagraphs &x, const AlignedParagraphs &y)
    {
        return x.a == y.a && x.b == y.b;
    }
};

/// A content word of a text: [start, end) in UTF-16 units and its folded key.
struct ContentWord {
    int start = 0;
    int end = 0;
    QString key;
};

/// What a paragraph is about, for similarity: sorted ids of its features (canonical actors,
/// resolved date values, content words) in a vocabulary shared by both documents.
using FeatureBag = QVector<int>;

/// Aligns the paragraphs of two reports so that paragraphs reporting the same thing face each
/// other, keeping each report's order; unmatched paragraphs face a gap. Similarity is a weighted
/// Dice coefficient over shared features (weights by kind and rarity, CompareRules); the alignment
/// maximises the summed similarity of aligned pairs (a weighted longest common subsequence) by
/// Hirschberg's divide and conquer: O(n·m) time, O(n + m) memory for the table, plus at most
/// CompareRules::maxCandidates remembered similarities per paragraph of A. Stateless; thread-safe.
class ParagraphAligner
{
public:
    explicit ParagraphAligner(const CompareRules &rules);

    /// The body's paragraphs (after Document::bodyStart()), split at blank lines.
    [[nodiscard]] static QVector<Paragraph> paragraphs(const Document &document);
    /// The index of the paragraph holding a UTF-16 position, or -1.
    [[nodiscard]] static int paragraphAt(const QVector<Paragraph> &paragraphs, int position);

    /// Aligns the paragraphs of two documents, using their entities (canonical actors, date values).
    [[nodiscard]] QVector<AlignedParagraphs> align(const Document &a,
                                                   const QVector<Entity> &entitiesA,
                                                   const QVector<Paragraph> &paragraphsA,
                                                   const Document &b,
                                                   const QVector<Entity> &entitiesB,
                                                   const QVector<Paragraph> &paragraphsB) const;

    /// Aligns precomputed feature bags; weights[f] is the weight of feature f (kind × idf is
    /// applied by align(); here they are taken as given). For benchmarks and tests.
    [[nodiscard]] QVector<AlignedParagraphs>
    alignBags(const QVector<FeatureBag> &a, const QVector<FeatureBag> &b, const QVector<double> &weights) const;

    /// The lower-case content words of text[start, end) (stop words and short words left out,
    /// a plural 's' folded), as the similarity uses them; keepNumbers keeps short numbers ("10").
    [[nodiscard]] QVector<ContentWord>
    contentWords(const QString &text, int start, int end, bool keepNumbers = false) const;

private:
    const CompareRules &m_rules;
};

} // namespace Readout
