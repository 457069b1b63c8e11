// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"
#include "extract/loosegroups.h"
#include "extract/patronmodifiers.h"

#include "knowledge/officeholders.h"

#include "cancellation.h"
#include "dates/dateresolver.h"
#include "dates/datetagger.h"
#include "document.h"
#include "events/eventcoreference.h"
#include "events/eventextractor.h"
#include "extract/gazetteermatcher.h"
#include "extract/namerecognizer.h"
#include "extract/textsegmenter.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"

#include <algorithm>
#include <iterator>

namespace Readout
{

Pipeline::Pipeline(std::shared_ptr<const KnowledgeBase> knowledge)
    : m_knowledge(std::move(knowledge))
    , m_tagger(std::make_shared<const DateTagger>(*m_knowledge))
{
}

const KnowledgeBase &Pipeline::knowledge() const
{
    return *m_knowledge;
}

namespace
{

/// Where a block that starts at `from` ends: at the first paragraph break (a blank line) at least
/// `minimum` units on, where the next paragraph starts; else at the end of the text.
int blockEnd(const QString &text, int from, int minimum)
{
    const int length = int(text.size());
    for (int i = int(std::min<qint64>(qint64(from) + minimum, length)); i < length; ++i) {
        if (text.at(i) != QLatin1Char('\n')) {
            continue;
        }
        int newlines = 1;
        int j = i + 1;
        for (; j < length && text.at(j).isSpace(); ++j) {
            newlines += text.at(j) == QLatin1Char('\n') ? 1 : 0;
        }
        if (newlines >= 2) {
            return j;
        }
        i = j - 1;
    }
    return length;
}

/// "T" and the number (above 0), as QLatin1Char('T') + QString::number(number) but in one
/// allocation rather than two: every visible mention gets one.
QString entityId(qsizetype number)
{
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + number % 10);
        number /= 10;
    } while (number > 0);
    QString id(count + 1, Qt::Uninitialized);
    QChar *out = id.data();
    out[0] = QLatin1Char('T');
    for (int i = 0; i < count; ++i) {
        out[i + 1] = QLatin1Char(digits[count - 1 - i]);
    }
    return id;
}

} // namespace

void Pipeline::setBlockSize(int units)
{
    m_blockSize = std::max(1, units);
}

Extraction Pipeline::run(const Document &document, const std::atomic<bool> *cancelled) const
{
    Extraction out;
    const CancellationScope scope(cancelled); // the steps' own loops hear Cancel too
    const QString &text = document.text();
    const int length = int(text.size());
    BlockState state;
    QVector<EventCandidate> candidates;
    int from = std::min(document.bodyStart(), length);
    do {
        const int to = blockEnd(text, from, m_blockSize);
        if (!extractBlock(document, from, to, state, out.entities, candidates)) {
            out.entities.clear(); // a partial answer is none
            out.cancelled = true;
            return out;
        }
        from = to;
    } while (from < length);
    out.events = EventCoreference::resolve(candidates, document.metadata().published);
    return out;
}

QVector<Mention>
Pipeline::mentions(const QString &text, const Segmentation &seg, const QDate &dct, MentionMemory &memory) const
{
    DateResolver::References &references = memory.references;
    const KnowledgeBase &kb = *m_knowledge;
    QVector<Mention> mentions = NameRecognizer(kb).recognize(text, seg, GazetteerMatcher(kb).match(text, seg));
    kb.userDictionary().apply(kb, text, seg, mentions); // the analyst's taught names and stop entries
    kb.officeHolders().apply(kb, text, seg, mentions, dct); // persons' states by their office that day
    memory.persons.apply(kb, text, seg, mentions); // and what the article said of them before
    addLooseGroups(kb, text, seg, mentions); // "world powers", "the opposition"
    clearPatronModifiers(kb, seg, mentions); // "the Iran-backed militia" is not Iran

    // Dates: tag, then resolve against the publication date with the tense of their sentence.
    const DateTagger &tagger = *m_tagger;
    const DateResolver resolver(kb);
    QVector<bool> taken(seg.tokens.size(), false);
    for (const Mention &m : std::as_const(mentions)) {
        for (int k = m.firstToken; k < m.lastToken; ++k) {
            taken[k] = true;
        }
    }
    QVector<Mention> dates;
    for (const TimexMatch &tm : tagger.tag(text, seg)) {
        bool clash = false;
        for (int k = tm.firstToken; k < tm.lastToken; ++k) {
            clash = clash || taken.at(k);
        }
        if (clash) {
            continue; // "Christmas Island", "May" as a name
        }
        const Sentence &s = seg.sentences.at(seg.sentenceOfToken.at(tm.firstToken));
        Mention m;
        m.firstToken = tm.firstToken;
        m.lastToken = tm.lastToken;
        m.start = seg.tokens.at(tm.firstToken).start;
        m.end = seg.tokens.at(tm.lastToken - 1).end;
        m.type = EntityType::Date;
        m.canonical = text.mid(m.start, m.end - m.start);
        m.timexType = tm.timexType;
        m.timexMod = tm.mod;
        m.rule = tm.rule.isEmpty() ? QStringLiteral("date-tagger") : tm.rule;
        m.value = resolver.resolve(tm.spec, dct, resolver.tenseAt(seg, s, tm.firstToken), references);
        references.note(tm.spec, m.value);
        using Kind = TimexSpec::Kind;
        const Kind kind = tm.spec.kind;
        m.eventDateCandidate = (tm.timexType == QLatin1String("DATE") || tm.timexType == QLatin1String("TIME"))
            && (kind == Kind::Calendar || kind == Kind::Weekday || kind == Kind::RelativeDay || kind == Kind::Holiday
                || kind == Kind::Anchored || (kind == Kind::RelativeUnit && tm.spec.unit == QLatin1String("M")))
            && (m.value.size() == 10 || m.value.size() == 7
                || (m.value.size() > 10 && m.value.at(10) == QLatin1Char('T')));
        dates.append(std::move(m));
    }
    // Names and dates are each sorted by start already: merge them in place (the merge borrows a
    // buffer the size of the dates, not a second list of every mention). No reserve(): Qt 6.4's
    // QList::reserve() copies every element, while growing by append moves them with realloc.
    if (!std::is_sorted(mentions.cbegin(), mentions.cend(), mentionBefore)) {
        std::sort(mentions.begin(), mentions.end(), mentionBefore);
    }
    const qsizetype names = mentions.size();
    std::move(dates.begin(), dates.end(), std::back_inserter(mentions));
    dates = {};
    std::inplace_merge(mentions.begin(), mentions.begin() + names, mentions.end(), mentionBefore);
    return mentions;
}

bool Pipeline::extractBlock(const Document &document,
                            int from,
                            int to,
                            BlockState &state,
                            QVector<Entity> &entities,
                            QVector<EventCandidate> &candidates) const
{
    const auto stop = [] {
        return CancellationScope::requested();
    };
    const KnowledgeBase &kb = *m_knowledge;
    const QString &text = document.text();
    const Segmentation seg = TextSegmenter::segment(text, from, kb, to);
    if (stop()) {
        return false;
    }
    const QDate dct = document.metadata().published;
    QVector<Mention> mentions = this->mentions(text, seg, dct, state.memory);
    if (stop()) {
        return false;
    }

    // Visible mentions become entities T1..Tn, numbered on from the blocks before.
    QStringList ids;
    ids.reserve(mentions.size());
    for (const Mention &m : std::as_const(mentions)) {
        Q_ASSERT(m.end > m.start);
        if (m.hidden || m.end <= m.start) {
            ids.append(QString());
            continue;
        }
        Entity e;
        e.id = entityId(entities.size() + 1); // as "T%1", without parsing a format
        e.type = m.type;
        e.start = m.start;
        e.end = m.end;
        e.text = text.mid(m.start, m.end - m.start);
        e.rule = m.rule;
        if (m.type == EntityType::Date) {
            e.value = m.value;
            e.timexType = m.timexType;
            e.timexMod = m.timexMod;
        } else {
            e.canonical = m.actor.isEmpty() ? m.canonical : m.actor;
            if (m.type == EntityType::Person) {
                e.canonical = m.canonical;
                e.affiliation = m.affiliation;
            }
            e.code = m.actor.isEmpty() ? m.code : kb.actorCode(m.actor);
        }
        ids.append(e.id);
        entities.append(std::move(e));
    }

    QVector<EventCandidate> found = EventExtractor(kb).extract(text, seg, mentions, ids, dct, &state.events);
    if (stop()) {
        return false;
    }
    for (EventCandidate &c : found) {
        c.sentence += state.sentences; // coreference counts sentences through the whole article
        candidates.append(std::move(c));
    }
    state.sentences += int(seg.sentences.size());
    return true;
}

} // namespace Readout
