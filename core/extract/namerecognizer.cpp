// SPDX-License-Identifier: GPL-3.0-or-later
#include "namerecognizer.h"
#include "cancellation.h"

#include "../knowledge/tokentrie.h"
#include "../knowledge/wordset.h"

#include <algorithm>
#include <iterator>

namespace Readout
{

namespace
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

struct Run {
    int first = 0;
    int last = 0; // exclusive
};

} // namespace

void NameRecognizer::sameAsFullName(const QVector<Token> &tokens, QVector<Mention> &found)
{
    // "Minister Quenby Vantor" ... "Mr Vantor": a name given once in full is that person when its
    // family name recurs alone, with the full name's canonical form and state.
    QHash<QString, int> fullByFamily; // family name -> the first full name ending with it
    for (int i = 0; i < found.size(); ++i) {
        const Mention &m = found.at(i);
        if (m.type == EntityType::Person && m.lastToken - m.firstToken >= 2) {
            const QString &family = tokens.at(m.lastToken - 1).key;
            if (!fullByFamily.contains(family) || found.at(fullByFamily.value(family)).start > m.start) {
                fullByFamily.insert(family, i);
            }
        }
    }
    for (Mention &m : found) {
        if (m.type != EntityType::Person || m.lastToken - m.firstToken != 1) {
            continue;
        }
        const auto it = fullByFamily.constFind(tokens.at(m.firstToken).key);
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

NameRecognizer::NameRecognizer(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QVector<Mention>
NameRecognizer::recognize(const QString &text, const Segmentation &seg, QVector<Mention> gazetteer) const
{
    const QSet<QString> weekdays = m_knowledge.numberKeys(QStringLiteral("weekdays"));
    const auto &tokens = seg.tokens;
    const int n = int(tokens.size());
    QVector<int> gazAt(n, -1); // token -> gazetteer mention index
    for (int m = 0; m < gazetteer.size(); ++m) {
        for (int k = gazetteer.at(m).firstToken; k < gazetteer.at(m).lastToken; ++k) {
            gazAt[k] = m;
        }
    }
    auto surface = [&](int first, int last) {
        return text.mid(tokens.at(first).start, tokens.at(last - 1).end - tokens.at(first).start);
    };
    auto isCap = [&](int k) {
        return tokens.at(k).is(Token::Upper) || gazAt.at(k) >= 0;
    };
    // Longest title at k; *kind is "role" only when the title is nothing but a role noun, and
    // *canBeRole says whether it can also be one ("envoy" is an office and a role).
    bool canBeRole = false;
    auto titleAt = [&](int k, int limit, QString *kind) {
        const QVector<int> *values = nullptr;
        const int len = m_knowledge.titles().longestMatch(
            k,
            limit,
            [&](int i) -> const QString & {
                return tokens.at(i).key;
            },
            &values);
        canBeRole = false;
        if (len > 0) {
            *kind = QStringLiteral("role");
            for (int v : *values) {
                const QString k2 = m_knowledge.titleKind(v);
                if (k2 == QLatin1String("role")) {
                    canBeRole = true;
                } else {
                    *kind = k2;
                }
            }
        }
        return len;
    };
    // "Quenby Vantor, the Finnish foreign minister,": the state an apposition after a name gives.
    auto appositionActor = [&](int after) -> QString {
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
    };

    // "British negotiator Ana Ruiz", "Iran's top negotiator Ali Karimi", "the EU's chief Brexit
    // negotiator X": a state or organisation, an optional "'s" and at most two words (no stop word)
    // before a lower-case title right before the name; its actor.
    auto actorBeforeRole = [&](int first) -> QString {
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
    };
    // "President Quenby Vantor of Finland", "leader Ana Ruiz of the National Front": the actor after
    // the name that ends before `after`.
    auto ofActorAfter = [&](int after) -> QString {
        int owner = after + 1 < n && tokens.at(after).key == QLatin1String("of") ? after + 1 : -1;
        if (owner >= 0 && owner + 1 < n && tokens.at(owner).key == QLatin1String("the")) {
            ++owner;
        }
        return owner >= 0 && gazAt.at(owner) >= 0 && gazetteer.at(gazAt.at(owner)).actorKind != ActorKind::None
            ? gazetteer.at(gazAt.at(owner)).actor
            : QString();
    };
    // "Director General of the WHO (WHO) Rosa Tello", "President of Chad Ali Deby": a title, "of", a
    // state or organisation and an optional bracketed acronym right before a name; its actor.
    auto titleOfActor = [&](int first) -> QString {
        int j = first - 1;
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
            if (tokens.at(b).is(Token::Upper) && titleAt(b, of, &kind) == of - b) {
                return owner.actor;
            }
        }
        return {};
    };

    // A weekday, or a month name before a day number, inside a capitalised run begins a date.
    auto startsDate = [&](int k) {
        const QString &key = tokens.at(k).key;
        if (weekdays.contains(key)) {
            return true;
        }
        if (m_knowledge.number(QStringLiteral("months"), key) <= 0) {
            return false;
        }
        const int day = k + 1 < n && tokens.at(k + 1).key == QLatin1String(".") ? k + 2 : k + 1;
        return day < n && tokens.at(day).is(Token::Number) && tokens.at(day).key.size() <= 2;
    };
    // "Ban Ki-moon", "Moon Jae-in": a short syllable, a hyphen and a short lower-case syllable end a
    // name of two words or more ("Saudi-led", "Hong Kong-based" and "X-backed" do not).
    const WordSet &patrons = m_knowledge.wordSet(QStringLiteral("patron_participles"));
    // "bin", "da", "von der": one or two lower-case name infixes (names.json) before a capitalised
    // word, inside a person's name; how many, or 0.
    const WordSet &infixes = m_knowledge.wordSet(QStringLiteral("name_infixes"));
    const WordSet &notPerson = m_knowledge.wordSet(QStringLiteral("not_person_words"));
    auto infixesAt = [&](int k, int end) {
        int n = 0;
        while (n < 2 && k + n < end && tokens.at(k + n).is(Token::Word) && !tokens.at(k + n).is(Token::Upper)
               && infixes.contains(tokens.at(k + n).key)) {
            ++n;
        }
        return n > 0 && k + n < end && tokens.at(k + n).is(Token::Upper) && tokens.at(k + n).is(Token::Word) ? n : 0;
    };
    // The part after an infix or after "al-": inside the name, whatever else it names alone
    // ("al-Houthi", "bin Salman").
    auto afterParticle = [&](int k, int first) {
        if (k - 1 < first) {
            return false;
        }
        const QString &before = tokens.at(k - 1).key;
        if (!tokens.at(k - 1).is(Token::Upper) && infixes.contains(before)) {
            return true;
        }
        return before == QLatin1String("-") && k - 2 >= first && !tokens.at(k - 2).is(Token::Upper)
            && isNameConnector(tokens.at(k - 2).key);
    };
    auto givenNameTail = [&](const Run &run, int end) {
        const int h = run.last;
        if (run.last - run.first < 2 || h + 1 >= end || gazAt.at(h - 1) >= 0) {
            return false;
        }
        const Token &dash = tokens.at(h);
        const Token &tail = tokens.at(h + 1);
        return dash.key == QLatin1String("-") && !dash.is(Token::SpaceBefore) && !tail.is(Token::SpaceBefore)
            && tail.is(Token::Word) && !tail.is(Token::Upper) && tokens.at(h - 1).key.size() <= 5
            && tail.key.size() <= 4 && !patrons.contains(tail.key);
    };
    auto countryAt = [&](int k) {
        return gazAt.at(k) >= 0 && gazetteer.at(gazAt.at(k)).kind == QLatin1String("country");
    };
    // A listed state or organisation (an actor) whose name ends, or starts, at token k.
    auto actorEndsAt = [&](int k) {
        return k >= 0 && gazAt.at(k) >= 0 && gazetteer.at(gazAt.at(k)).lastToken == k + 1
            && gazetteer.at(gazAt.at(k)).actorKind != ActorKind::None;
    };
    auto actorStartsAt = [&](int k, int end) {
        return k < end && gazAt.at(k) >= 0 && gazetteer.at(gazAt.at(k)).firstToken == k
            && gazetteer.at(gazAt.at(k)).actorKind != ActorKind::None;
    };
    QVector<Mention> found;
    QVector<bool> hide(gazetteer.size(), false);
    const auto &timeZones = m_knowledge.wordSet(QStringLiteral("time_zones"));
    auto isCalendarWord = [this, &timeZones](const QString &key) {
        return m_knowledge.number(QStringLiteral("months"), key) > 0
            || m_knowledge.number(QStringLiteral("weekdays"), key) > 0 || timeZones.contains(key);
    };

    // Sports reports name teams after places ("Leicestershire beat Somerset", "Bayern 2 Hamburg 1").
    const auto &sportsCues = m_knowledge.wordSet(QStringLiteral("sports_cues"));
    const auto &teamCues = m_knowledge.wordSet(QStringLiteral("team_cues"));
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
    const bool sports = cuesSeen.size() >= 3 || scores >= 2;
    auto nextToScore = [&](int first, int last) {
        // A score or points ("Somerset 4", "Bayern 2"), not a year or a dateline date.
        const bool numberAfter = last < n && tokens.at(last).is(Token::Number) && tokens.at(last).key.size() <= 3;
        const bool cueAfter = last < n && teamCues.contains(tokens.at(last).key);
        const bool cueBefore = first > 0 && teamCues.contains(tokens.at(first - 1).key);
        return numberAfter || cueAfter || cueBefore;
    };

    auto addPattern = [&](int first, int last, EntityType type, const QString &actor, const char *rule) {
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
    };

    // A one-word city (not a capital, country or region) can be a family name inside a person's name.
    auto surnameCity = [&](int k) {
        if (gazAt.at(k) < 0) {
            return false;
        }
        const Mention &g = gazetteer.at(gazAt.at(k));
        return g.firstToken == k && g.lastToken == k + 1 && g.type == EntityType::Location
            && g.kind == QLatin1String("city");
    };

    const auto &locationHeads = m_knowledge.wordSet(QStringLiteral("location_heads"));
    const auto &compassWords = m_knowledge.wordSet(QStringLiteral("place_modifiers"));
    auto head0 = [&tokens](const Run &r) -> const QString & {
        return tokens.at(r.first).key;
    };
    for (const Sentence &s : seg.sentences) {
        if (CancellationScope::requested()) {
            return {}; // Pipeline::run() reports the cancel
        }
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
        const bool headline = capitalisedFunctionWord && words >= 4 && capitalised * 10 >= words * 8;
        int allCapsWords = 0;
        for (int k = s.firstToken; k < s.lastToken; ++k) {
            allCapsWords += tokens.at(k).is(Token::AllCaps) ? 1 : 0;
        }
        const bool allCapsSentence = allCapsWords * 2 >= words;
        int k = s.firstToken;
        while (k < s.lastToken) {
            if (!isCap(k)) {
                ++k;
                continue;
            }
            // Maximal capitalised run, with connectors and hyphens inside.
            Run run{k, k + 1};
            while (run.last < s.lastToken) {
                const Token &t = tokens.at(run.last);
                if (startsDate(run.last)) {
                    break; // "met with Sununu Sunday", "Through Oct. 19": the name ends before the date
                }
                if (isCap(run.last) && (t.is(Token::Word) || t.is(Token::Number))) {
                    ++run.last;
                } else if (t.key == QLatin1String("-") && !t.is(Token::SpaceBefore) && run.last + 1 < s.lastToken
                           && !tokens.at(run.last + 1).is(Token::SpaceBefore) && isCap(run.last + 1)) {
                    run.last += 2;
                } else if (givenNameTail(run, s.lastToken)) {
                    run.last += 2; // "Ban Ki-moon", "Moon Jae-in"
                } else if (const int n = run.last > run.first && tokens.at(run.last - 1).is(Token::Upper)
                               ? infixesAt(run.last, s.lastToken)
                               : 0;
                           n > 0 && !startsDate(run.last + n)) {
                    run.last += n + 1; // "Khalid bin Rashed", "Ursel von der Brake"
                } else if (isNameConnector(t.key) && t.is(Token::Word) && !t.is(Token::Upper)
                           && run.last + 2 < s.lastToken && tokens.at(run.last + 1).key == QLatin1String("-")
                           && !tokens.at(run.last + 1).is(Token::SpaceBefore) && isCap(run.last + 2)) {
                    run.last += 3; // "Nabil al-Karimi"
                } else if (t.key == QLatin1String("and") && gazAt.at(run.last) < 0
                           && (countryAt(run.last - 1)
                               || (run.last + 1 < s.lastToken && countryAt(run.last + 1)
                                   && gazetteer.at(gazAt.at(run.last + 1)).firstToken == run.last + 1)
                               || (actorEndsAt(run.last - 1) && actorStartsAt(run.last + 1, s.lastToken)))) {
                    // "Chile and Kemal Arslan", "Lars Dahl and Iceland": a country ends or starts a run;
                    // "Hamas and Islamic Jihad": two listed parties are two names.
                    break;
                } else if (isNameConnector(t.key) && run.last + 1 < s.lastToken && isCap(run.last + 1)
                           && t.is(Token::Word) && !t.is(Token::Upper) && !startsDate(run.last + 1)) {
                    // "Commission on Human Rights", but "Jose Marti on Friday" and "Ana Ruiz on March 18" end before
                    // "on".
                    run.last += 2;
                } else {
                    break;
                }
            }
            k = run.last;
            // Sentence-initial function words are not names.
            while (run.first < run.last && gazAt.at(run.first) < 0
                   && m_knowledge.isStopName(tokens.at(run.first).key)) {
                ++run.first;
            }
            // Strip trailing connectors.
            while (run.last > run.first && isNameConnector(tokens.at(run.last - 1).key)) {
                --run.last;
            }
            if (run.first >= run.last) {
                continue;
            }
            // A listed holiday that is the whole run ("found Thanksgiving Day") is a date, not a name.
            if (gazAt.at(run.first) < 0) {
                const QVector<int> *holiday = nullptr;
                const int length = m_knowledge.holidays().longestMatch(
                    run.first,
                    run.last,
                    [&](int i) -> const QString & {
                        return tokens.at(i).key;
                    },
                    &holiday);
                if (length == run.last - run.first) {
                    continue;
                }
            }

            // In a sports report a city or region beside a score or "beat" is the team named after it.
            if (sports && gazAt.at(run.first) >= 0 && gazetteer.at(gazAt.at(run.first)).firstToken == run.first
                && gazetteer.at(gazAt.at(run.first)).lastToken == run.last
                && gazetteer.at(gazAt.at(run.first)).type == EntityType::Location
                && gazetteer.at(gazAt.at(run.first)).kind != QLatin1String("country")
                && nextToScore(run.first, run.last)) {
                addPattern(run.first, run.last, EntityType::Organization, {}, "place-as-team");
                continue;
            }
            // An unknown acronym in running text ("the KDP said") is an organization.
            if (!allCapsSentence && run.last - run.first == 1 && gazAt.at(run.first) < 0
                && tokens.at(run.first).is(Token::AllCaps) && tokens.at(run.first).end - tokens.at(run.first).start <= 5
                && !isCalendarWord(head0(run)) && !m_knowledge.isStopName(head0(run))) {
                addPattern(run.first, run.last, EntityType::Organization, {}, "unknown-acronym");
                continue;
            }
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
                        && !compassWords.contains(tokens.at(j).key);
                }
                if (plainBefore && !headline) {
                    addPattern(run.first, run.last, EntityType::Organization, {}, "plain-words-before-place");
                    continue;
                }
            }
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
                    const bool beforeOf = j + 1 < run.last && tokens.at(j + 1).key == QLatin1String("of");
                    if (lastWord || beforeOf) {
                        orgHead = j;
                    }
                }
            }
            // Person: a title inside the run followed by plain capitalised words.
            int personFirst = -1;
            QString affiliation;
            for (int j = run.first; j < run.last && personFirst < 0; ++j) {
                QString kind;
                const int len = titleAt(j, run.last, &kind);
                if (len > 0 && kind != QLatin1String("role") && j + len < run.last && tokens.at(j).is(Token::Upper)
                    && gazAt.at(j + len) < 0 && tokens.at(j + len).is(Token::Word)) {
                    personFirst = j + len;
                    for (int b = run.first; b < j; ++b) {
                        if (gazAt.at(b) >= 0 && !gazetteer.at(gazAt.at(b)).actor.isEmpty()) {
                            affiliation = gazetteer.at(gazAt.at(b)).actor;
                        }
                    }
                }
            }
            // A lone organization word ("Police said", "Division") names no organization.
            if (orgHead >= 0 && run.last - run.first == 1) {
                orgHead = -1;
            }
            if (orgHead >= 0 && personFirst < 0) {
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
                // "Pakistan Point News" is an outlet, not the state it is named after.
                const bool media =
                    m_knowledge.wordSet(QStringLiteral("media_heads")).contains(tokens.at(run.last - 1).key);
                if (media) {
                    actor.clear();
                }
                // A possessive state right before: "the White House's National Security Council".
                if (actor.isEmpty() && run.first >= 2 && tokens.at(run.first - 1).key == QLatin1String("'s")
                    && gazAt.at(run.first - 2) >= 0) {
                    const Mention &owner = gazetteer.at(gazAt.at(run.first - 2));
                    if (owner.actorKind == ActorKind::State) {
                        actor = owner.actor;
                    }
                }
                addPattern(run.first, run.last, EntityType::Organization, actor, "organization-word");
                if (media) {
                    found.last().kind = QStringLiteral("media");
                }
                continue;
            }
            // In a title-case headline "Top Envoy Returns To ..." is no name: there a title must be
            // followed by a known given name.
            if (personFirst >= 0 && headline && !m_knowledge.isFirstName(tokens.at(personFirst).key)) {
                personFirst = -1;
            }
            if (personFirst >= 0) {
                int last = personFirst;
                // "Bashar al-Assad": a lower-case particle with a hyphen continues the name.
                const auto particle = [&](int t) {
                    return isNameConnector(tokens.at(t).key) && !tokens.at(t).is(Token::Upper) && t + 2 < run.last
                        && tokens.at(t + 1).key == QLatin1String("-");
                };
                while (
                    last < run.last
                    && (gazAt.at(last) < 0
                        || (last > personFirst && (surnameCity(last) || afterParticle(last, personFirst))))
                    && (particle(last)
                        || (last > personFirst && infixesAt(last, run.last) > 0)
                        // "Hamad bin Nasser Al Mansoori": a capitalised particle before a family name.
                        || (last > personFirst && infixes.contains(tokens.at(last).key) && last + 1 < run.last
                            && tokens.at(last + 1).is(Token::Upper))
                        || (last > personFirst && afterParticle(last, personFirst) && tokens.at(last).is(Token::Upper))
                        || (!m_knowledge.isStopName(tokens.at(last).key)
                            && ((tokens.at(last).is(Token::Word)
                                 && (tokens.at(last).is(Token::Upper)
                                     || (last > personFirst && tokens.at(last - 1).key == QLatin1String("-"))))
                                || (tokens.at(last).key == QLatin1String("-") && last + 1 < run.last))))) {
                    ++last;
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
                continue;
            }
            // Plain runs without gazetteer names: a first name, or a role noun in apposition. A place
            // that is also a given name ("Sofia", "Florence") starts a name when plain words follow.
            // A lower-case role right before the run ("envoy Sofia Brandt", "said spokeswoman Ana Ruiz").
            bool roleBefore = false;
            if (run.first > s.firstToken) {
                QString kind;
                for (int b = std::max(s.firstToken, run.first - 3); b < run.first; ++b) {
                    if (titleAt(b, run.first, &kind) == run.first - b && canBeRole && !tokens.at(b).is(Token::Upper)) {
                        roleBefore = true;
                    }
                }
            }
            bool plain = true;
            for (int j = run.first; j < run.last; ++j) {
                const bool givenNamePlace = j == run.first && gazAt.at(j) >= 0 && run.last - run.first >= 2
                    && gazetteer.at(gazAt.at(j)).lastToken == j + 1
                    && gazetteer.at(gazAt.at(j)).type == EntityType::Location
                    && gazetteer.at(gazAt.at(j)).kind != QLatin1String("country")
                    && (m_knowledge.isFirstName(tokens.at(j).key) || roleBefore) && gazAt.at(j + 1) < 0;
                // "Haruto Sakai": after a given name, a city that is also a family name.
                const bool familyNameCity =
                    j > run.first && m_knowledge.isFirstName(tokens.at(run.first).key) && surnameCity(j);
                if (gazAt.at(j) >= 0 && !givenNamePlace && !familyNameCity && !afterParticle(j, run.first)) {
                    plain = false;
                }
            }
            if (!plain) {
                continue;
            }
            const QString &head = tokens.at(run.first).key;
            // "Ursel von der Brake", "Yahya Abdel-Rahim al-Houthi": a name particle between capitalised
            // words makes a person's name of a run that is no organization or place.
            bool particleInside = false;
            for (int j = run.first + 1; j + 1 < run.last; ++j) {
                particleInside =
                    particleInside || (tokens.at(j - 1).is(Token::Upper) && afterParticle(j + 1, run.first));
            }
            const bool initial = head.size() == 2 && head.at(1) == QLatin1Char('.') && head.at(0).isLetter();
            const bool firstName =
                (m_knowledge.isFirstName(head) || initial) && run.last - run.first >= 2 && run.last - run.first <= 4;
            bool apposition = false;
            if (run.first >= 2 && tokens.at(run.first - 1).key == QLatin1String(",")) {
                QString kind;
                for (int b = std::max(s.firstToken, run.first - 4); b < run.first - 1; ++b) {
                    if (titleAt(b, run.first - 1, &kind) == run.first - 1 - b) {
                        apposition = true;
                    }
                }
            }
            const QString titledBy = run.last - run.first <= 4 ? titleOfActor(run.first) : QString();
            QString titleKind;
            const bool onlyTitle = titleAt(run.first, run.last, &titleKind) == run.last - run.first;
            if (!titledBy.isEmpty()) {
                addPattern(run.first, run.last, EntityType::Person, titledBy, "title-of-actor-before");
            } else if (particleInside && !headline && run.last - run.first <= 7 && !m_knowledge.isStopName(head)) {
                addPattern(run.first, run.last, EntityType::Person, appositionActor(run.last), "name-with-particle");
            } else if (firstName
                       || (!headline && (apposition || roleBefore) && run.last - run.first >= 2
                           && run.last - run.first <= 4)) {
                QString after = appositionActor(run.last);
                after = after.isEmpty() ? ofActorAfter(run.last) : after;
                addPattern(run.first,
                           run.last,
                           EntityType::Person,
                           after.isEmpty() ? actorBeforeRole(run.first) : after,
                           firstName ? "known-first-name" : "role-or-apposition-before");
            } else if (sports && !m_knowledge.isStopName(head) && !isCalendarWord(head)
                       && nextToScore(run.first, run.last)) {
                // A sports report: an unknown name beside a score or "beat" is a team (or, when the
                // document names a person so, a player: decided below).
                addPattern(run.first, run.last, EntityType::Organization, {}, "team-beside-score");
                found.last().kind = QStringLiteral("team");
            } else if (locationHeads.contains(tokens.at(run.last - 1).key) && run.last - run.first >= 2) {
                // "Grand Palace", "Kennedy Airport": a named facility is a place.
                addPattern(run.first, run.last, EntityType::Location, {}, "facility-head");
                found.last().kind = QStringLiteral("facility");
            } else if (!headline && !onlyTitle && run.last - run.first == 2 && !m_knowledge.isStopName(head)
                       && tokens.at(run.first).is(Token::Word) && tokens.at(run.first + 1).is(Token::Word)
                       && !tokens.at(run.first).is(Token::AllCaps) && !tokens.at(run.first + 1).is(Token::AllCaps)
                       && !notPerson.contains(tokens.at(run.first).key)
                       && !notPerson.contains(tokens.at(run.first + 1).key)
                       && (run.first == 0 || tokens.at(run.first - 1).key != QLatin1String("the"))) {
                // Two unknown capitalised words in running text are most often a person's name (not
                // after "the": "the Karsa Circle" is a body or a place).
                addPattern(run.first, run.last, EntityType::Person, appositionActor(run.last), "two-capitalised-words");
            }
        }
    }

    // Document consistency: later bare surnames and repeated names take the type found once. A
    // weekday is never carried over ("... said Friday" stays a date everywhere).
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
            if (m.lastToken - m.firstToken >= 2 && !m_knowledge.isFirstName(head) && !known.contains(head)) {
                known.insert(head, &m);
            }
        } else {
            known.insert(m.canonical, &m);
        }
    }
    sameAsFullName(tokens, found);
    QVector<bool> covered(n, false);
    for (const Mention &m : std::as_const(found)) {
        for (int k = m.firstToken; k < m.lastToken; ++k) {
            covered[k] = true;
        }
    }
    QVector<Mention> extra;
    for (int k = 0; k < n; ++k) {
        if (covered.at(k) || gazAt.at(k) >= 0 || !tokens.at(k).is(Token::Upper)) {
            continue;
        }
        const auto it = known.constFind(tokens.at(k).key);
        if (it != known.cend() && it.value()->type == EntityType::Person && !weekdays.contains(tokens.at(k).key)) {
            Mention m = *it.value();
            m.firstToken = k;
            m.lastToken = k + 1;
            m.start = tokens.at(k).start;
            m.end = tokens.at(k).end;
            m.canonical = it.value()->canonical;
            m.rule = QStringLiteral("same-name-earlier-in-article");
            extra.append(std::move(m));
        }
    }
    // known points into found: what uses it runs before found grows.
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
    std::move(extra.begin(), extra.end(), std::back_inserter(found));

    acronymsInBrackets(tokens, gazAt, found);

    for (int m = 0; m < gazetteer.size(); ++m) {
        gazetteer[m].hidden = hide.at(m);
    }
    std::move(gazetteer.begin(), gazetteer.end(), std::back_inserter(found));
    std::sort(found.begin(), found.end(), mentionBefore);
    return found;
}

} // namespace Readout
