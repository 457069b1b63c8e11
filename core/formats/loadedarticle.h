// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../edit/correctionlog.h"
#include "../entity.h"
#include "../event.h"

#include <QStringList>
#include <QVector>

namespace Readout
{

/// What opening one file gives: the article, the annotations imported with it (from a brat .ann
/// or a Readout sidecar; UTF-16 offsets into document.text()) and notes the user should see
/// ("article.txt: not valid UTF-8: read as windows-1252"). A copyable value; readArticle() makes it.
struct LoadedArticle {
    Document document;
    QVector<Entity> entities; ///< imported spans; origin "imported" for brat, as saved for a sidecar
    QVector<Event> events;
    CorrectionLog log; ///< the correction log of an opened sidecar
    QString annotationsFrom; ///< the .ann or .readout.json the annotations came from; empty when none
    QStringList notes;

    /// True when the annotations were imported and need no extraction run.
    [[nodiscard]] bool hasAnnotations() const
    {
        return !annotationsFrom.isEmpty();
    }
};

} // namespace Readout
