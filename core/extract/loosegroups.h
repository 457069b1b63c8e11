// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mention.h"
#include "textsegmenter.h"

#include <QVector>

namespace Readout
{

/// Stage 3d: parties a report names in lower case. A group of resources/rules/names.json
/// loose_groups ("world powers", "the international community") stands for itself as written; a
/// state's opposition (names.json opposition_words) is "Venezuelan opposition" after "Venezuelan",
/// or after "the" when Venezuela is the state named last before it in the sentence. They become hidden mentions: events
/// take them as sides, the view shows no entity for them. A demonym before the opposition word no longer stands for its
/// state in events ("the Venezuelan opposition" is not Venezuela).
void addLooseGroups(const KnowledgeBase &kb, const QString &text, const Segmentation &seg, QVector<Mention> &mentions);

} // namespace Readout
