// SPDX-License-Identifier: GPL-3.0-or-later
#include "loosegroups.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace Readout
{

namespace
{

/// The mention that covers each token (a shown one before a hidden one), -1 for none.
QVector<int> tokenOwners(const QVector<Mention> &mentions, int n)
{
    QVector<int> at(n, -1);
    for (int m = 0; m < mentions.size(); ++m) {
        for (int k = mentions.at(m).firstToken; k < mentions.at(m).lastToken && k < n; ++k) {
            at[k] = at.at(k) < 0 || !mentions.at(m).hidden ? m : at.at(k);
        }
    }
    return at;
}

void mergeInto(QVector<Mention> &mentions, QVector<Mention> &added)
{
    if (!added.isEmpty()) {
        const qsizetype count = mentions.size();
        std::move(added.begin(), added.end(), std::back_inserter(mentions));
        std::inplace_merge(mentions.begin(), mentions.begin() + count, mentions.end(), mentionBefore);
    }
}

Mention groupMention(const Segmentation &seg, int first, int last, const QString &name)
{
    Mention m;
    m.firstToken = first;
    m.lastToken = last;
    m.start = seg.tokens.at(first).start;
    m.end = seg.tokens.at(last - 1).end;
    m.type = EntityType::Organization;
    m.canonical = name;
    m.actor = name;
    m.actorKind = ActorKind::Organization;
    m.rule = QStringLiteral("loose-group");
    m.kind = QStringLiteral("loose group");
    m.hidden = true;
    return m;
}

/// Whether a state stands at token k: a mention of one (a name, a demonym) that covers it.
bool stateAt(const KnowledgeBase &kb, const QVector<Mention> &mentions, const QVector<int> &at, int k)
{
    const int m = at.at(k);
    return m >= 0 && mentions.at(m).actorKind == ActorKind::State && kb.isState(mentions.at(m).actor);
}

/// The state named last before token k in its sentence (by a name, a demonym or a capital): whose
/// opposition "the government of Chile and the opposition" means; else "".
QString
stateBefore(const KnowledgeBase &kb, const Sentence &s, int k, const QVector<Mention> &mentions, const QVector<int> &at)
{
    for (int j = k - 1; j >= s.firstToken; --j) {
        if (stateAt(kb, mentions, at, j)) {
            return mentions.at(at.at(j)).actor;
        }
    }
    return {};
}

/// A capitalised region's adjective and a group noun at k ("Nordic countries", "Gulf states"), the
/// adjective alone at most a mention of its own (a place, a demonym), the noun none.
bool regionalGroupAt(const WordSet &regions,
                     const WordSet &groupNouns,
                     const Segmentation &seg,
                     const Sentence &s,
                     int k,
                     const QVector<Mention> &mentions,
                     const QVector<int> &at)
{
    const Token &t = seg.tokens.at(k);
    if (k + 1 >= s.lastToken || !t.is(Token::Upper) || !regions.contains(t.key)
        || !groupNouns.contains(seg.tokens.at(k + 1).key) || at.at(k + 1) >= 0) {
        return false;
    }
    const int m = at.at(k);
    return m < 0 || (mentions.at(m).firstToken == k && mentions.at(m).lastToken == k + 1);
}

/// "a Gulf-Japanese summit", "the Chinese-Arab summit": a capitalised region's adjective joined by a
/// hyphen to a state's name or demonym.
bool regionInCompound(const KnowledgeBase &kb,
                      const WordSet &regions,
                      const Segmentation &seg,
                      const Sentence &s,
                      int k,
                      const QVector<Mention> &mentions,
                      const QVector<int> &at)
{
    const auto hyphenAt = [&seg](int i) {
        return seg.tokens.at(i).key == QLatin1String("-") && !seg.tokens.at(i).is(Token::SpaceBefore)
            && !seg.tokens.at(i + 1).is(Token::SpaceBefore);
    };
    const Token &t = seg.tokens.at(k);
    if (!t.is(Token::Upper) || !regions.contains(t.key) || (at.at(k) >= 0 && stateAt(kb, mentions, at, k))) {
        return false;
    }
    return (k + 2 < s.lastToken && hyphenAt(k + 1) && stateAt(kb, mentions, at, k + 2))
        || (k - 2 >= s.firstToken && hyphenAt(k - 1) && stateAt(kb, mentions, at, k - 2));
}

/// The organisation the report names with a region's adjective ("the Gulf Cooperation Council"),
/// the one named nearest to `start`, or none.
const Mention *groupOfRegion(const QString &adjective, const QVector<Mention> &mentions, int start)
{
    const Mention *best = nullptr;
    int distance = -1;
    for (const Mention &m : mentions) {
        if (m.actorKind != ActorKind::Organization || m.hidden
            || m.actor.section(QLatin1Char(' '), 0, 0).compare(adjective, Qt::CaseInsensitive) != 0) {
            continue;
        }
        const int d = std::abs(m.start - start);
        if (distance < 0 || d < distance) {
            best = &m;
            distance = d;
        }
    }
    return best;
}

/// "a Gulf-Japanese summit": the region's adjective stands for the organisation the report names
/// with it (groupOfRegion), else for its states as a loose group ("Arab states"); what the word was
/// taken for alone (the Gulf as a place) it is not.
void addRegionsInCompounds(const KnowledgeBase &kb,
                           const QString &text,
                           const Segmentation &seg,
                           QVector<Mention> &mentions)
{
    const WordSet &regions = kb.wordSet(QStringLiteral("regional_group_adjectives"));
    const QVector<int> at = tokenOwners(mentions, int(seg.tokens.size()));
    QVector<Mention> added;
    QSet<int> replaced;
    for (const Sentence &s : seg.sentences) {
        for (int k = s.firstToken; k < s.lastToken; ++k) {
            if (!regionInCompound(kb, regions, seg, s, k, mentions, at)) {
                continue;
            }
            const Token &t = seg.tokens.at(k);
            const QString written = text.mid(t.start, t.end - t.start);
            const Mention *org = groupOfRegion(written, mentions, t.start);
            Mention group = groupMention(seg, k, k + 1, org ? org->actor : written + QStringLiteral(" states"));
            group.rule = QStringLiteral("region-in-compound");
            if (org) {
                group.hidden = false; // a named organisation, shown as one
                group.kind = org->kind;
                group.code = org->code;
            }
            if (at.at(k) >= 0 && mentions.at(at.at(k)).lastToken == k + 1) {
                replaced.insert(at.at(k));
            }
            added.append(group);
        }
    }
    for (auto it = replaced.cbegin(); it != replaced.cend(); ++it) {
        mentions[*it].firstToken = -1; // marked, removed below
    }
    mentions.erase(std::remove_if(mentions.begin(),
                                  mentions.end(),
                                  [](const Mention &m) {
                                      return m.firstToken < 0;
                                  }),
                   mentions.end());
    mergeInto(mentions, added);
}

} // namespace

void addLooseGroups(const KnowledgeBase &kb, const QString &text, const Segmentation &seg, QVector<Mention> &mentions)
{
    const PhraseList &groups = kb.phrases(QStringLiteral("loose_groups"));
    const WordSet &opposition = kb.wordSet(QStringLiteral("opposition_words"));
    const WordSet &regions = kb.wordSet(QStringLiteral("regional_group_adjectives"));
    const WordSet &groupNouns = kb.wordSet(QStringLiteral("group_nouns"));
    const QVector<int> at = tokenOwners(mentions, int(seg.tokens.size()));
    const auto key = [&seg](int i) -> const QString & {
        return seg.tokens.at(i).key;
    };
    QVector<Mention> added;
    for (const Sentence &s : seg.sentences) {
        for (int k = s.firstToken; k < s.lastToken; ++k) {
            const Token &t = seg.tokens.at(k);
            if (regionalGroupAt(regions, groupNouns, seg, s, k, mentions, at)) {
                // "talks with Nordic countries", "the Gulf states": the group as written; what the
                // region's word alone was taken for ("Gulf", "European") stays a name of its own
                // and stands for no side.
                if (at.at(k) >= 0) {
                    mentions[at.at(k)].actor.clear();
                    mentions[at.at(k)].actorKind = ActorKind::None;
                }
                added.append(
                    groupMention(seg,
                                 k,
                                 k + 2,
                                 text.mid(t.start, t.end - t.start) + QLatin1Char(' ') + seg.tokens.at(k + 1).key));
                ++k;
                continue;
            }
            if (at.at(k) >= 0 || !t.is(Token::Word) || t.is(Token::Upper)) {
                continue;
            }
            const int g = groups.matchAt(k, s.lastToken, key);
            if (g >= 0) {
                const int last = k + int(groups.at(g).keys.size());
                added.append(groupMention(seg, k, last, groups.at(g).keys.join(QLatin1Char(' '))));
                k = last - 1;
                continue;
            }
            if (!opposition.contains(t.key)) {
                continue;
            }
            const int before = k > s.firstToken ? at.at(k - 1) : -1;
            QString state;
            if (before >= 0 && mentions.at(before).kind == QLatin1String("demonym")) {
                state = mentions.at(before).actor;
                Mention &dem = mentions[before];
                dem.actor.clear(); // "the Venezuelan opposition" is not Venezuela
                dem.actorKind = ActorKind::None;
            } else if (k > s.firstToken && (key(k - 1) == QLatin1String("the") || key(k - 1) == QLatin1String("and"))) {
                // "the opposition", "the Chilean government and opposition"
                state = stateBefore(kb, s, k, mentions, at);
            }
            const QString demonym = kb.demonym(state);
            if (!demonym.isEmpty()) {
                added.append(groupMention(seg, k, k + 1, demonym + QLatin1Char(' ') + t.key));
            }
        }
    }
    mergeInto(mentions, added);
    addRegionsInCompounds(kb, text, seg, mentions);
}

} // namespace Readout
