// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscommands.h"

#include "analystwork.h"
#include "cliio.h"

#include "corpus/articlework.h"
#include "corpus/batchrunner.h"
#include "corpus/corpusexport.h"
#include "corpus/corpusfiles.h"
#include "corpus/corpusindex.h"
#include "corpus/corpusupdater.h"
#include "corpus/fingerprint.h"
#include "formats/textreader.h"
#include "knowledge/datafolder.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/csvexporter.h"
#include "storage/jsonexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Readout
{

using Cli::AnalystWork;
using Cli::dataDirOption;
using Cli::dateOption;
using Cli::err;
using Cli::ExitBadInput;
using Cli::ExitOk;
using Cli::ExitUsage;
using Cli::outputOption;
using Cli::say;
using Cli::writeOutput;

namespace
{

/// What the batch writes, and where: one JSON line per article, or the CSV of every event.
struct BatchOutput {
    bool csv = false;
    QString path; ///< empty: standard output, a line at a time
    QStringList articles; ///< never written over
    QByteArray buffered; ///< for a file, written at the end (atomically)
    bool header = true;
    bool failed = false;

    void add(const QByteArray &bytes)
    {
        if (path.isEmpty()) {
            failed = failed || !writeOutput(QString(), bytes);
        } else {
            buffered += bytes;
        }
    }
    [[nodiscard]] bool finish()
    {
        return !failed && (path.isEmpty() || writeOutput(path, buffered, articles));
    }
};

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

/// Progress on stderr: a line every two seconds at most, and the totals at the end.
class Progress
{
public:
    Progress(qsizetype total, int jobs)
        : m_total(total)
        , m_jobs(jobs)
    {
        m_clock.start();
    }
    void done(const CorpusItem &item)
    {
        ++m_done;
        m_unchanged += item.fresh ? 0 : 1;
        m_failed += item.entry.state == QLatin1String("failed") ? 1 : 0;
        m_corrected += item.fresh && item.work.origin == ArticleWork::Origin::Corrected ? 1 : 0;
        m_events += item.entry.events;
        if (m_clock.elapsed() - m_said >= 2000 && m_done < m_total) {
            m_said = m_clock.elapsed();
            say(QCoreApplication::translate("readout-cli", "batch: %1/%2 articles").arg(m_done).arg(m_total));
            err().flush();
        }
    }
    void summary() const
    {
        const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
        const QString summary = m_jobs == 1
            ? QCoreApplication::translate(
                "readout-cli",
                "batch: %1 articles (%2 unchanged since indexed, %3 read with corrections, %4 failed), "
                "%5 events in %6 s, %7 articles/s with 1 job")
            : QCoreApplication::translate(
                "readout-cli",
                "batch: %1 articles (%2 unchanged since indexed, %3 read with corrections, %4 failed), "
                "%5 events in %6 s, %7 articles/s with %8 jobs");
        say(summary.arg(m_done)
                .arg(m_unchanged)
                .arg(m_corrected)
                .arg(m_failed)
                .arg(m_events)
                .arg(QString::number(seconds, 'f', 2), QString::number(m_done / seconds, 'f', 1))
                .arg(m_jobs));
    }

private:
    QElapsedTimer m_clock;
    qint64 m_said = 0;
    qsizetype m_total = 0;
    int m_jobs = 1;
    int m_done = 0;
    int m_failed = 0;
    int m_unchanged = 0;
    int m_corrected = 0;
    int m_events = 0;
};

/// The articles of one argument: a folder's (CorpusFiles, with the folder's index) or a file.
struct Group {
    QString folder; ///< empty for a file given itself
    QStringList files;
};

/// The groups the arguments name. False after saying which argument names nothing.
bool collect(const QStringList &arguments, QVector<Group> *groups, QStringList *all)
{
    bool ok = true;
    for (const QString &arg : arguments) {
        const QFileInfo info(arg);
        if (info.isDir() && !info.isSymLink()) {
            groups->append({arg, CorpusFiles::list(arg)});
        } else if (info.exists() || info.isSymLink()) {
            groups->append({QString(), {arg}}); // readArticle says why a link, a device or a FIFO is refused
        } else {
            say(QCoreApplication::translate("readout-cli", "%1: no such file or folder").arg(arg));
            ok = false;
            continue;
        }
        *all += groups->constLast().files;
    }
    return ok;
}

/// Writes one article's entry; says what was noted and what failed.
void emit(CorpusItem &item, BatchOutput &out)
{
    for (const QString &note : std::as_const(item.work.readerNotes)) {
        say(QCoreApplication::translate("readout-cli", "note: %1").arg(note));
    }
    for (const QString &note : std::as_const(item.work.notes)) {
        err() << "readout-cli: " << note << "\n";
    }
    if (item.entry.state == QLatin1String("failed")) {
        err() << "readout-cli: " << item.entry.error << "\n";
        return;
    }
    out.add(out.csv ? item.entry.csvRows : item.entry.jsonLine);
}

/// batch -o OUT.ics: one calendar of every article's events (read now: the index keeps no calendar).
int writeCalendar(const QStringList &files,
                  const Pipeline &pipeline,
                  const BatchRunner &runner,
                  const QString &path,
                  int status)
{
    const CorpusExport::Outcome out = CorpusExport::run(files, CorpusExport::Format::Ics, pipeline, runner);
    for (const QString &failure : out.failed) {
        err() << "readout-cli: " << failure << "\n";
    }
    say(QCoreApplication::translate("readout-cli", "batch: %1 events of %2 articles in one calendar")
            .arg(out.events)
            .arg(out.articles));
    if (!writeOutput(path, out.bytes, files)) {
        return ExitBadInput;
    }
    return out.failed.isEmpty() ? status : ExitBadInput;
}

/// The index of a folder, or null after saying why the batch goes on without one.
std::unique_ptr<CorpusIndex> indexOrSay(const QString &folder, const QString &fingerprint)
{
    auto index = CorpusIndex::open(folder, fingerprint);
    if (!index) {
        say(QCoreApplication::translate("readout-cli", "batch: %1; every article is read").arg(index.error().message));
        return nullptr;
    }
    return std::move(index).value();
}

/// One line of the stream: {"path": FILE} or {"text": TEXT, "published": "YYYY-MM-DD"}, with an
/// optional "id" given back. Nothing is shared between lines.
QJsonObject streamResult(const QByteArray &raw, int lineNo, const Pipeline &pipeline, bool sidecars)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(raw, &parseError);
    QJsonObject result{{QStringLiteral("line"), lineNo}};
    const auto fail = [&](const QString &message) {
        result.insert(QStringLiteral("error"), QStringLiteral("standard input line %1: %2").arg(lineNo).arg(message));
        return result;
    };
    if (!json.isObject()) {
        return fail(json.isNull() ? parseError.errorString() : QStringLiteral("not a JSON object"));
    }
    const QJsonObject in = json.object();
    if (in.contains(QStringLiteral("id"))) {
        result.insert(QStringLiteral("id"), in.value(QStringLiteral("id")));
    }
    QDate published;
    if (in.contains(QStringLiteral("published"))) {
        published = QDate::fromString(in.value(QStringLiteral("published")).toString(), Qt::ISODate);
        if (!published.isValid()) {
            return fail(QStringLiteral("\"published\" is not a date YYYY-MM-DD"));
        }
    }
    ArticleWork work;
    if (in.value(QStringLiteral("path")).isString() && !in.contains(QStringLiteral("text"))) {
        work = ArticleWork::read(in.value(QStringLiteral("path")).toString(), published, pipeline, sidecars);
    } else if (in.value(QStringLiteral("text")).isString() && !in.contains(QStringLiteral("path"))) {
        QStringList notes;
        auto document = TextReader::parse(in.value(QStringLiteral("text")).toString().toUtf8(),
                                          QStringLiteral("line %1").arg(lineNo),
                                          &notes);
        if (!document) {
            return fail(document.error().message);
        }
        work.document = std::move(document).value();
        if (published.isValid()) {
            work.document.setPublished(published);
        }
        Extraction x = pipeline.run(work.document);
        work.entities = std::move(x.entities);
        work.events = std::move(x.events);
        work.origin = ArticleWork::Origin::Extracted;
    } else {
        return fail(QStringLiteral("give either \"path\" or \"text\" (a string)"));
    }
    if (work.origin == ArticleWork::Origin::Failed) {
        return fail(work.error);
    }
    const QJsonObject doc = JsonExporter::toJson(work.document, work.entities, work.events);
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it) {
        result.insert(it.key(), it.value());
    }
    result.insert(QStringLiteral("origin"), ArticleWork::originName(work.origin));
    return result;
}

/// batch --jsonl: standard input a chunk of lines at a time, each chunk on every job, results in
/// input order. Exit 1 when any line failed (its result line says why).
int runStream(const Pipeline &pipeline, const BatchRunner &runner, bool sidecars)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        say(QCoreApplication::translate("readout-cli", "batch --jsonl: cannot read standard input"));
        return ExitBadInput;
    }
    int status = ExitOk;
    int lineNo = 0;
    const int chunk = 64 * runner.jobs();
    while (!in.atEnd()) {
        QVector<QByteArray> lines;
        while (lines.size() < chunk && !in.atEnd()) {
            lines.append(in.readLine());
        }
        const int first = lineNo + 1;
        lineNo += int(lines.size());
        runner.run<QJsonObject>(
            int(lines.size()),
            [&](int i) {
                return lines.at(i).trimmed().isEmpty() ? QJsonObject()
                                                       : streamResult(lines.at(i), first + i, pipeline, sidecars);
            },
            [&](int, QJsonObject &result) {
                if (result.isEmpty()) {
                    return true; // a blank line gives no result
                }
                status = result.contains(QStringLiteral("error")) ? ExitBadInput : status;
                return writeOutput(QString(), jsonLine(result));
            });
    }
    return status;
}

} // namespace

int batchCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "readout-cli",
        "Extract every article of folders and files on all cores, as the window shows them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("batch"), QCoreApplication::translate("readout-cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate("readout-cli", "Folders (every article in them and their sub-folders) and files."),
        QStringLiteral("DIR|FILE..."));
    const QCommandLineOption output = outputOption(
        QCoreApplication::translate("readout-cli",
                                    "Write to FILE: OUT.csv (every event) or OUT.jsonl (one article per line)."));
    QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("readout-cli", "jsonl (default; from -o's suffix), csv or ics (one calendar)."),
        QStringLiteral("format"));
    QCommandLineOption jobs(
        {QStringLiteral("j"), QStringLiteral("jobs")},
        QCoreApplication::translate("readout-cli", "Articles read at once (default: one per core)."),
        QStringLiteral("N"));
    QCommandLineOption stream(
        QStringLiteral("jsonl"),
        QCoreApplication::translate("readout-cli",
                                    "Stream mode: JSON lines on standard input ({\"path\": FILE} or "
                                    "{\"text\": TEXT, \"published\": \"YYYY-MM-DD\"}, with an optional "
                                    "\"id\"), one JSON result per line on standard output."));
    QCommandLineOption published(
        QStringLiteral("published"),
        QCoreApplication::translate("readout-cli", "Publication date YYYY-MM-DD, overriding every document's."),
        QStringLiteral("date"));
    const QCommandLineOption dataDir = dataDirOption();
    QCommandLineOption noIndex(
        QStringLiteral("no-index"),
        QCoreApplication::translate("readout-cli",
                                    "Neither use nor write a folder's index (FOLDER/.readout/corpus.sqlite); "
                                    "by default an article unchanged since it was indexed is not read again."));
    parser.addOptions({output, format, jobs, stream, published, dataDir, noIndex});
    AnalystWork work;
    if (const auto done = work.parse(parser, args)) {
        return *done;
    }
    QStringList paths = parser.positionalArguments();
    paths.removeFirst();
    bool jobsOk = true;
    const int jobCount = parser.isSet(jobs) ? parser.value(jobs).toInt(&jobsOk) : 0;
    if (!jobsOk || (parser.isSet(jobs) && jobCount < 1)) {
        say(QCoreApplication::translate("readout-cli", "batch: -j wants a number of at least 1, not \"%1\"")
                .arg(parser.value(jobs)));
        return ExitUsage;
    }
    QString fmt = parser.value(format);
    if (fmt.isEmpty()) {
        const QString suffix = QFileInfo(parser.value(output)).suffix().toLower();
        fmt = suffix == QLatin1String("csv") || suffix == QLatin1String("ics") ? suffix : QStringLiteral("jsonl");
    }
    const bool streaming = parser.isSet(stream);
    const QStringList formats{QStringLiteral("csv"), QStringLiteral("jsonl"), QStringLiteral("ics")};
    if (!formats.contains(fmt) || (streaming && !paths.isEmpty())
        || (streaming && (parser.isSet(output) || fmt != QLatin1String("jsonl"))) || (!streaming && paths.isEmpty())) {
        err() << "usage: readout-cli batch DIR|FILE... [-o OUT.csv|OUT.jsonl|OUT.ics] [-j N]\n"
                 "       readout-cli batch --jsonl [-j N] < LINES.jsonl   (results on standard output)\n";
        return ExitUsage;
    }
    QDate pub;
    if (!dateOption(parser, published, &pub)) {
        return ExitUsage;
    }
    const auto kb = work.knowledgeOrSay(parser.value(dataDir));
    if (!kb) {
        return ExitBadInput;
    }
    const Pipeline pipeline(kb);
    const BatchRunner runner(jobCount);
    if (streaming) {
        return runStream(pipeline, runner, work.sidecars());
    }
    QVector<Group> groups;
    QStringList files;
    int status = collect(paths, &groups, &files) ? ExitOk : ExitBadInput;
    BatchOutput out;
    out.csv = fmt == QLatin1String("csv");
    out.path = parser.value(output);
    out.articles = files;
    if (out.csv) {
        out.add(CsvExporter(*kb).toCsv(Document(), {}, true));
    }
    // A date given for every article is not the articles' own: what it gives is not indexed.
    if (fmt == QLatin1String("ics")) {
        return writeCalendar(files, pipeline, runner, out.path, status);
    }
    const bool indexed = !parser.isSet(noIndex) && !pub.isValid();
    const QString fingerprint = indexed
        ? extractorFingerprint(DataFolder::inUse(parser.value(dataDir)), work.dictionaryInUse(), work.sidecars())
        : QString();
    const CorpusUpdater updater(pipeline, runner, work.sidecars(), pub);
    Progress progress(files.size(), runner.jobs());
    for (const Group &group : std::as_const(groups)) {
        const auto index = indexed && !group.folder.isEmpty() ? indexOrSay(group.folder, fingerprint) : nullptr;
        const bool stored = updater.run(group.files, group.folder, index.get(), [&](CorpusItem &item) {
            progress.done(item);
            status = item.entry.state == QLatin1String("failed") ? ExitBadInput : status;
            emit(item, out);
            return !out.failed;
        });
        if (!stored) {
            say(QCoreApplication::translate(
                    "readout-cli",
                    "batch: %1: could not be brought up to date (%2); the next run reads the articles again")
                    .arg(index->path(), index->lastError()));
        }
        if (out.failed) {
            break;
        }
    }
    progress.summary();
    return out.finish() ? status : ExitBadInput;
}

std::unique_ptr<CorpusIndex>
updatedIndex(AnalystWork &work, const QString &folder, const QString &dataDir, int jobCount, const QString &command)
{
    const auto kb = work.knowledgeOrSay(dataDir);
    if (!kb) {
        return {};
    }
    auto opened =
        CorpusIndex::open(folder,
                          extractorFingerprint(DataFolder::inUse(dataDir), work.dictionaryInUse(), work.sidecars()));
    if (!opened) {
        err() << "readout-cli: " << opened.error().message << "\n";
        return {};
    }
    std::unique_ptr<CorpusIndex> index = std::move(opened).value();
    const Pipeline pipeline(kb);
    const BatchRunner runner(jobCount);
    int read = 0;
    int articles = 0;
    const bool stored = CorpusUpdater(pipeline, runner, work.sidecars())
                            .run(CorpusFiles::list(folder), folder, index.get(), [&](CorpusItem &item) {
                                ++articles;
                                read += item.fresh ? 1 : 0;
                                return true;
                            });
    say(QCoreApplication::translate("readout-cli", "%1: %2 articles indexed in %3 (%4 read now)")
            .arg(command)
            .arg(articles)
            .arg(index->path())
            .arg(read));
    if (!stored) {
        say(QCoreApplication::translate("readout-cli", "%1: could not be updated (%2)")
                .arg(index->path(), index->lastError()));
        return {};
    }
    return index;
}

int searchCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("readout-cli", "Search the articles of a folder: words and event fields."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("search"), QCoreApplication::translate("readout-cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QCoreApplication::translate("readout-cli", "The corpus folder."),
                                 QStringLiteral("DIR"));
    parser.addPositionalArgument(
        QStringLiteral("query"),
        QCoreApplication::translate(
            "readout-cli",
            "Words (\"a phrase\", OR, NOT, prefix*) and fields actor:, person:, type:, status:, from:, to:."),
        QStringLiteral("QUERY..."));
    QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                              QCoreApplication::translate("readout-cli", "table (default) or jsonl."),
                              QStringLiteral("format"),
                              QStringLiteral("table"));
    QCommandLineOption limit(QStringLiteral("limit"),
                             QCoreApplication::translate("readout-cli", "At most N sentences (default 100)."),
                             QStringLiteral("N"),
                             QStringLiteral("100"));
    QCommandLineOption jobs(
        {QStringLiteral("j"), QStringLiteral("jobs")},
        QCoreApplication::translate("readout-cli",
                                    "Articles read at once to update the index (default: one per core)."),
        QStringLiteral("N"));
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({format, limit, jobs, dataDir});
    AnalystWork work;
    if (const auto done = work.parse(parser, args)) {
        return *done;
    }
    QStringList words = parser.positionalArguments();
    const QString fmt = parser.value(format);
    bool numbers = true;
    const int most = parser.value(limit).toInt(&numbers);
    const int jobCount = parser.isSet(jobs) ? parser.value(jobs).toInt(&numbers) : 0;
    if (words.size() < 3 || !numbers || most < 1 || (parser.isSet(jobs) && jobCount < 1)
        || (fmt != QLatin1String("table") && fmt != QLatin1String("jsonl"))) {
        err() << "usage: readout-cli search DIR QUERY... [--format table|jsonl] [--limit N] [-j N]\n";
        return ExitUsage;
    }
    const QString folder = words.at(1);
    const auto query = SearchQuery::parse(words.mid(2).join(QLatin1Char(' ')));
    if (!query) {
        err() << "readout-cli: " << query.error().message << "\n";
        return ExitUsage;
    }
    if (!QFileInfo(folder).isDir()) {
        say(QCoreApplication::translate("readout-cli", "%1: not a folder").arg(folder));
        return ExitBadInput;
    }
    const std::unique_ptr<CorpusIndex> index =
        updatedIndex(work, folder, parser.value(dataDir), jobCount, QStringLiteral("search"));
    if (!index) {
        return ExitBadInput;
    }
    const auto hits = index->search(query.value(), most);
    if (!hits) {
        err() << "readout-cli: " << hits.error().message << "\n";
        return ExitUsage;
    }
    QByteArray out;
    for (const SearchHit &hit : hits.value()) {
        if (fmt == QLatin1String("jsonl")) {
            out += jsonLine(QJsonObject{{QStringLiteral("path"), hit.path},
                                        {QStringLiteral("published"), hit.published},
                                        {QStringLiteral("start"), hit.start},
                                        {QStringLiteral("sentence"), hit.sentence}});
        } else {
            out += QStringLiteral("%1\t%2\t%3\t%4\n")
                       .arg(hit.path, hit.published.isEmpty() ? QStringLiteral("-") : hit.published)
                       .arg(hit.start)
                       .arg(hit.sentence.simplified())
                       .toUtf8();
        }
    }
    const qsizetype found = hits.value().size();
    QString said = found == 1 ? QCoreApplication::translate("readout-cli", "search: 1 sentence")
                              : QCoreApplication::translate("readout-cli", "search: %1 sentences").arg(found);
    if (found == most) {
        said = QCoreApplication::translate("readout-cli", "%1 (the limit; --limit N for more)").arg(said);
    }
    say(said);
    return writeOutput(QString(), out) ? ExitOk : ExitBadInput;
}

} // namespace Readout
