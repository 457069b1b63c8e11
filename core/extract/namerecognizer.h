// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mention.h"
#include "textsegmenter.h"

#include <QVector>

namespace Readout
{

/// Stage 3: names beyond the gazetteer, from their context. A capitalised run after a title
/// ("Foreign Minister Sergei Lavrov") or starting with a known first name is a PERSON; one headed by
/// an organization word ("National Security Council", "Acme Ltd") is an ORGANIZATION; an acronym in
/// brackets after a name takes its type. Then the document is made consistent: once "Stoltenberg"
/// is a PERSON, every later "Stoltenberg" is. Gazetteer mentions inside a longer name become hidden.
class NameRecognizer
{
public:
    explicit NameRecognizer(const KnowledgeBase &knowledge);
    /// Returns gazetteer and pattern mentions together, sorted by start.
    [[nodiscard]] QVector<Mention>
    recognize(const QString &text, const Segmentation &segmentation, QVector<Mention> gazetteerMentions) const;

private:
    /// A family name alone after the full name takes the full name's canonical form and state.
    static void sameAsFullName(const QVector<Token> &tokens, QVector<Mention> &found);
    /// An acronym in brackets after an organization names it there and where it recurs alone.
    static void acronymsInBrackets(const QVector<Token> &tokens, const QVector<int> &gazAt, QVector<Mention> &found);
    /// An acronym in brackets after a named facility is that place; after a name whose head is no
    /// body ("Plan of Action") it is no organisation.
    void acronymsOfOtherThings(const QVector<Token> &tokens, const QVector<int> &gazAt, QVector<Mention> &found) const;
    /// A person titled right after a body that stands for a state or organisation stands for it.
    static void bodiesBeforeTitles(const QString &text, const QVector<Token> &tokens, QVector<Mention> &found);

    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
