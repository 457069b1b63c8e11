// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../eventstatus.h"
#include "../result.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <array>

namespace Readout
{

class WordSet;
struct PhraseList;

/// The word sets and phrase lists of resources/rules/events.json that the event passes use, bound
/// once at load so that no pass looks a list up by name while it reads a text. A list the passes
/// need and the file lacks is a load error; names() tells the loader which lists are in use.
struct EventLexicon {
    const WordSet *reporting = nullptr;
    const WordSet *participantPreps = nullptr;
    const WordSet *memberIntroducers = nullptr; ///< "groups including A and B": A and B take part
    const WordSet *postPreps = nullptr;
    const WordSet *placePreps = nullptr;
    const WordSet *venueVerbs = nullptr; ///< "were held in Doha": the place of an event noun's relative
    const WordSet *boundPreps = nullptr;
    const WordSet *anaphorDeterminers = nullptr;
    const WordSet *determiners = nullptr;
    const WordSet *participantNouns = nullptr;
    const WordSet *notTopics = nullptr;
    const WordSet *clauseBreaks = nullptr;
    const WordSet *relatives = nullptr;
    const WordSet *speakerPronouns = nullptr; ///< "X's president said he would meet Y": the speaker
    const WordSet *personRelatives = nullptr; ///< ", who met Y on Monday,": an event of the person before
    const WordSet *antecedentJoiners = nullptr; ///< inside the phrase a relative clause follows
    const WordSet *newDateVerbs = nullptr; ///< "postponed (until June 2)": the new date is no event date
    const WordSet *newDateLeads = nullptr;
    const WordSet *topicStops = nullptr;
    const WordSet *negations = nullptr;
    const WordSet *weakTopicPreps = nullptr;
    const WordSet *previousMarkers = nullptr;
    const WordSet *previousBounds = nullptr;
    const WordSet *previousNouns = nullptr; ///< "for the first time since 2019": the clause's own event
    const WordSet *journeyVerbs = nullptr;
    const WordSet *destinationPreps = nullptr;
    const WordSet *roundWords = nullptr;
    const WordSet *roundOrdinals = nullptr;
    const WordSet *firstPersonPlural = nullptr;
    const WordSet *subordinators = nullptr;
    const WordSet *callContext = nullptr;
    const WordSet *callRequires = nullptr;
    const WordSet *callNounsAlone = nullptr; ///< "a videoconference": a call without a "with" or "phone"
    const WordSet *openingWords = nullptr; ///< "On Friday," (they met): a phrase before the subject
    const WordSet *remoteModifiers = nullptr; ///< "a virtual meeting", "a video conference": a call
    const WordSet *infinitiveMarkers = nullptr;
    const WordSet *supportVerbs = nullptr;
    const WordSet *notEventModifiers = nullptr; ///< "press" (conference): no diplomatic event
    const WordSet *notEventHeads = nullptr; ///< (the negotiation) "team": the trigger names a group
    const WordSet *memberNouns = nullptr; ///< "members of the security council": the trigger names a body
    const WordSet *dateLeadWords = nullptr;
    const WordSet *separateMarkers = nullptr;
    const WordSet *separateAdverbs = nullptr; ///< "met A and B separately": one event with each
    const WordSet *rangeJoiners = nullptr;
    const WordSet *framePrepositions = nullptr;
    const WordSet *frameNounsBeforeOf = nullptr; ///< "on the eve of the summit": a frame only before "of"
    const WordSet *sameDayLeads = nullptr; ///< "hours" (before the talks): the framing event's day
    const WordSet *additionalMarkers = nullptr; ///< "would also meet": one more event, not the one before
    const WordSet *pastModifiers = nullptr; ///< "an earlier round of talks": held
    const WordSet *sessionWords = nullptr; ///< "the plenary session" (of the talks): a dated part of them
    const WordSet *nextModifiers = nullptr; ///< "further talks", "another meeting": after the one before
    const WordSet *possessives = nullptr; ///< "their" (annual summit): the clause's body's own
    const WordSet *agentParticiples = nullptr; ///< "led" (by X): that "by" names someone, no deadline
    const WordSet *complementizers = nullptr;
    const WordSet *hostVerbs = nullptr;
    const WordSet *hostNouns = nullptr;
    const WordSet *timeZoneWords = nullptr; ///< "(Cyprus time)": the place names a clock's zone
    const WordSet *mediatorNouns = nullptr; ///< "mediators from Qatar hosted talks": hosts that take part
    const WordSet *presentMarkers =
        nullptr; ///< "has now started": on the day of publication ///< "the site of talks": the subject hosts them
    const WordSet *sequenceVerbs = nullptr;
    const WordSet *auxiliaries = nullptr;
    const WordSet *finiteAuxiliaries = nullptr; ///< "has", "will": where a clause's own verb comes back
    const WordSet *sequencePreps = nullptr; ///< ", before talks on Wednesday": a second event
    const WordSet *speakingParticiples = nullptr; ///< "Speaking after talks with X, Y said": Y took part
    const WordSet *lastOccasionWords = nullptr; ///< "last met", "the previous talks": the occasion before
    const WordSet *cancelVerbs = nullptr; ///< "cancelled on Monday": the day it was called off
    const WordSet *officeAnaphors = nullptr; ///< "the two ministers": a sentence before that named two
    const WordSet *officeComplements = nullptr; ///< "heads of state": a noun after a participant noun and "of"
    const WordSet *memberPrepositions = nullptr; ///< "negotiators for both sides": people of the sides
    const WordSet *attendanceVerbs = nullptr; ///< "with leaders expected to attend": who comes, not whether
    const WordSet *personObjects = nullptr; ///< "received him": the object is someone
    const WordSet *reportDaySequences = nullptr; ///< "said Saturday after (talks)": on the day said
    const PhraseList *typeOrder = nullptr;
    const PhraseList *generic = nullptr;
    const PhraseList *statusCues = nullptr;
    const PhraseList *notStatusCues = nullptr;
    const PhraseList *negated = nullptr;
    const PhraseList *topicCues = nullptr;
    const PhraseList *anaphoricSubjects = nullptr;
    const PhraseList *accordingTo = nullptr;
    const PhraseList *purposeCues = nullptr; ///< "hoping to": what follows is an aim, not the event
    /// "that make up" (value "whole"): the name after it is a whole, the names listed after it its
    /// parts; ", made up of" (value "parts"): the names after it are parts of the name before.
    const PhraseList *wholePartCues = nullptr;
    QVector<EventStatus> cueStatus; ///< the status of each phrase of statusCues, by index
    std::array<int, 7>
        statusRank{-1, -1, -1, -1, -1, -1, -1}; ///< by EventStatus: status_priority, higher wins; -1 unranked

    [[nodiscard]] int priority(EventStatus status) const
    {
        return statusRank.at(size_t(status));
    }
    QHash<QString, int> typeRank; ///< event type -> rank (type_priority), lower wins

    /// Binds every list; an error names the missing list and the file.
    [[nodiscard]] static Result<EventLexicon>
    bind(const QHash<QString, WordSet> &wordSets, const QHash<QString, PhraseList> &phraseLists, const QString &file);
    /// "previous", "eighth" (round_ordinals) or a number with an ordinal ending ("14th", "21st").
    [[nodiscard]] bool isRoundOrdinal(const QString &key) const;

    /// The names of the lists bind() takes.
    [[nodiscard]] static QStringList names();
};

} // namespace Readout
