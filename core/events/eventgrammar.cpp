// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventgrammar.h"

#include "../knowledge/knowledgebase.h"

#include <QRegularExpression>

#include <algorithm>

namespace Readout
{

namespace
{

constexpr int Unbounded = 64; ///< "*" and "+": no clause is longer in tokens that matter

/// Parses one rules file; keeps the state an error message needs.
class GrammarParser
{
public:
    GrammarParser(const QString &file, const QHash<QString, WordSet> &sets, const QHash<QString, PhraseList> &lists)
        : m_file(file)
        , m_sets(sets)
        , m_lists(lists)
    {
    }

    Result<EventGrammar> parse(const QByteArray &bytes);

private:
    bool parseLine(const QString &raw);
    bool parseRuleKey(const QString &key, const QString &value);
    bool finishRule();
    bool parsePattern(const QString &text, QVector<PatternElement> *out);
    bool parseSequence(const QStringList &tokens, int *i, QVector<PatternElement> *out, bool inGroup);
    bool parseElement(const QStringList &tokens, int *i, PatternElement *out);
    bool parseAtom(const QString &atom, PatternElement *out);
    bool parseQuantifier(const QString &quantifier, PatternElement *out);
    bool parseExample(const QString &value);
    const WordSet *wordSet(const QString &name);
    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(message);
        }
        return false;
    }

    QString m_file;
    const QHash<QString, WordSet> &m_sets;
    const QHash<QString, PhraseList> &m_lists;
    int m_line = 0;
    QString m_error;
    EventGrammar m_grammar;
    QHash<QString, QVector<PatternElement>> m_macros;
    bool m_inRule = false;
    PatternRule m_rule;
    QVector<PatternElement> m_pattern;
    bool m_hasPattern = false;
};

/// The elements in reverse order, groups reversed inside too: for matching leftwards.
QVector<PatternElement> reversed(const QVector<PatternElement> &seq)
{
    QVector<PatternElement> out(seq.crbegin(), seq.crend());
    for (PatternElement &e : out) {
        for (auto &alt : e.alternatives) {
            alt = reversed(alt);
        }
    }
    return out;
}

bool capturesOnlyPlace(const QVector<PatternElement> &seq, bool *anyPlace)
{
    for (const PatternElement &e : seq) {
        if (e.role == PatternRole::Place) {
            *anyPlace = true;
        } else if (e.role != PatternRole::None) {
            return false;
        }
        for (const auto &alt : e.alternatives) {
            if (!capturesOnlyPlace(alt, anyPlace)) {
                return false;
            }
        }
    }
    return true;
}

Result<EventGrammar> GrammarParser::parse(const QByteArray &bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        ++m_line;
        if (!parseLine(raw)) {
            return Error{Error::Code::Malformed, m_error};
        }
    }
    ++m_line;
    if (m_inRule && !finishRule()) {
        return Error{Error::Code::Malformed, m_error};
    }
    if (m_grammar.rules.isEmpty()) {
        return Error{Error::Code::Malformed, QStringLiteral("%1: no rule").arg(m_file)};
    }
    return std::move(m_grammar);
}

bool GrammarParser::parseLine(const QString &raw)
{
    QString line = raw;
    line.remove(QLatin1Char('\r'));
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
        return true;
    }
    const bool indented = line.at(0).isSpace();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    const QString key = space < 0 ? trimmed : trimmed.left(space);
    const QString value = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();
    if (indented) {
        if (!m_inRule) {
            return fail(QStringLiteral("\"%1\" outside a rule").arg(key));
        }
        return parseRuleKey(key, value);
    }
    if (m_inRule && !finishRule()) {
        return false;
    }
    if (key == QLatin1String("define")) {
        const qsizetype sp = value.indexOf(QLatin1Char(' '));
        const QString name = value.left(sp);
        static const QRegularExpression upper(QStringLiteral("^[A-Z][A-Z_]+$"));
        if (sp < 0 || !upper.match(name).hasMatch()) {
            return fail(QStringLiteral("define NAME pattern: NAME in capitals expected"));
        }
        QVector<PatternElement> body;
        if (!parsePattern(value.mid(sp + 1), &body)) {
            return false;
        }
        m_macros.insert(name, body);
        return true;
    }
    if (key == QLatin1String("rule")) {
        static const QRegularExpression id(QStringLiteral("^[a-z][a-z0-9-]*$"));
        if (!id.match(value).hasMatch()) {
            return fail(QStringLiteral("rule id in lower case with hyphens expected, not \"%1\"").arg(value));
        }
        for (const PatternRule &r : std::as_const(m_grammar.rules)) {
            if (r.id == value) {
                return fail(QStringLiteral("rule \"%1\" is defined twice (first at line %2)").arg(value).arg(r.line));
            }
        }
        m_inRule = true;
        m_rule = PatternRule{};
        m_rule.id = value;
        m_rule.file = m_file;
        m_rule.line = m_line;
        m_hasPattern = false;
        return true;
    }
    return fail(QStringLiteral("unknown key \"%1\" (define, rule)").arg(key));
}

bool GrammarParser::parseRuleKey(const QString &key, const QString &value)
{
    const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (key == QLatin1String("anchor")) {
        m_rule.anchors = 0;
        for (const QString &w : words) {
            if (w == QLatin1String("noun")) {
                m_rule.anchors |= AnchorNoun;
            } else if (w == QLatin1String("verb")) {
                m_rule.anchors |= AnchorVerb;
            } else if (w == QLatin1String("object-verb")) {
                m_rule.anchors |= AnchorObjectVerb;
            } else if (w == QLatin1String("anaphor")) {
                m_rule.anchors |= AnchorAnaphor;
            } else {
                return fail(QStringLiteral("unknown anchor \"%1\" (noun, verb, object-verb, anaphor)").arg(w));
            }
        }
        return m_rule.anchors != 0 || fail(QStringLiteral("anchor: at least one kind expected"));
    }
    if (key == QLatin1String("types")) {
        m_rule.types = words;
        return !words.isEmpty() || fail(QStringLiteral("types: at least one event type expected"));
    }
    if (key == QLatin1String("scan")) {
        if (value == QLatin1String("anchored")) {
            m_rule.scan = ScanMode::Anchored;
        } else if (value == QLatin1String("after-trigger")) {
            m_rule.scan = ScanMode::AfterTrigger;
        } else if (value == QLatin1String("clause")) {
            m_rule.scan = ScanMode::Clause;
        } else {
            return fail(QStringLiteral("unknown scan \"%1\" (anchored, after-trigger, clause)").arg(value));
        }
        return true;
    }
    if (key == QLatin1String("match")) {
        if (m_hasPattern) {
            return fail(QStringLiteral("a rule has one match line"));
        }
        m_rule.text = value;
        m_hasPattern = true;
        return parsePattern(value, &m_pattern);
    }
    if (key == QLatin1String("example")) {
        return parseExample(value);
    }
    return fail(QStringLiteral("unknown key \"%1\" (anchor, types, scan, match, example)").arg(key));
}

bool GrammarParser::parseExample(const QString &value)
{
    const qsizetype arrow = value.lastIndexOf(QLatin1String("=>"));
    if (arrow < 0) {
        return fail(QStringLiteral("example SENTENCE => SIDE; SIDE (or => place|date|topic VALUE) expected"));
    }
    PatternExample ex;
    ex.line = m_line;
    ex.sentence = value.left(arrow).trimmed();
    const QString want = value.mid(arrow + 2).trimmed();
    if (want.startsWith(QLatin1String("place "))) {
        ex.place = want.mid(6).trimmed();
    } else if (want.startsWith(QLatin1String("date "))) {
        ex.date = want.mid(5).trimmed();
    } else if (want.startsWith(QLatin1String("topic "))) {
        ex.topic = want.mid(6).trimmed();
    } else {
        for (const QString &side : want.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            ex.sides.append(side.trimmed());
        }
        ex.sides.sort();
    }
    if (ex.sentence.isEmpty()
        || (ex.sides.isEmpty() && ex.place.isEmpty() && ex.date.isEmpty() && ex.topic.isEmpty())) {
        return fail(QStringLiteral("example: a sentence and what it yields expected"));
    }
    m_rule.examples.append(ex);
    return true;
}

bool GrammarParser::finishRule()
{
    m_inRule = false;
    const int ruleLine = m_rule.line;
    auto ruleFail = [&](const QString &message) {
        m_line = ruleLine;
        return fail(QStringLiteral("rule \"%1\": %2").arg(m_rule.id, message));
    };
    if (!m_hasPattern) {
        return ruleFail(QStringLiteral("no match line"));
    }
    if (m_rule.examples.isEmpty()) {
        return ruleFail(QStringLiteral("no example: write a sentence that shows what it matches"));
    }
    int trigger = -1;
    for (int i = 0; i < m_pattern.size(); ++i) {
        if (m_pattern.at(i).kind == AtomKind::Trigger) {
            if (trigger >= 0) {
                return ruleFail(QStringLiteral("TRIGGER appears twice"));
            }
            trigger = i;
        }
    }
    if ((m_rule.scan == ScanMode::Anchored) != (trigger >= 0)) {
        return ruleFail(m_rule.scan == ScanMode::Anchored ? QStringLiteral("an anchored rule needs TRIGGER")
                                                          : QStringLiteral("a scanning rule has no TRIGGER"));
    }
    if (trigger >= 0) {
        m_rule.before = reversed(m_pattern.mid(0, trigger));
        m_rule.after = m_pattern.mid(trigger + 1);
    } else {
        m_rule.after = m_pattern;
    }
    bool anyPlace = false;
    m_rule.placeOnly = capturesOnlyPlace(m_pattern, &anyPlace) && anyPlace;
    m_pattern.clear();
    m_grammar.rules.append(m_rule);
    return true;
}

bool GrammarParser::parsePattern(const QString &text, QVector<PatternElement> *out)
{
    const QStringList tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int i = 0;
    if (!parseSequence(tokens, &i, out, false)) {
        return false;
    }
    return out->isEmpty() ? fail(QStringLiteral("empty pattern")) : true;
}

bool GrammarParser::parseSequence(const QStringList &tokens, int *i, QVector<PatternElement> *out, bool inGroup)
{
    while (*i < tokens.size()) {
        const QString &t = tokens.at(*i);
        if (t == QLatin1String("|") || t.startsWith(QLatin1Char(')'))) {
            return inGroup || fail(QStringLiteral("\"%1\" outside a group").arg(t));
        }
        PatternElement e;
        if (!parseElement(tokens, i, &e)) {
            return false;
        }
        out->append(e);
    }
    return !inGroup || fail(QStringLiteral("a group \"(\" is not closed"));
}

bool GrammarParser::parseElement(const QStringList &tokens, int *i, PatternElement *out)
{
    QString t = tokens.at((*i)++);
    static const QHash<QString, PatternRole> roles = {
        {QStringLiteral("participant"), PatternRole::Participant},
        {QStringLiteral("mediator"), PatternRole::Mediator},
        {QStringLiteral("place"), PatternRole::Place},
        {QStringLiteral("destination"), PatternRole::Destination},
        {QStringLiteral("date"), PatternRole::Date},
        {QStringLiteral("topic"), PatternRole::Topic},
    };
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon > 0 && t.at(0).isLower()) {
        const auto role = roles.constFind(t.left(colon));
        if (role == roles.cend()) {
            return fail(QStringLiteral("unknown role \"%1\" (participant, mediator, place, destination, date, topic)")
                            .arg(t.left(colon)));
        }
        out->role = role.value();
        t = t.mid(colon + 1);
    }
    if (t == QLatin1String("(")) {
        out->kind = AtomKind::Group;
        for (;;) {
            QVector<PatternElement> alt;
            if (!parseSequence(tokens, i, &alt, true)) {
                return false;
            }
            if (alt.isEmpty()) {
                return fail(QStringLiteral("an empty alternative in a group"));
            }
            out->alternatives.append(alt);
            const QString &close = tokens.at((*i)++);
            if (close == QLatin1String("|")) {
                continue;
            }
            return parseQuantifier(close.mid(1), out);
        }
    }
    static const QRegularExpression quantified(QStringLiteral("^(.+?)(\\?|\\*|\\+|\\{\\d+,\\d+\\})?$"));
    const auto m = quantified.match(t);
    const QString atom = t.size() > 1 ? m.captured(1) : t;
    return parseAtom(atom, out) && parseQuantifier(t.size() > 1 ? m.captured(2) : QString(), out);
}

bool GrammarParser::parseQuantifier(const QString &q, PatternElement *out)
{
    if (q.isEmpty()) {
        return true;
    }
    if (q == QLatin1String("?")) {
        out->min = 0;
    } else if (q == QLatin1String("*")) {
        out->min = 0;
        out->max = Unbounded;
    } else if (q == QLatin1String("+")) {
        out->max = Unbounded;
    } else {
        static const QRegularExpression range(QStringLiteral("^\\{(\\d+),(\\d+)\\}$"));
        const auto m = range.match(q);
        if (!m.hasMatch() || m.captured(1).toInt() > m.captured(2).toInt() || m.captured(2).toInt() == 0) {
            return fail(QStringLiteral("unknown repetition \"%1\" (?, *, +, {m,n})").arg(q));
        }
        out->min = m.captured(1).toInt();
        out->max = m.captured(2).toInt();
    }
    return true;
}

const WordSet *GrammarParser::wordSet(const QString &name)
{
    const auto it = m_sets.constFind(name);
    if (it == m_sets.cend()) {
        fail(QStringLiteral("unknown word set [%1]").arg(name));
        return nullptr;
    }
    m_grammar.usedLists.insert(name);
    return &it.value();
}

bool GrammarParser::parseAtom(const QString &atom, PatternElement *out)
{
    static const QHash<QString, AtomKind> named = {
        {QStringLiteral("TRIGGER"), AtomKind::Trigger},
        {QStringLiteral("WORD"), AtomKind::Word},
        {QStringLiteral("NAME"), AtomKind::Name},
        {QStringLiteral("TITLE"), AtomKind::Title},
        {QStringLiteral("ANY"), AtomKind::Any},
        {QStringLiteral("OTHER"), AtomKind::Other},
        {QStringLiteral("ACTOR"), AtomKind::Actor},
        {QStringLiteral("PLACE"), AtomKind::Place},
        {QStringLiteral("DATE"), AtomKind::Date},
        {QStringLiteral("SUBJECT"), AtomKind::Subject},
        {QStringLiteral("ASIDE"), AtomKind::Aside},
        {QStringLiteral("WE"), AtomKind::We},
    };
    if (named.contains(atom)) {
        out->kind = named.value(atom);
        return true;
    }
    const qsizetype equals = atom.indexOf(QLatin1Char('='));
    if (equals > 0 && (atom.startsWith(QLatin1String("ACTOR=")) || atom.startsWith(QLatin1String("PLACE=")))) {
        out->kind = atom.startsWith(QLatin1Char('A')) ? AtomKind::Actor : AtomKind::Place;
        out->kinds = atom.mid(equals + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        return !out->kinds.isEmpty() || fail(QStringLiteral("%1: kinds expected after =").arg(atom));
    }
    const bool negated = atom.startsWith(QLatin1String("WORD-["));
    if ((negated || atom.startsWith(QLatin1Char('['))) && atom.endsWith(QLatin1Char(']'))) {
        // [a|b]: one token of any of the sets; WORD-[a|b]: a lower-case word in none of them.
        const qsizetype open = atom.indexOf(QLatin1Char('['));
        const QStringList names = atom.mid(open + 1, atom.size() - open - 2).split(QLatin1Char('|'));
        out->kind = negated ? AtomKind::WordNotInSet : AtomKind::InSet;
        for (const QString &name : names) {
            const WordSet *set = wordSet(name);
            if (!set) {
                return false;
            }
            out->sets.append(set);
        }
        return true;
    }
    if (atom.startsWith(QLatin1Char('<')) && atom.endsWith(QLatin1Char('>'))) {
        const QString name = atom.mid(1, atom.size() - 2);
        const auto it = m_lists.constFind(name);
        if (it == m_lists.cend()) {
            return fail(QStringLiteral("unknown phrase list <%1>").arg(name));
        }
        m_grammar.usedLists.insert(name);
        out->kind = AtomKind::Phrase;
        out->phrases = &it.value();
        return true;
    }
    if (m_macros.contains(atom)) {
        out->kind = AtomKind::Group;
        out->alternatives = {m_macros.value(atom)};
        return true;
    }
    if (atom.at(0).isUpper()) {
        return fail(QStringLiteral("unknown element \"%1\"").arg(atom));
    }
    out->kind = AtomKind::Literal;
    out->literal = atom.startsWith(QLatin1Char('\\')) ? atom.mid(1) : atom.toLower();
    return true;
}

} // namespace

Result<EventGrammar> EventGrammar::parse(const QByteArray &bytes,
                                         const QString &file,
                                         const QHash<QString, WordSet> &wordSets,
                                         const QHash<QString, PhraseList> &phraseLists)
{
    GrammarParser parser(file, wordSets, phraseLists);
    return parser.parse(bytes);
}

} // namespace Readout
