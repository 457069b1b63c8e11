// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "namerecognizer.h"

#include "../knowledge/wordset.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Readout
{

/// "of", "and", "al", "von", ...: lower-case words that may join the words of one name.
[[nodiscard]] bool isNameConnector(const QString &key);

/// The state of one NameRecognizer::recognize() pass over a document: the tokens, the gazetteer
/// mention at each token, the lists every step reads, and the mentions found so far (`found`, with
/// `hide` marking gazetteer mentions that a longer name swallowed). The steps live in
/// namerecognizersteps.cpp (runs and what they name), namerecognizercontext.cpp (the words around
/// a name) and namerecognizer.cpp (the document made consistent).
struct NameScan {
    /// A capitalised run of tokens [first, last) that may be a name.
    struct Run {
        int first = 0;
        int last = 0; // exclusive
    };
    /// What a sentence's capitals say: nothing of names in a title-case headline; an all-caps
    /// sentence has no acronyms to find.
    struct SentenceShape {
        bool headline = false;
        bool allCaps = false;
    };

    NameScan(const KnowledgeBase &knowledge,
             const QString &text,
             const Segmentation &seg,
             const QVector<Mention> &gazetteer);

    // namerecognizersteps.cpp: one sentence's runs, each classified by the first rule that fits.
    /// A byline ("By Ana Ruiz and Luis Soto"): its persons; false when the sentence is none.
    bool addByline(const Sentence &s);
    /// Finds the names of one sentence's capitalised runs.
    void scanSentence(const Sentence &s);
    /// Whether a title-case headline or an all-caps line.
    [[nodiscard]] SentenceShape shapeOf(const Sentence &s) const;
    /// The maximal capitalised run from token k, with connectors and hyphens inside.
    [[nodiscard]] Run capitalisedRun(int k, int end) const;
    [[nodiscard]] bool twoPersons(const Run &run, int end) const;
    [[nodiscard]] bool headBeforeOf(const Run &run) const;
    [[nodiscard]] bool placeAfterName(const Run &run) const;
    /// Drops sentence-initial function words and trailing connectors.
    void trimRun(Run &run) const;
    /// Whether a listed holiday is the whole run (a date, not a name).
    [[nodiscard]] bool isHoliday(const Run &run) const;
    /// Whether tokens [first, last) hold an "&" ("Douglas & Lomason").
    [[nodiscard]] bool ampersandIn(int first, int last) const;
    /// Where a run ending in a company's legal form splits at "of" ("X of Acme Co"), or -1.
    [[nodiscard]] int companyAfterOf(const Run &run) const;
    /// Adds what the run names, if anything, by the first rule that fits.
    void classifyRun(const Run &run, const Sentence &s, const SentenceShape &shape);
    /// A city or region beside a score in a sports report is a team.
    bool addPlaceAsTeam(const Run &run);
    /// An outlet named beside its kind: "the news agency Tanjug", "Zycie Warszawy daily said".
    bool addMediaInSlot(const Run &run);
    /// An unknown acronym in running text is an organization.
    bool addUnknownAcronym(const Run &run, const SentenceShape &shape);
    /// Plain words before a place name make another name ("Air France").
    bool addPlainWordsBeforePlace(const Run &run, const SentenceShape &shape);
    /// The run's organization word (its last word or a word before "of"), or -1.
    [[nodiscard]] int organizationHead(const Run &run) const;
    /// Where a person's name starts after a title inside the run, or -1; *affiliation: an actor before.
    [[nodiscard]] int titledPersonStart(const Run &run, QString *affiliation) const;
    /// A one-word city or region after an honorific that ends the run ("Mr Vargas").
    [[nodiscard]] bool placeAfterHonorific(int k, int last) const;
    /// A one-word place that is a given name, before a capitalised word ("Rosario Lucena").
    [[nodiscard]] bool givenNamePlace(int k, int last) const;
    /// Whether tokens [k, last) are a person's name by their own words: 2-4 capitalised words led by
    /// a known given name or joined by a name particle.
    [[nodiscard]] bool personNameAt(int k, int last) const;
    /// Where a person's name starts right after a place or an organisation word of the run, or -1.
    [[nodiscard]] int nameAfterName(const Run &run) const;
    /// An organization named by its organization word, with the actor it stands for.
    void addOrganization(const Run &run);
    /// The person's name after a title inside the run, with the actor the words around give.
    void addTitledPerson(const Run &run, int personFirst, QString affiliation);
    /// Where the person's name starting at personFirst inside the run ends.
    [[nodiscard]] int personNameEnd(const Run &run, int personFirst) const;
    /// A run with no title inside: a person, team, facility or nothing, from its words and context.
    void classifyPlainRun(const Run &run, const Sentence &s, const SentenceShape &shape);
    /// Whether the run has no gazetteer names but the ones a person's name may hold.
    [[nodiscard]] bool onlyPlainWords(const Run &run, bool roleBefore) const;
    /// A lower-case role right before the run ("envoy Sofia Brandt").
    [[nodiscard]] bool roleRightBefore(const Run &run, const Sentence &s) const;
    /// A title and a comma right before the run.
    [[nodiscard]] bool titleInAppositionBefore(const Run &run, const Sentence &s) const;
    /// A name particle between capitalised words inside the run ("Ursel von der Brake").
    [[nodiscard]] bool particleInside(const Run &run) const;
    /// Adds a pattern mention for tokens [first, last) and hides the gazetteer mentions inside.
    void addPattern(int first, int last, EntityType type, const QString &actor, const char *rule);

    // namerecognizer.cpp: the document made consistent after every sentence.
    /// The names found once, by canonical form and by the words a later mention may repeat.
    [[nodiscard]] QHash<QString, const Mention *> knownNames() const;
    /// Which tokens the mentions found so far cover.
    [[nodiscard]] QVector<bool> coveredByFound() const;
    /// Lone capitalised words, outside any mention, that repeat a person named earlier.
    [[nodiscard]] QVector<Mention> sameNamesAgain(const QHash<QString, const Mention *> &known);
    [[nodiscard]] bool familyNamePlaceAgain(int k, const Mention &person) const;
    /// Does token k name a place by its slot (a dateline, after "at" or "in"), whatever team it names?
    [[nodiscard]] bool placeSlot(int k) const;
    /// A one-word team that the report names as a person is that player.
    void teamsNamedAsPeople(const QHash<QString, const Mention *> &known);
    /// Two-word "persons" that repeat an outlet named beside its kind are that outlet.
    void outletsNamedAsPeople();
    /// Where a company named once with its legal form ("Magna International Inc") recurs without it
    /// ("Magna International") or by its own first word ("Magna"): that company.
    [[nodiscard]] QVector<Mention> shortFormsOfCompanies() const;
    /// Whether a capitalised word can stand alone for a company: no given name, stop word, title,
    /// calendar word or place, and never written in lower case in the document.
    [[nodiscard]] bool companyWord(int k) const;
    /// Whether the document writes this word (a key) in lower case somewhere.
    [[nodiscard]] bool writtenInLowerCase(const QString &key) const;

    // namerecognizercontext.cpp: single tokens and the words around a run.
    [[nodiscard]] QString surface(int first, int last) const;
    [[nodiscard]] bool isCap(int k) const;
    /// Longest title at k; *kind is "role" only when the title is nothing but a role noun, and
    /// *canBeRole says whether it can also be one ("envoy" is an office and a role).
    int titleAt(int k, int limit, QString *kind, bool *canBeRole = nullptr) const;
    /// The state an apposition after a name gives.
    [[nodiscard]] QString appositionActor(int after) const;
    /// The actor before a lower-case title right before the name.
    [[nodiscard]] QString actorBeforeRole(int first) const;
    /// The actor after the name that ends before `after`.
    [[nodiscard]] QString ofActorAfter(int after) const;
    /// The actor of a title, "of" and a state or organisation right before a name.
    [[nodiscard]] QString titleOfActor(int first, int last) const;
    /// A weekday, or a month name before a day number, inside a capitalised run begins a date.
    [[nodiscard]] bool startsDate(int k) const;
    /// One or two lower-case name infixes before a capitalised word: how many, or 0.
    [[nodiscard]] int infixesAt(int k, int end) const;
    /// Whether token k follows an infix or "al-" inside the name starting at first.
    [[nodiscard]] bool afterParticle(int k, int first) const;
    /// "Ban Ki-moon": whether a hyphen and a short lower-case syllable end the run.
    [[nodiscard]] bool givenNameTail(const Run &run, int end) const;
    [[nodiscard]] bool countryAt(int k) const;
    /// A listed state or organisation (an actor) whose name ends, or starts, at token k.
    [[nodiscard]] bool actorEndsAt(int k) const;
    [[nodiscard]] bool actorStartsAt(int k, int end) const;
    [[nodiscard]] bool isCalendarWord(const QString &key) const;
    /// Whether a score or a team cue stands beside tokens [first, last).
    [[nodiscard]] bool nextToScore(int first, int last) const;
    /// A one-word city or capital (not a country or region) can be a family name inside a person's name.
    [[nodiscard]] bool surnameCity(int k) const;
    /// In a sports report: before a player's role ("Kent captain") or after "against" at the end of
    /// a phrase, a city or an unknown name is a team.
    [[nodiscard]] bool inTeamSlot(int first, int last) const;
    /// "Rakhine State", "Punjab Province", "Shan State": a place, or one unknown word, before a
    /// capitalised region head (names.json region_heads) is that region.
    bool addPlaceWithHead(const Run &run);
    /// Whether the document reads as a sports report.
    [[nodiscard]] bool isSportsReport() const;

    const KnowledgeBase &m_knowledge;
    const QString &text;
    const QVector<Token> &tokens;
    const int n;
    const QVector<Mention> &gazetteer;
    QVector<int> gazAt; ///< token -> gazetteer mention index
    const QSet<QString> weekdays;
    const WordSet &patrons;
    const WordSet &infixes;
    const WordSet &notPerson;
    const WordSet &timeZones;
    const WordSet &sportsCues;
    const WordSet &teamCues;
    const WordSet &teamRoleNouns;
    const WordSet &regionHeads;
    const WordSet &teamRivalsBefore;
    const WordSet &locationHeads;
    const WordSet &compassWords;
    const WordSet &mediaNouns;
    const WordSet &placePrepositions;
    bool sports = false;
    /// The keys of the words the document writes in lower case somewhere ("shares", "general"),
    /// gathered on first use: few documents need them.
    mutable std::optional<QSet<QString>> lowerWords;
    QVector<Mention> found;
    QVector<bool> hide;
};

} // namespace Readout
