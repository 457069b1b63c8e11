// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace Readout
{

/// A bit map over (length, first two and last two units) of the first keys of a trie: false only
/// for a key no sequence starts with. Wider than KeyFilter, as the gazetteer starts with tens of
/// thousands of different words.
class FirstKeyFilter
{
public:
    FirstKeyFilter()
        : m_bits(Bits / 64, 0)
    {
    }
    void add(const QString &key)
    {
        const size_t s = slot(key);
        m_bits[s >> 6] |= quint64(1) << (s & 63);
    }
    [[nodiscard]] bool mayContain(const QString &key) const
    {
        const size_t s = slot(key);
        return (m_bits[s >> 6] >> (s & 63)) & 1;
    }

private:
    static constexpr size_t Bits = size_t(1) << 18;
    static size_t slot(const QString &key)
    {
        const qsizetype n = key.size();
        const QChar *c = key.constData();
        size_t h = size_t(n) * 0x9E3779B97F4A7C15ull;
        if (n > 0) {
            h ^= (size_t(c[0].unicode()) | size_t(c[n - 1].unicode()) << 16) * 0xC2B2AE3D27D4EB4Full;
            h ^= (size_t(c[n > 1 ? 1 : 0].unicode()) | size_t(c[n > 1 ? n - 2 : 0].unicode()) << 16)
                * 0x165667B19E3779F9ull;
        }
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ull;
        h ^= h >> 32;
        return h & (Bits - 1);
    }
    std::vector<quint64> m_bits;
};

/// A trie over normalised token sequences ("north", "atlantic", "treaty", "organization") mapping each
/// complete sequence to one or more integer values. Built once, then only read: safe to share between
/// threads. Matching is longest-first from a start token, O(length of the match).
///
/// The edges of all nodes are one open-addressing table keyed by (parent node, key), with a cheap
/// hash of our own and the hash and length compared before the units: a QHash per node paid
/// QString's seeded hash and a key comparison at every probe, a few per cent of the extraction.
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
            node = child(node, keyAt(i));
            if (node < 0) {
                break;
            }
            if (!m_values.at(node).isEmpty()) {
                best = i - from + 1;
                *values = &m_values.at(node);
            }
        }
        return best;
    }

    /// Values of exactly this sequence, or an empty list.
    [[nodiscard]] QVector<int> find(const QStringList &keys) const;
    [[nodiscard]] int sequenceCount() const;

private:
    /// An edge parent --key--> child; child -1 marks a free slot. The key's units are
    /// m_units[offset, offset + size).
    struct Edge {
        quint32 hash = 0;
        qint32 parent = -1;
        qint32 child = -1;
        quint32 offset = 0;
        quint32 size = 0;
    };

    /// The child of `node` along `key`, or -1.
    [[nodiscard]] int child(int node, const QString &key) const;
    [[nodiscard]] static quint32 edgeHash(int node, const QString &key);
    void addEdge(int node, const QString &key, int child);
    void place(const Edge &edge);

    QVector<QVector<int>> m_values; ///< per node; node 0 is the root
    QVector<Edge> m_edges; ///< a power of two in size, at most half full
    QVector<char16_t> m_units; ///< the edges' keys, one after another
    int m_edgeCount = 0;
    FirstKeyFilter m_firstKeys; ///< the first keys of every sequence
    int m_sequences = 0;
};

} // namespace Readout
