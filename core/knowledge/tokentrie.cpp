// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokentrie.h"

#include <cstring>
#include <utility>

namespace Readout
{

TokenTrie::TokenTrie()
    : m_values(1)
    , m_edges(16)
{
}

quint32 TokenTrie::edgeHash(int node, const QString &key)
{
    quint64 h = (quint64(node) + 1) * 0x9E3779B97F4A7C15ull;
    for (const QChar c : key) {
        h = (h + c.unicode() + 1) * 0x9E3779B97F4A7C15ull;
    }
    return quint32(h >> 32) ^ quint32(h);
}

int TokenTrie::child(int node, const QString &key) const
{
    const quint32 h = edgeHash(node, key);
    const Edge *edges = m_edges.constData();
    const quint32 mask = quint32(m_edges.size() - 1);
    const qsizetype n = key.size();
    for (quint32 i = h & mask;; i = (i + 1) & mask) {
        const Edge &e = edges[i];
        if (e.child < 0) {
            return -1;
        }
        if (e.hash == h && e.parent == node && qsizetype(e.size) == n
            && (n == 0
                || std::memcmp(m_units.constData() + e.offset, key.constData(), size_t(n) * sizeof(char16_t)) == 0)) {
            return e.child;
        }
    }
}

void TokenTrie::place(const Edge &edge)
{
    const quint32 mask = quint32(m_edges.size() - 1);
    quint32 i = edge.hash & mask;
    while (m_edges.at(i).child >= 0) {
        i = (i + 1) & mask;
    }
    m_edges[i] = edge;
}

void TokenTrie::addEdge(int node, const QString &key, int child)
{
    if (2 * (m_edgeCount + 1) > m_edges.size()) {
        const QVector<Edge> old = std::exchange(m_edges, QVector<Edge>(m_edges.size() * 2));
        for (const Edge &e : old) {
            if (e.child >= 0) {
                place(e);
            }
        }
    }
    Edge e;
    e.hash = edgeHash(node, key);
    e.parent = node;
    e.child = child;
    e.offset = quint32(m_units.size());
    e.size = quint32(key.size());
    for (const QChar c : key) {
        m_units.append(c.unicode());
    }
    place(e);
    ++m_edgeCount;
}

void TokenTrie::insert(const QStringList &keys, int value)
{
    if (keys.isEmpty()) {
        return;
    }
    m_firstKeys.add(keys.first());
    int node = 0;
    for (const QString &key : keys) {
        const int next = child(node, key);
        if (next >= 0) {
            node = next;
        } else {
            const int added = int(m_values.size());
            m_values.append(QVector<int>());
            addEdge(node, key, added);
            node = added;
        }
    }
    if (m_values.at(node).isEmpty()) {
        ++m_sequences;
    }
    if (!m_values.at(node).contains(value)) {
        m_values[node].append(value);
    }
}

QVector<int> TokenTrie::find(const QStringList &keys) const
{
    const QVector<int> *values = nullptr;
    const int n = longestMatch(
        0,
        int(keys.size()),
        [&](int i) {
            return keys.at(i);
        },
        &values);
    if (n == keys.size() && values) {
        return *values;
    }
    return {};
}

int TokenTrie::sequenceCount() const
{
    return m_sequences;
}

} // namespace Readout
