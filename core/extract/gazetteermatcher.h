// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mention.h"
#include "textsegmenter.h"

#include <QVector>

namespace Readout
{

/// Stage 2: finds listed names (countries, aliases, demonyms, capitals, cities, organizations) by
/// longest match over the token trie. Capitalisation must agree with the listed form, so "us" is
/// never the United States and "US" only when written in capitals.
class GazetteerMatcher
{
public:
    explicit GazetteerMatcher(const KnowledgeBase &knowledge);
    [[nodiscard]] QVector<Mention> match(const QString &text, const Segmentation &segmentation) const;

private:
    [[nodiscard]] bool
    caseAgrees(const QString &text, const Segmentation &seg, int from, int count, const GazetteerEntry &entry) const;
    /// "North and South Korea": the mention "North" stands for, before `second` ("South Korea").
    [[nodiscard]] bool ellipsisBefore(const Segmentation &seg,
                                      const Mention &second,
                                      const QVector<Mention> &before,
                                      Mention *first) const;

    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
