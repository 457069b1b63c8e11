// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QVector>

#include <array>
#include <cstring>

namespace Readout
{

/// A 4,096-bit map over (length, first unit, last unit) of a set of keys: mayContain() is false only
/// for a key certainly not added, and costs no hashing. ASCII letters count case-blind, so a key
/// and its lower-case form share a bit.
class KeyFilter
{
public:
    void add(const QString &key)
    {
        const size_t s = slot(key.size(), key.isEmpty() ? QChar() : key.front(), key.isEmpty() ? QChar() : key.back());
        m_bits[s >> 6] |= quint64(1) << (s & 63);
    }
    [[nodiscard]] bool mayContain(const QString &key) const
    {
        return test(key.size(), key.isEmpty() ? QChar() : key.front(), key.isEmpty() ? QChar() : key.back());
    }
    /// mayContain(first + ' ' + second) without building the string.
    [[nodiscard]] bool mayContainPair(const QString &first, const QString &second) const
    {
        return test(first.size() + 1 + second.size(),
                    first.isEmpty() ? QChar(u' ') : first.front(),
                    second.isEmpty() ? QChar(u' ') : second.back());
    }

    /// The bit of (length, first, last) in a map of mask + 1 bits (a power of two).
    static size_t slot(qsizetype length, QChar first, QChar last, size_t mask = 4095)
    {
        const size_t h = size_t(length) * 0x9E3779B1u ^ fold(first) * 0x85EBCA77u ^ fold(last) * 0xC2B2AE3Du;
        return (h ^ (h >> 12)) & mask;
    }

private:
    static size_t fold(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') ? size_t(u + 32) : size_t(u);
    }
    [[nodiscard]] bool test(qsizetype length, QChar first, QChar last) const
    {
        const size_t s = slot(length, first, last);
        return (m_bits[s >> 6] >> (s & 63)) & 1;
    }

    std::array<quint64, 64> m_bits{};
};

/// A read-only set of words with a filter over (length, first unit, last unit) in front of the
/// look-up, as KeyFilter's. Most tokens the pipeline asks about are in no list, and the filter answers
/// most of those "no"s without hashing. Its size follows the set's (512 bits for most lists, at most
/// 4,096): the pipeline asks a hundred lists about every token, and with 4,096 bits each the filters
/// did not stay in the cache. The rest go to an open-addressing table of our own rather than the
/// QSet: QString's seeded hash and QHash's key comparisons cost more than the look-up needs, and a
/// multiplicative hash with the hash and length compared before the units does for short words.
/// The filter never says "no" to a word in the set and the table compares every unit, so answers
/// are exactly those of the QSet. Built once by KnowledgeBase; a copyable value (copies share the
/// tables), safe to share between threads.
class WordSet
{
public:
    WordSet()
        : m_bits(MinimumBits / 64, 0)
    {
    }
    explicit WordSet(QSet<QString> words)
        : m_words(std::move(words))
    {
        build();
    }

    /// False only when `word` is certainly not in the set.
    [[nodiscard]] bool mayContain(const QString &word) const
    {
        return test(word.size(), word.isEmpty() ? QChar() : word.front(), word.isEmpty() ? QChar() : word.back());
    }
    [[nodiscard]] bool contains(const QString &word) const
    {
        return mayContain(word) && find(word);
    }
    /// contains(word.toLower()), without lower-casing the words that cannot be in the set.
    [[nodiscard]] bool containsLower(const QString &word) const
    {
        return (mayContain(word) || !isAscii(word)) && findLower(word);
    }
    /// contains(first + ' ' + second), without building the string.
    [[nodiscard]] bool containsPair(const QString &first, const QString &second) const
    {
        return test(first.size() + 1 + second.size(),
                    first.isEmpty() ? QChar(u' ') : first.front(),
                    second.isEmpty() ? QChar(u' ') : second.back())
            && findPair(first, second);
    }

    [[nodiscard]] const QSet<QString> &words() const
    {
        return m_words;
    }
    operator const QSet<QString> &() const
    {
        return m_words;
    }
    [[nodiscard]] qsizetype size() const
    {
        return m_words.size();
    }
    [[nodiscard]] bool isEmpty() const
    {
        return m_words.isEmpty();
    }
    [[nodiscard]] QSet<QString>::const_iterator begin() const
    {
        return m_words.cbegin();
    }
    [[nodiscard]] QSet<QString>::const_iterator end() const
    {
        return m_words.cend();
    }

private:
    static constexpr qsizetype MinimumBits = 512;
    static constexpr qsizetype MaximumBits = 4096;

    /// A table slot: the key's hash and where its units are in m_units; size 0 marks a free slot,
    /// so a key's size is stored plus one.
    struct Slot {
        quint32 hash = 0;
        quint32 offset = 0;
        quint32 sizePlusOne = 0;
    };

    [[nodiscard]] bool test(qsizetype length, QChar first, QChar last) const
    {
        const size_t s = KeyFilter::slot(length, first, last, m_bitMask);
        return (m_bits.constData()[s >> 6] >> (s & 63)) & 1;
    }
    static bool isAscii(const QString &word)
    {
        for (const QChar c : word) {
            if (c.unicode() >= 0x80) {
                return false;
            }
        }
        return true;
    }
    static char16_t foldAscii(char16_t u)
    {
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    }
    static bool equal(const char16_t *key, const QChar *units, qsizetype n)
    {
        return n == 0 || std::memcmp(key, units, size_t(n) * sizeof(char16_t)) == 0;
    }
    /// Multiply-add over the units, going on from `h`; finish() makes the slot hash.
    static quint64 accumulate(const QChar *units, qsizetype n, quint64 h, bool foldCase = false)
    {
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t u = units[i].unicode();
            h = (h + (foldCase ? foldAscii(u) : u) + 1) * 0x9E3779B97F4A7C15ull;
        }
        return h;
    }
    static quint32 finish(quint64 h)
    {
        return quint32(h >> 32) ^ quint32(h);
    }
    static quint32 hashOf(const QChar *units, qsizetype n)
    {
        return finish(accumulate(units, n, 0));
    }

    // The table look-ups, out of line: the filter in front of them is what most calls run.
    Q_NEVER_INLINE bool find(const QString &word) const
    {
        const qsizetype n = word.size();
        const QChar *units = word.constData();
        return probe(hashOf(units, n), n, [&](const char16_t *key) {
            return equal(key, units, n);
        });
    }
    Q_NEVER_INLINE bool findLower(const QString &word) const
    {
        if (!isAscii(word)) {
            return find(word.toLower()); // lower-casing may change the length
        }
        // ASCII only: toLower() changes A-Z alone, so compare with those folded, unit for unit.
        const QChar *units = word.constData();
        const qsizetype n = word.size();
        return probe(finish(accumulate(units, n, 0, true)), n, [&](const char16_t *key) {
            for (qsizetype i = 0; i < n; ++i) {
                if (key[i] != foldAscii(units[i].unicode())) {
                    return false;
                }
            }
            return true;
        });
    }
    Q_NEVER_INLINE bool findPair(const QString &first, const QString &second) const
    {
        const qsizetype a = first.size();
        const qsizetype b = second.size();
        const QChar space(u' ');
        const quint32 h =
            finish(accumulate(second.constData(), b, accumulate(&space, 1, accumulate(first.constData(), a, 0))));
        return probe(h, a + 1 + b, [&](const char16_t *key) {
            return equal(key, first.constData(), a) && key[a] == u' ' && equal(key + a + 1, second.constData(), b);
        });
    }
    /// Walks the slots from the hash's own until a free one; `same` compares a key of the right
    /// hash and size.
    template<typename Same>
    [[nodiscard]] bool probe(quint32 h, qsizetype n, Same same) const
    {
        if (m_slots.isEmpty()) {
            return false;
        }
        const Slot *slots = m_slots.constData();
        const quint32 mask = quint32(m_slots.size() - 1);
        for (quint32 i = h & mask;; i = (i + 1) & mask) {
            const Slot &s = slots[i];
            if (s.sizePlusOne == 0) {
                return false;
            }
            if (s.hash == h && qsizetype(s.sizePlusOne - 1) == n && same(m_units.constData() + s.offset)) {
                return true;
            }
        }
    }
    void build()
    {
        // A filter of 16 bits a word or more lets few words through (one in sixteen for a full
        // one); the largest lists keep the 4,096 bits they always had.
        qsizetype bits = MinimumBits;
        while (bits < m_words.size() * 16 && bits < MaximumBits) {
            bits *= 2;
        }
        m_bits = QVector<quint64>(bits / 64, 0);
        m_bitMask = size_t(bits - 1);
        for (const QString &w : std::as_const(m_words)) {
            const size_t s = KeyFilter::slot(w.size(),
                                             w.isEmpty() ? QChar() : w.front(),
                                             w.isEmpty() ? QChar() : w.back(),
                                             m_bitMask);
            m_bits[s >> 6] |= quint64(1) << (s & 63);
        }
        if (m_words.isEmpty()) {
            return;
        }
        qsizetype capacity = 8;
        while (capacity < m_words.size() * 2) {
            capacity *= 2; // at most half full: most probes stop at the first or second slot
        }
        m_slots.resize(capacity);
        const quint32 mask = quint32(capacity - 1);
        for (const QString &w : std::as_const(m_words)) {
            const quint32 h = hashOf(w.constData(), w.size());
            quint32 i = h & mask;
            while (m_slots.at(i).sizePlusOne != 0) {
                i = (i + 1) & mask;
            }
            Slot &s = m_slots[i];
            s.hash = h;
            s.offset = quint32(m_units.size());
            s.sizePlusOne = quint32(w.size() + 1);
            for (const QChar c : w) {
                m_units.append(c.unicode());
            }
        }
    }

    QVector<quint64> m_bits; ///< the filter, never empty
    size_t m_bitMask = MinimumBits - 1;
    QSet<QString> m_words;
    QVector<Slot> m_slots; ///< a power of two in size, or empty
    QVector<char16_t> m_units; ///< every key's units, one after another
};

} // namespace Readout
