// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusupdater.h"

#include "../extract/textsegmenter.h"
#include "../pipeline.h"
#include "../storage/csvexporter.h"
#include "../storage/jsonexporter.h"
#include "batchrunner.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace Readout
{

namespace
{

/// The document's title, else its first line when that is short enough to be a headline.
QString titleOf(const Document &doc)
{
    if (!doc.metadata().title.isEmpty()) {
        return doc.metadata().title.simplified();
    }
    const QString text = doc.text().mid(doc.bodyStart(), 400).trimmed();
    const QString first = text.left(text.indexOf(QLatin1Char('\n'))).simplified();
    return first.size() <= 160 ? first : QString();
}

QString stateOf(const ArticleWork &work)
{
    switch (work.origin) {
    case ArticleWork::Origin::Failed:
        return QStringLiteral("failed");
    case ArticleWork::Origin::Corrected: {
        const bool reviewed =
            !work.events.isEmpty() && std::all_of(work.events.cbegin(), work.events.cend(), [](const Event &e) {
                return e.reviewed;
            });
        return reviewed ? QStringLiteral("reviewed") : QStringLiteral("corrected");
    }
    case ArticleWork::Origin::Extracted:
    case ArticleWork::Origin::Annotations:
        break;
    }
    return QStringLiteral("extracted");
}

/// Where each sentence of the article starts and ends, for the index's full-text search.
QVector<std::pair<int, int>> sentencesOf(const ArticleWork &work, const KnowledgeBase &kb)
{
    QVector<std::pair<int, int>> spans;
    if (work.origin == ArticleWork::Origin::Failed) {
        return spans;
    }
    const Segmentation seg = TextSegmenter::segment(work.document.text(), 0, kb);
    spans.reserve(seg.sentences.size());
    for (const Sentence &s : seg.sentences) {
        spans.append({s.start, s.end});
    }
    return spans;
}

} // namespace

CorpusUpdater::CorpusUpdater(const Pipeline &pipeline, const BatchRunner &runner, bool sidecars, const QDate &published)
    : m_pipeline(pipeline)
    , m_runner(runner)
    , m_sidecars(sidecars)
    , m_published(published)
{
}

IndexedArticle CorpusUpdater::render(const QString &relativePath, const ArticleWork &work) const
{
    IndexedArticle entry;
    entry.path = relativePath;
    entry.events = int(work.events.size());
    entry.error = work.error;
    entry.state = stateOf(work);
    if (work.origin == ArticleWork::Origin::Failed) {
        return entry;
    }
    const QDate published = work.document.metadata().published;
    entry.published = published.isValid() ? published.toString(Qt::ISODate) : QString();
    entry.title = titleOf(work.document);
    QJsonObject line = JsonExporter::toJson(work.document, work.entities, work.events);
    line.insert(QStringLiteral("origin"), ArticleWork::originName(work.origin));
    entry.jsonLine = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    entry.csvRows = CsvExporter(m_pipeline.knowledge()).toCsv(work.document, work.events, false);
    return entry;
}

bool CorpusUpdater::run(const QStringList &files,
                        const QString &folder,
                        CorpusIndex *index,
                        const std::function<bool(CorpusItem &)> &deliver,
                        const std::atomic<bool> *cancelled) const
{
    // The index is asked here, on its thread; the jobs read only what changed.
    const QDir base(folder);
    QVector<QString> relative(files.size());
    QVector<ArticleStamp> stamps(files.size());
    QVector<std::optional<IndexedArticle>> cached(files.size());
    for (int i = 0; i < files.size(); ++i) {
        relative[i] = index ? base.relativeFilePath(files.at(i)) : files.at(i);
        if (index) {
            stamps[i] = ArticleStamp::of(files.at(i));
            cached[i] = index->current(relative.at(i), stamps.at(i));
        }
    }
    bool stored = true;
    int pending = 0;
    if (index) {
        (void)index->keepOnly(relative.toList());
        index->begin();
    }
    m_runner.run<CorpusItem>(
        int(files.size()),
        [&](int i) {
            CorpusItem item;
            item.file = files.at(i);
            if (cached.at(i)) {
                item.fresh = false;
                item.entry = *cached.at(i);
                return item;
            }
            item.work = ArticleWork::read(files.at(i), m_published, m_pipeline, m_sidecars);
            item.entry = render(relative.at(i), item.work);
            if (index) {
                item.sentences = sentencesOf(item.work, m_pipeline.knowledge());
            }
            return item;
        },
        [&](int i, CorpusItem &item) {
            if (index && item.fresh) {
                stored = index->store(item.entry, stamps.at(i), item.work, item.sentences) && stored;
                if (++pending >= 200) { // a transaction per few hundred articles: fast, and little lost on a crash
                    stored = index->commit() && stored;
                    index->begin();
                    pending = 0;
                }
            }
            return deliver(item);
        },
        cancelled);
    if (index) {
        stored = index->commit() && stored;
    }
    return stored;
}

} // namespace Readout
