// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mention.h"
#include "textsegmenter.h"

#include <QHash>
#include <QVector>

namespace Readout
{

/// Stage 3c: what the article said a person stands for holds for the rest of the article. After
/// "Kenyan President Daniel Mwangi", a later "Mwangi" or "Daniel Mwangi" stands for Kenya too, and a
/// "he" or "she" (resources/rules/names.json, person_pronouns) for the person the sentence, or the
/// latest sentence that named one, was about: its first person tied to a state or organisation.
/// Pronouns become hidden mentions: events use them as sides, the view shows no entity for them.
/// Keeps its memory from block to block of one article.
class PersonAffiliations
{
public:
    /// Ties the persons of `mentions` (sorted, as Pipeline passes them) and adds pronoun mentions.
    void apply(const KnowledgeBase &kb, const QString &text, const Segmentation &seg, QVector<Mention> &mentions);

private:
    struct Tie {
        QString name; ///< the person as the article named them first
        QString actor;
        ActorKind actorKind = ActorKind::None;
        QString code;
        QString affiliation;
    };
    void tieToTheirGroups(const KnowledgeBase &kb, const Segmentation &seg, QVector<Mention> &mentions);
    static void tieToTheWordsBeside(const KnowledgeBase &kb, const Segmentation &seg, QVector<Mention> &mentions);
    [[nodiscard]] static QStringList keys(const QString &canonical, const WordSet &particles);
    void remember(const Mention &m);
    [[nodiscard]] const Tie *recall(const Mention &m) const;

    QHash<QString, Tie> m_byName; ///< folded full name and family name
    Tie m_latest; ///< the first tied person of the latest sentence that named one
    int m_latestSentence = -1; ///< in sentences counted through the article
    int m_sentencesBefore = 0; ///< sentences of the blocks before
    const WordSet *m_particles = nullptr; ///< names.json name_particles
    const KnowledgeBase *m_kb = nullptr; ///< for the given names (a family name first: "Xi" of "Xi Jinping")
};

} // namespace Readout
