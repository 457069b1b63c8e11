// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"
#include "../entity.h"
#include "../event.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

class Pipeline;

/// One article as the window would show it: its document and the annotations to use, with what was
/// said while reading it. Reading never writes anything and touches no shared state, so many
/// articles may be read on many threads at once (the pipeline is shared and read-only).
struct ArticleWork {
    enum class Origin {
        Failed, ///< the file could not be read, or its sidecar was refused: see error
        Extracted, ///< the pipeline's extraction
        Corrected, ///< the analyst's corrections, from the article's sidecar
        Annotations, ///< the annotations of an .ann or .readout.json given itself
    };
    Origin origin = Origin::Failed;
    Document document;
    QVector<Entity> entities;
    QVector<Event> events;
    QString sidecarPath; ///< the sidecar used, when origin is Corrected
    QStringList readerNotes; ///< what reading the file noted (a decoding, a PDF without text layer)
    QStringList notes; ///< what the sidecar check said, one sentence each, naming the file
    QString error; ///< why origin is Failed, naming the file

    /// Reads file and gives what the window would show: the corrections of its sidecar when they
    /// fit the article (useSidecar), else the annotations of an .ann or .readout.json given itself,
    /// else the extraction. published, when valid, overrides the document's date (a sidecar's own
    /// date wins, as in the window). A sidecar written for an earlier text of the article is
    /// refused (Failed): the analyst's corrections would be silently lost.
    [[nodiscard]] static ArticleWork
    read(const QString &file, const QDate &published, const Pipeline &pipeline, bool useSidecar);

    /// "extracted", "corrected", "annotations" or "failed", as the batch's JSON lines say.
    [[nodiscard]] static QString originName(Origin origin);

private:
    enum class SidecarUse { Used, NotFound, Refused };
    [[nodiscard]] SidecarUse takeSidecar(const QString &file, const QDate &published);
};

} // namespace Readout
