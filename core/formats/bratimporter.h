// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../event.h"
#include "../result.h"

#include <QStringList>
#include <QVector>

namespace Readout
{

class Document;

/// Annotations imported from a brat .ann, with UTF-16 offsets into the document.
struct ImportedAnnotations {
    QVector<Entity> entities;
    QVector<Event> events;
    QStringList notes; ///< what was skipped and why, for the user
};

/// Turns a brat standoff file (BratReader) into entities and events the analyst can correct:
/// T lines with a known label become entities (origin "imported"; AnnotatorNotes "value=",
/// "canonical=", "code=" give the normalised values, as BratExporter writes them); E lines become
/// events (type from the label; participants, date, place and source from the arguments or from
/// the event's AnnotatorNotes; status and origin from A lines; evidence: the trigger's sentence).
/// Every span must fit the text and say what the text says there, else the message names the
/// .ann line. Reading our own export back gives what it wrote. Stateless.
class BratImporter
{
public:
    [[nodiscard]] static Result<ImportedAnnotations>
    import(const QString &ann, const QString &annName, const Document &document);
};

} // namespace Readout
