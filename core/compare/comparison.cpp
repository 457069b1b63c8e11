// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "knowledge/rulelabels.h"

#include <QCoreApplication>
#include <QSet>

namespace Readout
{

Comparison Comparison::compare(const CompareSide &a,
                               const CompareSide &b,
                               const CompareRules &rules,
                               const MatchDecisions &decisions)
{
    Comparison c;
    const ParagraphAligner aligner(rules);
    c.paragraphsA = ParagraphAligner::paragraphs(a.document);
    c.paragraphsB = ParagraphAligner::paragraphs(b.document);
    c.alignment = aligner.align(a.document, a.entities, c.paragraphsA, b.document, b.entities, c.paragraphsB);

    QVector<int> paraOfA(a.events.size());
    QVector<int> paraOfB(b.events.size());
    for (int i = 0; i < a.events.size(); ++i) {
        paraOfA[i] = ParagraphAligner::paragraphAt(c.paragraphsA, a.events.at(i).evidenceStart);
    }
    for (int j = 0; j < b.events.size(); ++j) {
        paraOfB[j] = ParagraphAligner::paragraphAt(c.paragraphsB, b.events.at(j).evidenceStart);
    }
    QVector<int> facing(c.paragraphsA.size(), -1);
    for (const AlignedParagraphs &row : std::as_const(c.alignment)) {
        if (row.isMatch()) {
            facing[row.a] = row.b;
        }
    }
    const EventMatcher matcher(rules);
    c.pairs = matcher.match(
        a.events,
        b.events,
        [&](int i, int j) {
            return paraOfA.at(i) >= 0 && paraOfB.at(j) >= 0 && facing.at(paraOfA.at(i)) == paraOfB.at(j);
        },
        decisions);
    return c;
}

int Comparison::count(const QString &flag) const
{
    int n = 0;
    for (const EventPair &p : pairs) {
        n += p.has(flag) ? 1 : 0;
    }
    return n;
}

QString Comparison::summaryText(const CompareRules &rules) const
{
    // "3 events: 2 same, 1 date differs, 0 only in A, 0 only in B", the flags' summaries from the
    // rules, in the user's language.
    const auto part = [&rules](int n, const QString &flag) {
        return QCoreApplication::translate("Readout::Comparison", "%1 %2")
            .arg(n)
            .arg(RuleLabels::compareFlag(rules.flag(flag).summary));
    };
    QStringList parts;
    parts << part(count(QStringLiteral("same")), QStringLiteral("same"));
    for (const QString &flag : {QStringLiteral("date_differs"),
                                QStringLiteral("place_differs"),
                                QStringLiteral("participants_differ"),
                                QStringLiteral("status_differs")}) {
        if (const int n = count(flag); n > 0) {
            parts << part(n, flag);
        }
    }
    for (const QString &flag : {QStringLiteral("only_in_a"), QStringLiteral("only_in_b")}) {
        parts << part(count(flag), flag);
    }
    const int n = int(pairs.size());
    return QCoreApplication::translate("Readout::Comparison", "%n event(s): %1", nullptr, n)
        .arg(parts.join(QLatin1String(", ")));
}

int Comparison::partnerOfA(int i) const
{
    for (const AlignedParagraphs &row : alignment) {
        if (row.a == i) {
            return row.b;
        }
    }
    return -1;
}

int Comparison::partnerOfB(int j) const
{
    for (const AlignedParagraphs &row : alignment) {
        if (row.b == j) {
            return row.a;
        }
    }
    return -1;
}

QPair<TextRanges, TextRanges> Comparison::differingWords(const QString &textA,
                                                         int startA,
                                                         int endA,
                                                         const QString &textB,
                                                         int startB,
                                                         int endB,
                                                         const CompareRules &rules)
{
    const ParagraphAligner aligner(rules);
    const QVector<ContentWord> wa = aligner.contentWords(textA, startA, endA, true);
    const QVector<ContentWord> wb = aligner.contentWords(textB, startB, endB, true);
    QSet<QString> ka;
    QSet<QString> kb;
    for (const ContentWord &w : wa) {
        ka.insert(w.key);
    }
    for (const ContentWord &w : wb) {
        kb.insert(w.key);
    }
    QPair<TextRanges, TextRanges> out;
    for (const ContentWord &w : wa) {
        if (!kb.contains(w.key)) {
            out.first.append({w.start, w.end});
        }
    }
    for (const ContentWord &w : wb) {
        if (!ka.contains(w.key)) {
            out.second.append({w.start, w.end});
        }
    }
    return out;
}

} // namespace Readout
