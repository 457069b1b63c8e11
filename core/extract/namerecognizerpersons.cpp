// SPDX-License-Identifier: GPL-3.0-or-later
// NameScan's steps that find persons: a title or role before a name, a name's extent, the particles
// inside it.
#include "namerecognizer_p.h"

#include <algorithm>

namespace Readout
{

int NameScan::titledPersonStart(const Run &run, QString *affiliation) const
{
    // Person: a title inside the run followed by plain capitalised words.
    int personFirst = -1;
    for (int j = run.first; j < run.last && personFirst < 0; ++j) {
        QString kind;
        const int len = titleAt(j, run.last, &kind);
        if (len <= 0 || kind == QLatin1String("role") || j + len >= run.last || !tokens.at(j).is(Token::Upper)) {
            continue;
        }
        int p = j + len;
        // "Corps Commander Lt Gen A Sengupta": titles in a row.
        for (int more = titleAt(p, run.last, &kind); more > 0 && p + more < run.last;
             more = titleAt(p, run.last, &kind)) {
            p += more;
        }
        if (!tokens.at(p).is(Token::Upper) && isNameConnector(tokens.at(p).key)) {
            // "Minister for Legal and International Affairs Tomas Ardila": the office's complement,
            // then a name that starts with a known given name.
            for (p = p + 1; p < run.last && !personNameAt(p, run.last); ++p) { }
        } else if (!(tokens.at(p).is(Token::Word) && !m_knowledge.isOrganizationWord(tokens.at(p).key)
                     && (gazAt.at(p) < 0 || givenNamePlace(p, run.last) || placeAfterHonorific(p, run.last)))) {
            p = run.last; // "Sovereign Council": no name starts with an organisation word
        }
        if (p < run.last) {
            personFirst = p;
            // The state or body right before the title ("Chilean Navy Commander"), not one named
            // before another person of the run ("President Ana Ruiz and President Luis Ferro").
            for (int b = j - 1; b >= run.first && affiliation->isEmpty(); --b) {
                const int g = gazAt.at(b);
                const bool joins = tokens.at(b).is(Token::Upper) || tokens.at(b).key == QLatin1String("-");
                if (!joins || (g >= 0 && gazetteer.at(g).type == EntityType::Person)) {
                    break;
                }
                if (g >= 0 && !gazetteer.at(g).actor.isEmpty()) {
                    *affiliation = gazetteer.at(g).actor;
                }
            }
        }
    }
    return personFirst;
}

bool NameScan::placeAfterHonorific(int k, int last) const
{
    // "Mr Vargas", "Dr Lima": after an honorific, a one-word city or region that ends the run is a
    // family name.
    const int g = gazAt.at(k);
    if (g < 0 || k + 1 != last || gazetteer.at(g).firstToken != k || gazetteer.at(g).lastToken != k + 1
        || gazetteer.at(g).type != EntityType::Location || gazetteer.at(g).kind == QLatin1String("country")) {
        return false;
    }
    for (int len = 1; len <= 2 && k - len >= 0; ++len) {
        QString kind;
        if (titleAt(k - len, k, &kind) == len) {
            return kind == QLatin1String("honorific");
        }
    }
    return false;
}

bool NameScan::givenNamePlace(int k, int last) const
{
    // "Vice President Rosario Lucena", "Foreign Minister Santiago Cafiero": a one-word city or region
    // that is a given name, before a capitalised word of no name.
    const int g = gazAt.at(k);
    return g >= 0 && gazetteer.at(g).firstToken == k && gazetteer.at(g).lastToken == k + 1
        && gazetteer.at(g).type == EntityType::Location && gazetteer.at(g).kind != QLatin1String("country")
        && k + 1 < last && gazAt.at(k + 1) < 0 && tokens.at(k + 1).is(Token::Word) && tokens.at(k + 1).is(Token::Upper)
        && !m_knowledge.isOrganizationWord(tokens.at(k + 1).key) && !locationHeads.contains(tokens.at(k + 1).key);
}

bool NameScan::personNameAt(int k, int last) const
{
    // Two to four capitalised words of no name, led by a known given name or joined by a name
    // particle: "Pablo Escudero", "Abdel-Karim al-Mansour".
    int words = 0;
    bool particle = false;
    for (int q = k; q < last; ++q) {
        const Token &t = tokens.at(q);
        QString kind;
        if (t.key == QLatin1String("-") && q > k) {
            continue;
        }
        if (t.is(Token::Word) && !t.is(Token::Upper) && infixes.contains(t.key) && q > k) {
            particle = true;
            continue;
        }
        if (!t.is(Token::Word) || !t.is(Token::Upper) || m_knowledge.isOrganizationWord(t.key)
            || m_knowledge.isStopName(t.key) || titleAt(q, last, &kind) > 0
            || (gazAt.at(q) >= 0 && !afterParticle(q, k))) {
            return false;
        }
        ++words;
    }
    return words >= 2 && words <= 4 && (m_knowledge.isFirstName(tokens.at(k).key) || particle);
}

int NameScan::nameAfterName(const Run &run) const
{
    // "to Peru Pablo Escudero", "Sovereign Council Abdel-Karim al-Mansour": a person's name right
    // after a place or an organisation word in one capitalised run.
    for (int e = run.first + 1; e + 1 < run.last; ++e) {
        const int g = gazAt.at(e - 1);
        const bool after = (g >= 0 && gazetteer.at(g).lastToken == e && gazAt.at(e) != g)
            || (gazAt.at(e - 1) < 0 && m_knowledge.isOrganizationWord(tokens.at(e - 1).key));
        if (after && personNameAt(e, run.last)) {
            return e;
        }
    }
    return -1;
}

void NameScan::addTitledPerson(const Run &run, int personFirst, QString affiliation)
{
    const int last = personNameEnd(run, personFirst);
    // "AEOP President Mohammad Eslami": an unknown acronym before the title is the body the person
    // heads; the acronym given in brackets earlier says which (NameRecognizer::bodiesBeforeTitles).
    QString kind;
    const Token &head = tokens.at(run.first);
    if (run.first + 1 < personFirst && head.is(Token::AllCaps) && gazAt.at(run.first) < 0 && head.end - head.start <= 6
        && !m_knowledge.isStopName(head.key) && titleAt(run.first + 1, personFirst, &kind) > 0) {
        addPattern(run.first, run.first + 1, EntityType::Organization, {}, "unknown-acronym");
    }
    if (affiliation.isEmpty() && run.first >= 2 && tokens.at(run.first - 1).key == QLatin1String("'s")
        && gazAt.at(run.first - 2) >= 0) {
        affiliation = gazetteer.at(gazAt.at(run.first - 2)).actor;
    }
    // "President Quenby Vantor of Finland": the state after the name.
    if (affiliation.isEmpty()) {
        affiliation = ofActorAfter(last);
    }
    if (affiliation.isEmpty()) {
        affiliation = appositionActor(last);
    }
    addPattern(personFirst, last, EntityType::Person, affiliation, "title-then-name");
}

int NameScan::personNameEnd(const Run &run, int personFirst) const
{
    int last = personFirst;
    // "Bashar al-Assad": a lower-case particle with a hyphen continues the name.
    const auto particle = [&](int t) {
        return isNameConnector(tokens.at(t).key) && !tokens.at(t).is(Token::Upper) && t + 2 < run.last
            && tokens.at(t + 1).key == QLatin1String("-");
    };
    while (last < run.last
           && (gazAt.at(last) < 0 || (last > personFirst && (surnameCity(last) || afterParticle(last, personFirst)))
               || (last == personFirst && (givenNamePlace(last, run.last) || placeAfterHonorific(last, run.last))))
           && (particle(last)
               || (last > personFirst && infixesAt(last, run.last) > 0)
               // "Hamad bin Nasser Al Mansoori": a capitalised particle before a family name.
               || (last > personFirst && infixes.contains(tokens.at(last).key) && last + 1 < run.last
                   && tokens.at(last + 1).is(Token::Upper))
               || (last > personFirst && afterParticle(last, personFirst) && tokens.at(last).is(Token::Upper))
               // "Lt Gen A Sengupta": a capital letter after the title is an initial, not "a".
               || ((!m_knowledge.isStopName(tokens.at(last).key)
                    || (last == personFirst && tokens.at(last).key.size() == 1 && last + 1 < run.last
                        && tokens.at(last + 1).is(Token::Upper)))
                   && ((tokens.at(last).is(Token::Word)
                        && (tokens.at(last).is(Token::Upper)
                            || (last > personFirst && tokens.at(last - 1).key == QLatin1String("-"))))
                       || (tokens.at(last).key == QLatin1String("-") && last + 1 < run.last))))) {
        ++last;
    }
    return last;
}

bool NameScan::roleRightBefore(const Run &run, const Sentence &s) const
{
    // A lower-case role right before the run ("envoy Sofia Brandt", "said spokeswoman Ana Ruiz").
    bool roleBefore = false;
    if (run.first > s.firstToken) {
        QString kind;
        for (int b = std::max(s.firstToken, run.first - 3); b < run.first; ++b) {
            bool canBeRole = false;
            if (titleAt(b, run.first, &kind, &canBeRole) == run.first - b && canBeRole
                && !tokens.at(b).is(Token::Upper)) {
                roleBefore = true;
            }
        }
    }
    return roleBefore;
}

bool NameScan::onlyPlainWords(const Run &run, bool roleBefore) const
{
    bool plain = true;
    for (int j = run.first; j < run.last; ++j) {
        const bool givenName =
            j == run.first && givenNamePlace(j, run.last) && (m_knowledge.isFirstName(tokens.at(j).key) || roleBefore);
        // "Haruto Sakai": after a given name, a city that is also a family name.
        const bool familyNameCity =
            j > run.first && m_knowledge.isFirstName(tokens.at(run.first).key) && surnameCity(j);
        if (gazAt.at(j) >= 0 && !givenName && !familyNameCity && !afterParticle(j, run.first)) {
            plain = false;
        }
    }
    return plain;
}

bool NameScan::titleInAppositionBefore(const Run &run, const Sentence &s) const
{
    bool apposition = false;
    if (run.first >= 2 && tokens.at(run.first - 1).key == QLatin1String(",")) {
        QString kind;
        for (int b = std::max(s.firstToken, run.first - 4); b < run.first - 1; ++b) {
            if (titleAt(b, run.first - 1, &kind) == run.first - 1 - b) {
                apposition = true;
            }
        }
    }
    return apposition;
}

bool NameScan::particleInside(const Run &run) const
{
    // "Ursel von der Brake", "Yahya Abdel-Rahim al-Houthi": a name particle between capitalised
    // words makes a person's name of a run that is no organization or place.
    bool particleInside = false;
    for (int j = run.first + 1; j + 1 < run.last; ++j) {
        particleInside = particleInside || (tokens.at(j - 1).is(Token::Upper) && afterParticle(j + 1, run.first));
    }
    return particleInside;
}

} // namespace Readout
