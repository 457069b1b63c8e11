// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../event.h"

#include <QVector>

namespace Readout
{

class Document;
struct SidecarData;

/// What re-anchoring kept and lost.
struct ReanchorOutcome {
    QVector<Entity> entities; ///< UTF-16 offsets into the new text
    QVector<Event> events;
    QStringList lostEntities; ///< ids whose text is no longer in the article
    QStringList lostEvents; ///< ids whose evidence sentence is no longer in the article
};

/// Moves a sidecar's annotations onto a changed article by exact text match: each entity and
/// evidence sentence goes to the occurrence of its text nearest its old place; what is not found
/// anywhere is dropped and listed, never guessed.
class TextReanchor
{
public:
    [[nodiscard]] static ReanchorOutcome reanchor(const SidecarData &data, const Document &document);
    /// The start of the occurrence of needle in text nearest around, at or after from; -1 if none.
    [[nodiscard]] static int nearest(const QString &text, const QString &needle, int around, int from = 0);
};

} // namespace Readout
