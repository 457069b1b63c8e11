// SPDX-License-Identifier: GPL-3.0-or-later
// NameScan's look-ups: single tokens and the words around a run (titles, actors, dates, scores).
#include "namerecognizer_p.h"

#include "../knowledge/tokentrie.h"

#include <algorithm>

namespace Readout
{

bool isNameConnector(const QString &key)
{
    static const WordSet connectors(QSet<QString>{QStringLiteral("of"),
                                                  QStringLiteral("for"),
                                                  QStringLiteral("and"),
                                                  QStringLiteral("the"),
                                                  QStringLiteral("on"),
                                                  QStringLiteral("in"),
                                                  QStringLiteral("de"),
                                                  QStringLiteral("al"),
                                                  QStringLiteral("bin"),
                                                  QStringLiteral("von"),
                                                  QStringLiteral("van"),
                                                  QStringLiteral("der"),
                                                  QStringLiteral("da"),
                                                  QStringLiteral("&")});
    return connectors.contains(key);
}

NameScan::NameScan(const KnowledgeBase &knowledge,
                   const QString &text,
                   const Segmentation &seg,
                   const QVector<Mention> &gazetteer)
    : m_knowledge(knowledge)
    , text(text)
    , tokens(seg.tokens)
    , n(int(seg.tokens.size()))
    , gazetteer(gazetteer)
    , gazAt(n, -1)
    , weekdays(knowledge.numberKeys(QStringLiteral("weekdays")))
    // "Ban Ki-moon", "Moon Jae-in": a short syllable, a hyphen and a short lower-case syllable end a
    // name of two words or more ("Saudi-led", "Hong Kong-based" and "X-backed" do not).
    , patrons(knowledge.wordSet(QStringLiteral("patron_participles")))
    // "bin", "da", "von der": one or two lower-case name infixes (names.json) before a capitalised
    // word, inside a person's name.
    , infixes(knowledge.wordSet(QStringLiteral("name_infixes")))
    , notPerson(knowledge.wordSet(QStringLiteral("not_person_words")))
    , timeZones(knowledge.wordSet(QStringLiteral("time_zones")))
    // Sports reports name teams after places ("Leicestershire beat Somerset", "Bayern 2 Hamburg 1").
    , sportsCues(knowledge.wordSet(QStringLiteral("sports_cues")))
    , teamCues(knowledge.wordSet(QStringLiteral("team_cues")))
    , teamRoleNouns(knowledge.wordSet(QStringLiteral("team_role_nouns")))
    , regionHeads(knowledge.wordSet(QStringLiteral("region_heads")))
    , teamRivalsBefore(knowledge.wordSet(QStringLiteral("team_rivals_before")))
    , locationHeads(knowledge.wordSet(QStringLiteral("location_heads")))
    , compassWords(knowledge.wordSet(QStringLiteral("place_modifiers")))
    , mediaNouns(knowledge.wordSet(QStringLiteral("media_nouns")))
    , placePrepositions(knowledge.wordSet(QStringLiteral("prepositions_of_places")))
    , hide(gazetteer.size(), false)
{
    for (int m = 0; m < gazetteer.size(); ++m) {
        for (int k = gazetteer.at(m).firstToken; k < gazetteer.at(m).lastToken; ++k) {
            gazAt[k] = m;
        }
    }
    sports = isSportsReport();
}

bool NameScan::writtenInLowerCase(const QString &key) const
{
    if (!lowerWords) {
        lowerWords.emplace();
        for (const Token &t : tokens) {
            if (t.is(Token::Word) && !t.is(Token::Upper)) {
                lowerWords->insert(t.key);
            }
        }
    }
    return lowerWords->contains(key);
}

QString NameScan::surface(int first, int last) const
{
    return text.mid(tokens.at(first).start, tokens.at(last - 1).end - tokens.at(first).start);
}

bool NameScan::isCap(int k) const
{
    return tokens.at(k).is(Token::Upper) || gazAt.at(k) >= 0;
}

int NameScan::titleAt(int k, int limit, QString *kind, bool *canBeRole) const
{
    const QVector<int> *values = nullptr;
    const int len = m_knowledge.titles().longestMatch(
        k,
        limit,
        [&](int i) -> const QString & {
            return tokens.at(i).key;
        },
        &values);
    if (canBeRole) {
        *canBeRole = false;
    }
    if (len > 0) {
        *kind = QStringLiteral("role");
        for (int v : *values) {
            const QString k2 = m_knowledge.titleKind(v);
            if (k2 == QLatin1String("role")) {
                if (canBeRole) {
                    *canBeRole = true;
                }
            } else {
                *kind = k2;
            }
        }
    }
    return len;
}

// "Quenby Vantor, the Finnish foreign minister,": the state an apposition after a name gives.
QString NameScan::appositionActor(int after) const
{
    if (after + 2 >= n || tokens.at(after).key != QLatin1String(",")) {
        return {};
    }
    int j = after + 1;
    if (tokens.at(j).key == QLatin1String("the") || tokens.at(j).key == QLatin1String("a")) {
        ++j;
    }
    QString kind;
    if (j < n && gazAt.at(j) >= 0 && gazetteer.at(gazAt.at(j)).actorKind == ActorKind::State
        && titleAt(gazetteer.at(gazAt.at(j)).lastToken, n, &kind) > 0) {
        return gazetteer.at(gazAt.at(j)).actor;
    }
    // "Rosa Tello, leader of the Greek Cypriot side,": a title of a state or organisation.
    const int title = j < n ? titleAt(j, n, &kind) : 0;
    int owner = j + title + 1;
    if (title > 0 && owner < n && tokens.at(j + title).key == QLatin1String("of")) {
        owner += owner + 1 < n && tokens.at(owner).key == QLatin1String("the") ? 1 : 0;
        if (gazAt.at(owner) >= 0 && gazetteer.at(gazAt.at(owner)).actorKind != ActorKind::None) {
            return gazetteer.at(gazAt.at(owner)).actor;
        }
    }
    return {};
}

// "British negotiator Ana Ruiz", "Iran's top negotiator Ali Karimi", "the EU's chief Brexit
// negotiator X": a state or organisation, an optional "'s" and at most two words (no stop word)
// before a lower-case title right before the name; its actor.
QString NameScan::actorBeforeRole(int first) const
{
    QString kind;
    int title = -1;
    for (int b = std::max(0, first - 3); b < first && title < 0; ++b) {
        if (!tokens.at(b).is(Token::Upper) && titleAt(b, first, &kind) == first - b) {
            title = b;
        }
    }
    int j = title - 1;
    int words = 0;
    while (j >= 0 && words < 2 && gazAt.at(j) < 0 && tokens.at(j).is(Token::Word)
           && tokens.at(j).key != QLatin1String("'s") && !m_knowledge.isStopName(tokens.at(j).key)) {
        --j;
        ++words;
    }
    if (j >= 1 && tokens.at(j).key == QLatin1String("'s")) {
        --j;
    }
    const bool owner = title > 0 && j >= 0 && gazAt.at(j) >= 0;
    return owner && gazetteer.at(gazAt.at(j)).actorKind != ActorKind::None ? gazetteer.at(gazAt.at(j)).actor
                                                                           : QString();
}

// "President Quenby Vantor of Finland", "leader Ana Ruiz of the National Front": the actor after
// the name that ends before `after`.
QString NameScan::ofActorAfter(int after) const
{
    int owner = after + 1 < n && tokens.at(after).key == QLatin1String("of") ? after + 1 : -1;
    if (owner >= 0 && owner + 1 < n && tokens.at(owner).key == QLatin1String("the")) {
        ++owner;
    }
    return owner >= 0 && gazAt.at(owner) >= 0 && gazetteer.at(gazAt.at(owner)).actorKind != ActorKind::None
        ? gazetteer.at(gazAt.at(owner)).actor
        : QString();
}

// "Director General of the WHO (WHO) Rosa Tello", "President of Chad Ali Deby": a title, "of", a
// state or organisation and an optional bracketed acronym right before a name; its actor. Also as
// an apposition closed by commas, where the title may be lower case: "the head of the WHO, Rosa
// Tello, said".
QString NameScan::titleOfActor(int first, int last) const
{
    int j = first - 1;
    const bool apposition =
        j >= 1 && tokens.at(j).key == QLatin1String(",") && last < n && tokens.at(last).key == QLatin1String(",");
    if (apposition) {
        --j;
    }
    if (j >= 0 && tokens.at(j).key == QLatin1String(")")) {
        while (j >= 0 && tokens.at(j).key != QLatin1String("(") && first - j <= 4) {
            --j;
        }
        --j;
    }
    if (j < 0 || gazAt.at(j) < 0 || gazetteer.at(gazAt.at(j)).actorKind == ActorKind::None) {
        return {};
    }
    const Mention &owner = gazetteer.at(gazAt.at(j));
    int of = owner.firstToken - 1;
    if (of >= 0 && tokens.at(of).key == QLatin1String("the")) {
        --of;
    }
    if (of < 1 || tokens.at(of).key != QLatin1String("of")) {
        return {};
    }
    QString kind;
    for (int b = std::max(0, of - 4); b < of; ++b) {
        if ((tokens.at(b).is(Token::Upper) || apposition) && titleAt(b, of, &kind) == of - b) {
            return owner.actor;
        }
    }
    return {};
}

bool NameScan::startsDate(int k) const
{
    const QString &key = tokens.at(k).key;
    if (weekdays.contains(key)) {
        return true;
    }
    if (m_knowledge.number(QStringLiteral("months"), key) <= 0) {
        return false;
    }
    const int day = k + 1 < n && tokens.at(k + 1).key == QLatin1String(".") ? k + 2 : k + 1;
    return day < n && tokens.at(day).is(Token::Number) && tokens.at(day).key.size() <= 2;
}

int NameScan::infixesAt(int k, int end) const
{
    int count = 0;
    while (count < 2 && k + count < end && tokens.at(k + count).is(Token::Word)
           && !tokens.at(k + count).is(Token::Upper) && infixes.contains(tokens.at(k + count).key)) {
        ++count;
    }
    return count > 0 && k + count < end && tokens.at(k + count).is(Token::Upper) && tokens.at(k + count).is(Token::Word)
        ? count
        : 0;
}

// The part after an infix or after "al-": inside the name, whatever else it names alone
// ("al-Houthi", "bin Salman").
bool NameScan::afterParticle(int k, int first) const
{
    if (k - 1 < first) {
        return false;
    }
    const QString &before = tokens.at(k - 1).key;
    if (!tokens.at(k - 1).is(Token::Upper) && infixes.contains(before)) {
        return true;
    }
    return before == QLatin1String("-") && k - 2 >= first && !tokens.at(k - 2).is(Token::Upper)
        && isNameConnector(tokens.at(k - 2).key);
}

bool NameScan::givenNameTail(const Run &run, int end) const
{
    const int h = run.last;
    if (run.last - run.first < 2 || h + 1 >= end || gazAt.at(h - 1) >= 0) {
        return false;
    }
    const Token &dash = tokens.at(h);
    const Token &tail = tokens.at(h + 1);
    return dash.key == QLatin1String("-") && !dash.is(Token::SpaceBefore) && !tail.is(Token::SpaceBefore)
        && tail.is(Token::Word) && !tail.is(Token::Upper) && tokens.at(h - 1).key.size() <= 5 && tail.key.size() <= 4
        && !patrons.contains(tail.key);
}

bool NameScan::countryAt(int k) const
{
    return gazAt.at(k) >= 0 && gazetteer.at(gazAt.at(k)).kind == QLatin1String("country");
}

bool NameScan::actorEndsAt(int k) const
{
    return k >= 0 && gazAt.at(k) >= 0 && gazetteer.at(gazAt.at(k)).lastToken == k + 1
        && gazetteer.at(gazAt.at(k)).actorKind != ActorKind::None;
}

bool NameScan::actorStartsAt(int k, int end) const
{
    return k < end && gazAt.at(k) >= 0 && gazetteer.at(gazAt.at(k)).firstToken == k
        && gazetteer.at(gazAt.at(k)).actorKind != ActorKind::None;
}

bool NameScan::isCalendarWord(const QString &key) const
{
    return m_knowledge.number(QStringLiteral("months"), key) > 0
        || m_knowledge.number(QStringLiteral("weekdays"), key) > 0 || timeZones.contains(key);
}

bool NameScan::nextToScore(int first, int last) const
{
    // A score or points ("Somerset 4", "Bayern 2"), not a year or a dateline date.
    const bool numberAfter = last < n && tokens.at(last).is(Token::Number) && tokens.at(last).key.size() <= 3;
    const bool cueAfter = last < n && teamCues.contains(tokens.at(last).key);
    const bool cueBefore = first > 0 && teamCues.contains(tokens.at(first - 1).key);
    return numberAfter || cueAfter || cueBefore;
}

bool NameScan::inTeamSlot(int first, int last) const
{
    // "Surrey captain Chris Lewis"; "the match against Surrey at the Oval", not "against English
    // county sides".
    if (last < n && teamRoleNouns.contains(tokens.at(last).key)) {
        return true;
    }
    const bool endsThere = last >= n || !tokens.at(last).is(Token::Word) || tokens.at(last).is(Token::Upper)
        || m_knowledge.isStopName(tokens.at(last).key);
    return first > 0 && teamRivalsBefore.contains(tokens.at(first - 1).key) && endsThere;
}

bool NameScan::surnameCity(int k) const
{
    if (gazAt.at(k) < 0) {
        return false;
    }
    const Mention &g = gazetteer.at(gazAt.at(k));
    // "Carlos Lima", "Ana Medina", "Raul Rodrigo Lara": a capital or a region is a family name there
    // as much as any city; right after a capitalised word only ("Ana Ruiz in Havana" is a place).
    if (!(k > 0 && tokens.at(k - 1).is(Token::Upper) && g.firstToken == k && g.lastToken == k + 1)) {
        return false;
    }
    if (g.type == EntityType::Location
        && (g.kind == QLatin1String("city") || g.kind == QLatin1String("capital")
            || g.kind == QLatin1String("region"))) {
        return true;
    }
    // "Neil Jordan", "Trevor Holland", "Richard Finn": a country or a people's name is a family name
    // right after a given name that is no place, as the last word of the name.
    return (g.type == EntityType::Location || g.type == EntityType::Misc) && !tokens.at(k).is(Token::AllCaps)
        && gazAt.at(k - 1) < 0 && m_knowledge.isFirstName(tokens.at(k - 1).key)
        && !(k + 1 < n && tokens.at(k + 1).is(Token::Upper) && tokens.at(k + 1).is(Token::Word));
}

// Three different sports words, or two scores ("3-1"), make a sports report.
bool NameScan::isSportsReport() const
{
    QSet<QString> cuesSeen;
    int scores = 0;
    for (int k = 0; k < n; ++k) {
        if (sportsCues.contains(tokens.at(k).key)) {
            cuesSeen.insert(tokens.at(k).key);
        }
        if (k + 2 < n && tokens.at(k).is(Token::Number) && tokens.at(k + 1).key == QLatin1String("-")
            && tokens.at(k + 2).is(Token::Number) && tokens.at(k).key.size() <= 3) {
            ++scores;
        }
    }
    return cuesSeen.size() >= 3 || scores >= 2;
}

} // namespace Readout
