// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "articlework.h"
#include "timeline.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class QSqlQuery;

namespace Readout
{

/// What tells whether an article or its corrections changed since they were indexed: the sizes and
/// modification times of the file and of its sidecar (beside it or in the data directory).
struct ArticleStamp {
    qint64 size = -1;
    qint64 modified = -1; ///< ms since the epoch
    qint64 sidecarSize = -1; ///< -1: no sidecar
    qint64 sidecarModified = -1;

    [[nodiscard]] static ArticleStamp of(const QString &articlePath);
    bool operator==(const ArticleStamp &other) const
    {
        return size == other.size && modified == other.modified && sidecarSize == other.sidecarSize
            && sidecarModified == other.sidecarModified;
    }
};

/// One article as the index lists it.
struct IndexedArticle {
    QString path; ///< relative to the corpus folder
    QString published; ///< YYYY-MM-DD or empty
    QString title;
    QString state; ///< extracted, corrected, reviewed or failed
    int events = 0;
    QString error; ///< why it failed
    QByteArray jsonLine; ///< the batch's JSON line of the article (with its newline)
    QByteArray csvRows; ///< the batch's CSV rows of its events, without the header
};

/// One search result: the sentence of an article that matches.
struct SearchHit {
    QString path; ///< relative to the corpus folder
    QString published;
    int start = 0; ///< where the sentence starts in the article's text
    QString sentence;
};

/// A search: words of the text (an FTS5 query: words, "a phrase", OR, NOT, prefix*) and fields
/// of the events (actor:, person:, type:, status:, from:, to:, each may be repeated once).
struct SearchQuery {
    QString text;
    QString actor;
    QString person;
    QString type;
    QString status;
    QString from; ///< YYYY-MM-DD, inclusive, on the event's date
    QString to;

    /// "talks actor:Russia from:2022-01-01": Malformed naming the part it does not understand.
    [[nodiscard]] static Result<SearchQuery> parse(const QString &query);
    [[nodiscard]] bool hasFields() const;
};

/// The index of a corpus folder: an SQLite database (Qt SQL, QSQLITE) in FOLDER/.readout/
/// corpus.sqlite with every article's state, events and sentences, searchable in full text (FTS5)
/// and by field. Rebuilt when missing or made by another extractor (the fingerprint), updated an
/// article at a time. Used from the thread that opened it.
class CorpusIndex
{
public:
    /// Opens (creating it when needed) the index of folder for the extractor named by fingerprint;
    /// an index made by another extractor, or of another schema, is emptied. Unreadable or
    /// Unsupported naming the file and the problem (a .readout that is a link or a file, a
    /// read-only folder, a damaged database).
    [[nodiscard]] static Result<std::unique_ptr<CorpusIndex>> open(const QString &folder, const QString &fingerprint);
    /// Opens an index for searching only, while a job may be writing it: no schema change, and
    /// NotFound when there is none yet or it was made by another extractor.
    [[nodiscard]] static Result<std::unique_ptr<CorpusIndex>> openForReading(const QString &folder,
                                                                             const QString &fingerprint);
    ~CorpusIndex();
    CorpusIndex(const CorpusIndex &) = delete;
    CorpusIndex &operator=(const CorpusIndex &) = delete;

    [[nodiscard]] static QString pathIn(const QString &folder);
    [[nodiscard]] QString path() const;

    /// The indexed article when its stamp is unchanged, else nothing.
    [[nodiscard]] std::optional<IndexedArticle> current(const QString &relativePath, const ArticleStamp &stamp) const;
    /// Replaces what is indexed of one article. sentences: [start, end) of each in its text.
    [[nodiscard]] bool store(const IndexedArticle &article,
                             const ArticleStamp &stamp,
                             const ArticleWork &work,
                             const QVector<std::pair<int, int>> &sentences);
    /// Forgets the articles not in present (relative paths): deleted or moved away.
    [[nodiscard]] bool keepOnly(const QStringList &present);
    /// Groups the writes that follow into one transaction until commit().
    void begin();
    [[nodiscard]] bool commit();

    /// Every article, by path.
    [[nodiscard]] QVector<IndexedArticle> articles() const;
    /// The sentences matching query (text words, and fields of an event told in that sentence),
    /// by article path and position, at most limit.
    [[nodiscard]] Result<QVector<SearchHit>> search(const SearchQuery &query, int limit = 200) const;

    /// Every event of the corpus, for the timeline (paths absolute in folder).
    [[nodiscard]] QVector<TimelineEvent> timelineEvents(const QString &folder) const;

    /// The last database error, for messages.
    [[nodiscard]] QString lastError() const;

private:
    explicit CorpusIndex(QString connection, QString path);
    /// A new connection to file with the driver's connect options.
    [[nodiscard]] static Result<std::unique_ptr<CorpusIndex>> connect(const QString &file, const QString &options);
    [[nodiscard]] bool createSchema(const QString &fingerprint);
    /// Executes a prepared statement, keeping its error for lastError().
    bool run(QSqlQuery &query) const;

    QString m_connection; ///< the QSqlDatabase connection name, unique per index
    QString m_path;
    mutable QString m_lastError;
};

} // namespace Readout
