// SPDX-License-Identifier: GPL-3.0-or-later
#include "officeholders.h"

#include "knowledgebase.h"
#include "userdictionary.h"

#include <algorithm>

namespace Readout
{

namespace
{

/// "2014" -> 2014-01-01 (or 2014-12-31 as an end); "2017-01-01" as written; invalid when empty.
QDate dateOf(const QString &value, bool end)
{
    if (value.size() == 4) {
        const int year = value.toInt();
        return end ? QDate(year, 12, 31) : QDate(year, 1, 1);
    }
    if (value.size() == 7) { // YYYY-MM
        const QDate first = QDate::fromString(value + QStringLiteral("-01"), Qt::ISODate);
        return end && first.isValid() ? first.addMonths(1).addDays(-1) : first;
    }
    return QDate::fromString(value.left(10), Qt::ISODate);
}

/// A family name shorter than this is too often a word or a given name to stand for a holder alone.
constexpr int ShortestFamilyName = 4;

/// A word that cannot end a short form of a name: an initial ("Amina J.") or a lower-case particle.
bool endsNoName(const QString &word)
{
    return word.size() < 2 || word.endsWith(QLatin1Char('.')) || word.at(0).isLower();
}

} // namespace

QStringList OfficeHolders::shortForms(const QString &name)
{
    // News writes "Salva Kiir" for "Salva Kiir Mayardit", "Abiy Ahmed" for "Abiy Ahmed Ali" (the
    // leading words) and "López Obrador" for "Andrés Manuel López Obrador" (the last two, where a
    // name has four words or more: with three, "Ahmed Ali" would name many people).
    QStringList out;
    const QStringList words = name.simplified().split(QLatin1Char(' '));
    if (words.size() < 3 || name.contains(QLatin1String(" of ")) || name.contains(QLatin1Char(','))) {
        return out;
    }
    for (qsizetype len = 2; len < words.size(); ++len) {
        if (!endsNoName(words.at(len - 1)) && !endsNoName(words.at(0))) {
            out.append(words.mid(0, len).join(QLatin1Char(' ')));
        }
    }
    if (words.size() >= 4 && !endsNoName(words.at(words.size() - 2))) {
        out.append(words.mid(words.size() - 2).join(QLatin1Char(' ')));
    }
    return out;
}

bool Holding::heldOn(const QDate &day) const
{
    if (!day.isValid()) {
        return !end.isValid();
    }
    return (!start.isValid() || start <= day) && (!end.isValid() || day <= end);
}

QString OfficeHolders::fold(const QString &name)
{
    // Most names asked about are plain ASCII: nothing decomposes, no letter is in the table below and
    // lower-casing changes A-Z alone, so skip the normalisation and the per-letter look-ups.
    if (std::all_of(name.cbegin(), name.cend(), [](QChar c) {
            return c.unicode() < 0x80;
        })) {
        QString out(name.size(), Qt::Uninitialized);
        QChar *dst = out.data();
        for (qsizetype i = 0; i < name.size(); ++i) {
            const char16_t c = name.at(i).unicode();
            dst[i] = QChar(char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c));
        }
        return spellingKey(std::move(out).simplified());
    }
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    // Letters that do not decompose: "Ødegård" is written "Odegard" too.
    static const QHash<QChar, QString> plain = {{QChar(0x00F8), QStringLiteral("o")},
                                                {QChar(0x00E6), QStringLiteral("ae")},
                                                {QChar(0x0153), QStringLiteral("oe")},
                                                {QChar(0x00DF), QStringLiteral("ss")},
                                                {QChar(0x0142), QStringLiteral("l")},
                                                {QChar(0x0111), QStringLiteral("d")},
                                                {QChar(0x0131), QStringLiteral("i")},
                                                {QChar(0x00FE), QStringLiteral("th")}};
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        const QChar lower = c.toLower();
        const auto it = plain.constFind(lower);
        if (it != plain.cend()) {
            out.append(it.value());
        } else {
            out.append(lower);
        }
    }
    return spellingKey(out.simplified());
}

QString OfficeHolders::spellingKey(const QString &folded)
{
    // One name, several transliterations: "Zelenskyy", "Zelenskiy" and "Zelensky"; "Sergey" and
    // "Sergei"; "Aleksei" and "Alexei"; "Nicos" and "Nikos"; "Mahmoud" and "Mahmud"; "Mohammed"
    // and "Mohamed". The key drops what they differ by: x is "ks", c before a, o, u or k is "k", "ou"
    // is "u", a doubled letter is one, and a word's final "y" or "iy" is "i".
    QString out;
    out.reserve(folded.size() + 4);
    const auto push = [&out](QChar c) {
        if (out.isEmpty() || out.back() != c) {
            out.append(c);
        }
    };
    const auto endWord = [&out]() {
        if (out.endsWith(QLatin1String("iy"))) {
            out.chop(1);
        } else if (out.endsWith(QLatin1Char('y'))) {
            out.back() = QLatin1Char('i');
        }
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (!c.isLetter()) {
            endWord();
            out.append(c);
            continue;
        }
        const QChar next = i + 1 < folded.size() ? folded.at(i + 1) : QChar();
        if (c == QLatin1Char('x')) {
            push(QLatin1Char('k'));
            push(QLatin1Char('s'));
        } else if (c == QLatin1Char('c') && QStringView(u"aouk").contains(next)) {
            push(QLatin1Char('k'));
        } else if (c == QLatin1Char('u') && !out.isEmpty() && out.back() == QLatin1Char('o')) {
            out.back() = QLatin1Char('u');
        } else {
            push(c);
        }
    }
    endWord();
    return out;
}

Result<OfficeHolders> OfficeHolders::read(const QString &overrideDir, QStringList *sources)
{
    const QString file = QStringLiteral("gazetteers/officeholders.tsv");
    auto rows = DataFiles::readTsv(overrideDir,
                                   file,
                                   {QStringLiteral("name"),
                                    QStringLiteral("actor"),
                                    QStringLiteral("office"),
                                    QStringLiteral("start"),
                                    QStringLiteral("end")},
                                   sources);
    if (!rows) {
        return rows.error();
    }
    return fromRows(rows.value(), file);
}

Result<OfficeHolders> OfficeHolders::fromRows(const QVector<DataFiles::TsvRow> &rows, const QString &file)
{
    OfficeHolders out;
    for (const DataFiles::TsvRow &row : rows) {
        Holding h{row.value(QStringLiteral("name")),
                  row.value(QStringLiteral("actor")),
                  row.value(QStringLiteral("office")),
                  dateOf(row.value(QStringLiteral("start")), false),
                  dateOf(row.value(QStringLiteral("end")), true)};
        if (h.actor.isEmpty() || (!row.value(QStringLiteral("start")).isEmpty() && !h.start.isValid())
            || (!row.value(QStringLiteral("end")).isEmpty() && !h.end.isValid())) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1:%2: an actor and dates YYYY, YYYY-MM or YYYY-MM-DD expected")
                             .arg(file)
                             .arg(row.line)};
        }
        const int index = int(out.m_holdings.size());
        const QString folded = fold(h.name);
        out.m_byName[folded].append(index);
        for (const QString &shorter : shortForms(h.name)) {
            out.m_byName[fold(shorter)].append(index);
        }
        const QString family = folded.section(QLatin1Char(' '), -1);
        // "Carl XVI Gustaf of Sweden" has no family name: "Sweden" alone is the country. After a
        // lower-case particle the last word is part of a compound name ("Correia e Silva") or a
        // father's name ("Mohammad bin Salman"): alone it names many people, not this holder.
        const QString beforeLast = h.name.simplified().section(QLatin1Char(' '), -2, -2);
        const bool compound = !beforeLast.isEmpty() && beforeLast.at(0).isLower();
        if (family.size() >= ShortestFamilyName && family != folded && !folded.contains(QLatin1String(" of "))
            && !compound) {
            out.m_bySurname[family].append(index);
        }
        out.m_holdings.append(std::move(h));
    }
    return out;
}

const Holding *OfficeHolders::unique(const QVector<int> &candidates, const QDate &day) const
{
    const Holding *found = nullptr;
    for (const int i : candidates) {
        const Holding &h = m_holdings.at(i);
        if (!h.heldOn(day)) {
            continue;
        }
        if (found && (found->name != h.name || found->actor != h.actor)) {
            return nullptr; // two people (or one in two states' offices): say nothing
        }
        found = found ? found : &h;
    }
    return found;
}

const Holding *OfficeHolders::byFullName(const QString &name, const QDate &day) const
{
    const auto full = m_byName.constFind(fold(name));
    return full != m_byName.cend() ? unique(full.value(), day) : nullptr;
}

const Holding *OfficeHolders::on(const QString &name, const QDate &day) const
{
    const QString folded = fold(name);
    const auto full = m_byName.constFind(folded);
    if (full != m_byName.cend()) {
        return unique(full.value(), day);
    }
    const auto family = m_bySurname.constFind(folded);
    if (family != m_bySurname.cend()) {
        return unique(family.value(), day);
    }
    // "Raúl Castro Ruz", "Juan Manuel Santos Calderón": a Spanish or Portuguese full name adds the
    // mother's family name to the one the data lists ("Raúl Castro").
    const qsizetype space = folded.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && folded.left(space).contains(QLatin1Char(' '))) {
        const auto shorter = m_byName.constFind(folded.left(space));
        return shorter != m_byName.cend() ? unique(shorter.value(), day) : nullptr;
    }
    return nullptr;
}

void OfficeHolders::tie(const KnowledgeBase &kb, const Holding &h, Mention &m) const
{
    m.actor = h.actor;
    m.actorKind = kb.isState(h.actor) ? ActorKind::State : ActorKind::Organization;
    m.code = kb.actorCode(h.actor);
    m.affiliation = QStringLiteral("%1: %2 (office-holder data, Wikidata)").arg(h.actor, h.office);
}

void OfficeHolders::apply(const KnowledgeBase &kb,
                          const QString &text,
                          const Segmentation &seg,
                          QVector<Mention> &mentions,
                          const QDate &day) const
{
    if (m_holdings.isEmpty()) {
        return;
    }
    const int n = int(seg.tokens.size());
    const WordSet &infixes = kb.wordSet(QStringLiteral("name_infixes"));
    QVector<bool> covered(n, false);
    QVector<int> givenNamePlace(n, -1); // "Santiago" of "Santiago Cafiero": a one-word city or region
    for (int i = 0; i < mentions.size(); ++i) {
        Mention &m = mentions[i];
        for (int k = m.firstToken; k < m.lastToken && k < n; ++k) {
            covered[k] = true;
        }
        if (m.type == EntityType::Location && m.kind != QLatin1String("country") && m.lastToken == m.firstToken + 1
            && m.firstToken < n) {
            givenNamePlace[m.firstToken] = i;
        }
        if (m.type == EntityType::Person && m.actor.isEmpty()) {
            if (const Holding *h = on(m.canonical, day)) {
                tie(kb, *h, m);
            }
        }
    }
    // A holder nothing else named: "Erdogan", "Recep Tayyip Erdogan".
    QVector<Mention> added;
    QVector<int> placesTaken;
    for (int k = 0; k < n; ++k) {
        const Token &t = seg.tokens.at(k);
        // A place that is a given name starts a holder's full name only ("Santiago Cafiero").
        const int place = givenNamePlace.at(k);
        if ((covered.at(k) && place < 0) || !t.is(Token::Word) || !t.is(Token::Upper) || kb.isStopName(t.key)
            || kb.isFunctionWord(t.key)) {
            continue;
        }
        int last = k;
        while (last + 1 < n && !covered.at(last + 1) && seg.tokens.at(last + 1).is(Token::Upper) && last - k < 3) {
            ++last;
        }
        // A family name alone stands for a holder only where it ends a name: not "Abbas" in "Seyed
        // Abbas Tavakoli", nor "Silva" after "da" or "Salman" after "bin".
        const bool endsName = last == k && !(k + 1 < n && seg.tokens.at(k + 1).is(Token::Upper))
            && !(k > 0 && !seg.tokens.at(k - 1).is(Token::Upper) && infixes.contains(seg.tokens.at(k - 1).key))
            && !(k > 0 && seg.tokens.at(k - 1).is(Token::Upper) && seg.tokens.at(k - 1).is(Token::Word)
                 && !covered.at(k - 1) && !kb.isStopName(seg.tokens.at(k - 1).key));
        for (int end = last; end >= (place >= 0 ? k + 1 : k); --end) {
            const QString name = text.mid(t.start, seg.tokens.at(end).end - t.start);
            const Holding *h = end == k && endsName ? on(name, day) : byFullName(name, day);
            if (!h || kb.userDictionary().isStop(name)) { // the analyst said it is no name
                continue;
            }
            Mention m;
            m.firstToken = k;
            m.lastToken = end + 1;
            m.start = t.start;
            m.end = seg.tokens.at(end).end;
            m.type = EntityType::Person;
            m.canonical = h->name;
            m.kind = QStringLiteral("person");
            m.rule = QStringLiteral("office-holder");
            tie(kb, *h, m);
            added.append(std::move(m));
            if (place >= 0) {
                placesTaken.append(place);
            }
            k = end;
            break;
        }
    }
    std::sort(placesTaken.begin(), placesTaken.end(), std::greater<>());
    for (const int i : std::as_const(placesTaken)) {
        mentions.remove(i);
    }
    if (!added.isEmpty()) {
        std::move(added.begin(), added.end(), std::back_inserter(mentions));
        std::sort(mentions.begin(), mentions.end(), mentionBefore);
    }
}

} // namespace Readout
