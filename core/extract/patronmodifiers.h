// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mention.h"
#include "textsegmenter.h"

#include <QVector>

namespace Readout
{

class KnowledgeBase;

/// Stage 3e: a name that only says who stands behind the next one. In "the Iran-backed militia"
/// or "a Moscow-allied party" (resources/rules/names.json patron_participles after a hyphen),
/// the state or organisation is no side of an event: its mention stays a highlighted name, but
/// no longer stands for an actor. Before an event word ("UN-backed talks", "Qatari-sponsored
/// peace talks") the name is the event's mediator and is left alone.
void clearPatronModifiers(const KnowledgeBase &kb, const Segmentation &seg, QVector<Mention> &mentions);

} // namespace Readout
