// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlexicon.h"

#include "../knowledge/knowledgebase.h"

#include <QRegularExpression>

namespace Readout
{

namespace
{

struct SetBinding {
    const char *name;
    const WordSet *EventLexicon::*member;
};

struct ListBinding {
    const char *name;
    const PhraseList *EventLexicon::*member;
};

constexpr SetBinding SetBindings[] = {
    {"reporting_verbs", &EventLexicon::reporting},
    {"participant_prepositions", &EventLexicon::participantPreps},
    {"member_introducers", &EventLexicon::memberIntroducers},
    {"post_trigger_prepositions", &EventLexicon::postPreps},
    {"place_prepositions", &EventLexicon::placePreps},
    {"venue_verbs", &EventLexicon::venueVerbs},
    {"bound_prepositions", &EventLexicon::boundPreps},
    {"anaphor_determiners", &EventLexicon::anaphorDeterminers},
    {"determiners", &EventLexicon::determiners},
    {"participant_nouns", &EventLexicon::participantNouns},
    {"trigger_modifiers_not_topics", &EventLexicon::notTopics},
    {"clause_breaks", &EventLexicon::clauseBreaks},
    {"relative_pronouns", &EventLexicon::relatives},
    {"person_relatives", &EventLexicon::personRelatives},
    {"speaker_pronouns", &EventLexicon::speakerPronouns},
    {"antecedent_joiners", &EventLexicon::antecedentJoiners},
    {"new_date_verbs", &EventLexicon::newDateVerbs},
    {"new_date_leads", &EventLexicon::newDateLeads},
    {"topic_stops", &EventLexicon::topicStops},
    {"negations", &EventLexicon::negations},
    {"weak_topic_prepositions", &EventLexicon::weakTopicPreps},
    {"previous_event_markers", &EventLexicon::previousMarkers},
    {"previous_event_bounds", &EventLexicon::previousBounds},
    {"previous_event_nouns", &EventLexicon::previousNouns},
    {"journey_verbs", &EventLexicon::journeyVerbs},
    {"destination_prepositions", &EventLexicon::destinationPreps},
    {"round_words", &EventLexicon::roundWords},
    {"round_ordinals", &EventLexicon::roundOrdinals},
    {"first_person_plural", &EventLexicon::firstPersonPlural},
    {"event_clause_subordinators", &EventLexicon::subordinators},
    {"call_context", &EventLexicon::callContext},
    {"call_requires", &EventLexicon::callRequires},
    {"call_nouns_alone", &EventLexicon::callNounsAlone},
    {"remote_modifiers", &EventLexicon::remoteModifiers},
    {"opening_words", &EventLexicon::openingWords},
    {"infinitive_markers", &EventLexicon::infinitiveMarkers},
    {"support_verbs", &EventLexicon::supportVerbs},
    {"not_event_modifiers", &EventLexicon::notEventModifiers},
    {"not_event_heads", &EventLexicon::notEventHeads},
    {"member_nouns", &EventLexicon::memberNouns},
    {"date_lead_words", &EventLexicon::dateLeadWords},
    {"separate_markers", &EventLexicon::separateMarkers},
    {"separate_adverbs", &EventLexicon::separateAdverbs},
    {"date_range_joiners", &EventLexicon::rangeJoiners},
    {"frame_prepositions", &EventLexicon::framePrepositions},
    {"frame_nouns_before_of", &EventLexicon::frameNounsBeforeOf},
    {"complementizers", &EventLexicon::complementizers},
    {"host_verbs", &EventLexicon::hostVerbs},
    {"host_nouns", &EventLexicon::hostNouns},
    {"mediator_nouns", &EventLexicon::mediatorNouns},
    {"time_zone_words", &EventLexicon::timeZoneWords},
    {"present_markers", &EventLexicon::presentMarkers},
    {"sequence_verbs", &EventLexicon::sequenceVerbs},
    {"auxiliaries", &EventLexicon::auxiliaries},
    {"finite_auxiliaries", &EventLexicon::finiteAuxiliaries},
    {"sequence_prepositions", &EventLexicon::sequencePreps},
    {"report_day_sequences", &EventLexicon::reportDaySequences},
    {"person_objects", &EventLexicon::personObjects},
    {"cancel_verbs", &EventLexicon::cancelVerbs},
    {"attendance_verbs", &EventLexicon::attendanceVerbs},
    {"member_prepositions", &EventLexicon::memberPrepositions},
    {"office_complements", &EventLexicon::officeComplements},
    {"office_anaphors", &EventLexicon::officeAnaphors},
    {"last_occasion_words", &EventLexicon::lastOccasionWords},
    {"speaking_participles", &EventLexicon::speakingParticiples},
    {"same_day_leads", &EventLexicon::sameDayLeads},
    {"agent_participles", &EventLexicon::agentParticiples},
    {"possessive_determiners", &EventLexicon::possessives},
    {"past_event_modifiers", &EventLexicon::pastModifiers},
    {"additional_event_markers", &EventLexicon::additionalMarkers},
    {"next_event_modifiers", &EventLexicon::nextModifiers},
    {"session_words", &EventLexicon::sessionWords},
};

constexpr ListBinding ListBindings[] = {
    {"type_priority", &EventLexicon::typeOrder},
    {"generic_cues", &EventLexicon::generic},
    {"status_cues", &EventLexicon::statusCues},
    {"not_status_cues", &EventLexicon::notStatusCues},
    {"negated_event", &EventLexicon::negated},
    {"topic_cues", &EventLexicon::topicCues},
    {"anaphoric_subjects", &EventLexicon::anaphoricSubjects},
    {"according_to", &EventLexicon::accordingTo},
    {"purpose_cues", &EventLexicon::purposeCues},
    {"whole_part_cues", &EventLexicon::wholePartCues},
};

const char *const StatusPriority = "status_priority";

} // namespace

Result<EventLexicon> EventLexicon::bind(const QHash<QString, WordSet> &wordSets,
                                        const QHash<QString, PhraseList> &phraseLists,
                                        const QString &file)
{
    EventLexicon lex;
    auto missing = [&file](const QString &what, const char *name) {
        return Error{Error::Code::Malformed,
                     QStringLiteral("%1: the %2 \"%3\" is missing; event extraction needs it")
                         .arg(file, what, QLatin1String(name))};
    };
    for (const SetBinding &b : SetBindings) {
        const auto it = wordSets.constFind(QLatin1String(b.name));
        if (it == wordSets.cend()) {
            return missing(QStringLiteral("word set"), b.name);
        }
        lex.*(b.member) = &it.value();
    }
    for (const ListBinding &b : ListBindings) {
        const auto it = phraseLists.constFind(QLatin1String(b.name));
        if (it == phraseLists.cend()) {
            return missing(QStringLiteral("phrase list"), b.name);
        }
        lex.*(b.member) = &it.value();
    }
    const auto priority = phraseLists.constFind(QLatin1String(StatusPriority));
    if (priority == phraseLists.cend()) {
        return missing(QStringLiteral("phrase list"), StatusPriority);
    }
    auto status = [&file](const QString &name, const QString &list) -> Result<EventStatus> {
        const auto known = statusFromName(name);
        if (!known) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1: %2 gives the status \"%3\", which event extraction does not know "
                                        "(held, scheduled, likely, planned, proposed, cancelled)")
                             .arg(file, list, name)};
        }
        return *known;
    };
    for (const Phrase &p : priority.value()) {
        const auto s = status(p.keys.join(QLatin1Char(' ')), QLatin1String(StatusPriority));
        if (!s) {
            return s.error();
        }
        lex.statusRank[size_t(s.value())] = p.value.toInt();
    }
    for (const Phrase &p : *lex.statusCues) {
        const auto s = status(p.value, QStringLiteral("status cue \"%1\"").arg(p.keys.join(QLatin1Char(' '))));
        if (!s) {
            return s.error();
        }
        if (lex.priority(s.value()) < 0) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1: status cue \"%2\" gives \"%3\", which status_priority does not rank")
                             .arg(file, p.keys.join(QLatin1Char(' ')), p.value)};
        }
        lex.cueStatus.append(s.value());
    }
    for (const Phrase &p : *lex.wholePartCues) {
        if (p.value != QLatin1String("whole") && p.value != QLatin1String("parts")) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1: whole_part_cues: \"%2\" gives \"%3\"; \"whole\" or \"parts\" expected")
                             .arg(file, p.keys.join(QLatin1Char(' ')), p.value)};
        }
    }
    for (int r = 0; r < lex.typeOrder->size(); ++r) {
        lex.typeRank.insert(lex.typeOrder->at(r).keys.join(QLatin1Char(' ')), r);
    }
    return lex;
}

QStringList EventLexicon::names()
{
    QStringList out;
    for (const SetBinding &b : SetBindings) {
        out.append(QLatin1String(b.name));
    }
    for (const ListBinding &b : ListBindings) {
        out.append(QLatin1String(b.name));
    }
    out.append(QLatin1String(StatusPriority));
    return out;
}

bool EventLexicon::isRoundOrdinal(const QString &key) const
{
    static const QRegularExpression ordinal(QStringLiteral("^[0-9]+(st|nd|rd|th)$"));
    return roundOrdinals->contains(key) || ordinal.match(key).hasMatch();
}

} // namespace Readout
