// SPDX-License-Identifier: GPL-3.0-or-later
#include "patronmodifiers.h"

#include "../knowledge/knowledgebase.h"

namespace Readout
{

namespace
{

/// How many lower-case words may stand between the participle and an event word it qualifies.
constexpr int ModifierWords = 3;

/// Does an event word follow the participle at token p ("-backed peace talks")?
bool qualifiesEvent(const KnowledgeBase &kb, const Segmentation &seg, int p, int end)
{
    for (int k = p + 1; k < end && k <= p + ModifierWords; ++k) {
        const Token &t = seg.tokens.at(k);
        if (!t.is(Token::Word) || t.is(Token::Upper)) {
            return false;
        }
        if (kb.triggerWords().contains(t.key)) {
            return true;
        }
    }
    return false;
}

} // namespace

void clearPatronModifiers(const KnowledgeBase &kb, const Segmentation &seg, QVector<Mention> &mentions)
{
    const WordSet &participles = kb.wordSet(QStringLiteral("patron_participles"));
    const int n = int(seg.tokens.size());
    for (Mention &m : mentions) {
        const int dash = m.lastToken;
        if (m.type == EntityType::Date || m.actor.isEmpty() || dash + 1 >= n) {
            continue;
        }
        const Token &hyphen = seg.tokens.at(dash);
        const Token &word = seg.tokens.at(dash + 1);
        // Written as one word: no space between the name, the hyphen and the participle.
        if (hyphen.key != QLatin1String("-") || hyphen.start != seg.tokens.at(dash - 1).end || word.start != hyphen.end
            || !participles.contains(word.key)) {
            continue;
        }
        if (qualifiesEvent(kb, seg, dash + 1, n)) {
            continue;
        }
        m.actor.clear();
        m.actorKind = ActorKind::None;
    }
}

} // namespace Readout
