// SPDX-License-Identifier: GPL-3.0-or-later
#include "namerecognizer.h"
#include "cancellation.h"
#include "namerecognizer_p.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <vector>

namespace Readout
{

namespace
{

/// std::sort(mentions, mentionBefore), moving each mention once. std::sort's steps depend only on
/// what the comparisons answer, so sorting the indices makes the very order sorting the mentions
/// did, equal ones included; but it shifts ints rather than mentions of ten strings each, which
/// was 1.8% of the extraction time.
void sortMentions(QVector<Mention> &mentions)
{
    std::vector<int> order(size_t(mentions.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&mentions](int a, int b) {
        return mentionBefore(mentions.at(a), mentions.at(b));
    });
    QVector<Mention> sorted;
    sorted.reserve(mentions.size());
    for (const int i : order) {
        sorted.append(std::move(mentions[i]));
    }
    mentions = std::move(sorted);
}

} // namespace

void NameRecognizer::sameAsFullName(const QVector<Token> &tokens, QVector<Mention> &found)
{
    // "Minister Quenby Vantor" ... "Mr Vantor": a name given once in full is that person when its
    // family name recurs alone, with the full name's canonical form and state.
    // "Andres Manuel Lopez Obrador" ... "Lopez Obrador": so is a compound family name of two words.
    const auto familyOf = [&tokens](const Mention &m, int words) {
        return words == 1 ? tokens.at(m.lastToken - 1).key
                          : tokens.at(m.lastToken - 2).key + QLatin1Char(' ') + tokens.at(m.lastToken - 1).key;
    };
    QHash<QString, int> fullByFamily; // family name -> the first full name ending with it
    for (int i = 0; i < found.size(); ++i) {
        const Mention &m = found.at(i);
        for (int words = 1; words <= 2 && m.type == EntityType::Person; ++words) {
            if (m.lastToken - m.firstToken <= words) {
                break;
            }
            const QString family = familyOf(m, words);
            if (!fullByFamily.contains(family) || found.at(fullByFamily.value(family)).start > m.start) {
                fullByFamily.insert(family, i);
            }
        }
    }
    for (Mention &m : found) {
        const int words = m.lastToken - m.firstToken;
        if (m.type != EntityType::Person || words > 2) {
            continue;
        }
        const auto it = fullByFamily.constFind(familyOf(m, words));
        if (it == fullByFamily.cend() || found.at(*it).start > m.start) {
            continue;
        }
        const Mention &full = found.at(*it);
        m.canonical = full.canonical;
        if (m.actor.isEmpty() && !full.actor.isEmpty()) {
            m.actor = full.actor;
            m.actorKind = full.actorKind;
            m.code = full.code;
            m.affiliation = full.affiliation;
        }
    }
}

void NameRecognizer::acronymsOfOtherThings(const QVector<Token> &tokens,
                                           const QVector<int> &gazAt,
                                           QVector<Mention> &found) const
{
    // "the Grand Renaissance Dam (GRD)", "the Joint Plan of Action (JPOA)": an acronym in brackets
    // after a named facility, or after capitalised words that end in a head of no body (names.json
    // not_body_heads), is no organisation there or where it recurs; after a facility it is that
    // place.
    const int n = int(tokens.size());
    QHash<int, int> endingAt; // last token + 1 -> index in found
    for (int i = 0; i < found.size(); ++i) {
        endingAt.insert(found.at(i).lastToken, i);
    }
    const WordSet &notBodies = m_knowledge.wordSet(QStringLiteral("not_body_heads"));
    // "Joint Plan of Trade", "Line of Actual Control": a head of no body among the capitalised words.
    const auto namesNoBody = [&](int k) {
        for (int j = k - 1;
             j >= 0 && j >= k - 8 && (tokens.at(j).is(Token::Upper) || tokens.at(j).key == QLatin1String("of"));
             --j) {
            if (notBodies.contains(tokens.at(j).key)) {
                return true;
            }
        }
        return false;
    };
    QHash<QString, int> other; // acronym -> the place it was given for, or -1
    for (int k = 1; k + 2 < n; ++k) {
        if (tokens.at(k).key != QLatin1String("(") || !tokens.at(k + 1).is(Token::AllCaps)
            || tokens.at(k + 2).key != QLatin1String(")") || gazAt.at(k + 1) >= 0
            || !tokens.at(k - 1).is(Token::Upper)) {
            continue;
        }
        const auto before = endingAt.constFind(k);
        if (before == endingAt.cend() && !m_knowledge.isOrganizationWord(tokens.at(k - 1).key) && namesNoBody(k)) {
            other.insert(tokens.at(k + 1).key, -1); // "Plan of Action": words that name no body
        } else if (before != endingAt.cend() && found.at(*before).kind == QLatin1String("facility")) {
            other.insert(tokens.at(k + 1).key, *before);
        }
    }
    if (other.isEmpty()) {
        return;
    }
    QVector<Mention> kept;
    kept.reserve(found.size());
    for (const Mention &m : std::as_const(found)) {
        const auto it = other.constFind(tokens.at(m.firstToken).key);
        if (it == other.cend() || m.rule != QLatin1String("unknown-acronym") || m.lastToken - m.firstToken != 1) {
            kept.append(m);
        } else if (*it >= 0) {
            Mention place = found.at(*it);
            place.firstToken = m.firstToken;
            place.lastToken = m.lastToken;
            place.start = m.start;
            place.end = m.end;
            place.rule = QStringLiteral("acronym-given-earlier");
            kept.append(std::move(place));
        }
    }
    found = std::move(kept);
}

void NameRecognizer::bodiesBeforeTitles(const QString &text, const QVector<Token> &tokens, QVector<Mention> &found)
{
    // "Atomic Energy Organization of Peru (AEOP) ... AEOP President Mohammad Eslami": a person
    // titled right after a body that stands for a state or an organisation stands for it too.
    constexpr int LongestTitle = 3; // "Deputy Foreign Minister"
    sortMentions(found);
    for (int i = 1; i < found.size(); ++i) {
        Mention &person = found[i];
        if (person.type != EntityType::Person || !person.actor.isEmpty()) {
            continue;
        }
        for (int j = i - 1; j >= 0 && found.at(j).lastToken >= person.firstToken - LongestTitle; --j) {
            const Mention &body = found.at(j);
            const bool titlesBetween = body.lastToken < person.firstToken
                && std::all_of(tokens.cbegin() + body.lastToken,
                               tokens.cbegin() + person.firstToken,
                               [](const Token &t) {
                                   return t.is(Token::Word) && t.is(Token::Upper);
                               });
            if (body.type == EntityType::Organization && !body.actor.isEmpty() && body.kind != QLatin1String("media")
                && titlesBetween) {
                person.actor = body.actor;
                person.actorKind = body.actorKind;
                person.code = body.code;
                person.affiliation = QStringLiteral("%1: \u201c%2\u201d in the article")
                                         .arg(body.actor, text.mid(body.start, person.end - body.start));
                break;
            }
        }
    }
}

void NameRecognizer::acronymsInBrackets(const QVector<Token> &tokens,
                                        const QVector<int> &gazAt,
                                        QVector<Mention> &found)
{
    // "Velmora Trade Council (VTC)": the acronym in brackets after an organization names it, there
    // (one mention, not a second one beside the unknown acronym's) and wherever it recurs alone.
    const int n = int(tokens.size());
    QHash<int, int> atToken; // first token -> index in found
    for (int i = 0; i < found.size(); ++i) {
        atToken.insert(found.at(i).firstToken, i);
    }
    QHash<QString, int> named; // acronym -> the organization it was given for
    for (int i = 0, count = int(found.size()); i < count; ++i) {
        const int k = found.at(i).lastToken;
        if (found.at(i).type != EntityType::Organization || k + 2 >= n || tokens.at(k).key != QLatin1String("(")
            || !tokens.at(k + 1).is(Token::AllCaps) || tokens.at(k + 2).key != QLatin1String(")")
            || gazAt.at(k + 1) >= 0) {
            continue;
        }
        Mention m = found.at(i); // a copy: found may grow below
        m.firstToken = k + 1;
        m.lastToken = k + 2;
        m.start = tokens.at(k + 1).start;
        m.end = tokens.at(k + 1).end;
        m.rule = QStringLiteral("acronym-in-brackets");
        named.insert(tokens.at(k + 1).key, i);
        const auto there = atToken.constFind(k + 1);
        if (there != atToken.cend() && found.at(*there).lastToken == k + 2) {
            found[*there] = std::move(m);
        } else {
            found.append(std::move(m));
        }
    }
    for (Mention &m : found) {
        const auto it = named.constFind(tokens.at(m.firstToken).key);
        if (it == named.cend() || m.lastToken - m.firstToken != 1 || m.type != EntityType::Organization
            || m.rule != QLatin1String("unknown-acronym") || m.start < found.at(*it).start) {
            continue;
        }
        const Mention &org = found.at(*it);
        m.canonical = org.canonical;
        m.actor = org.actor;
        m.actorKind = org.actorKind;
        m.code = org.code;
        m.rule = QStringLiteral("acronym-given-earlier");
    }
}

QHash<QString, const Mention *> NameScan::knownNames() const
{
    QHash<QString, const Mention *> known;
    for (const Mention &m : std::as_const(gazetteer)) {
        if (m.type == EntityType::Person) {
            known.insert(tokens.at(m.lastToken - 1).key, &m);
        }
    }
    for (const Mention &m : std::as_const(found)) {
        if (m.type == EntityType::Person) {
            known.insert(m.canonical, &m);
            known.insert(tokens.at(m.lastToken - 1).key, &m);
            // "Xi Jinping" ... "Xi": a first word that is no given name is the family name.
            const QString &head = tokens.at(m.firstToken).key;
            // Not an initial ("A Sengupta" ... "A meeting").
            if (m.lastToken - m.firstToken >= 2 && !m_knowledge.isFirstName(head) && !known.contains(head)
                && head.size() > 1 && !m_knowledge.isStopName(head)) {
                known.insert(head, &m);
            }
        } else {
            known.insert(m.canonical, &m);
            const bool carried = m.kind == QLatin1String("team") || m.kind == QLatin1String("media");
            if (carried && m.lastToken - m.firstToken == 1 && !known.contains(tokens.at(m.firstToken).key)) {
                known.insert(tokens.at(m.firstToken).key, &m); // looked up by token key below
            }
        }
    }
    return known;
}

bool NameScan::placeSlot(int k) const
{
    // "WIGAN , England 1996-08-31": a dateline's place; "FLORIDA AT CINCINNATI", "a hero in Turin":
    // where, not who.
    bool dateline = false;
    for (int j = k + 1; j < n && j <= k + 4 && tokens.at(k).is(Token::AllCaps) && !dateline; ++j) {
        dateline = startsDate(j) || (tokens.at(j).is(Token::Number) && tokens.at(j).key.size() == 4);
    }
    const QString before = k > 0 ? tokens.at(k - 1).key : QString();
    return dateline || before == QLatin1String("at") || before == QLatin1String("in");
}

QVector<bool> NameScan::coveredByFound() const
{
    QVector<bool> covered(n, false);
    for (const Mention &m : std::as_const(found)) {
        std::fill(covered.begin() + m.firstToken, covered.begin() + m.lastToken, true);
    }
    return covered;
}

bool NameScan::familyNamePlaceAgain(int k, const Mention &person) const
{
    // "Neil Jordan ... Jordan says": the family name the article gave a person in full, where it is a
    // place's name too, is that person again, though not where a place goes ("in Jordan", "to
    // Jordan").
    const int g = gazAt.at(k);
    const QString before = k > 0 ? tokens.at(k - 1).key : QString();
    return person.type == EntityType::Person && person.lastToken - person.firstToken >= 2
        && gazAt.at(person.lastToken - 1) >= 0 && gazetteer.at(g).firstToken == k && gazetteer.at(g).lastToken == k + 1
        && !placeSlot(k) && !placePrepositions.contains(before) && before != QLatin1String("'s");
}

QVector<Mention> NameScan::sameNamesAgain(const QHash<QString, const Mention *> &known)
{
    const QVector<bool> covered = coveredByFound();
    QVector<Mention> extra;
    for (int k = 0; k < n; ++k) {
        if (covered.at(k) || !tokens.at(k).is(Token::Upper)) {
            continue;
        }
        const auto it = known.constFind(tokens.at(k).key);
        if (it == known.cend() || (gazAt.at(k) >= 0 && !familyNamePlaceAgain(k, *it.value()))) {
            continue;
        }
        if (gazAt.at(k) >= 0) {
            hide[gazAt.at(k)] = true;
        }
        // "Leicestershire beat Surrey ... Surrey closed on 429": a team named once stays the team;
        // "the news agency Tanjug ... Tanjug said": so does an outlet.
        const bool oneWord = it.value()->lastToken - it.value()->firstToken == 1;
        const bool team = it.value()->kind == QLatin1String("team") && oneWord;
        const bool outlet = it.value()->kind == QLatin1String("media") && oneWord;
        if ((it.value()->type == EntityType::Person || outlet || (team && !placeSlot(k)))
            && !weekdays.contains(tokens.at(k).key)) {
            Mention m = *it.value();
            m.firstToken = k;
            m.lastToken = k + 1;
            m.start = tokens.at(k).start;
            m.end = tokens.at(k).end;
            m.canonical = it.value()->canonical;
            m.rule = team ? QStringLiteral("same-team-in-report")
                : outlet  ? QStringLiteral("same-organization-in-article")
                          : QStringLiteral("same-name-earlier-in-article");
            extra.append(std::move(m));
        }
    }
    return extra;
}

void NameScan::outletsNamedAsPeople()
{
    // "the daily Zycie Warszawy said ... Zycie Warszawy said": two unknown words that read as a
    // person's name are the outlet the report named so.
    const auto keysOf = [this](const Mention &m) {
        QStringList keys;
        for (int k = m.firstToken; k < m.lastToken; ++k) {
            keys.append(tokens.at(k).key);
        }
        return keys.join(QLatin1Char(' '));
    };
    QHash<QString, Mention> outlets; // the words of each outlet of two words or more -> the outlet
    for (const Mention &outlet : std::as_const(found)) {
        if (outlet.kind == QLatin1String("media") && outlet.lastToken - outlet.firstToken >= 2) {
            outlets.insert(keysOf(outlet), outlet);
        }
    }
    for (Mention &m : found) {
        if (outlets.isEmpty() || m.type != EntityType::Person || m.lastToken - m.firstToken < 2) {
            continue;
        }
        const auto it = outlets.constFind(keysOf(m));
        if (it != outlets.cend()) {
            Mention same = *it;
            same.firstToken = m.firstToken;
            same.lastToken = m.lastToken;
            same.start = m.start;
            same.end = m.end;
            same.rule = QStringLiteral("same-organization-in-article");
            m = std::move(same);
        }
    }
}

void NameScan::teamsNamedAsPeople(const QHash<QString, const Mention *> &known)
{
    // "Gough 3-45" in a results line is the player the report named "Darren Gough", not a team.
    for (Mention &m : found) {
        if (m.kind == QLatin1String("team") && m.lastToken - m.firstToken == 1) {
            const auto it = known.constFind(tokens.at(m.firstToken).key);
            if (it != known.cend() && it.value()->type == EntityType::Person) {
                m.type = EntityType::Person;
                m.kind = QStringLiteral("person");
                m.canonical = it.value()->canonical;
            }
        }
    }
}

bool NameScan::companyWord(int k) const
{
    const QString &key = tokens.at(k).key;
    QString titleKind;
    if (!tokens.at(k).is(Token::Upper) || key.size() < 3 || gazAt.at(k) >= 0 || m_knowledge.isFirstName(key)
        || m_knowledge.isStopName(key) || m_knowledge.isFunctionWord(key) || m_knowledge.isOrganizationWord(key)
        || isCalendarWord(key) || titleAt(k, k + 1, &titleKind) > 0) {
        return false;
    }
    return !writtenInLowerCase(key); // "General Motors Corp" ... "general": an ordinary word
}

QVector<Mention> NameScan::shortFormsOfCompanies() const
{
    // The forms each company named with its legal form may take alone, by their first word's key.
    struct Form {
        int first = 0; // the full mention's tokens the form repeats: [first, last)
        int last = 0;
        const Mention *company = nullptr;
    };
    QHash<QString, QVector<Form>> byFirstWord;
    for (const Mention &m : std::as_const(found)) {
        if (m.type != EntityType::Organization || m.lastToken - m.firstToken < 2
            || !m_knowledge.isOrganizationSuffix(tokens.at(m.lastToken - 1).key)) {
            continue;
        }
        int end = m.lastToken - 1; // "Douglas & Lomason Co" -> "Douglas & Lomason"
        while (end > m.firstToken && tokens.at(end - 1).is(Token::Punct)) {
            --end;
        }
        const int first = m.firstToken;
        if (end - first >= 2) {
            byFirstWord[tokens.at(first).key].append({first, end, &m});
        }
        // "Boatmen 's Bancshares Inc" -> "Boatmen 's"; "NationsBank Corp" -> "NationsBank".
        const bool possessive = first + 1 < end && tokens.at(first + 1).key == QLatin1String("'s");
        const int head = possessive ? first + 2 : first + 1;
        if ((head < end || end - first == 1) && companyWord(first)) {
            byFirstWord[tokens.at(first).key].append({first, head, &m});
        }
    }
    if (byFirstWord.isEmpty()) {
        return {};
    }
    QVector<bool> covered = coveredByFound();
    QVector<Mention> extra;
    for (int k = 0; k < n; ++k) {
        const auto it = byFirstWord.constFind(tokens.at(k).key);
        if (covered.at(k) || !tokens.at(k).is(Token::Upper) || it == byFirstWord.cend()) {
            continue;
        }
        for (const Form &form : *it) { // the longer form first: it was added first
            const int len = form.last - form.first;
            bool same = k + len <= n;
            for (int j = 0; same && j < len; ++j) {
                same = !covered.at(k + j) && tokens.at(k + j).key == tokens.at(form.first + j).key;
            }
            // "Magna Carta": a first word before another capitalised word is some other name.
            if (!same || (len == 1 && k + 1 < n && tokens.at(k + 1).is(Token::Upper))) {
                continue;
            }
            Mention m = *form.company;
            m.firstToken = k;
            m.lastToken = k + len;
            m.start = tokens.at(k).start;
            m.end = tokens.at(k + len - 1).end;
            m.rule = QStringLiteral("company-named-before");
            std::fill(covered.begin() + k, covered.begin() + k + len, true);
            extra.append(std::move(m));
            break;
        }
    }
    return extra;
}

NameRecognizer::NameRecognizer(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QVector<Mention>
NameRecognizer::recognize(const QString &text, const Segmentation &seg, QVector<Mention> gazetteer) const
{
    // The steps share one pass state (namerecognizer_p.h): the gazetteer mention at each token, the
    // lists they read and the mentions found so far.
    NameScan scan(m_knowledge, text, seg, gazetteer);
    for (const Sentence &s : seg.sentences) {
        if (CancellationScope::requested()) {
            return {}; // Pipeline::run() reports the cancel
        }
        scan.scanSentence(s);
    }

    // Document consistency: later bare surnames and repeated names take the type found once. A
    // weekday is never carried over ("... said Friday" stays a date everywhere).
    const QHash<QString, const Mention *> known = scan.knownNames();
    sameAsFullName(seg.tokens, scan.found);
    QVector<Mention> extra = scan.sameNamesAgain(known);
    // known points into found: what uses it runs before found grows.
    scan.teamsNamedAsPeople(known);
    scan.outletsNamedAsPeople();
    std::move(extra.begin(), extra.end(), std::back_inserter(scan.found));
    const QVector<Mention> companies = scan.shortFormsOfCompanies();
    scan.found.append(companies);

    acronymsInBrackets(seg.tokens, scan.gazAt, scan.found);
    acronymsOfOtherThings(seg.tokens, scan.gazAt, scan.found);
    bodiesBeforeTitles(text, seg.tokens, scan.found);

    for (int m = 0; m < gazetteer.size(); ++m) {
        gazetteer[m].hidden = scan.hide.at(m);
    }
    std::move(gazetteer.begin(), gazetteer.end(), std::back_inserter(scan.found));
    sortMentions(scan.found);
    return std::move(scan.found);
}

} // namespace Readout
