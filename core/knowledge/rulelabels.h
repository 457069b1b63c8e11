// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Readout
{

class KnowledgeBase;

/// How the names that come from resources/rules read in the user's language: event types (their
/// label in rules/event_types.tsv), statuses (rules/statuses.tsv) and compare flags
/// (rules/compare.json). The rules name them in English; the Qt Linguist files translate them in
/// the context "Readout::RuleLabels" with the kind as disambiguation. `update_translations` reads
/// them out of the rules (resources/build/rulelabels.cmake), so a new row reaches the translators.
/// A name with no translation (a type from the analyst's data folder) reads as written. Values in
/// events, sidecars and exports stay the English names: only what a view shows is translated.
namespace RuleLabels
{

inline constexpr char Context[] = "Readout::RuleLabels";
inline constexpr char EventTypeKind[] = "event type";
inline constexpr char EventTypeInTextKind[] = "event type, in a sentence";
inline constexpr char StatusKind[] = "event status";
inline constexpr char CompareFlagKind[] = "compare flag";

/// The label of an event type ("talks" -> "Talks", in German "Gespräche"); knowledge gives the
/// labels (the built-in knowledge when null); a type it does not list reads as written.
[[nodiscard]] QString eventType(const QString &type, const KnowledgeBase *knowledge = nullptr);
/// An event type's name in running text ("both talks"; in German "beide Gespräche").
[[nodiscard]] QString eventTypeInText(const QString &type);
/// A status as the user reads it ("held", in German "stattgefunden").
[[nodiscard]] QString status(const QString &status);
/// A compare flag's label or summary of rules/compare.json ("date differs").
[[nodiscard]] QString compareFlag(const QString &label);

} // namespace RuleLabels

} // namespace Readout
