// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokentrie.h"

namespace Readout
{

TokenTrie::TokenTrie()
{
    m_nodes.append(Node{});
}

void TokenTrie::insert(const QStringList &keys, int value)
{
    if (keys.isEmpty()) {
        return;
    }
    m_firstKeys.add(keys.first());
    int node = 0;
    for (const QString &key : keys) {
        const auto it = m_nodes.at(node).children.constFind(key);
        if (it != m_nodes.at(node).children.cend()) {
            node = it.value();
        } else {
            const int child = int(m_nodes.size());
            m_nodes.append(Node{});
            m_nodes[node].children.insert(key, child);
            node = child;
        }
    }
    if (m_nodes.at(node).values.isEmpty()) {
        ++m_sequences;
    }
    if (!m_nodes.at(node).values.contains(value)) {
        m_nodes[node].values.append(value);
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
