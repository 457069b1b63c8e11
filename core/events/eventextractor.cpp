// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventextractor.h"
#include "cancellation.h"

#include "../knowledge/knowledgebase.h"

#include <algorithm>
#include <functional>

namespace Readout
{

namespace
{

/// How many of the latest sources a bare "the spokesperson" is looked up among.
constexpr qsizetype RecentSources = 8;

struct Clause {
    int first = 0;
    int last = 0;
};

/// Index of the phrase matching at token k, or -1.
int phraseAt(const PhraseList &phrases, const QVector<Token> &tokens, int k, int end)
{
    if (k >= end) {
        return -1;
    }
    return phrases.matchAt(k, end, [&tokens](int i) -> const QString & {
        return tokens.at(i).key;
    });
}

/// The day of a "YYYY-MM-DD" value, cheaply; invalid for anything else.
QDate dayOf(const QString &value)
{
    if (value.size() != 10 || value.at(4) != QLatin1Char('-') || value.at(7) != QLatin1Char('-')) {
        return {};
    }
    const auto digits = [&value](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            if (!value.at(i).isDigit()) {
                return -1;
            }
            n = n * 10 + value.at(i).digitValue();
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

QString trimmedPhrase(const QString &text, const QVector<Token> &tokens, int first, int last)
{
    if (first >= last) {
        return {};
    }
    return text.mid(tokens.at(first).start, tokens.at(last - 1).end - tokens.at(first).start).simplified();
}

} // namespace

EventExtractor::EventExtractor(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QVector<EventCandidate> EventExtractor::extract(const QString &text,
                                                const Segmentation &seg,
                                                const QVector<Mention> &mentions,
                                                const QStringList &entityIds,
                                                const QDate &published,
                                                ExtractionContext *context) const
{
    const KnowledgeBase &kb = m_knowledge;
    const auto &tokens = seg.tokens;
    const int n = int(tokens.size());
    const auto &reporting = kb.wordSet(QStringLiteral("reporting_verbs"));
    const auto &participantPreps = kb.wordSet(QStringLiteral("participant_prepositions"));
    const auto &postPreps = kb.wordSet(QStringLiteral("post_trigger_prepositions"));
    const auto &typeOrder = kb.phrases(QStringLiteral("type_priority"));
    const auto &placePreps = kb.wordSet(QStringLiteral("place_prepositions"));
    const auto &boundPreps = kb.wordSet(QStringLiteral("bound_prepositions"));
    const auto &anaphorDets = kb.wordSet(QStringLiteral("anaphor_determiners"));
    const auto &determiners = kb.wordSet(QStringLiteral("determiners"));
    const auto &participantNouns = kb.wordSet(QStringLiteral("participant_nouns"));
    const auto &notTopics = kb.wordSet(QStringLiteral("trigger_modifiers_not_topics"));
    const auto &clauseBreaks = kb.wordSet(QStringLiteral("clause_breaks"));
    const auto &relatives = kb.wordSet(QStringLiteral("relative_pronouns"));
    const auto &topicStops = kb.wordSet(QStringLiteral("topic_stops"));
    const auto &generic = kb.phrases(QStringLiteral("generic_cues"));
    const auto &negations = kb.wordSet(QStringLiteral("negations"));
    const auto &statusCues = kb.phrases(QStringLiteral("status_cues"));
    const auto &negated = kb.phrases(QStringLiteral("negated_event"));
    const auto &topicCues = kb.phrases(QStringLiteral("topic_cues"));
    const auto &weakTopicPreps = kb.wordSet(QStringLiteral("weak_topic_prepositions"));
    const auto &anaphoricSubjects = kb.phrases(QStringLiteral("anaphoric_subjects"));
    const auto &mediatorCues = kb.phrases(QStringLiteral("mediator_cues"));
    const auto &accordingTo = kb.phrases(QStringLiteral("according_to"));
    const auto &previousMarkers = kb.wordSet(QStringLiteral("previous_event_markers"));
    const auto &previousBounds = kb.wordSet(QStringLiteral("previous_event_bounds"));
    const auto &memberJoiners = kb.wordSet(QStringLiteral("member_list_joiners"));
    const auto &motionVerbs = kb.wordSet(QStringLiteral("journey_verbs"));
    const auto &destinationPreps = kb.wordSet(QStringLiteral("destination_prepositions"));
    const auto &roundWords = kb.wordSet(QStringLiteral("round_words"));
    const auto &roundOrdinals = kb.wordSet(QStringLiteral("round_ordinals"));
    const auto &firstPersonPlural = kb.wordSet(QStringLiteral("first_person_plural"));
    const auto &subordinators = kb.wordSet(QStringLiteral("event_clause_subordinators"));
    QHash<QString, int> statusPriority;
    for (const Phrase &p : kb.phrases(QStringLiteral("status_priority"))) {
        statusPriority.insert(p.keys.join(QLatin1Char(' ')), p.value.toInt());
    }
    const auto &triggers = kb.triggers();
    const WordSet &triggerWords = kb.triggerWords();

    // Token -> mention (the innermost visible one, and any actor mention including hidden ones).
    QVector<int> mentionAt(n, -1);
    for (int m = 0; m < mentions.size(); ++m) {
        const Mention &me = mentions.at(m);
        for (int k = me.firstToken; k < me.lastToken && k < n; ++k) {
            if (mentionAt.at(k) < 0 || !me.hidden) {
                mentionAt[k] = m;
            }
        }
    }
    // Hidden actors ("NATO" inside "NATO-Russia Council") and the visible name holding them. Mentions
    // are sorted by start, longer first, so a container comes right before what it holds.
    QVector<int> container(mentions.size(), -1);
    QHash<int, QVector<int>> members;
    int open = -1;
    for (int m = 0; m < mentions.size(); ++m) {
        const Mention &me = mentions.at(m);
        if (!me.hidden) {
            open = m;
        } else if (open >= 0 && mentions.at(open).end >= me.end) {
            container[m] = open;
            members[open].append(m);
        }
    }
    auto visibleId = [&](int m) {
        if (!entityIds.at(m).isEmpty()) {
            return entityIds.at(m);
        }
        return container.at(m) >= 0 ? entityIds.at(container.at(m)) : QString();
    };
    auto isActor = [&](int m) {
        const Mention &me = mentions.at(m);
        return me.type != EntityType::Date && !me.actor.isEmpty() && me.actorKind != ActorKind::None;
    };

    // Inside a quotation "our" and "we" are the state of the latest speaker named as a source
    // ("According to the Russian top diplomat, ... \"talks were held between our and American experts\"").
    ExtractionContext wholeText;
    ExtractionContext &ctx = context ? *context : wholeText;
    QVector<bool> quoted(n, false);
    {
        bool &inside = ctx.quoted;
        for (int k = 0; k < n; ++k) {
            const QString &key = tokens.at(k).key;
            if (key == QString(QChar(0x201C))) {
                inside = true;
            } else if (key == QString(QChar(0x201D))) {
                inside = false;
            } else if (key == QLatin1String("\"")) {
                inside = !inside;
            }
            quoted[k] = inside;
        }
    }
    QString &speaker = ctx.speaker;
    QVector<EventCandidate> result;
    QVector<bool> excluded(n, false); // tokens of reporting and relative clauses, reset per sentence
    QStringList &sources = ctx.sources; // the sources named so far, for "the spokesperson" said later
    for (int si = 0; si < seg.sentences.size(); ++si) {
        if (CancellationScope::requested()) {
            break; // Pipeline::run() drops what was found
        }
        const Sentence &s = seg.sentences.at(si);
        int a = s.firstToken;
        int b = s.lastToken;
        while (b > a && tokens.at(b - 1).is(Token::Punct) && tokens.at(b - 1).key != QLatin1String(")")) {
            --b;
        }
        // Is there any trigger at all? Most sentences have none.
        bool anyTrigger = false;
        for (int k = a; k < b && !anyTrigger; ++k) {
            anyTrigger = triggerWords.contains(tokens.at(k).key);
        }
        anyTrigger = anyTrigger || phraseAt(anaphoricSubjects, tokens, a, b) >= 0;
        bool orgWithMembers = false;
        for (int k = a; k < b && !orgWithMembers; ++k) {
            orgWithMembers = mentionAt.at(k) >= 0 && mentions.at(mentionAt.at(k)).hidden && isActor(mentionAt.at(k));
        }

        // Reporting clause: trailing ", <source> said" or leading "<source> said (that)".
        QString source;
        std::fill(excluded.begin() + s.firstToken, excluded.begin() + s.lastToken, false);
        int tailSkips = 0;
        for (int k = b - 1; k > a; --k) {
            if (tokens.at(k).key == QLatin1String(",") || tokens.at(k).key == QLatin1String("\"")
                || tokens.at(k).key == QString(QChar(0x201D))) {
                bool hasVerb = false;
                bool hasTrigger = false;
                int verb = -1;
                for (int j = k + 1; j < b; ++j) {
                    if (reporting.contains(tokens.at(j).key) && verb < 0) {
                        verb = j;
                        hasVerb = true;
                    }
                    hasTrigger = hasTrigger || triggerWords.contains(tokens.at(j).key);
                }
                if (!hasVerb && !hasTrigger && b - k <= 8 && tailSkips++ == 0) {
                    continue; // a short trailing aside; the reporting clause may be before it
                }
                if (hasVerb && !hasTrigger && b - k <= 30) {
                    int srcFirst = k + 1;
                    int srcLast = verb;
                    if (verb == k + 1) { // ", said the spokesperson"
                        srcFirst = verb + 1;
                        srcLast = b;
                    }
                    while (srcFirst < srcLast && determiners.contains(tokens.at(srcFirst).key)) {
                        ++srcFirst;
                    }
                    // "told the AFP ... on December 27": the source is the subject only.
                    source = trimmedPhrase(text, tokens, srcFirst, srcLast);
                    for (int j = k; j < s.lastToken; ++j) {
                        excluded[j] = true;
                    }
                    b = k;
                }
                break;
            }
        }
        int firstTrigger = -1;
        for (int k = a; k < b && firstTrigger < 0; ++k) {
            if (triggerWords.contains(tokens.at(k).key)
                || (mentionAt.at(k) >= 0 && mentions.at(mentionAt.at(k)).hidden)) {
                firstTrigger = k;
            }
        }
        for (int k = a; k < firstTrigger; ++k) {
            if (reporting.contains(tokens.at(k).key)) {
                int srcFirst = a;
                // Skip a leading adverb and comma ("Earlier, ...").
                for (int j = a; j < k; ++j) {
                    if (tokens.at(j).key == QLatin1String(",")) {
                        srcFirst = j + 1;
                    }
                }
                while (srcFirst < k && determiners.contains(tokens.at(srcFirst).key)) {
                    ++srcFirst;
                }
                if (source.isEmpty()) {
                    source = trimmedPhrase(text, tokens, srcFirst, k);
                }
                int cut = k + 1;
                if (cut < b
                    && (tokens.at(cut).key == QLatin1String("that") || tokens.at(cut).key == QLatin1String(","))) {
                    ++cut;
                }
                for (int j = a; j < cut; ++j) {
                    excluded[j] = true;
                }
                a = cut;
                break;
            }
        }
        for (int k = a; k < b; ++k) {
            const int p = phraseAt(accordingTo, tokens, k, b);
            if (p >= 0) {
                int last = k + accordingTo.at(p).keys.size();
                int end = last;
                while (end < b && tokens.at(end).key != QLatin1String(",")) {
                    ++end;
                }
                if (source.isEmpty()) {
                    source = trimmedPhrase(text, tokens, last, end);
                }
                for (int j = k; j < end; ++j) {
                    excluded[j] = true;
                }
            }
        }
        // A bare "the spokesperson" refers to the latest fuller source with that head word.
        if (!source.isEmpty() && !source.contains(QLatin1Char(' '))) {
            for (int i = int(sources.size()) - 1; i >= 0 && i >= sources.size() - RecentSources; --i) {
                if (sources.at(i).contains(source, Qt::CaseInsensitive) && sources.at(i) != source) {
                    source = sources.at(i);
                    break;
                }
            }
        }
        if (!source.isEmpty()) {
            sources.append(source);
        }
        // The state the source of this sentence speaks for, if it names one.
        for (int k = s.firstToken; k < s.lastToken; ++k) {
            const int m = mentionAt.at(k);
            if (excluded.at(k) && m >= 0 && isActor(m) && mentions.at(m).actorKind == ActorKind::State) {
                speaker = mentions.at(m).actor;
                break;
            }
        }
        if (!anyTrigger && !orgWithMembers) {
            continue;
        }
        // Relative clauses ", which ... ," add nothing to the event.
        for (int k = a; k + 1 < b; ++k) {
            if (tokens.at(k).key == QLatin1String(",") && relatives.contains(tokens.at(k + 1).key)) {
                int j = k + 1;
                while (j < b && tokens.at(j).key != QLatin1String(",")) {
                    excluded[j++] = true;
                }
                excluded[k] = true;
            }
        }
        // A dateline at the start ("MOSCOW (Agency) -", "BALI, 9 July 2022 (X):") names where the report
        // was filed, never a participant; its date may still date the event.
        QVector<int> datelineActors;
        if (a < b && tokens.at(a).is(Token::AllCaps)) {
            int depth = 0;
            for (int k = a + 1; k < std::min(b, a + 24); ++k) {
                const QString &key = tokens.at(k).key;
                if (key == QLatin1String("(")) {
                    ++depth;
                    continue;
                }
                if (key == QLatin1String(")")) {
                    --depth;
                }
                const bool dash =
                    key == QLatin1String("-") || key == QString(QChar(0x2014)) || key == QString(QChar(0x2013));
                // Ends at a top-level colon or dash, or at the bracket that closes the agency.
                const bool end = depth == 0 && (key == QLatin1String(":") || dash || key == QLatin1String(")"));
                if (end) {
                    int last = k;
                    if (key == QLatin1String(")") && k + 1 < b
                        && (tokens.at(k + 1).key == QLatin1String(":") || tokens.at(k + 1).key == QLatin1String("-"))) {
                        ++last;
                    }
                    for (int j = a; j <= last; ++j) {
                        datelineActors.append(j);
                    }
                    break;
                }
            }
        }
        // Clauses: split at ", while", "; ", ", but".
        QVector<Clause> clauses;
        int start = a;
        for (int k = a; k < b; ++k) {
            const QString &key = tokens.at(k).key;
            const bool semicolon = key == QLatin1String(";");
            const bool breakWord = clauseBreaks.contains(key) && k > a && tokens.at(k - 1).key == QLatin1String(",");
            if (semicolon || breakWord) {
                clauses.append({start, semicolon ? k : k - 1});
                start = k + 1;
            }
        }
        clauses.append({start, b});
        // "will meet X in Berlin on March 8 and hold talks with Y in Warsaw on March 9": two events. The
        // second part borrows the first part's subject.
        QVector<int> inheritSubject(clauses.size(), -1);
        for (int ci = 0; ci < clauses.size(); ++ci) {
            const Clause c = clauses.at(ci);
            int firstTrig = -1;
            for (int k = c.first; k < c.last; ++k) {
                if (!excluded.at(k) && triggerWords.contains(tokens.at(k).key) && mentionAt.at(k) < 0) {
                    if (firstTrig < 0) {
                        firstTrig = k;
                        continue;
                    }
                    // Look back from this trigger for a coordinating "and" after the first trigger, with
                    // no name between ("and hold talks", "and a summit"; not "and Nepal at a summit").
                    int split = -1;
                    for (int j = k - 1; j > firstTrig + 1 && j >= k - 6; --j) {
                        if (mentionAt.at(j) >= 0 && mentions.at(mentionAt.at(j)).type != EntityType::Date) {
                            break;
                        }
                        if (tokens.at(j).key == QLatin1String("and") || tokens.at(j).key == QLatin1String(",")) {
                            split = j;
                            break;
                        }
                    }
                    if (split > 0) {
                        clauses[ci].last = split;
                        clauses.insert(ci + 1, {split + 1, c.last});
                        inheritSubject.insert(ci + 1, c.first);
                        break;
                    }
                }
            }
        }
        // "met for talks after attending a G20 summit": an adverbial clause ("after", "before" with a
        // gerund) that names an event of its own is its own clause, with its own subject.
        for (int ci = 0; ci < clauses.size(); ++ci) {
            const Clause c = clauses.at(ci);
            bool seenTrigger = false;
            for (int k = c.first; k + 2 < c.last; ++k) {
                if (!excluded.at(k) && triggers.contains(tokens.at(k).key) && mentionAt.at(k) < 0) {
                    seenTrigger = true;
                    continue;
                }
                if (!seenTrigger || !subordinators.contains(tokens.at(k).key)
                    || !tokens.at(k + 1).key.endsWith(QLatin1String("ing"))) {
                    continue;
                }
                bool nounTrigger = false;
                for (int j = k + 2; j < c.last && j < k + 8 && !nounTrigger; ++j) {
                    const auto it = triggers.constFind(tokens.at(j).key);
                    nounTrigger = it != triggers.cend() && !it->isVerb && mentionAt.at(j) < 0;
                }
                if (nounTrigger) {
                    clauses[ci].last = k;
                    clauses.insert(ci + 1, {k, c.last});
                    inheritSubject.insert(ci + 1, -1);
                    break;
                }
            }
        }

        for (int ci = 0; ci < clauses.size(); ++ci) {
            const Clause c = clauses.at(ci);
            // Trigger: the first trigger word not inside a name; an organization with members
            // ("NATO-Russia Council") stands in for one when the clause's verb is a trigger.
            int trig = -1;
            Trigger trigger;
            for (int k = c.first; k < c.last && trig < 0; ++k) {
                if (excluded.at(k)) {
                    continue;
                }
                const QString &key = tokens.at(k).key;
                if (!triggerWords.mayContain(key)) {
                    continue;
                }
                const auto it = triggers.constFind(key);
                if (it == triggers.cend()) {
                    continue;
                }
                if (mentionAt.at(k) >= 0 && mentions.at(mentionAt.at(k)).type != EntityType::Date) {
                    continue; // "Council" inside "NATO-Russia Council"
                }
                const QString next = k + 1 < c.last ? tokens.at(k + 1).key : QString();
                const QString prev = k > c.first ? tokens.at(k - 1).key : QString();
                if (it->type == QLatin1String("call")) {
                    if (key == QLatin1String("phone") || key == QLatin1String("telephone")) {
                        if (triggerWords.contains(next)) {
                            continue; // "phone call": the noun carries it
                        }
                    } else if (!it->isVerb) {
                        const auto &needs = kb.wordSet(QStringLiteral("call_requires"));
                        if (!needs.contains(prev) && !needs.contains(next)) {
                            continue; // "a call for restraint"
                        }
                    } else {
                        bool byPhone = false;
                        for (int j = k + 1; j < std::min(c.last, k + 8); ++j) {
                            byPhone = byPhone || kb.wordSet(QStringLiteral("call_context")).contains(tokens.at(j).key);
                        }
                        if (!byPhone && key != QLatin1String("phoned") && key != QLatin1String("telephoned")) {
                            continue;
                        }
                    }
                }
                if (key == QLatin1String("council") && tokens.at(k).is(Token::Upper)) {
                    continue;
                }
                trig = k;
                trigger = it.value();
            }
            QVector<int> memberOrgs;
            for (int k = c.first; k < c.last; ++k) {
                if (!excluded.at(k) && mentionAt.at(k) >= 0 && !mentions.at(mentionAt.at(k)).hidden
                    && mentions.at(mentionAt.at(k)).type == EntityType::Organization
                    && mentions.at(mentionAt.at(k)).kind != QLatin1String("media") && !datelineActors.contains(k)) {
                    // visible org whose inside holds hidden actors
                    for (int m : members.value(mentionAt.at(k))) {
                        if (isActor(m) && !memberOrgs.contains(m)) {
                            memberOrgs.append(m);
                        }
                    }
                }
            }
            // "The two leaders discussed energy": no trigger, but a subject that points back to the
            // participants of the latest event.
            bool subjectAnaphor = false;
            if (trig < 0) {
                const int p = phraseAt(anaphoricSubjects, tokens, c.first, c.last);
                if (p < 0) {
                    continue;
                }
                trig = c.first + int(anaphoricSubjects.at(p).keys.size()) - 1;
                trigger = Trigger{};
                subjectAnaphor = true;
            }
            auto rank = [&](const QString &type) {
                for (int r = 0; r < typeOrder.size(); ++r) {
                    if (typeOrder.at(r).keys.join(QLatin1Char(' ')) == type) {
                        return r;
                    }
                }
                return int(typeOrder.size());
            };
            QString clauseType = trigger.type;
            for (int k = trig + 1; k < c.last; ++k) {
                if (!triggerWords.mayContain(tokens.at(k).key)) {
                    continue;
                }
                const auto it = triggers.constFind(tokens.at(k).key);
                if (!excluded.at(k) && it != triggers.cend() && mentionAt.at(k) < 0 && !it->isVerb
                    && it->type != QLatin1String("call") && rank(it->type) < rank(clauseType)) {
                    clauseType = it->type;
                }
            }

            // Negated or generic mentions are no events ("no talks are planned", "offering to hold talks").
            bool negatedEvent = false;
            for (int k = c.first; k < c.last && !negatedEvent; ++k) {
                negatedEvent = phraseAt(negated, tokens, k, c.last) >= 0;
            }
            for (int k = std::max(c.first, trig - 4); k < trig && !negatedEvent; ++k) {
                negatedEvent = negations.contains(tokens.at(k).key) || phraseAt(generic, tokens, k, trig) >= 0;
            }
            if (negatedEvent) {
                continue;
            }

            EventCandidate cand;
            cand.sentence = si;
            Event &ev = cand.event;
            ev.type = clauseType;
            ev.evidenceStart = s.start;
            ev.evidenceEnd = s.end;
            ev.evidenceText = text.mid(s.start, s.end - s.start);
            ev.source = source;

            QStringList participants;
            bool councilName = false;
            bool organizationOnly = true;
            bool standaloneKind = false;
            std::function<void(int)> addActor;
            addActor = [&](int m) {
                if (m >= 0 && !isActor(m) && members.contains(m) && mentions.at(m).type == EntityType::Organization
                    && mentions.at(m).kind != QLatin1String("media")) {
                    // "a meeting of the Russia-NATO Council": its members take part.
                    for (int member : members.value(m)) {
                        addActor(member);
                    }
                    if (mentions.at(m).canonical.endsWith(QLatin1String("Council"))) {
                        councilName = true;
                    }
                    return;
                }
                if (m < 0 || !isActor(m)) {
                    return;
                }
                const Mention &me = mentions.at(m);
                if (!participants.contains(me.actor)) {
                    organizationOnly = organizationOnly && me.actorKind == ActorKind::Organization;
                    // Only a body of members meets as itself ("the OSCE Permanent Council met"), not an agency.
                    standaloneKind = me.kind == QLatin1String("igo") || me.canonical.endsWith(QLatin1String("Council"));
                    participants.append(me.actor);
                    ev.participants.append(me.actor);
                    const QString code = kb.actorCode(me.actor);
                    ev.participantCodes.append(code.isEmpty() ? me.code : code);
                }
                const QString id = visibleId(m);
                if (!id.isEmpty() && !ev.entityIds.contains(id)) {
                    ev.entityIds.append(id);
                }
            };
            auto addState = [&](const QString &actor) {
                if (!participants.contains(actor)) {
                    organizationOnly = false;
                    participants.append(actor);
                    ev.participants.append(actor);
                    ev.participantCodes.append(kb.actorCode(actor));
                }
            };
            // Does a preposition govern the noun phrase this mention sits in?
            auto governedBy = [&](int firstToken, int floor) -> QString {
                int k = firstToken - 1;
                while (k >= floor) {
                    const QString &key = tokens.at(k).key;
                    const bool inPhrase = determiners.contains(key) || participantNouns.contains(key)
                        || key == QLatin1String("'s") || key == QLatin1String("-")
                        || (mentionAt.at(k) >= 0 && mentions.at(mentionAt.at(k)).type != EntityType::Date);
                    const bool ofParticipant = (key == QLatin1String("of") || key == QLatin1String("from")) && k > floor
                        && participantNouns.contains(tokens.at(k - 1).key);
                    if (!inPhrase && !ofParticipant) {
                        // Only a lower-case word (a preposition, a verb) governs; a dateline colon, a
                        // bracket or a date before the phrase ("On March 29, X and Y met") does not.
                        const bool word = tokens.at(k).is(Token::Word)
                            && (!tokens.at(k).is(Token::Upper) || kb.isStopName(key)); // "Returns To Vienna"
                        return word ? key : QString();
                    }
                    --k;
                }
                return QString();
            };

            // Subject zone: actors before the trigger, not governed by a preposition.
            auto subjectZone = [&](int from, int to) {
                for (int k = from; k < to; ++k) {
                    const int m = mentionAt.at(k);
                    if (excluded.at(k) || m < 0 || (k > from && mentionAt.at(k - 1) == m)) {
                        continue;
                    }
                    if (datelineActors.contains(k)) {
                        continue;
                    }
                    const QString gov = governedBy(mentions.at(m).firstToken, from);
                    if (gov.isEmpty() || participantPreps.contains(gov) || gov == QLatin1String(",")) {
                        addActor(m);
                        if (mentions.at(m).type == EntityType::Organization
                            && mentions.at(m).canonical.endsWith(QLatin1String("Council"))) {
                            councilName = true;
                        }
                    }
                }
            };
            if (inheritSubject.at(ci) >= 0) {
                // The subject of the first conjunct, up to its own trigger.
                int end = inheritSubject.at(ci);
                while (end < c.first && !(triggerWords.contains(tokens.at(end).key) && mentionAt.at(end) < 0)) {
                    ++end;
                }
                subjectZone(inheritSubject.at(ci), end);
            }
            subjectZone(c.first, trig);
            // A noun trigger's own modifiers name its sides even inside a prepositional phrase ("part of the
            // Chile-Peru border talks"); one organization alone only when it is a body of members ("a G20
            // summit").
            if (!trigger.isVerb && !subjectAnaphor) {
                QVector<int> premodifiers;
                int words = 0;
                for (int j = trig - 1; j >= c.first && !excluded.at(j); --j) {
                    const int m = mentionAt.at(j);
                    const QString &key = tokens.at(j).key;
                    if (m >= 0 && mentions.at(m).type != EntityType::Date) {
                        if (isActor(m) && !premodifiers.contains(m)) {
                            premodifiers.append(m);
                        }
                        j = std::min(j, mentions.at(m).firstToken);
                        continue;
                    }
                    // Between the names only a hyphen or "and"; between the names and the trigger at
                    // most two lower-case modifiers ("strategic", "border").
                    const bool joiner = key == QLatin1String("-") || key == QLatin1String("and");
                    if ((joiner && !premodifiers.isEmpty())
                        || (premodifiers.isEmpty() && tokens.at(j).is(Token::Word) && !tokens.at(j).is(Token::Upper)
                            && words++ < 2 && !determiners.contains(key) && !participantPreps.contains(key)
                            && !postPreps.contains(key) && !placePreps.contains(key))) {
                        continue;
                    }
                    break;
                }
                QSet<QString> sides;
                for (int m : std::as_const(premodifiers)) {
                    sides.insert(mentions.at(m).actor);
                }
                if (sides.size() >= 2
                    || (premodifiers.size() == 1 && mentions.at(premodifiers.first()).kind == QLatin1String("igo"))) {
                    for (int m : std::as_const(premodifiers)) {
                        addActor(m);
                    }
                }
            }
            // Hidden members of an organization named in the zone ("the NATO-Russia Council meets").
            for (int m : std::as_const(memberOrgs)) {
                if (mentions.at(m).firstToken < trig || trigger.isVerb) {
                    addActor(m);
                    councilName = true;
                }
            }
            // A group the knowledge base does not know, with its members in brackets: "talks with the
            // Caribbean Four (Jamaica, Haiti, Barbados plus Bahamas)" are talks with those members.
            auto memberList = [&](int from) {
                int open = from;
                while (open < c.last && open < from + 5 && tokens.at(open).key != QLatin1String("(")
                       && mentionAt.at(open) < 0
                       && !(tokens.at(open).is(Token::Word) && !tokens.at(open).is(Token::Upper))) {
                    ++open;
                }
                if (open >= c.last || tokens.at(open).key != QLatin1String("(")) {
                    return;
                }
                QVector<int> inside;
                int q = open + 1;
                for (; q < c.last && tokens.at(q).key != QLatin1String(")"); ++q) {
                    const int m = mentionAt.at(q);
                    if (m >= 0 && isActor(m)) {
                        if (!inside.contains(m)) {
                            inside.append(m);
                        }
                    } else if (m < 0 && !memberJoiners.contains(tokens.at(q).key)
                               && !determiners.contains(tokens.at(q).key)) {
                        return; // an aside, not a list of members
                    }
                }
                if (q < c.last && inside.size() >= 2) {
                    for (int m : std::as_const(inside)) {
                        addActor(m);
                    }
                }
            };
            // After the trigger: "between X and Y", "with X", the object of "met X", "visit to X".
            int k = trig + 1;
            if (k < c.last
                && (participantPreps.contains(tokens.at(k).key) || postPreps.contains(tokens.at(k).key)
                    || trigger.needsObject
                    || (trigger.type == QLatin1String("visit") && tokens.at(k).key == QLatin1String("to")))) {
                if (participantPreps.contains(tokens.at(k).key) || postPreps.contains(tokens.at(k).key)
                    || tokens.at(k).key == QLatin1String("to")) {
                    ++k;
                }
                int stretch = 0;
                for (; k < c.last && stretch < 12; ++k, ++stretch) {
                    if (excluded.at(k)) {
                        break;
                    }
                    const int m = mentionAt.at(k);
                    const QString &key = tokens.at(k).key;
                    if (m >= 0 && mentions.at(m).type != EntityType::Date) {
                        addActor(m);
                        const QString &kind = mentions.at(m).kind;
                        if (trigger.type == QLatin1String("visit") && ev.location.isEmpty()
                            && (kind == QLatin1String("capital") || kind == QLatin1String("city")
                                || kind == QLatin1String("region"))) {
                            ev.location = mentions.at(m).canonical;
                        }
                        continue;
                    }
                    if (determiners.contains(key) || participantNouns.contains(key) || key == QLatin1String("'s")
                        || key == QLatin1String("-")) {
                        continue;
                    }
                    if (participantPreps.contains(key) || postPreps.contains(key)) {
                        continue;
                    }
                    if (key == QLatin1String("(")) {
                        // "the ministers of Turkey (Mevlut Cavusoglu), Ukraine (...)": skip the aside.
                        while (k + 1 < c.last && tokens.at(k).key != QLatin1String(")")) {
                            ++k;
                        }
                        continue;
                    }
                    memberList(k);
                    break;
                }
            }
            // Participant phrases anywhere later in the clause ("held talks on Monday with X").
            for (int j = trig + 1; j < c.last; ++j) {
                if (excluded.at(j) || !participantPreps.contains(tokens.at(j).key)) {
                    continue;
                }
                for (int q = j + 1; q < c.last && q < j + 10; ++q) {
                    const int m = mentionAt.at(q);
                    const QString &key = tokens.at(q).key;
                    if (m >= 0 && mentions.at(m).type != EntityType::Date) {
                        addActor(m);
                    } else if (quoted.at(q) && firstPersonPlural.contains(key) && !speaker.isEmpty()) {
                        addState(speaker);
                    } else if (!(determiners.contains(key) || participantNouns.contains(key)
                                 || key == QLatin1String("'s"))) {
                        memberList(q);
                        break;
                    }
                }
            }
            // Mediators take part.
            for (int j = c.first; j < c.last; ++j) {
                const int p = phraseAt(mediatorCues, tokens, j, c.last);
                if (p < 0) {
                    continue;
                }
                for (int q = j + mediatorCues.at(p).keys.size(); q < c.last; ++q) {
                    const int m = mentionAt.at(q);
                    if (m >= 0 && mentions.at(m).type != EntityType::Date) {
                        addActor(m);
                    } else if (!determiners.contains(tokens.at(q).key)
                               && !participantNouns.contains(tokens.at(q).key)) {
                        break;
                    }
                }
            }

            // Anaphor: "the (bilateral) talks" with no participants of its own.
            {
                int d = trig - 1;
                while (d >= c.first
                       && (notTopics.contains(tokens.at(d).key) || tokens.at(d).key == QLatin1String("-"))) {
                    --d;
                }
                if (d >= c.first && anaphorDets.contains(tokens.at(d).key)) {
                    cand.anaphoric = participants.size() < 2;
                    cand.plural = tokens.at(d).key == QLatin1String("those")
                        || tokens.at(d).key == QLatin1String("these") || tokens.at(d).key == QLatin1String("both");
                }
                // "If the NATO-Russia Council meets": names its members itself, so not an anaphor.
            }

            // "The eighth round of (Vienna) talks": a session of the process the document reports.
            for (int j = trig - 1; j > c.first && j >= trig - 4 && !trigger.isVerb; --j) {
                if (tokens.at(j).key == QLatin1String("of")) {
                    cand.round = roundWords.contains(tokens.at(j - 1).key) && j - 2 >= c.first
                        && roundOrdinals.contains(tokens.at(j - 2).key);
                    break;
                }
                if (!(mentionAt.at(j) >= 0 || (tokens.at(j).is(Token::Word) && !tokens.at(j).is(Token::Upper)))) {
                    break;
                }
            }
            if (cand.round && participants.size() < 2) {
                cand.anaphoric = true;
                cand.plural = false;
            }
            if (subjectAnaphor) {
                cand.anaphoric = true;
                cand.plural = false;
            }
            if (councilName && (ev.type == QLatin1String("meeting") || ev.type == QLatin1String("talks"))) {
                ev.type = QStringLiteral("council");
            }
            cand.standalone = participants.size() == 1 && organizationOnly && standaloneKind;

            // "returned to Vienna on Monday to resume talks": the journey's date is not the talks' date;
            // where it led is their place.
            int purposeFrom = -1;
            for (int j = trig - 1; j >= c.first && j >= trig - 3; --j) {
                if (tokens.at(j).key == QLatin1String("to")) {
                    // An infinitive ("to resume talks"), not a destination ("came to the talks").
                    purposeFrom = j + 1 < trig && !determiners.contains(tokens.at(j + 1).key) ? j : -1;
                    break;
                }
                if (mentionAt.at(j) >= 0 || !tokens.at(j).is(Token::Word) || tokens.at(j).is(Token::Upper)) {
                    break;
                }
            }
            int journey = -1;
            for (int j = c.first; purposeFrom >= 0 && j < purposeFrom && journey < 0; ++j) {
                journey = motionVerbs.contains(tokens.at(j).key) && !excluded.at(j) ? j : -1;
            }
            if (journey < 0) {
                purposeFrom = -1;
            }
            for (int j = journey + 1; journey >= 0 && j + 1 < purposeFrom && ev.location.isEmpty(); ++j) {
                const int m = mentionAt.at(j + 1);
                if (destinationPreps.contains(tokens.at(j).key) && m >= 0 && mentions.at(m).type == EntityType::Location
                    && mentions.at(m).kind != QLatin1String("country")) {
                    ev.location = mentions.at(m).canonical;
                }
            }

            // Place: "the Geneva talks", "in Geneva".
            if (trig > c.first && mentionAt.at(trig - 1) >= 0 && ev.location.isEmpty()) {
                const Mention &before = mentions.at(mentionAt.at(trig - 1));
                if (before.type == EntityType::Location
                    && (before.kind == QLatin1String("city") || before.kind == QLatin1String("capital"))) {
                    ev.location = before.canonical;
                }
            }
            for (int j = c.first; j < c.last && ev.location.isEmpty(); ++j) {
                const int m = mentionAt.at(j);
                if (excluded.at(j) || m < 0 || mentions.at(m).firstToken != j
                    || mentions.at(m).type != EntityType::Location) {
                    continue;
                }
                const QString &kind = mentions.at(m).kind;
                if (kind == QLatin1String("country")) {
                    continue;
                }
                if (j > c.first && placePreps.contains(tokens.at(j - 1).key)) {
                    ev.location = mentions.at(m).canonical;
                    if (!entityIds.at(m).isEmpty()) {
                        ev.entityIds.append(entityIds.at(m));
                    }
                    break;
                }
            }

            // Date: the calendar expression nearest the trigger, not a bound ("after January 7").
            int bestDate = -1;
            int bestDistance = 1 << 30;
            auto considerDates = [&](int from, int to) {
                for (int j = from; j < to; ++j) {
                    const int m = mentionAt.at(j);
                    if (excluded.at(j) || m < 0 || mentions.at(m).firstToken != j
                        || !mentions.at(m).eventDateCandidate) {
                        continue;
                    }
                    bool bound = false;
                    // The bound governs the nearest date only ("since October on April 20").
                    for (int q = j - 1; q >= std::max(from, j - 6) && !bound; --q) {
                        if (mentionAt.at(q) >= 0 && mentions.at(mentionAt.at(q)).type == EntityType::Date) {
                            break;
                        }
                        bound = boundPreps.contains(tokens.at(q).key);
                    }
                    if (bound) {
                        continue;
                    }
                    const int distance = std::abs(j - trig);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        bestDate = m;
                    }
                }
            };
            considerDates(purposeFrom >= 0 ? purposeFrom : c.first, c.last);
            if (bestDate >= 0) {
                // The event's date is the day; a time of day ("10 a.m. Monday") stays on the mention.
                ev.date = mentions.at(bestDate).value.left(10);
                ev.dateText = mentions.at(bestDate).canonical;
                if (!entityIds.at(bestDate).isEmpty()) {
                    ev.entityIds.append(entityIds.at(bestDate));
                }
            }

            // Status: the strongest modality cue of the clause; else from the date.
            // After a journey ("returned to Vienna to resume talks") only the purpose clause's own cues
            // count, and without any the talks are what the journey is for: still to come.
            int bestPriority = 0;
            for (int j = purposeFrom >= 0 ? purposeFrom : c.first; j < c.last; ++j) {
                if (excluded.at(j)) {
                    continue;
                }
                const int p = mentionAt.at(j) >= 0 ? -1 : phraseAt(statusCues, tokens, j, c.last);
                if (p >= 0) {
                    const int prio = statusPriority.value(statusCues.at(p).value);
                    if (prio > bestPriority) {
                        bestPriority = prio;
                        ev.status = statusCues.at(p).value;
                    }
                }
            }
            const QDate eventDate = dayOf(ev.date);
            if (ev.status == QLatin1String("held") && eventDate.isValid() && published.isValid()
                && eventDate > published) {
                ev.status = QStringLiteral("scheduled");
            }
            if (ev.status.isEmpty() && purposeFrom >= 0 && !eventDate.isValid()) {
                ev.status = QStringLiteral("scheduled");
            }
            if (ev.status.isEmpty()) {
                ev.status = (eventDate.isValid() && published.isValid() && eventDate > published)
                    ? QStringLiteral("scheduled")
                    : QStringLiteral("held");
            }

            // Topics: modifiers before the trigger ("security talks") and "to discuss ...", "on ...".
            {
                int j = trig - 1;
                int firstModifier = trig;
                while (j >= c.first && tokens.at(j).is(Token::Word) && !tokens.at(j).is(Token::Upper)
                       && !notTopics.contains(tokens.at(j).key) && !determiners.contains(tokens.at(j).key)
                       && !participantNouns.contains(tokens.at(j).key) && mentionAt.at(j) < 0
                       && phraseAt(statusCues, tokens, j, trig) < 0 && !reporting.contains(tokens.at(j).key)
                       && tokens.at(j).key != QLatin1String("hold") && tokens.at(j).key != QLatin1String("to")) {
                    firstModifier = j--;
                }
                // "to continue negotiations": a verb, not a topic.
                const bool infinitive =
                    firstModifier > c.first && tokens.at(firstModifier - 1).key == QLatin1String("to");
                if (firstModifier < trig && trig - firstModifier <= 3 && !infinitive && !subjectAnaphor) {
                    ev.topics.append(trimmedPhrase(text, tokens, firstModifier, trig));
                }
            }
            for (int j = c.first; j < c.last; ++j) {
                if (excluded.at(j)) {
                    continue;
                }
                const int p = phraseAt(topicCues, tokens, j, c.last);
                if (p < 0) {
                    continue;
                }
                const int len = int(topicCues.at(p).keys.size());
                // "on", "about", "over" name a topic only after the trigger and before a common noun
                // ("talks on trade"; not "talks on Monday", "tensions over Ukraine").
                const bool weak = len == 1 && weakTopicPreps.contains(tokens.at(j).key);
                if (weak
                    && (j <= trig || j + 1 >= c.last || mentionAt.at(j + 1) >= 0
                        || tokens.at(j + 1).is(Token::Upper))) {
                    continue;
                }
                int from = j + len;
                while (from < c.last && determiners.contains(tokens.at(from).key)) {
                    ++from;
                }
                int to = from;
                while (to < c.last && !excluded.at(to)) {
                    const QString &key = tokens.at(to).key;
                    const int m = mentionAt.at(to);
                    if (key == QLatin1String(",") || key == QLatin1String(".") || topicStops.contains(key)
                        || (m >= 0 && mentions.at(m).type == EntityType::Date)) {
                        break;
                    }
                    ++to;
                }
                if (to > from && to - from <= 25) {
                    // "nuclear arms control and Ukraine": short conjuncts are separate topics.
                    QVector<Clause> parts;
                    int ps = from;
                    for (int q = from; q <= to; ++q) {
                        if (q == to || tokens.at(q).key == QLatin1String("and")) {
                            parts.append({ps, q});
                            ps = q + 1;
                        }
                    }
                    bool allShort = parts.size() > 1;
                    for (const Clause &part : parts) {
                        allShort = allShort && part.last - part.first <= 3 && part.last > part.first;
                    }
                    if (allShort) {
                        for (const Clause &part : parts) {
                            ev.topics.append(trimmedPhrase(text, tokens, part.first, part.last));
                        }
                    } else {
                        ev.topics.append(trimmedPhrase(text, tokens, from, to));
                    }
                }
                j = to;
            }
            ev.topics.removeDuplicates();

            // Confidence: how much of the event the text states.
            ev.confidence = 0.4 + 0.15 * std::min<qsizetype>(2, ev.participants.size())
                + (ev.date.isEmpty() ? 0.0 : 0.2) - (cand.anaphoric ? 0.2 : 0.0);
            ev.confidence = std::clamp(ev.confidence, 0.05, 0.95);
            result.append(std::move(cand));
            const EventCandidate &added = result.constLast(); // cand and ev are moved from

            // "met for the first talks since October": the same sides met then too.
            for (int j = c.first; j < c.last; ++j) {
                if (excluded.at(j) || !previousMarkers.contains(tokens.at(j).key)) {
                    continue;
                }
                int noun = -1;
                for (int q = j + 1; q < c.last && q <= j + 6 && noun < 0; ++q) {
                    const auto it = triggers.constFind(tokens.at(q).key);
                    noun = it != triggers.cend() && !it->isVerb && mentionAt.at(q) < 0 ? q : -1;
                }
                int date = -1;
                for (int q = noun + 1; noun >= 0 && q + 1 < c.last && q <= noun + 2 && date < 0; ++q) {
                    const int m = mentionAt.at(q + 1);
                    date = previousBounds.contains(tokens.at(q).key) && m >= 0 && mentions.at(m).eventDateCandidate
                        ? m
                        : -1;
                }
                if (date >= 0 && added.event.participants.size() >= 2) {
                    EventCandidate earlier = added;
                    earlier.event.date = mentions.at(date).value.left(10);
                    // "since October" lies before the report, whatever tense the clause has.
                    if (published.isValid() && earlier.event.date.size() == 7
                        && earlier.event.date > published.toString(QStringLiteral("yyyy-MM"))) {
                        const int year = earlier.event.date.left(4).toInt() - 1;
                        earlier.event.date = QString::number(year) + earlier.event.date.mid(4);
                    }
                    earlier.event.dateText = mentions.at(date).canonical;
                    earlier.event.status = QStringLiteral("held");
                    earlier.event.location.clear();
                    earlier.event.topics.clear();
                    result.append(std::move(earlier));
                }
                break;
            }
        }
    }
    if (sources.size() > RecentSources) {
        sources.remove(0, sources.size() - RecentSources); // only the latest are looked at
    }
    return result;
}

} // namespace Readout
