// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wordset.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

/// A trie over normalised token sequences ("north", "atlantic", "treaty", "organization") mapping each
/// complete sequence to one or more integer values. Built once, then only read: safe to share between
/// threads. Matching is longest-first from a start token, O(length of the match).
class TokenTrie
{
public:
    TokenTrie();

    /// Adds a sequence; a sequence added twice keeps every value once.
    void insert(const QStringList &keys, int value);

    /// Longest match of keys[from..] against the trie. Returns the number of keys matched (0 for none)
    /// and sets *values to the values of that sequence.
    template<typename KeyAt>
    int longestMatch(int from, int count, KeyAt keyAt, const QVector<int> **values) const
    {
        int node = 0;
        int best = 0;
        *values = nullptr;
        if (from < count && !m_firstKeys.mayContain(keyAt(from))) {
            return 0; // most tokens start no sequence: no hashing for them
        }
        for (int i = from; i < count; ++i) {
            const auto it = m_nodes.at(node).children.constFind(keyAt(i));
            if (it == m_nodes.at(node).children.cend()) {
                break;
            }
            node = it.value();
            if (!m_nodes.at(node).values.isEmpty()) {
                best = i - from + 1;
                *values = &m_nodes.at(node).values;
            }
        }
        return best;
    }

    /// Values of exactly this sequence, or an empty list.
    [[nodiscard]] QVector<int> find(const QStringList &keys) const;
    [[nodiscard]] int sequenceCount() const;

private:
    struct Node {
        QHash<QString, int> children;
        QVector<int> values;
    };
    QVector<Node> m_nodes;
    KeyFilter m_firstKeys; ///< the first keys of every sequence
    int m_sequences = 0;
};

} // namespace Readout
