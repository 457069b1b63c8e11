// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaffiliations.h"

#include "../knowledge/knowledgebase.h"
#include "../knowledge/officeholders.h"
#include "../knowledge/tokentrie.h"

#include <algorithm>
#include <optional>

namespace Readout
{

QStringList PersonAffiliations::keys(const QString &canonical, const WordSet &particles)
{
    const QString folded = OfficeHolders::fold(canonical.simplified());
    QStringList out{folded};
    const QString family = folded.section(QLatin1Char(' '), -1);
    if (family != folded) {
        out.append(family);
    }
    // "al-Karimi" is "Karimi" on second mention.
    const qsizetype dash = family.indexOf(QLatin1Char('-'));
    if (dash > 0 && dash + 1 < family.size() && particles.contains(family.left(dash))) {
        out.append(family.mid(dash + 1));
    }
    return out;
}

void PersonAffiliations::remember(const Mention &m)
{
    Tie tie{m.canonical, m.actor, m.actorKind, m.code, m.affiliation};
    QStringList names = keys(m.canonical, *m_particles);
    // "Xi Jinping" is "Xi" later, "Ban Ki-moon" "Ban": a first word that is no given name is the
    // family name. Only a later one-word mention looks it up (recall() tries its own words).
    const QString head = names.first().section(QLatin1Char(' '), 0, 0);
    if (names.size() > 1 && !m_kb->isFirstName(head)) {
        names.append(head);
    }
    for (const QString &key : std::as_const(names)) {
        auto it = m_byName.find(key);
        if (it == m_byName.end()) {
            m_byName.insert(key, tie);
        } else if (it->actor != m.actor && !it->actor.isEmpty()) {
            it->actor.clear(); // two people of one family name, two states: "Ortiz" says neither
        }
    }
}

const PersonAffiliations::Tie *PersonAffiliations::recall(const Mention &m) const
{
    for (const QString &key : keys(m.canonical, *m_particles)) {
        const auto it = m_byName.constFind(key);
        if (it != m_byName.cend()) {
            return it->actor.isEmpty() ? nullptr : &it.value();
        }
    }
    return nullptr;
}

void PersonAffiliations::tieToTheirGroups(const KnowledgeBase &kb, const Segmentation &seg, QVector<Mention> &mentions)
{
    // "a senior official in Okello's Liberation Front rebel group": a person the article ties to
    // no state leads the party or armed group named after their possessive, wherever else the
    // block names them. Companies and media are not sides a person stands for.
    const WordSet &groupKinds = kb.wordSet(QStringLiteral("possessive_group_kinds"));
    for (qsizetype i = 1; i < mentions.size(); ++i) {
        const Mention &group = mentions.at(i);
        const int apostrophe = group.firstToken - 1;
        if (group.type != EntityType::Organization || group.actor.isEmpty() || !groupKinds.contains(group.kind)
            || apostrophe < 1 || seg.tokens.at(apostrophe).key != QLatin1String("'s")) {
            continue;
        }
        for (qsizetype j = i - 1; j >= 0 && mentions.at(j).lastToken >= apostrophe; --j) {
            Mention &person = mentions[j];
            if (person.type == EntityType::Person && person.lastToken == apostrophe && person.actor.isEmpty()
                && !person.hidden) {
                person.actor = group.actor;
                person.actorKind = group.actorKind;
                person.code = group.code;
                person.affiliation = QStringLiteral("%1: \u201c%2's %3\u201d in the article")
                                         .arg(group.actor, person.canonical, group.canonical);
                remember(person);
            }
        }
    }
}

namespace
{

/// A state or organisation a person can stand for, as the article writes it.
bool standsFor(const Mention &m)
{
    return !m.hidden && m.type != EntityType::Person && m.actorKind != ActorKind::None && !m.actor.isEmpty()
        && m.kind != QLatin1String("media");
}

int titleLength(const KnowledgeBase &kb, const Segmentation &seg, int from, int limit)
{
    const QVector<int> *values = nullptr;
    return kb.titles().longestMatch(
        from,
        limit,
        [&](int i) -> const QString & {
            return seg.tokens.at(i).key;
        },
        &values);
}

} // namespace

void PersonAffiliations::tieToTheWordsBeside(const KnowledgeBase &kb,
                                             const Segmentation &seg,
                                             QVector<Mention> &mentions)
{
    // "the Greek Cypriot Leader Nicos Pallant", "Nicos Pallant, leader of the Greek Cypriot
    // administration": what the article writes beside the name is whom the person stands for here,
    // before the office-holder data or an earlier mention ("President of Cyprus").
    const int n = int(seg.tokens.size());
    QVector<int> endingAt(n + 1, -1);
    QVector<int> startingAt(n + 1, -1);
    for (int i = 0; i < mentions.size(); ++i) {
        const Mention &m = mentions.at(i);
        if (standsFor(m) && m.lastToken <= n) {
            endingAt[m.lastToken] = i;
            if (startingAt.at(m.firstToken) < 0) {
                startingAt[m.firstToken] = i;
            }
        }
    }
    const auto key = [&](int k) {
        return k < n ? seg.tokens.at(k).key : QString();
    };
    for (Mention &person : mentions) {
        if (person.type != EntityType::Person || person.hidden || person.lastToken > n) {
            continue;
        }
        int owner = -1;
        // Before: an actor, then nothing but a title ("Greek Cypriot Leader", "Kenyan Foreign Minister").
        for (int b = person.firstToken - 1; b > 0 && b >= person.firstToken - 4 && owner < 0; --b) {
            if (endingAt.at(b) >= 0 && titleLength(kb, seg, b, person.firstToken) == person.firstToken - b) {
                owner = endingAt.at(b);
            }
        }
        // After: ", (the) title of (the) actor" ("..., leader of the Greek Cypriot side").
        int j = person.lastToken;
        if (owner < 0 && key(j) == QLatin1String(",")) {
            j += key(j + 1) == QLatin1String("the") || key(j + 1) == QLatin1String("a") ? 2 : 1;
            const int title = j < n ? titleLength(kb, seg, j, n) : 0;
            int of = j + title;
            if (title > 0 && key(of) == QLatin1String("of")) {
                of += key(of + 1) == QLatin1String("the") ? 2 : 1;
                owner = of < n ? startingAt.at(of) : -1;
            }
        }
        if (owner < 0 || mentions.at(owner).actor == person.actor) {
            continue;
        }
        const Mention &actor = mentions.at(owner);
        person.actor = actor.actor;
        person.actorKind = actor.actorKind;
        person.code = actor.code;
        person.affiliation =
            QStringLiteral("%1: \u201c%2\u201d beside the name in the article").arg(actor.actor, actor.canonical);
    }
}

void PersonAffiliations::apply(const KnowledgeBase &kb,
                               const QString &text,
                               const Segmentation &seg,
                               QVector<Mention> &mentions)
{
    const WordSet &pronouns = kb.wordSet(QStringLiteral("person_pronouns"));
    m_particles = &kb.wordSet(QStringLiteral("name_particles"));
    m_kb = &kb;
    tieToTheirGroups(kb, seg, mentions);
    tieToTheWordsBeside(kb, seg, mentions);
    const int n = int(seg.tokens.size());
    QVector<Mention> added;
    int mi = 0;
    int coveredUntil = 0;
    for (int si = 0; si < seg.sentences.size(); ++si) {
        const Sentence &s = seg.sentences.at(si);
        const int sentence = m_sentencesBefore + si;
        std::optional<Tie> first; // the sentence's first tied person: whom its "he" is about
        for (int k = s.firstToken; k < s.lastToken && k < n; ++k) {
            for (; mi < mentions.size() && mentions.at(mi).firstToken <= k; ++mi) {
                Mention &m = mentions[mi];
                coveredUntil = std::max(coveredUntil, m.lastToken);
                if (m.type != EntityType::Person || m.hidden) {
                    continue;
                }
                if (m.actor.isEmpty()) {
                    if (const Tie *tie = recall(m)) {
                        m.actor = tie->actor;
                        m.actorKind = tie->actorKind;
                        m.code = tie->code;
                        m.affiliation =
                            QStringLiteral("%1 (as \u201c%2\u201d before)").arg(tie->affiliation, tie->name);
                    }
                } else {
                    remember(m);
                }
                if (!first && !m.actor.isEmpty()) {
                    first = Tie{m.canonical, m.actor, m.actorKind, m.code, m.affiliation};
                }
            }
            const Token &t = seg.tokens.at(k);
            if (k < coveredUntil || !t.is(Token::Word) || !pronouns.contains(t.key)) {
                continue;
            }
            const bool recent = m_latestSentence >= 0 && sentence - m_latestSentence <= 2;
            const Tie *antecedent = first ? &*first : (recent ? &m_latest : nullptr);
            if (!antecedent) {
                continue;
            }
            Mention p;
            p.start = t.start;
            p.end = t.end;
            p.firstToken = k;
            p.lastToken = k + 1;
            p.type = EntityType::Person;
            p.hidden = true;
            p.canonical = antecedent->name;
            p.actor = antecedent->actor;
            p.actorKind = antecedent->actorKind;
            p.code = antecedent->code;
            p.kind = QStringLiteral("person");
            p.affiliation = QStringLiteral("%1 (\u201c%2\u201d: %3)")
                                .arg(antecedent->affiliation, text.mid(t.start, t.end - t.start), antecedent->name);
            added.append(std::move(p));
        }
        if (first) {
            m_latest = *first;
            m_latestSentence = sentence;
        }
    }
    m_sentencesBefore += int(seg.sentences.size());
    if (!added.isEmpty()) {
        const qsizetype before = mentions.size();
        std::move(added.begin(), added.end(), std::back_inserter(mentions));
        std::inplace_merge(mentions.begin(), mentions.begin() + before, mentions.end(), mentionBefore);
    }
}

} // namespace Readout
