// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusindex.h"

#include "../storage/sidecar.h"
#include "../storage/workspacefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#include <atomic>

namespace Readout
{

namespace
{

constexpr int SchemaVersion = 3;

QSqlDatabase db(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

/// "|russia|united states|": a list a LIKE '%|name|%' finds a whole name in.
QString bars(const QStringList &names)
{
    QStringList folded;
    for (const QString &n : names) {
        folded.append(n.toLower());
    }
    return QLatin1Char('|') + folded.join(QLatin1Char('|')) + QLatin1Char('|');
}

} // namespace

ArticleStamp ArticleStamp::of(const QString &articlePath)
{
    ArticleStamp s;
    const QFileInfo article(articlePath);
    s.size = article.size();
    s.modified = article.lastModified().toMSecsSinceEpoch();
    const QString sidecar = Sidecar::existingPath(articlePath);
    if (!sidecar.isEmpty()) {
        const QFileInfo info(sidecar);
        s.sidecarSize = info.size();
        s.sidecarModified = info.lastModified().toMSecsSinceEpoch();
    }
    return s;
}

QString CorpusIndex::pathIn(const QString &folder)
{
    return WorkspaceFolder::pathIn(folder, QStringLiteral("corpus.sqlite"));
}

CorpusIndex::CorpusIndex(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
{
}

CorpusIndex::~CorpusIndex()
{
    {
        QSqlDatabase d = db(m_connection);
        if (d.isOpen()) {
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString CorpusIndex::path() const
{
    return m_path;
}

QString CorpusIndex::lastError() const
{
    return m_lastError.isEmpty() ? db(m_connection).lastError().text() : m_lastError;
}

bool CorpusIndex::run(QSqlQuery &query) const
{
    if (query.exec()) {
        return true;
    }
    m_lastError = query.lastError().text();
    return false;
}

Result<std::unique_ptr<CorpusIndex>> CorpusIndex::connect(const QString &file, const QString &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return Error{Error::Code::Unsupported,
                     QCoreApplication::translate("Readout::CorpusIndex",
                                                 "%1: Qt's SQLite driver is not installed (Debian: libqt6sql6-sqlite)")
                         .arg(file)};
    }
    // One connection per index object: an index is used on the thread that opened it.
    static std::atomic<int> serial{0};
    const QString connection = QStringLiteral("readout-corpus-%1").arg(++serial);
    std::unique_ptr<CorpusIndex> index(new CorpusIndex(connection, file));
    QString problem;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        d.setDatabaseName(file);
        d.setConnectOptions(options);
        if (!d.open()) {
            problem = QStringLiteral("%1: %2").arg(file, d.lastError().text());
        }
    }
    if (!problem.isEmpty()) {
        return Error{Error::Code::Unreadable, problem};
    }
    return index;
}

Result<std::unique_ptr<CorpusIndex>> CorpusIndex::open(const QString &folder, const QString &fingerprint)
{
    const auto prepared = WorkspaceFolder::prepare(folder, QStringLiteral("corpus.sqlite"));
    if (!prepared) {
        return prepared.error();
    }
    const QString file = prepared.value();
    auto connected = connect(file, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<CorpusIndex> index = std::move(connected).value();
    if (!index->createSchema(fingerprint)) {
        return Error{
            Error::Code::Malformed,
            QCoreApplication::translate("Readout::CorpusIndex", "%1: not a usable index (%2); delete it to rebuild")
                .arg(file, index->lastError())};
    }
    return index;
}

Result<std::unique_ptr<CorpusIndex>> CorpusIndex::openForReading(const QString &folder, const QString &fingerprint)
{
    const QString file = pathIn(folder);
    const QFileInfo info(file);
    if (!info.isFile() || info.isSymLink() || QFileInfo(QFileInfo(file).path()).isSymLink()) {
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("Readout::CorpusIndex", "%1: no index yet").arg(file)};
    }
    auto connected = connect(file, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!connected) {
        return connected.error();
    }
    std::unique_ptr<CorpusIndex> index = std::move(connected).value();
    std::optional<Error> problem;
    {
        QSqlQuery q(db(index->m_connection));
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'fingerprint'")) || !q.next()
            || q.value(0).toString() != fingerprint) {
            problem = Error{
                Error::Code::NotFound,
                QCoreApplication::translate("Readout::CorpusIndex", "%1: not made by this extractor yet").arg(file)};
        }
    }
    if (problem) {
        return *problem;
    }
    return index;
}

bool CorpusIndex::createSchema(const QString &fingerprint)
{
    QSqlDatabase d = db(m_connection);
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"))) {
        return false;
    }
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bindValue(0, QStringLiteral("schema"));
    const QString schema = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.bindValue(0, QStringLiteral("fingerprint"));
    const QString made = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (schema != QString::number(SchemaVersion) || made != fingerprint) {
        // Another extractor's or another schema's index: start again.
        for (const char *table : {"articles", "events", "sentences"}) {
            if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table)))) {
                return false;
            }
        }
    }
    const bool tables = q.exec(QStringLiteral(
                            "CREATE TABLE IF NOT EXISTS articles(id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, "
                            "size INTEGER, modified INTEGER, sidecar_size INTEGER, sidecar_modified INTEGER, "
                            "published TEXT, title TEXT, state TEXT, events INTEGER, error TEXT, json BLOB, csv BLOB)"))
        && q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS events(article INTEGER, start INTEGER, type TEXT, "
            "status TEXT, date TEXT, actors TEXT, persons TEXT, evidence TEXT, sides TEXT, location TEXT)"))
        && q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS events_article ON events(article)"))
        && q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(text, article UNINDEXED, "
                                 "start UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"));
    if (!tables) {
        return false;
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?), (?, ?)"));
    q.addBindValue(QStringLiteral("schema"));
    q.addBindValue(QString::number(SchemaVersion));
    q.addBindValue(QStringLiteral("fingerprint"));
    q.addBindValue(fingerprint);
    return q.exec();
}

std::optional<IndexedArticle> CorpusIndex::current(const QString &relativePath, const ArticleStamp &stamp) const
{
    QSqlQuery q(db(m_connection));
    q.prepare(
        QStringLiteral("SELECT size, modified, sidecar_size, sidecar_modified, published, title, state, events, "
                       "error, json, csv FROM articles WHERE path = ?"));
    q.addBindValue(relativePath);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    const ArticleStamp stored{q.value(0).toLongLong(),
                              q.value(1).toLongLong(),
                              q.value(2).toLongLong(),
                              q.value(3).toLongLong()};
    if (!(stored == stamp)) {
        return std::nullopt;
    }
    IndexedArticle a;
    a.path = relativePath;
    a.published = q.value(4).toString();
    a.title = q.value(5).toString();
    a.state = q.value(6).toString();
    a.events = q.value(7).toInt();
    a.error = q.value(8).toString();
    a.jsonLine = q.value(9).toByteArray();
    a.csvRows = q.value(10).toByteArray();
    return a;
}

void CorpusIndex::begin()
{
    db(m_connection).transaction();
}

bool CorpusIndex::commit()
{
    return db(m_connection).commit();
}

bool CorpusIndex::store(const IndexedArticle &article,
                        const ArticleStamp &stamp,
                        const ArticleWork &work,
                        const QVector<std::pair<int, int>> &sentences)
{
    QSqlDatabase d = db(m_connection);
    QSqlQuery q(d);
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE path = ?"));
    q.addBindValue(article.path);
    if (run(q) && q.next()) {
        const qint64 old = q.value(0).toLongLong();
        q.finish();
        for (const char *sql : {"DELETE FROM events WHERE article = ?",
                                "DELETE FROM sentences WHERE article = ?",
                                "DELETE FROM articles WHERE id = ?"}) {
            q.prepare(QLatin1String(sql));
            q.addBindValue(old);
            if (!run(q)) {
                return false;
            }
        }
    }
    const Document &doc = work.document;
    q.prepare(
        QStringLiteral("INSERT INTO articles(path, size, modified, sidecar_size, sidecar_modified, published, "
                       "title, state, events, error, json, csv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(article.path),
                              QVariant(stamp.size),
                              QVariant(stamp.modified),
                              QVariant(stamp.sidecarSize),
                              QVariant(stamp.sidecarModified),
                              QVariant(article.published),
                              QVariant(article.title),
                              QVariant(article.state),
                              QVariant(int(work.events.size())),
                              QVariant(work.error),
                              QVariant(article.jsonLine),
                              QVariant(article.csvRows)}) {
        q.addBindValue(v);
    }
    if (!run(q)) {
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(
        QStringLiteral("INSERT INTO events(article, start, type, status, date, actors, persons, evidence, sides, "
                       "location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Event &e : work.events) {
        QStringList persons;
        for (const Entity &en : work.entities) {
            if (en.type == EntityType::Person && e.entityIds.contains(en.id)) {
                persons.append(en.canonical.isEmpty() ? en.text : en.canonical);
            }
        }
        for (const QVariant &v : {QVariant(id),
                                  QVariant(e.evidenceStart),
                                  QVariant(e.type),
                                  QVariant(e.status),
                                  QVariant(e.date),
                                  QVariant(bars(e.participants)),
                                  QVariant(bars(persons)),
                                  QVariant(e.evidenceText),
                                  QVariant(e.participants.join(QChar(0x1f))),
                                  QVariant(e.location)}) {
            q.addBindValue(v);
        }
        if (!run(q)) {
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT INTO sentences(text, article, start) VALUES (?, ?, ?)"));
    for (const auto &[start, end] : sentences) {
        q.addBindValue(doc.text().mid(start, end - start));
        q.addBindValue(id);
        q.addBindValue(start);
        if (!run(q)) {
            return false;
        }
    }
    return true;
}

bool CorpusIndex::keepOnly(const QStringList &present)
{
    const QSet<QString> keep(present.cbegin(), present.cend());
    QSqlQuery q(db(m_connection));
    QVector<qint64> gone;
    if (!q.exec(QStringLiteral("SELECT id, path FROM articles"))) {
        return false;
    }
    while (q.next()) {
        if (!keep.contains(q.value(1).toString())) {
            gone.append(q.value(0).toLongLong());
        }
    }
    for (const qint64 id : std::as_const(gone)) {
        for (const char *sql : {"DELETE FROM events WHERE article = ?",
                                "DELETE FROM sentences WHERE article = ?",
                                "DELETE FROM articles WHERE id = ?"}) {
            q.prepare(QLatin1String(sql));
            q.addBindValue(id);
            if (!run(q)) {
                return false;
            }
        }
    }
    return true;
}

QVector<IndexedArticle> CorpusIndex::articles() const
{
    QVector<IndexedArticle> list;
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT path, published, title, state, events, error FROM articles ORDER BY path"))) {
        return list;
    }
    while (q.next()) {
        IndexedArticle a;
        a.path = q.value(0).toString();
        a.published = q.value(1).toString();
        a.title = q.value(2).toString();
        a.state = q.value(3).toString();
        a.events = q.value(4).toInt();
        a.error = q.value(5).toString();
        list.append(std::move(a));
    }
    return list;
}

QVector<TimelineEvent> CorpusIndex::timelineEvents(const QString &folder) const
{
    QVector<TimelineEvent> events;
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT a.path, e.start, e.type, e.status, e.date, e.sides, e.evidence, e.location, a.published "
            "FROM events e "
            "JOIN articles a ON a.id = e.article ORDER BY e.date, a.path, e.start"))) {
        return events;
    }
    const QDir base(folder);
    while (q.next()) {
        TimelineEvent e;
        e.path = base.filePath(q.value(0).toString());
        e.start = q.value(1).toInt();
        e.type = q.value(2).toString();
        e.status = q.value(3).toString();
        e.date = q.value(4).toString();
        e.sides = q.value(5).toString().split(QChar(0x1f), Qt::SkipEmptyParts);
        e.evidence = q.value(6).toString();
        e.length = int(e.evidence.size());
        e.location = q.value(7).toString();
        e.published = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        events.append(std::move(e));
    }
    return events;
}

Result<QVector<SearchHit>> CorpusIndex::search(const SearchQuery &query, int limit) const
{
    // The event filters, on events e of the article a.
    QStringList where;
    QVariantList values;
    const auto like = [&](const char *column, const QString &name) {
        if (!name.isEmpty()) {
            where.append(QStringLiteral("e.%1 LIKE ?").arg(QLatin1String(column)));
            values.append(QStringLiteral("%|%1|%").arg(name.toLower()));
        }
    };
    like("actors", query.actor);
    like("persons", query.person);
    const auto equal = [&](const QString &condition, const QString &value) {
        if (!value.isEmpty()) {
            where.append(condition);
            values.append(value);
        }
    };
    equal(QStringLiteral("e.type = ?"), query.type.toLower());
    equal(QStringLiteral("e.status = ?"), query.status.toLower());
    equal(QStringLiteral("e.date >= ?"), query.from);
    equal(QStringLiteral("e.date <= ? || '~'"), query.to); // "2022-01" and "2022-01-31" end on the day
    QString sql;
    QVariantList bound;
    if (query.text.isEmpty()) {
        sql = QStringLiteral(
                  "SELECT a.path, a.published, e.start, e.evidence FROM events e JOIN articles a ON a.id = "
                  "e.article WHERE %1 ORDER BY a.path, e.start LIMIT %2")
                  .arg(where.isEmpty() ? QStringLiteral("1") : where.join(QLatin1String(" AND ")))
                  .arg(limit);
        bound = values;
    } else {
        sql = QStringLiteral(
                  "SELECT a.path, a.published, s.start, s.text FROM sentences s JOIN articles a ON a.id = "
                  "s.article WHERE sentences MATCH ?%1 ORDER BY a.path, s.start LIMIT %2")
                  .arg(where.isEmpty() ? QString()
                                       : QStringLiteral(" AND EXISTS (SELECT 1 FROM events e WHERE e.article = "
                                                        "s.article AND e.start = s.start AND %1)")
                                             .arg(where.join(QLatin1String(" AND "))))
                  .arg(limit);
        bound = QVariantList{query.text} + values;
    }
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(bound)) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return Error{Error::Code::Malformed,
                     QCoreApplication::translate("Readout::CorpusIndex", "search \"%1\": not understood (%2)")
                         .arg(query.text, q.lastError().text())};
    }
    QVector<SearchHit> hits;
    while (q.next()) {
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    }
    return hits;
}

Result<SearchQuery> SearchQuery::parse(const QString &query)
{
    SearchQuery s;
    QStringList words;
    const QHash<QString, QString SearchQuery::*> fields = {{QStringLiteral("actor"), &SearchQuery::actor},
                                                           {QStringLiteral("person"), &SearchQuery::person},
                                                           {QStringLiteral("type"), &SearchQuery::type},
                                                           {QStringLiteral("status"), &SearchQuery::status},
                                                           {QStringLiteral("from"), &SearchQuery::from},
                                                           {QStringLiteral("to"), &SearchQuery::to}};
    // Words, "quoted phrases" and field:value or field:"two words".
    static const QRegularExpression part(QStringLiteral("(\\w+):(\"[^\"]*\"|\\S+)|\"[^\"]*\"|\\S+"));
    for (auto it = part.globalMatch(query); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).isEmpty()) {
            words.append(m.captured(0));
            continue;
        }
        const auto field = fields.constFind(m.captured(1).toLower());
        if (field == fields.cend()) {
            return Error{
                Error::Code::Malformed,
                QCoreApplication::translate("Readout::CorpusIndex",
                                            "search: unknown field \"%1:\" (actor, person, type, status, from, to)")
                    .arg(m.captured(1))};
        }
        QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('"'))) {
            value = value.mid(1, value.size() - 2);
        }
        s.*(field.value()) = value;
    }
    static const QRegularExpression date(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2})?)?$"));
    for (const QString *d : {&s.from, &s.to}) {
        if (!d->isEmpty() && !date.match(*d).hasMatch()) {
            return Error{Error::Code::Malformed,
                         QCoreApplication::translate("Readout::CorpusIndex",
                                                     "search: \"%1\" is not a date YYYY, YYYY-MM or YYYY-MM-DD")
                             .arg(*d)};
        }
    }
    s.text = words.join(QLatin1Char(' '));
    if (s.text.isEmpty() && !s.hasFields()) {
        return Error{Error::Code::Malformed,
                     QCoreApplication::translate("Readout::CorpusIndex", "search: nothing to look for")};
    }
    return s;
}

bool SearchQuery::hasFields() const
{
    return !actor.isEmpty() || !person.isEmpty() || !type.isEmpty() || !status.isEmpty() || !from.isEmpty()
        || !to.isEmpty();
}

} // namespace Readout
