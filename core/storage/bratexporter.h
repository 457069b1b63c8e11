// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../event.h"
#include "../result.h"

#include <QString>
#include <QVector>

namespace Readout
{

class Document;
class KnowledgeBase;

/// Writes brat standoff (.ann) for the article's text: a T line per entity (code-point offsets),
/// AnnotatorNotes with normalised values ("value=2022-01-10" for dates, "canonical=United States;
/// code=USA" for actors), and per event a trigger T line, an E line with role arguments
/// (Participant, Participant2, ..., Date, Place, Source) and Status/Origin attributes. Reads the
/// entities of such a file back (through BratReader).
class BratExporter
{
public:
    explicit BratExporter(const KnowledgeBase &knowledge);

    [[nodiscard]] QString
    toAnn(const Document &document, const QVector<Entity> &entities, const QVector<Event> &events) const;
    /// The entities of an .ann for document (triggers and unknown labels skipped), UTF-16 offsets.
    [[nodiscard]] static Result<QVector<Entity>>
    readEntities(const QString &ann, const QString &name, const Document &document);

private:
    /// [start, end) of the word that triggers the event inside its evidence (UTF-16).
    [[nodiscard]] QPair<int, int> triggerSpan(const Document &document, const Event &event) const;

    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
