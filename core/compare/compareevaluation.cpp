// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareevaluation.h"

#include "../formats/documentreader.h"
#include "../pipeline.h"
#include "comparison.h"
#include "eventmatcher.h"
#include "storybuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Readout
{

namespace
{

struct GoldDocument {
    QString name;
    CompareSide side; ///< extracted
    QVector<Event> gold;
    QStringList xrefs; ///< per gold event, may be empty
    QVector<QStringList> altDates;
    QVector<int> goldOfExtracted; ///< per extracted event: the gold event it stands for, or -1
};

QSet<QString> keys(const QStringList &participants)
{
    QSet<QString> out;
    for (const QString &p : participants) {
        out.insert(p.simplified().toLower());
    }
    return out;
}

QString describe(const Event &e)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(e.type,
             e.participants.join(QLatin1String("; ")),
             e.date.isEmpty() ? QStringLiteral("-") : e.date,
             e.status);
}

/// One document of the gold folder: its gold events (with xrefs and alternative dates) and what
/// the pipeline extracts from it, each extracted event tied to the gold event it stands for.
Result<GoldDocument> readGoldDocument(const QDir &dir, const QString &name, const Pipeline &pipeline)
{
    const QString base = name.chopped(int(QStringLiteral(".gold.json").size()));
    QFile goldFile(dir.filePath(name));
    if (!goldFile.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Unreadable, QStringLiteral("%1: cannot read (%2)").arg(name, goldFile.errorString())};
    }
    QJsonParseError parseError;
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return Error{Error::Code::Malformed, QStringLiteral("%1: %2").arg(name, parseError.errorString())};
    }
    auto document = readDocument(dir.filePath(base + QStringLiteral(".txt")));
    if (!document) {
        return document.error();
    }
    GoldDocument d;
    d.name = base;
    d.side.document = document.value();
    d.side.document.setPublished(QDate::fromString(gold.value(QLatin1String("published")).toString(), Qt::ISODate));
    for (const QJsonValue &v : gold.value(QLatin1String("events")).toArray()) {
        const QJsonObject o = v.toObject();
        Event e;
        e.id = QStringLiteral("G%1").arg(d.gold.size() + 1);
        e.type = o.value(QLatin1String("type")).toString();
        for (const QJsonValue &p : o.value(QLatin1String("participants")).toArray()) {
            e.participants.append(p.toString());
        }
        e.date = o.value(QLatin1String("date")).toString();
        e.location = o.value(QLatin1String("location")).toString();
        e.status = o.value(QLatin1String("status")).toString();
        e.evidenceText = o.value(QLatin1String("evidence")).toString();
        QStringList alt;
        const QJsonValue altValue = o.value(QLatin1String("alt_date"));
        if (altValue.isString()) {
            alt.append(altValue.toString());
        }
        for (const QJsonValue &x : altValue.toArray()) {
            alt.append(x.toString());
        }
        d.gold.append(e);
        d.xrefs.append(o.value(QLatin1String("xref")).toString());
        d.altDates.append(alt);
    }
    const Extraction x = pipeline.run(d.side.document);
    d.side.entities = x.entities;
    d.side.events = x.events;
    // Each extracted event stands for at most one gold event: same participants, same date.
    QVector<bool> taken(d.gold.size(), false);
    for (const Event &e : std::as_const(d.side.events)) {
        int found = -1;
        for (int g = 0; g < d.gold.size() && found < 0; ++g) {
            if (!taken.at(g) && keys(e.participants) == keys(d.gold.at(g).participants)
                && (e.date == d.gold.at(g).date || d.altDates.at(g).contains(e.date))) {
                found = g;
            }
        }
        if (found >= 0) {
            taken[found] = true;
        }
        d.goldOfExtracted.append(found);
    }
    return d;
}

/// Scores stories against the xrefs: pairs of members of different documents, and the gold
/// stories held exactly. goldOf(member): the gold event a member stands for, or -1.
void scoreStories(const QVector<Story> &stories,
                  const QVector<GoldDocument> &docs,
                  const std::function<int(const StoryMember &)> &goldOf,
                  const QString &label,
                  CompareEvaluation::PairCounts &counts,
                  int &exact,
                  QStringList &errors)
{
    using GoldEvent = QPair<int, int>; // document, gold event
    const auto xref = [&](const GoldEvent &g) {
        return g.second < 0 ? QString() : docs.at(g.first).xrefs.at(g.second);
    };
    // The gold stories: xref -> its events.
    QHash<QString, QSet<GoldEvent>> gold;
    for (int d = 0; d < docs.size(); ++d) {
        for (int g = 0; g < docs.at(d).gold.size(); ++g) {
            if (!docs.at(d).xrefs.at(g).isEmpty()) {
                gold[docs.at(d).xrefs.at(g)].insert({d, g});
            }
        }
    }
    QSet<QPair<GoldEvent, GoldEvent>> found;
    for (const Story &story : stories) {
        QSet<GoldEvent> held;
        bool unmapped = false;
        for (int i = 0; i < story.members.size(); ++i) {
            const GoldEvent gi{story.members.at(i).report, goldOf(story.members.at(i))};
            unmapped = unmapped || gi.second < 0;
            held.insert(gi);
            for (int j = i + 1; j < story.members.size(); ++j) {
                const GoldEvent gj{story.members.at(j).report, goldOf(story.members.at(j))};
                if (gi.first == gj.first) {
                    continue;
                }
                const auto key = gi < gj ? qMakePair(gi, gj) : qMakePair(gj, gi);
                if (!xref(gi).isEmpty() && xref(gi) == xref(gj) && !found.contains(key)) {
                    ++counts.tp;
                    found.insert(key);
                } else {
                    ++counts.fp;
                    errors << QStringLiteral("%1 fp\t%2 ~ %3\t%4")
                                  .arg(label, docs.at(gi.first).name, docs.at(gj.first).name, story.label());
                }
            }
        }
        const QString x = xref(*held.cbegin());
        if (!unmapped && !x.isEmpty() && held == gold.value(x) && held.size() > 1) {
            ++exact;
        }
    }
    for (auto it = gold.cbegin(); it != gold.cend(); ++it) {
        const QList<GoldEvent> events(it.value().cbegin(), it.value().cend());
        for (int i = 0; i < events.size(); ++i) {
            for (int j = i + 1; j < events.size(); ++j) {
                const auto key = events.at(i) < events.at(j) ? qMakePair(events.at(i), events.at(j))
                                                             : qMakePair(events.at(j), events.at(i));
                if (key.first.first != key.second.first && !found.contains(key)) {
                    ++counts.fn;
                    errors << QStringLiteral("%1 fn\t%2 ~ %3\t%4")
                                  .arg(label, docs.at(key.first.first).name, docs.at(key.second.first).name, it.key());
                }
            }
        }
    }
}

void scoreGroups(const QVector<GoldDocument> &docs, const CompareRules &rules, CompareEvaluation &result)
{
    QHash<QString, QSet<int>> documentsOf;
    for (int d = 0; d < docs.size(); ++d) {
        for (const QString &x : docs.at(d).xrefs) {
            if (!x.isEmpty()) {
                documentsOf[x].insert(d);
            }
        }
    }
    for (auto it = documentsOf.cbegin(); it != documentsOf.cend(); ++it) {
        result.goldStories += it.value().size() > 1 ? 1 : 0;
    }
    const StoryBuilder builder(rules);
    QVector<StoryReport> onGold;
    QVector<StoryReport> extracted;
    for (const GoldDocument &d : docs) {
        onGold.append(StoryReport{d.name, d.side.document.metadata().published, d.gold});
        extracted.append(StoryReport{d.name, d.side.document.metadata().published, d.side.events});
    }
    scoreStories(
        builder.build(onGold),
        docs,
        [](const StoryMember &m) {
            return m.event;
        },
        QStringLiteral("stories gold"),
        result.storiesOnGold,
        result.storiesExactOnGold,
        result.errors);
    scoreStories(
        builder.build(extracted),
        docs,
        [&](const StoryMember &m) {
            return docs.at(m.report).goldOfExtracted.at(m.event);
        },
        QStringLiteral("stories e2e"),
        result.storiesEndToEnd,
        result.storiesExactEndToEnd,
        result.errors);
}

} // namespace

Result<CompareEvaluation>
CompareEvaluation::run(const QString &goldDir, const Pipeline &pipeline, const CompareRules &rules)
{
    const QDir dir(goldDir);
    if (!dir.exists()) {
        return Error{Error::Code::NotFound, QStringLiteral("%1: no such folder").arg(goldDir)};
    }
    QVector<GoldDocument> docs;
    for (const QString &name : dir.entryList({QStringLiteral("*.gold.json")}, QDir::Files, QDir::Name)) {
        auto d = readGoldDocument(dir, name, pipeline);
        if (!d) {
            return d.error();
        }
        docs.append(d.value());
    }
    if (docs.isEmpty()) {
        return Error{Error::Code::NotFound, QStringLiteral("%1: no .gold.json files").arg(goldDir)};
    }

    CompareEvaluation result;
    result.documents = int(docs.size());
    for (const GoldDocument &d : std::as_const(docs)) {
        for (int g = 0; g < d.gold.size(); ++g) {
            if (!d.xrefs.at(g).isEmpty()) {
                ++result.goldEventsWithXref;
                result.goldEventsFound += d.goldOfExtracted.contains(g) ? 1 : 0;
            }
        }
    }
    const EventMatcher matcher(rules);
    for (int x = 0; x < docs.size(); ++x) {
        for (int y = x + 1; y < docs.size(); ++y) {
            const GoldDocument &a = docs.at(x);
            const GoldDocument &b = docs.at(y);
            ++result.filePairs;
            QSet<QPair<int, int>> goldPairs;
            for (int i = 0; i < a.gold.size(); ++i) {
                for (int j = 0; j < b.gold.size(); ++j) {
                    if (!a.xrefs.at(i).isEmpty() && a.xrefs.at(i) == b.xrefs.at(j)) {
                        goldPairs.insert({i, j});
                    }
                }
            }
            result.goldPairs += int(goldPairs.size());
            const QString where = a.name + QStringLiteral(" / ") + b.name;

            // The matcher alone, on the gold events.
            QSet<QPair<int, int>> hit;
            for (const EventPair &p : matcher.match(a.gold, b.gold)) {
                if (!p.isMatch()) {
                    continue;
                }
                if (goldPairs.contains({p.a, p.b})) {
                    ++result.onGold.tp;
                    hit.insert({p.a, p.b});
                } else {
                    ++result.onGold.fp;
                    result.errors << QStringLiteral("gold fp\t%1\t%2 ~ %3")
                                         .arg(where, describe(a.gold.at(p.a)), describe(b.gold.at(p.b)));
                }
            }
            for (const auto &g : std::as_const(goldPairs)) {
                if (!hit.contains(g)) {
                    ++result.onGold.fn;
                    result.errors << QStringLiteral("gold fn\t%1\t%2 ~ %3")
                                         .arg(where, describe(a.gold.at(g.first)), describe(b.gold.at(g.second)));
                }
            }

            // End to end: the comparison of the extracted events.
            hit.clear();
            const Comparison c = Comparison::compare(a.side, b.side, rules);
            for (const EventPair &p : c.pairs) {
                if (!p.isMatch()) {
                    continue;
                }
                const QPair<int, int> g{a.goldOfExtracted.at(p.a), b.goldOfExtracted.at(p.b)};
                if (goldPairs.contains(g) && !hit.contains(g)) {
                    ++result.endToEnd.tp;
                    hit.insert(g);
                } else {
                    ++result.endToEnd.fp;
                    result.errors << QStringLiteral("e2e fp\t%1\t%2 ~ %3")
                                         .arg(where, describe(a.side.events.at(p.a)), describe(b.side.events.at(p.b)));
                }
            }
            for (const auto &g : std::as_const(goldPairs)) {
                if (!hit.contains(g)) {
                    ++result.endToEnd.fn;
                    result.errors << QStringLiteral("e2e fn\t%1\t%2 ~ %3")
                                         .arg(where, describe(a.gold.at(g.first)), describe(b.gold.at(g.second)));
                }
            }
        }
    }
    scoreGroups(docs, rules, result);
    return result;
}

} // namespace Readout
