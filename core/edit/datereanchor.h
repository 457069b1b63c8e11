// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../event.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace Readout
{

class Document;
class KnowledgeBase;

/// New values for dates after the publication date they are anchored on changed.
struct DateReanchoring {
    QHash<QString, QString> entityValues; ///< date entity id -> new TIMEX3 value
    QHash<QString, QString> eventDates; ///< event id -> new date
};

/// Re-resolves a document's dates against a new publication date: runs the pipeline's date stages
/// on the text and gives each date entity whose value the analyst did not correct the value found
/// at its span; an event whose date came from such an entity (and was not corrected) follows it.
/// Pure and thread-safe: run it off the GUI thread, then push Annotations::reanchorDates().
class DateReanchor
{
public:
    [[nodiscard]] static DateReanchoring compute(const Document &document,
                                                 const QDate &published,
                                                 const QVector<Entity> &entities,
                                                 const QVector<Event> &events,
                                                 const KnowledgeBase &knowledge);
};

} // namespace Readout
