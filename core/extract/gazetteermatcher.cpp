// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteermatcher.h"
#include "cancellation.h"

#include "../knowledge/tokentrie.h"
#include "../knowledge/wordset.h"

namespace Readout
{

namespace
{
bool isConnector(const QString &key)
{
    static const WordSet connectors(QSet<QString>{QStringLiteral("of"),  QStringLiteral("for"), QStringLiteral("and"),
                                                  QStringLiteral("the"), QStringLiteral("in"),  QStringLiteral("on"),
                                                  QStringLiteral("de"),  QStringLiteral("du"),  QStringLiteral("la"),
                                                  QStringLiteral("al"),  QStringLiteral("el"),  QStringLiteral("bin"),
                                                  QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der"),
                                                  QStringLiteral("da"),  QStringLiteral("'s"),  QStringLiteral("-"),
                                                  QStringLiteral("&"),   QStringLiteral("."),   QStringLiteral("/")});
    return connectors.contains(key);
}
} // namespace

GazetteerMatcher::GazetteerMatcher(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

bool GazetteerMatcher::caseAgrees(const QString &text,
                                  const Segmentation &seg,
                                  int from,
                                  int count,
                                  const GazetteerEntry &entry) const
{
    if (entry.allCapsOnly) {
        const int start = seg.tokens.at(from).start;
        const int end = seg.tokens.at(from + count - 1).end;
        return QStringView(text).mid(start, end - start) == entry.surface;
    }
    for (int i = from; i < from + count; ++i) {
        const Token &t = seg.tokens.at(i);
        // Lower case is allowed for connectors and inside hyphenated words ("Co-operation").
        const bool afterHyphen =
            i > from && seg.tokens.at(i - 1).key == QLatin1String("-") && !t.is(Token::SpaceBefore);
        if (t.is(Token::Word) && !t.is(Token::Upper) && !isConnector(t.key) && !afterHyphen) {
            return false;
        }
    }
    return seg.tokens.at(from).is(Token::Upper) || seg.tokens.at(from).is(Token::Number);
}

bool GazetteerMatcher::ellipsisBefore(const Segmentation &seg,
                                      const Mention &second,
                                      const QVector<Mention> &before,
                                      Mention *first) const
{
    // "North and South Korea", "East and West Germany": the first compass word names the place the
    // second does, with the rest of its name left out. Only where that place is listed too.
    const int i = second.firstToken;
    if (i < 2 || second.lastToken - i < 2 || seg.tokens.at(i - 1).key != QLatin1String("and")
        || !seg.tokens.at(i - 2).is(Token::Upper) || (!before.isEmpty() && before.constLast().lastToken > i - 2)) {
        return false;
    }
    const WordSet &modifiers = m_knowledge.wordSet(QStringLiteral("place_modifiers"));
    if (!modifiers.contains(seg.tokens.at(i).key) || !modifiers.contains(seg.tokens.at(i - 2).key)) {
        return false;
    }
    auto keyAt = [&seg, i](int j) -> const QString & {
        return seg.tokens.at(j == i ? i - 2 : j).key;
    };
    const QVector<int> *values = nullptr;
    const int len = m_knowledge.gazetteer().longestMatch(i, second.lastToken, keyAt, &values);
    if (len != second.lastToken - i || values->isEmpty()) {
        return false;
    }
    const GazetteerEntry &e = m_knowledge.entry(values->first());
    first->firstToken = i - 2;
    first->lastToken = i - 1;
    first->start = seg.tokens.at(i - 2).start;
    first->end = seg.tokens.at(i - 2).end;
    first->type = e.type;
    first->canonical = e.canonical;
    first->code = e.code;
    first->actorKind = e.actorKind;
    first->actor = e.actor;
    first->kind = e.placeKind;
    first->rule = QStringLiteral("gazetteer-ellipsis");
    return true;
}

QVector<Mention> GazetteerMatcher::match(const QString &text, const Segmentation &seg) const
{
    QVector<Mention> mentions;
    const int n = int(seg.tokens.size());
    const TokenTrie &trie = m_knowledge.gazetteer();
    auto keyAt = [&seg](int i) -> const QString & {
        return seg.tokens.at(i).key;
    };
    int i = 0;
    int steps = 0;
    while (i < n) {
        if (++steps % 4096 == 0 && CancellationScope::requested()) {
            break; // Pipeline::run() drops what was found
        }
        if (!seg.tokens.at(i).is(Token::Upper)) {
            ++i;
            continue;
        }
        const int sentence = seg.sentenceOfToken.at(i);
        const int sentenceEnd = seg.sentences.at(sentence).lastToken;
        const QVector<int> *values = nullptr;
        int len = trie.longestMatch(i, sentenceEnd, keyAt, &values);
        // Fall back to shorter matches when the longest disagrees in case.
        const GazetteerEntry *chosen = nullptr;
        while (len > 0 && !chosen) {
            for (int id : *values) {
                const GazetteerEntry &e = m_knowledge.entry(id);
                if (caseAgrees(text, seg, i, len, e)) {
                    chosen = &e;
                    break;
                }
            }
            if (!chosen) {
                len = trie.longestMatch(i, i + len - 1, keyAt, &values);
            }
        }
        if (!chosen) {
            ++i;
            continue;
        }
        // A name must not end in the middle of a hyphenated or capitalised word run ("Georgia" in
        // "Georgia-Pacific" is fine, "New" of "New York Times" is handled by longest match).
        Mention m;
        m.firstToken = i;
        m.lastToken = i + len;
        m.start = seg.tokens.at(i).start;
        m.end = seg.tokens.at(i + len - 1).end;
        m.type = chosen->type;
        m.canonical = chosen->canonical;
        m.code = chosen->code;
        m.actorKind = chosen->actorKind;
        m.actor = chosen->actor;
        m.kind = chosen->placeKind;
        m.rule = QStringLiteral("gazetteer");
        if (Mention first; ellipsisBefore(seg, m, mentions, &first)) {
            mentions.append(std::move(first));
        }
        mentions.append(std::move(m));
        i += len;
    }
    return mentions;
}

} // namespace Readout
