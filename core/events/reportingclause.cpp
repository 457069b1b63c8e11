// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportingclause.h"

#include "../knowledge/knowledgebase.h"
#include "eventextractor.h"
#include "eventlexicon.h"

#include <algorithm>

namespace Readout
{

namespace
{

/// How many of the latest sources a bare "the spokesperson" is looked up among.
constexpr qsizetype RecentSources = 8;

bool isQuoteEnd(const QString &key)
{
    return key == QLatin1String(",") || key == QLatin1String("\"") || key == QChar(0x201D);
}

/// The longest trailing aside after a reporting clause, in tokens: ", just four days before they
/// were due to begin."
constexpr int ShortAside = 12;

/// ", the ministry said" / ", said the spokesperson" at the end: the source, and b moves before it.
QString trailingSource(SentenceView &view, const Sentence &s, int a, int *b)
{
    const EventLexicon &lex = view.lex;
    const WordSet &triggers = view.kb.triggerWords();
    int end = *b; // before a short trailing aside skipped
    for (int k = *b - 1; k > a; --k) {
        if (!isQuoteEnd(view.key(k))) {
            continue;
        }
        int verb = -1;
        bool hasTrigger = false;
        for (int j = k + 1; j < end; ++j) {
            if (verb < 0 && lex.reporting->contains(view.key(j))) {
                verb = j;
            }
            // "told a press conference Friday": no event
            hasTrigger = hasTrigger || (triggers.contains(view.key(j)) && !view.modifiedAway(j, k));
        }
        // ", referring to the Saturday meeting": a participle names what was said, not the event.
        const bool participle = k + 1 < end && view.lowerWord(k + 1) && view.key(k + 1).endsWith(QLatin1String("ing"));
        if (verb < 0 && (!hasTrigger || participle) && *b - k <= ShortAside && end == *b) {
            end = k;
            continue; // a short trailing aside; the reporting clause may be before it
        }
        if (verb < 0 || hasTrigger || *b - k > 30) {
            return {};
        }
        int srcFirst = k + 1;
        int srcLast = verb;
        if (verb == k + 1) { // ", said the spokesperson"
            srcFirst = verb + 1;
            srcLast = end;
        }
        while (srcFirst < srcLast && lex.determiners->contains(view.key(srcFirst))) {
            ++srcFirst;
        }
        // "Speaking after talks with X, Y said ...": Y opens the sentence's main clause and took part
        // in the talks; the source, yet no clause to set aside.
        if (lex.speakingParticiples->contains(view.key(a))) {
            return view.phrase(srcFirst, srcLast);
        }
        std::fill(view.excluded.begin() + k, view.excluded.begin() + s.lastToken, true);
        *b = k;
        return view.phrase(srcFirst, srcLast);
    }
    return {};
}

/// "X said (that) ..." before the first trigger: the source, and a moves after it.
QString leadingSource(SentenceView &view, int *a, int b)
{
    const EventLexicon &lex = view.lex;
    int firstTrigger = -1; // without a trigger (or a hidden actor) there is no leading source
    for (int k = *a; k < b && firstTrigger < 0; ++k) {
        const int m = view.mentionAt.at(k);
        // "X, the head of the negotiation team, said": a trigger naming a group is no event.
        if ((view.kb.triggerWords().contains(view.key(k)) && !view.modifiedAway(k, *a))
            || (m >= 0 && view.mentions.at(m).hidden)) {
            firstTrigger = k;
        }
    }
    for (int k = *a; k < firstTrigger; ++k) {
        if (!lex.reporting->contains(view.key(k))) {
            continue;
        }
        int srcFirst = *a;
        int srcLast = k;
        // "Ivanov, a spokesman, said ...": a name and its apposition; "On Tuesday, Ivanov, a
        // spokesman, said": from the comma before the name.
        const bool apposition = k - 1 > *a && view.key(k - 1) == QLatin1String(",");
        int commas = 0;
        for (int j = k - 1 - int(apposition); j >= *a; --j) { // skip a leading adverb ("Earlier, ...")
            if (view.key(j) == QLatin1String(",") && ++commas == (apposition ? 2 : 1)) {
                srcFirst = j + 1;
                break;
            }
        }
        if (apposition) {
            srcLast = k - 1;
        }
        while (srcFirst < srcLast && lex.determiners->contains(view.key(srcFirst))) {
            ++srcFirst;
        }
        // "If confirmed, ...", "As reported, ...": a function word alone says no one said it.
        if (std::all_of(view.tokens.cbegin() + srcFirst, view.tokens.cbegin() + srcLast, [&view](const Token &t) {
                return view.kb.isStopName(t.key);
            })) {
            continue;
        }
        const QString source = view.phrase(srcFirst, srcLast);
        // "X said on Monday after talks with Y that ...": X took part in the talks; the clause keeps
        // X and the day as the event's subject and date.
        for (int j = k + 1; j < firstTrigger; ++j) {
            if (view.reportedDayBefore(j) >= 0) {
                return source;
            }
        }
        int cut = k + 1;
        if (cut < b && (view.key(cut) == QLatin1String("that") || view.key(cut) == QLatin1String(","))) {
            ++cut;
        }
        // "said on Monday that ...": when and where it was said belong to the saying.
        for (int j = cut; j < firstTrigger; ++j) {
            if (lex.complementizers->contains(view.key(j))) {
                cut = j + 1;
                break;
            }
        }
        std::fill(view.excluded.begin() + *a, view.excluded.begin() + cut, true);
        *a = cut;
        return source;
    }
    return {};
}

/// "according to X," anywhere: the source; the phrase is set aside.
QString accordingTo(SentenceView &view, int a, int b)
{
    QString source;
    for (int k = a; k < b; ++k) {
        const int p = view.phraseAt(*view.lex.accordingTo, k, b);
        if (p < 0) {
            continue;
        }
        const int last = k + int(view.lex.accordingTo->at(p).keys.size());
        int end = last;
        while (end < b && view.key(end) != QLatin1String(",")) {
            ++end;
        }
        if (source.isEmpty()) {
            source = view.phrase(last, end);
        }
        std::fill(view.excluded.begin() + k, view.excluded.begin() + end, true);
    }
    return source;
}

/// "Oslo/04.06.21/ Chile and Peru ...": a place and a date between slashes open the text; the last
/// token of that dateline, else -1.
int slashDateline(const SentenceView &view, int a, int b)
{
    int k = a;
    while (k < b && k < a + 3 && view.tokens.at(k).is(Token::Upper)) {
        ++k;
    }
    if (k == a || k >= b || view.key(k) != QLatin1String("/")) {
        return -1;
    }
    for (int j = k + 1; j < b && j < k + 9; ++j) {
        if (view.key(j) == QLatin1String("/")) {
            return j > k + 1 ? j : -1;
        }
        if (std::any_of(view.key(j).cbegin(), view.key(j).cend(), [](QChar c) {
                return c.isLetter();
            })) {
            return -1;
        }
    }
    return -1;
}

} // namespace

void markQuotations(SentenceView &view, ExtractionContext &context)
{
    bool &inside = context.quoted;
    for (int k = 0; k < view.tokens.size(); ++k) {
        const QString &key = view.key(k);
        if (key == QChar(0x201C)) {
            inside = true;
        } else if (key == QChar(0x201D)) {
            inside = false;
        } else if (key == QLatin1String("\"")) {
            inside = !inside;
        }
        view.quoted[k] = inside;
    }
}

ReportedPart readReportingClause(SentenceView &view, const Sentence &s, ExtractionContext &context)
{
    ReportedPart part{s.firstToken, s.lastToken, {}};
    while (part.last > part.first && view.tokens.at(part.last - 1).is(Token::Punct)
           && view.key(part.last - 1) != QLatin1String(")")) {
        --part.last;
    }
    std::fill(view.excluded.begin() + s.firstToken, view.excluded.begin() + s.lastToken, false);
    std::fill(view.dateline.begin() + s.firstToken, view.dateline.begin() + s.lastToken, false);
    part.source = trailingSource(view, s, part.first, &part.last);
    const QString leading = leadingSource(view, &part.first, part.last);
    if (part.source.isEmpty()) {
        part.source = leading;
    }
    const QString according = accordingTo(view, part.first, part.last);
    if (part.source.isEmpty()) {
        part.source = according;
    }
    QStringList &sources = context.sources;
    // A bare "the spokesperson" refers to the latest fuller source with that head word.
    if (!part.source.isEmpty() && !part.source.contains(QLatin1Char(' '))) {
        for (qsizetype i = sources.size() - 1; i >= 0 && i >= sources.size() - RecentSources; --i) {
            if (sources.at(i).contains(part.source, Qt::CaseInsensitive) && sources.at(i) != part.source) {
                part.source = sources.at(i);
                break;
            }
        }
    }
    if (!part.source.isEmpty()) {
        sources.append(part.source);
        if (sources.size() > 4 * RecentSources) {
            sources.remove(0, sources.size() - RecentSources); // only the latest are looked at
        }
    }
    // The state the source of this sentence speaks for, if it names one.
    for (int k = s.firstToken; k < s.lastToken; ++k) {
        const int m = view.mentionAt.at(k);
        if (view.excluded.at(k) && m >= 0 && view.isActor(m) && view.mentions.at(m).actorKind == ActorKind::State) {
            context.speaker = view.mentions.at(m).actor;
            break;
        }
    }
    return part;
}

void markAims(SentenceView &view, int a, int b)
{
    bool trigger = false;
    for (int k = a; k < b; ++k) {
        const bool free = view.mentionAt.at(k) < 0 && !view.excluded.at(k);
        if (!trigger) {
            trigger = free && view.kb.triggerWords().contains(view.key(k));
            continue;
        }
        if (!free || view.phraseAt(*view.lex.purposeCues, k, b) < 0) {
            continue;
        }
        // "A conference designed to forge peace in Yemen has been postponed": the aim ends where
        // the clause's own verb comes back.
        int j = k;
        while (j < b && view.key(j) != QLatin1String(",") && !view.lex.finiteAuxiliaries->contains(view.key(j))) {
            view.noSide[j++] = true;
        }
        k = j;
    }
}

void markTimeZones(SentenceView &view, int a, int b)
{
    for (int k = a + 1; k < b; ++k) {
        const int m = view.mentionAt.at(k - 1);
        if (m >= 0 && view.mentions.at(m).lastToken == k && view.lex.timeZoneWords->contains(view.key(k))
            && view.mentions.at(m).type != EntityType::Date) {
            for (int j = std::max(a, view.mentions.at(m).firstToken); j < k; ++j) {
                view.noSide[j] = true;
            }
        }
    }
}

namespace
{

/// The names listed from token j ("A, the B (BB) and C"): how many; marked as parts when mark.
int partList(SentenceView &view, int j, int b, bool mark)
{
    int names = 0;
    while (j < b) {
        const QString &key = view.key(j);
        const int m = view.nameAt(j);
        if (key == QLatin1String("(")) { // the part's acronym in brackets: "the B (BB)"
            for (; j < b && view.key(j) != QLatin1String(")"); ++j) {
                if (mark) {
                    view.noSide[j] = true;
                }
            }
            ++j;
        } else if (view.excluded.at(j)) {
            break;
        } else if (m >= 0) {
            const int end = std::min(b, view.mentions.at(m).lastToken);
            for (int k = j; k < end && mark; ++k) {
                view.noSide[k] = true;
            }
            ++names;
            j = std::max(j + 1, end);
        } else if (key == QLatin1String(",") || key == QLatin1String("and") || view.lex.determiners->contains(key)) {
            ++j;
        } else {
            break;
        }
    }
    return names;
}

/// A named organisation that stands for itself in events, or -1.
int wholeAt(const SentenceView &view, int k)
{
    const int m = k >= 0 ? view.nameAt(k) : -1;
    return m >= 0 && view.isActor(m) && view.mentions.at(m).type == EntityType::Organization ? m : -1;
}

void markWhole(SentenceView &view, int m)
{
    for (int k = view.mentions.at(m).firstToken; k < view.mentions.at(m).lastToken; ++k) {
        view.whole[k] = true;
    }
}

} // namespace

void markParts(SentenceView &view, int a, int b)
{
    for (int k = a; k < b; ++k) {
        const int p =
            view.mentionAt.at(k) < 0 && !view.excluded.at(k) ? view.phraseAt(*view.lex.wholePartCues, k, b) : -1;
        if (p < 0) {
            continue;
        }
        const Phrase &cue = view.lex.wholePartCues->at(p);
        int j = k + int(cue.keys.size());
        if (cue.value == QLatin1String("parts")) {
            // "the Alliance, made up of A, B and C"
            const int w = k >= a + 2 && view.key(k - 1) == QLatin1String(",") ? wholeAt(view, k - 2) : -1;
            if (w >= 0 && partList(view, j, b, true) > 0) {
                markWhole(view, w);
            }
            continue;
        }
        // "the groups that make up the Alliance, A, B and C"
        while (j < b && view.lex.determiners->contains(view.key(j))) {
            ++j;
        }
        const int w = j < b ? wholeAt(view, j) : -1;
        if (w < 0) {
            continue;
        }
        markWhole(view, w);
        j = view.mentions.at(w).lastToken;
        // One name after the comma is no list of parts.
        if (j < b && view.key(j) == QLatin1String(",") && partList(view, j + 1, b, false) >= 2) {
            partList(view, j + 1, b, true);
        }
    }
}

/// Whether the words before the comma at @p comma are an event noun with its sides: "the talks
/// between Chile and Peru", "a summit of Andean leaders" (names, determiners, the prepositions and
/// nouns of sides between the trigger and the comma).
bool eventNounBefore(const SentenceView &view, int a, int comma)
{
    const auto &triggers = view.kb.triggers();
    for (int k = comma - 1; k >= a && k >= comma - 10; --k) {
        const auto it = triggers.constFind(view.key(k));
        if (it != triggers.cend() && !it->isVerb && view.mentionAt.at(k) < 0) {
            return true;
        }
        const QString &key = view.key(k);
        const bool sideWord = view.mentionAt.at(k) >= 0 || view.lex.participantPreps->contains(key)
            || view.lex.postPreps->contains(key) || view.lex.determiners->contains(key)
            || view.lex.participantNouns->contains(key) || key == QLatin1String("-") || key == QLatin1String("'s");
        if (!sideWord) {
            return false;
        }
    }
    return false;
}

namespace
{

/// The start of the phrase a relative clause follows, the comma at @p comma: names, titles, the
/// nouns and determiners of sides and the words that join them ("the UN envoy for Mali, Ana Ruiz").
int antecedentStart(const SentenceView &view, int a, int comma)
{
    int start = comma;
    for (int k = comma - 1; k >= a && k >= comma - 16; --k) {
        const QString &key = view.key(k);
        const bool part = view.mentionAt.at(k) >= 0 || view.tokens.at(k).is(Token::Upper)
            || view.lex.participantNouns->contains(key) || view.lex.determiners->contains(key)
            || (view.lex.antecedentJoiners->contains(key) && start < comma);
        if (!part || view.excluded.at(k)) {
            break;
        }
        start = k;
    }
    while (start < comma && view.lex.antecedentJoiners->contains(view.key(start))) {
        ++start;
    }
    return start < comma ? start : -1;
}

void markDateline(SentenceView &view, int a, int b)
{
    if (const int slash = a < b ? slashDateline(view, a, b) : -1; slash >= 0) {
        std::fill(view.dateline.begin() + a, view.dateline.begin() + slash + 1, true);
        return;
    }
    if (a >= b || !view.tokens.at(a).is(Token::AllCaps)) {
        return;
    }
    int depth = 0;
    for (int k = a + 1; k < std::min(b, a + 24); ++k) {
        const QString &key = view.key(k);
        if (key == QLatin1String("(")) {
            ++depth;
            continue;
        }
        if (key == QLatin1String(")")) {
            --depth;
        }
        // A dash between spaces; "NATO-Ukraine" is one name, not a dateline's end.
        const bool spaced =
            view.tokens.at(k).is(Token::SpaceBefore) || (k + 1 < b && view.tokens.at(k + 1).is(Token::SpaceBefore));
        const bool dash = spaced && (key == QLatin1String("-") || key == QChar(0x2014) || key == QChar(0x2013));
        // Ends at a top-level colon or dash, or at the bracket that closes the agency.
        if (depth == 0 && (key == QLatin1String(":") || dash || key == QLatin1String(")"))) {
            int last = k;
            if (key == QLatin1String(")") && k + 1 < b
                && (view.key(k + 1) == QLatin1String(":") || view.key(k + 1) == QLatin1String("-"))) {
                ++last;
            }
            std::fill(view.dateline.begin() + a, view.dateline.begin() + last + 1, true);
            return;
        }
    }
}

/// In an event noun's relative clause [from, to), "in Jeddah" after a date or a verb of the event
/// taking place (events.json venue_verbs: "were held in Doha", "began on Monday in Jeddah") stays
/// readable as the venue; "focused on security in the Red Sea" does not.
void keepVenue(SentenceView &view, int from, int to)
{
    for (int p = from; p + 1 < to; ++p) {
        const int m = view.mentionAt.at(p + 1);
        if (!view.lex.placePreps->contains(view.key(p)) || m < 0 || view.mentions.at(m).type != EntityType::Location) {
            continue;
        }
        const int before = view.mentionAt.at(p - 1);
        const bool dated = before >= 0 && view.mentions.at(before).type == EntityType::Date;
        if (dated || view.lex.venueVerbs->contains(view.key(p - 1))) {
            for (int q = p; q < view.mentions.at(m).lastToken; ++q) {
                view.excluded[q] = false;
            }
        }
    }
}

} // namespace

QVector<Clause> markAsides(SentenceView &view, int a, int b)
{
    // Relative clauses ", which ... ," add nothing to the event of the clause around them, except
    // the date and the venue of the event noun they follow: "The talks between Chile and Peru, which
    // had been set for Friday, were put off", "The talks, which began on Monday in Jeddah, ended".
    // A person's (", who met Y on Monday,") may tell an event of its own.
    QVector<Clause> persons;
    for (int k = a; k + 1 < b; ++k) {
        if (view.key(k) == QLatin1String(",") && view.lex.relatives->contains(view.key(k + 1))) {
            const bool ofEvent = view.key(k + 1) == QLatin1String("which") && eventNounBefore(view, a, k);
            int j = k + 1;
            while (j < b && view.key(j) != QLatin1String(",")) {
                const int m = view.mentionAt.at(j);
                view.excluded[j] = !(ofEvent && m >= 0 && view.mentions.at(m).type == EntityType::Date);
                ++j;
            }
            if (ofEvent) {
                keepVenue(view, k + 2, j);
            }
            view.excluded[k] = true;
            // Up to a clause inside it: ", who chairs the bloc that has led the talks,".
            int end = k + 2;
            while (end < j && !view.lex.relatives->contains(view.key(end))
                   && !view.lex.complementizers->contains(view.key(end))) {
                ++end;
            }
            if (view.lex.personRelatives->contains(view.key(k + 1)) && end > k + 2) {
                persons.append({k + 2, end, antecedentStart(view, a, k)});
            }
        }
    }
    markDateline(view, a, b);
    return persons;
}

} // namespace Readout
