// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluation.h"

#include "../document.h"
#include "../extract/textsegmenter.h"
#include "../formats/bratreader.h"
#include "../formats/documentreader.h"
#include "../knowledge/knowledgebase.h"
#include "../knowledge/tokentrie.h"
#include "../pipeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Readout
{

namespace
{

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Unreadable, QStringLiteral("%1: cannot read (%2)").arg(path, f.errorString())};
    }
    return f.readAll();
}

bool isTimexLabel(const QString &label)
{
    return label == QLatin1String("DATE") || label == QLatin1String("TIME") || label == QLatin1String("DURATION")
        || label == QLatin1String("SET") || label == QLatin1String("TIMEX3");
}

QDate metaDate(const QString &metaPath)
{
    auto bytes = readAll(metaPath);
    if (!bytes) {
        return {};
    }
    const QJsonObject meta = QJsonDocument::fromJson(bytes.value()).object();
    return QDate::fromString(meta.value(QLatin1String("dct")).toString().left(10), Qt::ISODate);
}

} // namespace

Evaluation::Evaluation(const Pipeline &pipeline)
    : m_pipeline(pipeline)
{
}

Result<Evaluation::Task> Evaluation::detectTask(const QString &goldDir)
{
    const QDir dir(goldDir);
    if (!dir.exists()) {
        return Error{Error::Code::NotFound, QStringLiteral("%1: no such folder").arg(goldDir)};
    }
    if (!dir.entryList({QStringLiteral("*.gold.json")}, QDir::Files).isEmpty()) {
        return Task::Events;
    }
    const QStringList anns = dir.entryList({QStringLiteral("*.ann")}, QDir::Files, QDir::Name);
    if (anns.isEmpty()) {
        return Error{Error::Code::Malformed, QStringLiteral("%1: no .ann or .gold.json files").arg(goldDir)};
    }
    for (const QString &name : anns) {
        auto bytes = readAll(dir.filePath(name));
        if (!bytes) {
            return bytes.error();
        }
        auto ann = BratReader::parse(QString::fromUtf8(bytes.value()), name);
        if (ann && !ann.value().spans.isEmpty()) {
            return isTimexLabel(ann.value().spans.first().label) ? Task::Dates : Task::Entities;
        }
    }
    return Task::Entities;
}

/// The canonical actor a gold participant names, by the knowledge base's aliases ("Association of
/// Southeast Asian Nations" -> ASEAN), as the events_dev README's alias normalisation asks; the
/// name itself when the knowledge base does not know it.
QString Evaluation::actorName(const KnowledgeBase &kb, const QString &name)
{
    for (const int id : kb.gazetteer().find(TextSegmenter::keys(name))) {
        const GazetteerEntry &entry = kb.entry(id);
        const bool country = entry.type != EntityType::Location || entry.placeKind == QLatin1String("country");
        if (entry.actorKind != ActorKind::None && !entry.actor.isEmpty() && country) {
            return entry.actor;
        }
    }
    return name;
}

Result<int> Evaluation::run(const QString &goldDir, Task task, PublishedFrom publishedFrom)
{
    const QDir dir(goldDir);
    const QStringList texts = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    int documents = 0;
    for (const QString &name : texts) {
        const QString base = dir.filePath(name.chopped(4));
        const QString goldPath =
            task == Task::Events ? base + QStringLiteral(".gold.json") : base + QStringLiteral(".ann");
        if (!QFile::exists(goldPath)) {
            continue;
        }
        auto doc = readDocument(dir.filePath(name));
        if (!doc) {
            return doc.error();
        }
        Document document = doc.value();
        auto goldBytes = readAll(goldPath);
        if (!goldBytes) {
            return goldBytes.error();
        }

        if (task == Task::Events) {
            const QJsonObject gold = QJsonDocument::fromJson(goldBytes.value()).object();
            if (publishedFrom == PublishedFrom::Meta) {
                document.setPublished(
                    QDate::fromString(gold.value(QLatin1String("published")).toString(), Qt::ISODate));
            }
            const Extraction x = m_pipeline.run(document);
            QVector<ScoredEvent> goldEvents;
            for (const QJsonValue &v : gold.value(QLatin1String("events")).toArray()) {
                const QJsonObject o = v.toObject();
                ScoredEvent e;
                e.type = o.value(QLatin1String("type")).toString();
                for (const QJsonValue &p : o.value(QLatin1String("participants")).toArray()) {
                    e.participants.append(actorName(m_pipeline.knowledge(), p.toString()));
                }
                e.date = o.value(QLatin1String("date")).toString();
                const QJsonValue alt = o.value(QLatin1String("alt_date"));
                if (alt.isString()) {
                    e.alternativeDates.append(alt.toString());
                } else {
                    for (const QJsonValue &a : alt.toArray()) {
                        e.alternativeDates.append(a.toString());
                    }
                }
                e.location = o.value(QLatin1String("location")).toString();
                e.status = o.value(QLatin1String("status")).toString();
                e.evidence = o.value(QLatin1String("evidence")).toString();
                goldEvents.append(e);
            }
            QVector<ScoredEvent> predicted;
            for (const Event &ev : x.events) {
                predicted.append(
                    {ev.type, ev.participants, ev.date, {}, ev.location, ev.status, ev.evidenceText.simplified()});
            }
            m_events.add(name, goldEvents, predicted);
            QHash<QString, QStringList> goldNames;
            const QJsonObject listed = gold.value(QLatin1String("entities")).toObject();
            for (const QString &label : DocumentEntityScorer::labels()) {
                for (const QJsonValue &n : listed.value(label).toArray()) {
                    goldNames[label].append(n.toString());
                }
            }
            const KnowledgeBase &kb = m_pipeline.knowledge();
            m_documentEntities.add(name, goldNames, x.entities, [&kb](const QString &n) {
                return actorName(kb, n);
            });
            ++documents;
            continue;
        }

        if (publishedFrom == PublishedFrom::Meta || !document.metadata().published.isValid()) {
            const QDate dct = metaDate(base + QStringLiteral(".meta.json"));
            if (dct.isValid() || publishedFrom == PublishedFrom::Meta) {
                document.setPublished(dct);
            }
        }
        const QString &text = document.text();
        int codePoints = 0;
        for (int i = 0; i < text.size(); ++i) {
            if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
                ++codePoints;
            }
        }
        auto ann = BratReader::parse(QString::fromUtf8(goldBytes.value()), QFileInfo(goldPath).fileName(), codePoints);
        if (!ann) {
            return ann.error();
        }
        const Extraction x = m_pipeline.run(document);
        QVector<ScoredSpan> gold;
        QVector<ScoredSpan> predicted;
        // Error contexts are cut from the text by code-point offsets; this copy has one unit per point.
        QString pointText;
        pointText.reserve(text.size());
        for (int i = 0; i < text.size(); ++i) {
            if (!text.at(i).isLowSurrogate()) {
                pointText.append(text.at(i).isHighSurrogate() ? QChar(0xFFFD) : text.at(i));
            }
        }
        for (const BratSpan &s : ann.value().spans) {
            const bool timex = isTimexLabel(s.label);
            if ((task == Task::Dates) != timex) {
                continue;
            }
            QString value = s.note;
            if (value.startsWith(QLatin1String("value="))) {
                value = value.mid(6);
            }
            gold.append({s.start, s.end, s.label, timex ? value : QString(), s.text});
        }
        for (const Entity &e : x.entities) {
            const bool timex = e.type == EntityType::Date;
            if ((task == Task::Dates) != timex) {
                continue;
            }
            predicted.append({document.toCodePoint(e.start),
                              document.toCodePoint(e.end),
                              timex ? e.timexType : entityTypeName(e.type),
                              e.value,
                              e.text});
        }
        if (task == Task::Dates) {
            m_dates.add(name, pointText, gold, predicted);
        } else {
            m_entities.add(name, pointText, gold, predicted);
        }
        ++documents;
    }
    if (documents == 0) {
        return Error{Error::Code::Malformed, QStringLiteral("%1: no document with a gold file").arg(goldDir)};
    }
    return documents;
}

const EntityScorer &Evaluation::entities() const
{
    return m_entities;
}

const TimexScorer &Evaluation::dates() const
{
    return m_dates;
}

void Evaluation::setEventGroups(const QVector<FileGroup> &groups)
{
    m_events.setGroups(groups);
}

const DocumentEntityScorer &Evaluation::documentEntities() const
{
    return m_documentEntities;
}

const EventScorer &Evaluation::events() const
{
    return m_events;
}

} // namespace Readout
