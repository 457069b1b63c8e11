// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusexport.h"

#include "../pipeline.h"
#include "../storage/csvexporter.h"
#include "../storage/icsexporter.h"
#include "../storage/jsonexporter.h"
#include "articlework.h"
#include "batchrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Readout
{

bool CorpusExport::formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        *format = Format::Csv;
    } else if (suffix == QLatin1String("json")) {
        *format = Format::Json;
    } else if (suffix == QLatin1String("ics")) {
        *format = Format::Ics;
    } else {
        return false;
    }
    return true;
}

CorpusExport::Outcome CorpusExport::run(const QStringList &files,
                                        Format format,
                                        const Pipeline &pipeline,
                                        const BatchRunner &runner,
                                        const std::atomic<bool> *cancelled,
                                        const std::function<void(int, int)> &progress)
{
    Outcome out;
    const CsvExporter csv(pipeline.knowledge());
    QJsonArray documents;
    // The calendar needs every article's document and events at the end: kept, not the whole work.
    QVector<Document> calendarDocuments;
    QVector<QVector<Event>> calendarEvents;
    if (format == Format::Csv) {
        out.bytes = csv.toCsv(Document(), {}, true);
    }
    int done = 0;
    runner.run<ArticleWork>(
        int(files.size()),
        [&](int i) {
            return ArticleWork::read(files.at(i), QDate(), pipeline, true);
        },
        [&](int, ArticleWork &work) {
            ++done;
            if (progress) {
                progress(done, int(files.size()));
            }
            if (work.origin == ArticleWork::Origin::Failed) {
                out.failed.append(work.error);
                return true;
            }
            ++out.articles;
            out.events += int(work.events.size());
            switch (format) {
            case Format::Csv:
                out.bytes += csv.toCsv(work.document, work.events, false);
                break;
            case Format::Json: {
                QJsonObject doc = JsonExporter::toJson(work.document, work.entities, work.events);
                doc.insert(QStringLiteral("origin"), ArticleWork::originName(work.origin));
                documents.append(doc);
                break;
            }
            case Format::Ics:
                calendarDocuments.append(std::move(work.document));
                calendarEvents.append(std::move(work.events));
                break;
            }
            return true;
        },
        cancelled);
    out.cancelled = cancelled && cancelled->load();
    if (format == Format::Json) {
        out.bytes = QJsonDocument(documents).toJson(QJsonDocument::Indented);
    } else if (format == Format::Ics) {
        QVector<IcsExporter::Article> articles;
        for (int i = 0; i < calendarDocuments.size(); ++i) {
            articles.append({&calendarDocuments.at(i), &calendarEvents.at(i)});
        }
        out.bytes = IcsExporter(pipeline.knowledge()).toIcs(articles);
    }
    return out;
}

} // namespace Readout
