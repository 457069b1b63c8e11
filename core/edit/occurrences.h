// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace Readout
{

/// Finds where a name occurs in a text, for "Annotate All Occurrences". Pure functions; nothing
/// here knows about entities or undo.
///
/// The match is case-sensitive and whole-word: "Lavrov" finds "Lavrov" and "Lavrov's" but not
/// "lavrov" nor "Lavrovs"; "US" never finds the pronoun "us", "Turkey" never "turkey". Names are
/// written with their capitals, so matching case is what the analyst expects, and the false hits
/// of a case-blind search ("us", "march", "may") would each have to be undone by hand. A run of
/// spaces or line breaks in the name matches any run of white space in the text, so a name
/// broken across lines is found too.
class Occurrences
{
public:
    /// [start, end) (UTF-16) of every whole-word occurrence of needle (simplified first) in
    /// text[from, ...), in text order, not overlapping each other; none for a blank needle. A
    /// needle edge that is no letter or digit ("U.S.") needs no word boundary on that side.
    [[nodiscard]] static QVector<QPair<int, int>> find(const QString &text, const QString &needle, int from = 0);
    /// Whether c continues a word (a letter, digit or combining mark).
    [[nodiscard]] static bool isWordCharacter(QChar c);
};

} // namespace Readout
