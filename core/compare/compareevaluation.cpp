// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareevaluation.h"

#include "../formats/documentreader.h"
#include "../pipeline.h"
#include "comparison.h"
#include "eventmatcher.h"

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
        const QString base = name.chopped(int(QStringLiteral(".gold.json").size()));
        QFile goldFile(dir.filePath(name));
        if (!goldFile.open(QIODevice::ReadOnly)) {
            return Error{Error::Code::Unreadable,
                         QStringLiteral("%1: cannot read (%2)").arg(name, goldFile.errorString())};
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
        docs.append(d);
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
    return result;
}

} // namespace Readout
