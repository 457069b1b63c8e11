// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"

#include <QPair>

namespace Readout
{

class Annotations;
class KnowledgeBase;

/// A new event for the sentence the analyst selected, pre-filled with what the extractor finds
/// in that sentence alone, else with the actors and the date marked in it. The caller adds it
/// with Annotations::addEvent(). Pure: reads the annotations, changes nothing.
class EventDraft
{
public:
    /// [start, end) widened to whole sentences of text, never into the header.
    [[nodiscard]] static QPair<int, int> sentenceAround(const QString &text, int bodyStart, int start, int end);
    [[nodiscard]] static Event
    fromSelection(const Annotations &annotations, int start, int end, const KnowledgeBase &knowledge);
};

} // namespace Readout
