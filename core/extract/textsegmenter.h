// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Readout
{

class KnowledgeBase;

/// One token; offsets are UTF-16 units into the text. key is the normalised form used for look-ups
/// (lower case, typographic apostrophes folded).
struct Token {
    enum Flag : unsigned {
        Word = 1u << 0,
        Number = 1u << 1,
        Punct = 1u << 2,
        Upper = 1u << 3, ///< starts with an upper-case letter
        AllCaps = 1u << 4, ///< at least two letters, all upper case
        SpaceBefore = 1u << 5, ///< whitespace (or text start) right before it
        NewlineBefore = 1u << 6,
    };
    int start = 0;
    int end = 0;
    unsigned flags = 0;
    QString key;

    [[nodiscard]] bool is(Flag f) const
    {
        return (flags & f) != 0;
    }
};

/// A sentence: [start, end) in the text and its tokens [firstToken, lastToken).
struct Sentence {
    int start = 0;
    int end = 0;
    int firstToken = 0;
    int lastToken = 0;
    int paragraph = 0;
};

} // namespace Readout

// Tokens are an int triple and a QString; QList may move both with memcpy when it grows.
Q_DECLARE_TYPEINFO(Readout::Token, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Readout::Sentence, Q_PRIMITIVE_TYPE);

namespace Readout
{

struct Segmentation {
    QString folded; ///< the segmented range in lower case; token keys point into it (QString::fromRawData)
    QVector<Token> tokens;
    QVector<Sentence> sentences;
    QVector<int> sentenceOfToken;
};

/// Stage 1 of the pipeline: splits text into tokens and sentences. Sentence candidates come from
/// QTextBoundaryFinder; a break after a known abbreviation ("Mr.", "Jan.") is undone.
class TextSegmenter
{
public:
    /// Tokens of text[from, to); needs no knowledge (used to build the gazetteer keys too).
    /// With `folded` (text[foldedFrom, ...) lower-cased, one unit for one unit), keys are views into
    /// it and cost no allocation.
    [[nodiscard]] static QVector<Token>
    tokenize(const QString &text, int from = 0, int to = -1, const QString *folded = nullptr, int foldedFrom = 0);
    /// Normalised keys of a phrase, as the gazetteer stores them.
    [[nodiscard]] static QStringList keys(const QString &phrase);
    /// Tokens and sentences of text[from, to) (to -1: the end). A range should start and end at a
    /// paragraph break: sentences are found within it only.
    [[nodiscard]] static Segmentation
    segment(const QString &text, int from, const KnowledgeBase &knowledge, int to = -1);
};

} // namespace Readout
