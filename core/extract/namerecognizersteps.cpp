// SPDX-License-Identifier: GPL-3.0-or-later
// NameScan's steps over one sentence: its capitalised runs and what each names.
#include "namerecognizer_p.h"

#include "../knowledge/tokentrie.h"

#include <algorithm>

namespace Readout
{

bool NameScan::addByline(const Sentence &s)
{
    // "By Lin Qorvath and Yasmine Saleh": a line of its own, "By" and persons' names joined by "and"
    // or commas, names its writers.
    const int first = s.firstToken;
    if (s.lastToken - first < 3 || s.lastToken - first > 14 || tokens.at(first).key != QLatin1String("by")
        || !tokens.at(first).is(Token::Upper)) {
        return false;
    }
    QVector<Run> names;
    Run name{first + 1, first + 1};
    for (int k = first + 1; k <= s.lastToken; ++k) {
        const bool end = k == s.lastToken || (k + 1 == s.lastToken && tokens.at(k).key == QLatin1String("."));
        const QString key = end ? QString() : tokens.at(k).key;
        const bool joiner = key == QLatin1String("and") || key == QLatin1String(",") || key == QLatin1String("&");
        if (end || joiner) {
            const int words =
                int(std::count_if(tokens.cbegin() + name.first, tokens.cbegin() + name.last, [](const Token &t) {
                    return t.is(Token::Upper);
                }));
            if (words < 2 || words > 4) {
                return false;
            }
            names.append(name);
            if (end) {
                break;
            }
            name = {k + 1, k + 1};
            continue;
        }
        const bool part = (tokens.at(k).is(Token::Word) && tokens.at(k).is(Token::Upper) && gazAt.at(k) < 0)
            || (key == QLatin1String("-") && k > name.first)
            || (k > name.first
                && (infixes.contains(key)
                    || (isNameConnector(key) && k + 1 < s.lastToken && tokens.at(k + 1).key == QLatin1String("-"))));
        if (!part || (tokens.at(k).is(Token::Upper) && (m_knowledge.isStopName(key) || isCalendarWord(key)))) {
            return false;
        }
        name.last = k + 1;
    }
    for (const Run &r : std::as_const(names)) {
        addPattern(r.first, r.last, EntityType::Person, {}, "byline");
    }
    return !names.isEmpty();
}

void NameScan::scanSentence(const Sentence &s)
{
    if (addByline(s)) {
        return;
    }
    const SentenceShape shape = shapeOf(s);
    int k = s.firstToken;
    while (k < s.lastToken) {
        if (!isCap(k)) {
            ++k;
            continue;
        }
        Run run = capitalisedRun(k, s.lastToken);
        k = run.last;
        trimRun(run);
        if (run.first >= run.last || isHoliday(run)) {
            continue;
        }
        classifyRun(run, s, shape);
    }
}

NameScan::SentenceShape NameScan::shapeOf(const Sentence &s) const
{
    // A title-case headline capitalises every word: capitals say nothing of names there.
    int words = 0;
    int capitalised = 0;
    for (int k = s.firstToken; k < s.lastToken; ++k) {
        if (tokens.at(k).is(Token::Word) && tokens.at(k).end - tokens.at(k).start > 3) {
            ++words;
            capitalised += tokens.at(k).is(Token::Upper) ? 1 : 0;
        }
    }
    // Title case shows in capitalised function words ("Returns To Vienna"), which running text,
    // tables and results lines do not have.
    bool capitalisedFunctionWord = false;
    for (int k = s.firstToken + 1; k < s.lastToken; ++k) {
        capitalisedFunctionWord = capitalisedFunctionWord
            || (tokens.at(k).is(Token::Upper) && !tokens.at(k).is(Token::AllCaps)
                && m_knowledge.isStopName(tokens.at(k).key) && tokens.at(k - 1).key != QLatin1String(".")
                && tokens.at(k - 1).key != QLatin1String(":"));
    }
    SentenceShape shape;
    shape.headline = capitalisedFunctionWord && words >= 4 && capitalised * 10 >= words * 8;
    int allCapsWords = 0;
    for (int k = s.firstToken; k < s.lastToken; ++k) {
        allCapsWords += tokens.at(k).is(Token::AllCaps) ? 1 : 0;
    }
    shape.allCaps = allCapsWords * 2 >= words;
    return shape;
}

NameScan::Run NameScan::capitalisedRun(int k, int end) const
{
    Run run{k, k + 1};
    while (run.last < end) {
        const Token &t = tokens.at(run.last);
        if (startsDate(run.last)) {
            break; // "met with Sununu Sunday", "Through Oct. 19": the name ends before the date
        }
        if (isCap(run.last) && (t.is(Token::Word) || t.is(Token::Number))) {
            ++run.last;
        } else if (t.key == QLatin1String("-") && !t.is(Token::SpaceBefore) && run.last + 1 < end
                   && !tokens.at(run.last + 1).is(Token::SpaceBefore) && isCap(run.last + 1)) {
            run.last += 2;
        } else if (QString kind; t.key == QLatin1String(".") && !t.is(Token::SpaceBefore) && run.last + 1 < end
                   && isCap(run.last + 1) && titleAt(run.last - 1, run.last + 1, &kind) == 2) {
            ++run.last; // "Mr. Nyo Twan Aung", "Gen. Ana Ruiz": the title's dot stays inside the name's run
        } else if (t.key == QLatin1String("&") && run.last + 1 < end && isCap(run.last + 1)) {
            run.last += 2; // "Douglas & Lomason", "Procter & Gamble": one name
        } else if (givenNameTail(run, end)) {
            run.last += 2; // "Ban Ki-moon", "Moon Jae-in"
        } else if (const int infixCount =
                       run.last > run.first && tokens.at(run.last - 1).is(Token::Upper) ? infixesAt(run.last, end) : 0;
                   infixCount > 0 && !startsDate(run.last + infixCount)) {
            run.last += infixCount + 1; // "Khalid bin Rashed", "Ursel von der Brake"
        } else if (t.key == QLatin1String("of") && run.last + 2 < end && run.last > run.first
                   && tokens.at(run.last + 1).key == QLatin1String("the") && isCap(run.last + 2)
                   && (m_knowledge.isOrganizationWord(tokens.at(run.last - 1).key)
                       || locationHeads.contains(tokens.at(run.last - 1).key))) {
            run.last += 3; // "Supreme Council of the Republic", "Great Hall of the People"
        } else if (isNameConnector(t.key) && t.is(Token::Word) && !t.is(Token::Upper) && run.last + 2 < end
                   && tokens.at(run.last + 1).key == QLatin1String("-")
                   && !tokens.at(run.last + 1).is(Token::SpaceBefore) && isCap(run.last + 2)) {
            run.last += 3; // "Nabil al-Karimi"
        } else if (t.key == QLatin1String("and") && gazAt.at(run.last) < 0
                   && (countryAt(run.last - 1) || twoPersons(run, end)
                       || (run.last + 1 < end && countryAt(run.last + 1)
                           && gazetteer.at(gazAt.at(run.last + 1)).firstToken == run.last + 1)
                       || (actorEndsAt(run.last - 1) && actorStartsAt(run.last + 1, end)))) {
            // "Chile and Kemal Arslan", "Lars Dahl and Iceland": a country ends or starts a run;
            // "Tomas Ardila and Rafael Montoya": two persons' names;
            // "Hamas and Islamic Jihad": two listed parties are two names.
            break;
        } else if (isNameConnector(t.key) && run.last + 1 < end && isCap(run.last + 1) && t.is(Token::Word)
                   && !t.is(Token::Upper) && !startsDate(run.last + 1) && !placeAfterName(run)
                   && !m_knowledge.isOrganizationSuffix(tokens.at(run.last - 1).key)
                   && (t.key != QLatin1String("in") || m_knowledge.isOrganizationWord(tokens.at(run.last - 1).key)
                       || locationHeads.contains(tokens.at(run.last - 1).key))) {
            // "Commission on Human Rights", but "Jose Marti on Friday" and "Ana Ruiz on March 18" end before
            // "on"; "in" joins only after an organisation or place word ("Embassy in Lima", not "Ana
            // Soto in Puebla").
            run.last += 2;
        } else {
            break;
        }
    }
    return run;
}

bool NameScan::placeAfterName(const Run &run) const
{
    // "the Great Hall of the People in Beijing": after a name that took "of the", "in" says where
    // it is ("Embassy in Lima", right after its head word, stays one name).
    const int at = run.last;
    if (tokens.at(at).key != QLatin1String("in")) {
        return false;
    }
    for (int j = run.first + 1; j + 1 < at; ++j) {
        if (tokens.at(j).key == QLatin1String("of") && tokens.at(j + 1).key == QLatin1String("the")) {
            return true;
        }
    }
    return false;
}

bool NameScan::headBeforeOf(const Run &run) const
{
    for (int j = run.first + 1; j + 1 < run.last; ++j) {
        if (locationHeads.contains(tokens.at(j).key) && tokens.at(j + 1).key == QLatin1String("of")) {
            return true;
        }
    }
    return false;
}

bool NameScan::twoPersons(const Run &run, int end) const
{
    // At the "and" that ends the run so far: a person's name follows (a given name or a title, then
    // a capitalised word), and one came before: "Tomas Ardila and Rafael Montoya", "President Ana
    // Ruiz and President Rui Tavares", "Chilean President Ana Ruiz and Peruvian President Rui Tavares".
    QString kind;
    const auto personAt = [&](int k, int limit) {
        // "... and Peruvian President Ana Medina": a state's word before the title.
        const int g = k < limit ? gazAt.at(k) : -1;
        if (g >= 0 && gazetteer.at(g).firstToken == k && gazetteer.at(g).lastToken == k + 1
            && !gazetteer.at(g).actor.isEmpty() && titleAt(k + 1, limit, &kind) > 0) {
            ++k;
        }
        if (k + 1 >= limit || !isCap(k) || !isCap(k + 1)) {
            return false;
        }
        const int title = titleAt(k, limit, &kind);
        return m_knowledge.isFirstName(tokens.at(k).key) || (title > 0 && k + title < limit && isCap(k + title));
    };
    if (!personAt(run.last + 1, end)) {
        return false;
    }
    for (int k = run.first; k + 1 < run.last; ++k) {
        if (personAt(k, run.last)) {
            return true;
        }
    }
    return false;
}

void NameScan::trimRun(Run &run) const
{
    // Sentence-initial function words are not names.
    while (run.first < run.last && gazAt.at(run.first) < 0 && m_knowledge.isStopName(tokens.at(run.first).key)) {
        ++run.first;
    }
    // "said on Monday the Peruvian Foreign Ministry had": a weekday and a lower-case connector lead
    // no name.
    while (run.first + 2 < run.last && gazAt.at(run.first) < 0 && weekdays.contains(tokens.at(run.first).key)
           && isNameConnector(tokens.at(run.first + 1).key) && !tokens.at(run.first + 1).is(Token::Upper)) {
        run.first += 2;
    }
    // Strip trailing connectors.
    while (run.last > run.first && isNameConnector(tokens.at(run.last - 1).key)) {
        --run.last;
    }
}

bool NameScan::isHoliday(const Run &run) const
{
    // A listed holiday that is the whole run ("found Thanksgiving Day") is a date, not a name.
    if (gazAt.at(run.first) >= 0) {
        return false;
    }
    const QVector<int> *holiday = nullptr;
    const int length = m_knowledge.holidays().longestMatch(
        run.first,
        run.last,
        [&](int i) -> const QString & {
            return tokens.at(i).key;
        },
        &holiday);
    return length == run.last - run.first;
}

bool NameScan::ampersandIn(int first, int last) const
{
    return std::any_of(tokens.cbegin() + first, tokens.cbegin() + last, [](const Token &t) {
        return t.key == QLatin1String("&");
    });
}

int NameScan::companyAfterOf(const Run &run) const
{
    for (int j = run.last - 2; j > run.first && run.last - run.first >= 4; --j) {
        if (tokens.at(j).key == QLatin1String("of")) {
            // A firm's legal form or "&" after the "of" ("of Brandt & Ossler"); "Marks & Spencer of
            // Britain" is the firm before it.
            if (ampersandIn(run.first, j)
                || !(m_knowledge.isOrganizationSuffix(tokens.at(run.last - 1).key) || ampersandIn(j, run.last))) {
                return -1;
            }
            // Before "of", a person ("John Casesa of") or a word the text also writes in lower case
            // ("Shares of"); not the company's own words ("Gold Fields of South Africa Ltd").
            const QString &head = tokens.at(run.first).key;
            const bool person = m_knowledge.isFirstName(head) && j - run.first >= 2 && j - run.first <= 3;
            const bool common = j - run.first == 1 && writtenInLowerCase(head);
            return person || common ? j : -1;
        }
    }
    return -1;
}

void NameScan::classifyRun(const Run &run, const Sentence &s, const SentenceShape &shape)
{
    // "John Casesa of Schroder Wertheim & Co", "Shares of Douglas & Lomason Co": a company named
    // with its legal form starts after an "of" that no organisation word leads ("Bank of Ghana Ltd").
    if (const int of = companyAfterOf(run); of > 0) {
        classifyRun({run.first, of}, s, shape);
        addOrganization({of + 1, run.last});
        return;
    }
    if (addPlaceAsTeam(run) || addMediaInSlot(run) || addUnknownAcronym(run, shape) || addPlaceWithHead(run)
        || addPlainWordsBeforePlace(run, shape)) {
        return;
    }
    int orgHead = organizationHead(run);
    QString affiliation;
    int personFirst = titledPersonStart(run, &affiliation);
    if (const int e = personFirst < 0 && !shape.headline ? nameAfterName(run) : -1; e > 0) {
        classifyRun({run.first, e}, s, shape);
        addPattern(e, run.last, EntityType::Person, {}, "name-after-a-name");
        return;
    }
    // A lone organization word ("Police said", "Division") names no organization.
    if (orgHead >= 0 && run.last - run.first == 1) {
        orgHead = -1;
    }
    if (orgHead >= 0 && personFirst < 0) {
        addOrganization(run);
        return;
    }
    // In a title-case headline "Top Envoy Returns To ..." is no name: there a title must be
    // followed by a known given name.
    if (personFirst >= 0 && shape.headline && !m_knowledge.isFirstName(tokens.at(personFirst).key)) {
        personFirst = -1;
    }
    // "King Tamar International Airport": a facility named after a titled person is a place (at
    // least three words after the title, so that "President Lee Park" stays a person).
    if (personFirst >= 0 && run.last - personFirst >= 3 && locationHeads.contains(tokens.at(run.last - 1).key)) {
        addPattern(run.first, run.last, EntityType::Location, {}, "facility-head");
        found.last().kind = QStringLiteral("facility");
        return;
    }
    if (personFirst >= 0) {
        addTitledPerson(run, personFirst, affiliation);
        return;
    }
    classifyPlainRun(run, s, shape);
}

bool NameScan::addPlaceWithHead(const Run &run)
{
    const int head = run.last - 1;
    // Not in a sports report, where "Notts County" is a club.
    if (sports || run.last - run.first < 2 || !tokens.at(head).is(Token::Upper)
        || !regionHeads.contains(tokens.at(head).key)) {
        return false;
    }
    // "Northern Shan State": the compass word says which part; the region is "Shan State".
    const int first = run.first
        + (run.last - run.first >= 3 && gazAt.at(run.first) < 0 && compassWords.contains(tokens.at(run.first).key) ? 1
                                                                                                                   : 0);
    const int g = gazAt.at(first);
    const bool place = g >= 0 && gazetteer.at(g).firstToken == first && gazetteer.at(g).lastToken == head
        && gazetteer.at(g).type == EntityType::Location && gazetteer.at(g).kind != QLatin1String("country");
    const QString &word = tokens.at(first).key;
    const bool unknown = run.last - first == 2 && g < 0 && tokens.at(first).is(Token::Word)
        && !m_knowledge.isStopName(word) && !m_knowledge.isFirstName(word) && !m_knowledge.isOrganizationWord(word);
    if (!place && !unknown) {
        return false;
    }
    addPattern(first, run.last, EntityType::Location, place ? gazetteer.at(g).actor : QString(), "region-head");
    found.last().kind = QStringLiteral("region");
    return true;
}

bool NameScan::addPlaceAsTeam(const Run &run)
{
    // In a sports report a city or region beside a score or "beat" is the team named after it.
    if (sports && gazAt.at(run.first) >= 0 && gazetteer.at(gazAt.at(run.first)).firstToken == run.first
        && gazetteer.at(gazAt.at(run.first)).lastToken == run.last
        && gazetteer.at(gazAt.at(run.first)).type == EntityType::Location
        && gazetteer.at(gazAt.at(run.first)).kind != QLatin1String("country")
        && (nextToScore(run.first, run.last) || (surnameCity(run.first) && inTeamSlot(run.first, run.last)))) {
        addPattern(run.first, run.last, EntityType::Organization, {}, "place-as-team");
        return true;
    }
    // "the Colorado Rockies", "Minnesota Twins": in a sports report, a place and plain capitalised
    // words after it are a club.
    const int g = gazAt.at(run.first);
    if (!sports || g < 0 || gazetteer.at(g).firstToken != run.first || gazetteer.at(g).lastToken >= run.last
        || gazetteer.at(g).type != EntityType::Location || gazetteer.at(g).kind == QLatin1String("country")
        || run.last - gazetteer.at(g).lastToken > 2 || m_knowledge.isFirstName(tokens.at(run.first).key)) {
        // "Vladimir Makovsky" is a player, not a club of Vladimir.
        return false;
    }
    for (int j = gazetteer.at(g).lastToken; j < run.last; ++j) {
        if (gazAt.at(j) >= 0 || !tokens.at(j).is(Token::Word) || m_knowledge.isStopName(tokens.at(j).key)
            || m_knowledge.isOrganizationWord(tokens.at(j).key) || isCalendarWord(tokens.at(j).key)
            || locationHeads.contains(tokens.at(j).key) || m_knowledge.isFirstName(tokens.at(j).key)) {
            return false;
        }
    }
    addPattern(run.first, run.last, EntityType::Organization, {}, "place-and-club-name");
    found.last().kind = QStringLiteral("team");
    return true;
}

bool NameScan::addMediaInSlot(const Run &run)
{
    // The kind of outlet in lower case right before the name ("the daily Zycie Warszawy") or right
    // after it ("Tanjug news agency", "Zycie Warszawy daily said"); a known name keeps its own
    // type ("Polish daily", "Kyiv radio").
    const auto lowerNoun = [this](int k) {
        return k >= 0 && k < n && !tokens.at(k).is(Token::Upper) && mediaNouns.contains(tokens.at(k).key);
    };
    int after = run.last;
    after += after + 1 < n && tokens.at(after).key == QLatin1String("news") ? 1 : 0;
    // "the Yugoslav news agency Tanjug": before a kind that a name follows, a word that says whose.
    const bool nameAfter = after + 1 < n && isCap(after + 1);
    if (run.last - run.first > 4 || !(lowerNoun(run.first - 1) || (lowerNoun(after) && !nameAfter))) {
        return false;
    }
    QString kind;
    bool plain = titleAt(run.first, run.last, &kind) == 0;
    for (int j = run.first; j < run.last && plain; ++j) {
        plain = gazAt.at(j) < 0 && !m_knowledge.isStopName(tokens.at(j).key) && !isCalendarWord(tokens.at(j).key);
    }
    if (!plain) {
        return false;
    }
    addPattern(run.first, run.last, EntityType::Organization, {}, "outlet-beside-its-kind");
    found.last().kind = QStringLiteral("media");
    return true;
}

bool NameScan::addUnknownAcronym(const Run &run, const SentenceShape &shape)
{
    // An unknown acronym in running text ("the KDP said") is an organization.
    const QString &head = tokens.at(run.first).key;
    if (!shape.allCaps && run.last - run.first == 1 && gazAt.at(run.first) < 0
        && tokens.at(run.first).is(Token::AllCaps) && tokens.at(run.first).end - tokens.at(run.first).start <= 5
        && !isCalendarWord(head) && !m_knowledge.isStopName(head)) {
        addPattern(run.first, run.last, EntityType::Organization, {}, "unknown-acronym");
        return true;
    }
    return false;
}

bool NameScan::addPlainWordsBeforePlace(const Run &run, const SentenceShape &shape)
{
    // Plain words before a place name make another name: "Air France", "Real Madrid".
    if (run.last - run.first >= 2 && run.last - run.first <= 3 && gazAt.at(run.last - 1) >= 0
        && gazetteer.at(gazAt.at(run.last - 1)).firstToken > run.first
        && gazetteer.at(gazAt.at(run.last - 1)).lastToken == run.last
        && gazetteer.at(gazAt.at(run.last - 1)).type == EntityType::Location) {
        bool plainBefore = true;
        QString kind;
        for (int j = run.first; j < gazetteer.at(gazAt.at(run.last - 1)).firstToken; ++j) {
            plainBefore = plainBefore && gazAt.at(j) < 0 && tokens.at(j).is(Token::Word)
                && !m_knowledge.isStopName(tokens.at(j).key) && !m_knowledge.isFirstName(tokens.at(j).key)
                && titleAt(j, run.last, &kind) == 0 && !locationHeads.contains(tokens.at(j).key)
                && !isCalendarWord(tokens.at(j).key) // "By the end of May Chile and Peru met"
                && !compassWords.contains(tokens.at(j).key);
        }
        if (plainBefore && !shape.headline) {
            addPattern(run.first, run.last, EntityType::Organization, {}, "plain-words-before-place");
            return true;
        }
    }
    return false;
}

int NameScan::organizationHead(const Run &run) const
{
    // Organization: the run's last word (or a word before "of") is an organization word.
    int orgHead = -1;
    bool hasPlain = false;
    for (int j = run.first; j < run.last; ++j) {
        hasPlain = hasPlain || (gazAt.at(j) < 0 && tokens.at(j).is(Token::Word));
    }
    for (int j = run.first; j < run.last; ++j) {
        // An organization word inside a listed name counts when plain words extend that name
        // ("National" + listed "Security Council").
        const bool inName = gazAt.at(j) >= 0;
        if ((!inName || hasPlain) && m_knowledge.isOrganizationWord(tokens.at(j).key)
            && tokens.at(j).is(Token::Upper)) {
            const bool lastWord = j == run.last - 1;
            // "Council of Europe", "Contact Group on Libya", "Commission for Refugees".
            const bool beforeOf = j + 1 < run.last
                && (tokens.at(j + 1).key == QLatin1String("of") || tokens.at(j + 1).key == QLatin1String("on")
                    || tokens.at(j + 1).key == QLatin1String("for"));
            if (lastWord || beforeOf) {
                orgHead = j;
            }
        }
    }
    return orgHead;
}

void NameScan::addOrganization(const Run &run)
{
    // The org name runs to the end of the run; a leading state or demonym says whom it stands for.
    QString actor;
    int components = 0;
    for (int j = run.first; j < run.last; ++j) {
        if (gazAt.at(j) >= 0 && (j == run.first || gazAt.at(j) != gazAt.at(j - 1))) {
            ++components;
            // "Russian Foreign Ministry" stands for Russia; "OSCE Permanent Council" for the OSCE.
            if (j == run.first && gazetteer.at(gazAt.at(j)).actorKind != ActorKind::None) {
                actor = gazetteer.at(gazAt.at(j)).actor;
            }
        }
    }
    if (components > 1) {
        actor.clear(); // "NATO-Russia Council": its members stay visible to events as hidden actors
    }
    // "Atomic Energy Organization of Peru", "Central Bank of the Philippines": a body of the state
    // it ends with.
    const int last = gazAt.at(run.last - 1);
    if (components == 1 && last >= 0 && gazetteer.at(last).actorKind == ActorKind::State
        && gazetteer.at(last).lastToken == run.last) {
        int before = gazetteer.at(last).firstToken - 1;
        before -= before > run.first && tokens.at(before).key == QLatin1String("the") ? 1 : 0;
        if (before > run.first && tokens.at(before).key == QLatin1String("of")) {
            actor = gazetteer.at(last).actor;
        }
    }
    // "Pakistan Point News" is an outlet, not the state it is named after; "the Chilean National
    // Liberation Army" a movement.
    const bool media = m_knowledge.wordSet(QStringLiteral("media_heads")).contains(tokens.at(run.last - 1).key);
    const WordSet &movement = m_knowledge.wordSet(QStringLiteral("movement_words"));
    const bool movementName =
        std::any_of(tokens.cbegin() + run.first + 1, tokens.cbegin() + run.last, [&movement](const Token &t) {
            return movement.contains(t.key);
        });
    if (media || movementName) {
        actor.clear();
    }
    // "the Kivu Liberation Front will hold talks with Uganda": a movement stands for itself, a party
    // as named.
    const QString own = movementName && !media ? surface(run.first, run.last) : QString();
    // A possessive state right before: "the White House's National Security Council".
    if (actor.isEmpty() && run.first >= 2 && tokens.at(run.first - 1).key == QLatin1String("'s")
        && gazAt.at(run.first - 2) >= 0) {
        const Mention &owner = gazetteer.at(gazAt.at(run.first - 2));
        if (owner.actorKind == ActorKind::State) {
            actor = owner.actor;
        }
    }
    addPattern(run.first, run.last, EntityType::Organization, actor.isEmpty() ? own : actor, "organization-word");
    if (media) {
        found.last().kind = QStringLiteral("media");
    }
}

void NameScan::classifyPlainRun(const Run &run, const Sentence &s, const SentenceShape &shape)
{
    // Plain runs without gazetteer names: a first name, or a role noun in apposition. A place
    // that is also a given name ("Sofia", "Florence") starts a name when plain words follow.
    const bool roleBefore = roleRightBefore(run, s);
    if (!onlyPlainWords(run, roleBefore)) {
        return;
    }
    const bool headline = shape.headline;
    const QString &head = tokens.at(run.first).key;
    const bool particle = particleInside(run);
    const bool initial = head.size() == 2 && head.at(1) == QLatin1Char('.') && head.at(0).isLetter();
    const bool firstName =
        (m_knowledge.isFirstName(head) || initial) && run.last - run.first >= 2 && run.last - run.first <= 4;
    const bool apposition = titleInAppositionBefore(run, s);
    const QString titledBy = run.last - run.first <= 4 ? titleOfActor(run.first, run.last) : QString();
    QString titleKind;
    const bool onlyTitle = titleAt(run.first, run.last, &titleKind) == run.last - run.first;
    if (ampersandIn(run.first, run.last)) {
        addPattern(run.first, run.last, EntityType::Organization, {}, "name-with-ampersand"); // "Ernst & Young"
    } else if (!titledBy.isEmpty()) {
        addPattern(run.first, run.last, EntityType::Person, titledBy, "title-of-actor-before");
    } else if (particle && !headline && run.last - run.first <= 7 && !m_knowledge.isStopName(head)) {
        addPattern(run.first, run.last, EntityType::Person, appositionActor(run.last), "name-with-particle");
    } else if (firstName
               || (!headline && (apposition || roleBefore) && run.last - run.first >= 2 && run.last - run.first <= 4)) {
        QString after = appositionActor(run.last);
        after = after.isEmpty() ? ofActorAfter(run.last) : after;
        addPattern(run.first,
                   run.last,
                   EntityType::Person,
                   after.isEmpty() ? actorBeforeRole(run.first) : after,
                   firstName ? "known-first-name" : "role-or-apposition-before");
    } else if (sports && !m_knowledge.isStopName(head) && !isCalendarWord(head)
               && (nextToScore(run.first, run.last) || inTeamSlot(run.first, run.last))) {
        // A sports report: an unknown name beside a score or "beat" is a team (or, when the
        // document names a person so, a player: decided below).
        addPattern(run.first, run.last, EntityType::Organization, {}, "team-beside-score");
        found.last().kind = QStringLiteral("team");
    } else if (run.last - run.first >= 2
               && (locationHeads.contains(tokens.at(run.last - 1).key) || headBeforeOf(run))) {
        // "Grand Palace", "Kennedy Airport", "Great Hall of the People": a named facility is a place.
        addPattern(run.first, run.last, EntityType::Location, {}, "facility-head");
        found.last().kind = QStringLiteral("facility");
    } else if (!headline && !onlyTitle && run.last - run.first == 2 && !m_knowledge.isStopName(head)
               && tokens.at(run.first).is(Token::Word) && tokens.at(run.first + 1).is(Token::Word)
               && !tokens.at(run.first).is(Token::AllCaps) && !tokens.at(run.first + 1).is(Token::AllCaps)
               && !notPerson.contains(tokens.at(run.first).key) && !notPerson.contains(tokens.at(run.first + 1).key)
               && (run.first == 0 || tokens.at(run.first - 1).key != QLatin1String("the"))) {
        // Two unknown capitalised words in running text are most often a person's name (not
        // after "the": "the Karsa Circle" is a body or a place).
        addPattern(run.first, run.last, EntityType::Person, appositionActor(run.last), "two-capitalised-words");
    }
}

void NameScan::addPattern(int first, int last, EntityType type, const QString &actor, const char *rule)
{
    if (last <= first) {
        return; // nothing left of the name ("Minister Sofia" where Sofia is the city)
    }
    Mention m;
    m.firstToken = first;
    m.lastToken = last;
    m.start = tokens.at(first).start;
    m.end = tokens.at(last - 1).end;
    m.type = type;
    m.canonical = surface(first, last);
    m.kind = type == EntityType::Person ? QStringLiteral("person") : QStringLiteral("organization");
    m.rule = QLatin1String(rule);
    if (!actor.isEmpty()) {
        m.actor = actor;
        if (type == EntityType::Person) {
            m.affiliation = QStringLiteral("%1: named so in the article").arg(actor);
        }
        m.actorKind = m_knowledge.isState(actor) ? ActorKind::State : ActorKind::Organization;
        m.code = m_knowledge.actorCode(actor);
    }
    for (int k = first; k < last; ++k) {
        if (gazAt.at(k) >= 0) {
            hide[gazAt.at(k)] = true;
        }
    }
    found.append(std::move(m));
}

} // namespace Readout
