// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include <array>

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

private:
    static size_t fold(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') ? size_t(u + 32) : size_t(u);
    }
    static size_t slot(qsizetype length, QChar first, QChar last)
    {
        const size_t h = size_t(length) * 0x9E3779B1u ^ fold(first) * 0x85EBCA77u ^ fold(last) * 0xC2B2AE3Du;
        return (h ^ (h >> 12)) & 4095;
    }
    [[nodiscard]] bool test(qsizetype length, QChar first, QChar last) const
    {
        const size_t s = slot(length, first, last);
        return (m_bits[s >> 6] >> (s & 63)) & 1;
    }

    std::array<quint64, 64> m_bits{};
};

/// A read-only set of words with a KeyFilter in front of the hash look-up. Most tokens the
/// pipeline asks about are in no list, and hashing every token key for every list was most of the
/// extraction time; the filter answers most
/// of those "no"s without hashing. It never says "no" to a word in the set, so answers are exactly
/// those of the QSet. Built once by KnowledgeBase; a copyable value, safe to share between threads.
class WordSet
{
public:
    WordSet() = default;
    explicit WordSet(QSet<QString> words)
        : m_words(std::move(words))
    {
        for (const QString &w : std::as_const(m_words)) {
            m_filter.add(w);
        }
    }

    /// False only when `word` is certainly not in the set.
    [[nodiscard]] bool mayContain(const QString &word) const
    {
        return m_filter.mayContain(word);
    }
    [[nodiscard]] bool contains(const QString &word) const
    {
        return mayContain(word) && m_words.contains(word);
    }
    /// contains(word.toLower()), without lower-casing the words that cannot be in the set.
    [[nodiscard]] bool containsLower(const QString &word) const
    {
        for (const QChar c : word) {
            if (c.unicode() >= 0x80) {
                return m_words.contains(word.toLower()); // lower-casing may change the length
            }
        }
        return mayContain(word) && m_words.contains(word.toLower());
    }
    /// contains(first + ' ' + second), without building the string when it cannot be in the set.
    [[nodiscard]] bool containsPair(const QString &first, const QString &second) const
    {
        if (!m_filter.mayContainPair(first, second)) {
            return false;
        }
        return m_words.contains(first + QLatin1Char(' ') + second);
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
    QSet<QString> m_words;
    KeyFilter m_filter;
};

} // namespace Readout
