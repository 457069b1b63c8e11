// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sentenceview.h"

namespace Readout
{

struct ExtractionContext;

/// The part of a sentence that may tell an event, and who said so.
struct ReportedPart {
    int first = 0; ///< tokens [first, last): the sentence without its reporting clause
    int last = 0;
    QString source; ///< "the White House spokesperson"; "" when the sentence names none
};

/// Pass 1, per sentence: the reporting clause (", the ministry said", "X said that", "according to
/// X") becomes the source and is set aside; a bare "the spokesperson" is the latest fuller source
/// with that head word; the state a source speaks for becomes the speaker of a later "our".
[[nodiscard]] ReportedPart
readReportingClause(SentenceView &view, const Sentence &sentence, ExtractionContext &context);

/// Pass 2, per sentence with a trigger: relative clauses (", which ... ,") and the dateline
/// ("MOSCOW (Agency) -", "BALI, 9 July 2022 (X):") are set aside; a dateline names no side.
/// Returns the clauses of the person relatives set aside ("Kenya's president, who will meet Uganda's
/// on Friday,"), each with the start of the phrase it follows as the subject it inherits.
[[nodiscard]] QVector<Clause> markAsides(SentenceView &view, int first, int last);

/// Pass 2b: an aim after a trigger (resources/rules/events.json purpose_cues: "hoping to secure a
/// truce with Israel") up to a finite verb, a comma or the end names no side (view.noSide).
void markAims(SentenceView &view, int first, int last);
/// "at 18:00 (Cyprus time)", "at noon Moscow time": a place that names a clock's zone (events.json
/// time_zone_words after it) is no side.
void markTimeZones(SentenceView &view, int first, int last);

/// Pass 2c: the parts of a whole (events.json whole_part_cues): "the groups that make up the
/// Alliance, A, B and C" and "the Alliance, made up of A, B and C" name the Alliance as the side; A,
/// B and C name no side of their own (view.noSide).
void markParts(SentenceView &view, int first, int last);

/// Marks the quotations of the whole text (view.quoted), continuing the context's open quotation.
void markQuotations(SentenceView &view, ExtractionContext &context);

} // namespace Readout
