// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

/// How a compare flag is shown: its label in tables and summaries, the colour role it takes from
/// the palette ("same", "conflict", "unmatched") and a one-character icon.
struct CompareFlagInfo {
    QString id; ///< same, date_differs, place_differs, participants_differ, status_differs, only_in_a, only_in_b
    QString label;
    QString summary;
    QString role;
    QString icon;
};

/// The knowledge of comparing two reports, from resources/rules/compare.json (overridable by a
/// data directory): alignment weights and thresholds, matching thresholds, type families, flag
/// names and icons, CSV columns and the stop words that are no content words. A copyable value.
struct CompareRules {
    // Paragraph alignment
    double minSimilarity = 0.25;
    double actorWeight = 2.0;
    double dateWeight = 2.0;
    double wordWeight = 1.0;
    int maxCandidates = 64; ///< per paragraph of A: only the most similar paragraphs of B are kept
    double maxPostingFraction = 0.05; ///< features in more paragraphs of B than this share are skipped
    int minWordLength = 3;
    // Event matching
    double minParticipantOverlap = 0.5;
    int maxDateGapDays = 7;
    bool placeMissingDiffers = false;
    double typeWeight = 0.15;
    double participantsWeight = 0.35;
    double dateScoreWeight = 0.3;
    double placeWeight = 0.1;
    double statusWeight = 0.1;
    // Stories across many reports
    int storyReportGapDays = 30; ///< an event without a day date joins reports published at most this far apart

    QHash<QString, QString> typeFamilies; ///< event type -> family
    QVector<CompareFlagInfo> flags; ///< in display order
    QStringList csvColumns;
    QSet<QString> stopwords; ///< lower case

    /// The family of an event type; the type itself when the rules name none.
    [[nodiscard]] QString family(const QString &type) const;
    /// The flag's display data; a bare entry named by id when unknown.
    [[nodiscard]] CompareFlagInfo flag(const QString &id) const;

    /// Reads rules/compare.json from overrideDir when it has one, else the built-in copy.
    /// Errors name the file (and line for JSON syntax).
    [[nodiscard]] static Result<CompareRules> load(const QString &overrideDir = {});
    /// The built-in rules, loaded once (thread-safe); aborts if the compiled-in file is broken,
    /// which the data test prevents.
    [[nodiscard]] static const CompareRules &builtIn();
    /// The rules of the analyst's data folder (DataFolder::inUse()) when it has a compare.json,
    /// else the built-in ones; a broken copy gives the built-in rules and sets problem.
    [[nodiscard]] static CompareRules forAnalyst(QString *problem = nullptr);
};

} // namespace Readout
