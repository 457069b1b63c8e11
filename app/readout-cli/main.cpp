// SPDX-License-Identifier: GPL-3.0-or-later
// readout-cli: the command-line face of the core. Thin: parse arguments, call core, print.

#include "analystwork.h"
#include "cliio.h"
#include "comparecommand.h"
#include "corpuscommands.h"
#include "document.h"
#include "eval/evaluation.h"
#include "evalcommand.h"
#include "events/eventexplanation.h"
#include "exportcommand.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "pipeline.h"
#include "storage/bratexporter.h"
#include "storage/conllexporter.h"
#include "storage/csvexporter.h"
#include "storage/datalocation.h"
#include "storage/exportwriter.h"
#include "storage/icsexporter.h"
#include "storage/jsonexporter.h"
#include "translators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

using namespace Readout;
using namespace Readout::Cli;

namespace
{

/// Says so when the output file is one of the articles (it would be overwritten).
bool namesAnArticle(const QString &output, const QStringList &files)
{
    for (const QString &file : files) {
        if (sameFile(output, file)) {
            say(QCoreApplication::translate("readout-cli",
                                            "%1: refusing to overwrite the article %2; choose another output file")
                    .arg(output, file));
            return true;
        }
    }
    return false;
}

/// The exported document with each event's reasons added as "why".
QJsonObject withReasons(QJsonObject doc, const QVector<Entity> &entities, const QVector<Event> &events)
{
    QJsonArray mentions = doc.value(QLatin1String("entities")).toArray();
    for (int i = 0; i < mentions.size() && i < entities.size(); ++i) {
        QJsonObject e = mentions.at(i).toObject();
        e.insert(QStringLiteral("rule"), entities.at(i).rule);
        mentions[i] = e;
    }
    doc.insert(QStringLiteral("entities"), mentions);
    QJsonArray list = doc.value(QLatin1String("events")).toArray();
    for (int i = 0; i < list.size() && i < events.size(); ++i) {
        QJsonObject e = list.at(i).toObject();
        e.insert(QStringLiteral("why"), EventExplanation::json(events.at(i)));
        list[i] = e;
    }
    doc.insert(QStringLiteral("events"), list);
    return doc;
}

/// "mentions:" then one line per mention: id, type, text, value or canonical, and the rule.
QString mentionRules(const QVector<Entity> &entities)
{
    QString out = QStringLiteral("\nmentions (the rule that found each):\n");
    for (const Entity &e : entities) {
        const QString what = e.type == EntityType::Date ? e.value : e.canonical;
        out += QStringLiteral("  %1 %2 \"%3\"%4  rule: %5\n")
                   .arg(e.id,
                        entityTypeName(e.type),
                        e.text,
                        what.isEmpty() || what == e.text ? QString() : QStringLiteral(" = ") + what,
                        e.rule.isEmpty() ? QStringLiteral("-") : e.rule);
    }
    return out;
}

QString table(const QVector<Event> &events)
{
    // A plain fixed-width table for people reading a terminal.
    const QStringList headers = {QStringLiteral("id"),
                                 QStringLiteral("type"),
                                 QStringLiteral("participants"),
                                 QStringLiteral("date"),
                                 QStringLiteral("status"),
                                 QStringLiteral("place"),
                                 QStringLiteral("topics")};
    QVector<QStringList> rows;
    for (const Event &e : events) {
        rows.append({e.id,
                     e.type,
                     e.participants.join(QLatin1String("; ")),
                     e.date,
                     e.status,
                     e.location,
                     e.topics.join(QLatin1String("; "))});
    }
    QVector<int> widths(headers.size());
    for (int c = 0; c < headers.size(); ++c) {
        widths[c] = int(headers.at(c).size());
        for (const auto &r : rows) {
            widths[c] = std::min(48, std::max(widths[c], int(r.at(c).size())));
        }
    }
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (int c = 0; c < cells.size(); ++c) {
            QString cell = cells.at(c);
            if (cell.size() > widths[c]) {
                cell = cell.left(widths[c] - 1) + QChar(0x2026);
            }
            padded.append(cell.leftJustified(widths[c]));
        }
        out += padded.join(QLatin1String("  ")).trimmed() + QLatin1Char('\n');
    };
    line(headers);
    QStringList rule;
    for (int w : widths) {
        rule.append(QString(w, QLatin1Char('-')));
    }
    line(rule);
    for (const auto &r : rows) {
        line(r);
    }
    return out;
}

/// brat reads the text beside the .ann. When that text is the article itself and its bytes are
/// not exactly its decoded text, the offsets count in the decoded text: say so.
void noteDecodedOffsets(const QString &annPath, const Document &document)
{
    const QFileInfo info(annPath);
    const QString textPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".txt"));
    if (!sameFile(textPath, document.path())) {
        return;
    }
    QFile source(document.path());
    if (!source.open(QIODevice::ReadOnly) || source.readAll() != document.text().toUtf8()) {
        say(QCoreApplication::translate(
                "readout-cli",
                "note: %1 is not UTF-8 text with LF line ends; the offsets in %2 count in its decoded text")
                .arg(document.path(), annPath));
    }
}

/// Where article d's brat export goes in folder: NAME.ann with NAME.txt, or NAME-2.ann (-3, …)
/// when an earlier article of this run took NAME or NAME.txt there holds another text; said on
/// stderr, so that no article's export overwrites another's.
QString bratTargetIn(const QDir &folder, const Document &d, QSet<QString> *taken)
{
    const QString base = QFileInfo(d.path()).completeBaseName();
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        const QString ann = folder.filePath(name + QStringLiteral(".ann"));
        if (taken->contains(name) || ExportWriter::bratTextTaken(ann, d)) {
            continue;
        }
        taken->insert(name);
        if (n > 1) {
            say(QCoreApplication::translate(
                    "readout-cli",
                    "%1: written as %2 with %3.txt (%4.ann and %4.txt there are another article's)")
                    .arg(d.path(), ann, name, base));
        }
        return ann;
    }
}

/// The format and file checks of extract: ExitOk, or ExitUsage after saying what is wrong.
int extractUsage(const QString &fmt, const QStringList &files, bool why, const QString &output)
{
    static const QStringList formats = {QStringLiteral("json"),
                                        QStringLiteral("csv"),
                                        QStringLiteral("table"),
                                        QStringLiteral("brat"),
                                        QStringLiteral("conll"),
                                        QStringLiteral("ics")};
    if (files.isEmpty() || !formats.contains(fmt)) {
        err() << "usage: readout-cli extract FILE... [--format json|csv|table|brat|conll|ics] [-o OUT] "
                 "[--published YYYY-MM-DD] [--clean | --no-sidecar | --no-dictionary | --dictionary FILE]\n";
        return ExitUsage;
    }
    if (why && fmt != QLatin1String("table") && fmt != QLatin1String("json")) {
        say(QCoreApplication::translate("readout-cli", "--explain goes with --format table or json"));
        return ExitUsage;
    }
    if (fmt == QLatin1String("ics") && files.size() > 1) {
        say(QCoreApplication::translate("readout-cli", "--format ics writes one calendar per article: give one FILE"));
        return ExitUsage;
    }
    if (fmt == QLatin1String("brat") && files.size() > 1 && !QFileInfo(output).isDir()) {
        say(QCoreApplication::translate(
            "readout-cli",
            "--format brat writes one .ann (and .txt) per article: give one FILE, or -o an existing folder"));
        return ExitUsage;
    }
    return ExitOk;
}

int extract(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("readout-cli", "Extract entities and events from articles."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("extract"), QCoreApplication::translate("readout-cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("readout-cli", "Articles to read."),
                                 QStringLiteral("FILE..."));
    QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("readout-cli", "json (default), csv, table, brat (.ann and .txt), conll or ics."),
        QStringLiteral("format"),
        QStringLiteral("json"));
    const QCommandLineOption output = outputOption();
    QCommandLineOption published(
        QStringLiteral("published"),
        QCoreApplication::translate("readout-cli", "Publication date YYYY-MM-DD, overriding the document's."),
        QStringLiteral("date"));
    const QCommandLineOption dataDir = dataDirOption();
    QCommandLineOption explain(
        QStringLiteral("explain"),
        QCoreApplication::translate("readout-cli",
                                    "Say which rule filled each field of each event and the words it "
                                    "matched (table: after the table; json: a \"why\" list per event)."));
    parser.addOptions({format, output, published, dataDir, explain});
    AnalystWork work;
    if (const auto done = work.parse(parser, args)) {
        return *done;
    }
    QStringList files = parser.positionalArguments();
    files.removeFirst();
    const QString fmt = parser.value(format);
    const bool why = parser.isSet(explain);
    // brat is one .ann per text: several articles need a folder to put them in.
    const bool bratFolder = fmt == QLatin1String("brat") && files.size() > 1;
    if (const int usage = extractUsage(fmt, files, why, parser.value(output)); usage != ExitOk) {
        return usage;
    }
    if (parser.isSet(output) && namesAnArticle(parser.value(output), files)) {
        return ExitBadInput;
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
    const CsvExporter csv(*kb);
    const ConllExporter conll(*kb);
    const BratExporter brat(*kb);

    QByteArray out;
    QJsonArray documents;
    QSet<QString> bratNames;
    int status = ExitOk;
    bool first = true;
    for (const QString &file : std::as_const(files)) {
        ArticleWork x;
        if (!work.read(file, pub, pipeline, &x)) {
            status = ExitBadInput;
            continue;
        }
        const Document &d = x.document;
        if (!d.metadata().published.isValid()) {
            say(QCoreApplication::translate(
                    "readout-cli",
                    "%1: no publication date (no \"date YYYY-MM-DD\" header); relative dates stay unresolved. "
                    "Pass --published YYYY-MM-DD.")
                    .arg(file));
        }
        if (fmt == QLatin1String("conll")) {
            out += conll.toConll(d, x.entities);
        } else if (fmt == QLatin1String("ics")) {
            out += IcsExporter(*kb).toIcs(d, x.events);
        } else if (fmt == QLatin1String("brat")) {
            const QString target =
                bratFolder ? bratTargetIn(QDir(parser.value(output)), d, &bratNames) : parser.value(output);
            if (target.isEmpty()) {
                out += brat.toAnn(d, x.entities, x.events).toUtf8();
            } else {
                noteDecodedOffsets(target, d);
                const auto written =
                    ExportWriter(*kb).write(target, ExportWriter::Format::Brat, d, x.entities, x.events);
                if (!written) {
                    err() << "readout-cli: " << written.error().message << "\n";
                    return ExitBadInput;
                }
            }
        } else if (fmt == QLatin1String("json")) {
            QJsonObject doc = JsonExporter::toJson(d, x.entities, x.events);
            if (why) {
                doc = withReasons(doc, x.entities, x.events);
            }
            documents.append(doc);
        } else if (fmt == QLatin1String("csv")) {
            out += csv.toCsv(d, x.events, first);
        } else {
            if (files.size() > 1) {
                out += (d.path() + QLatin1Char('\n')).toUtf8();
            }
            out += table(x.events).toUtf8();
            for (const Event &e : std::as_const(x.events)) {
                out += why ? (QLatin1Char('\n') + EventExplanation::text(e)).toUtf8() : QByteArray();
            }
            if (why) {
                out += mentionRules(x.entities).toUtf8();
            }
        }
        first = false;
    }
    if (fmt == QLatin1String("json")) {
        const QJsonDocument json =
            documents.size() == 1 ? QJsonDocument(documents.first().toObject()) : QJsonDocument(documents);
        out = json.toJson(QJsonDocument::Indented);
    }
    if (fmt == QLatin1String("brat") && parser.isSet(output)) {
        return status; // written above, with the texts
    }
    if (!writeOutput(parser.value(output), out, files)) {
        return ExitBadInput;
    }
    return status;
}

int runCommand(const QStringList &args)
{
    const QString command = args.value(1);
    if (command == QLatin1String("extract")) {
        return extract(args);
    }
    if (command == QLatin1String("batch")) {
        return batchCommand(args);
    }
    if (command == QLatin1String("search")) {
        return searchCommand(args);
    }
    if (command == QLatin1String("stories")) {
        return storiesCommand(args);
    }
    if (command == QLatin1String("export")) {
        return exportCommand(args);
    }
    if (command == QLatin1String("compare")) {
        return compareCommand(args);
    }
    if (command == QLatin1String("eval") && isCompareEvaluation(args)) {
        return compareEvaluationCommand(args);
    }
    if (command == QLatin1String("eval")) {
        return evaluateCommand(args);
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "readout-cli " << READOUT_VERSION << "\n";
        return ExitOk;
    }
    QTextStream(command == QLatin1String("--help") || command == QLatin1String("-h") ? stdout : stderr)
        << QCoreApplication::translate(
               "readout-cli",
               "usage: readout-cli <command> [options]\n\n"
               "commands:\n"
               "  extract FILE... [--format json|csv|table|brat|conll|ics] [-o OUT] [--published YYYY-MM-DD]\n"
               "      entities and events as JSON (product brief section 5), CSV, brat standoff or CoNLL BIO;\n"
               "      FILE: .txt, .html, .md, .pdf, or a brat .ann / .readout.json sidecar (their annotations);\n"
               "      --explain (with table or json): which rule filled each field of each event, and its words,\n"
               "      and which rule found each mention (name, place, date)\n"
               "  compare A B [--format json|csv] [-o OUT] [--published-a YYYY-MM-DD] [--published-b YYYY-MM-DD]\n"
               "      aligned paragraphs and paired events of two reports, each flagged (same, date_differs, ...)\n"
               "  eval --gold DIR [--task entities|dates|events|compare] [--published-from meta|header] [--errors]\n"
               "       [--groups 00-20,40-97]\n"
               "      precision, recall and F1 against gold annotations (brat .ann or events .gold.json)\n"
               "  batch DIR|FILE... [-o OUT.csv|OUT.jsonl] [-j N] [--published YYYY-MM-DD]\n"
               "      every article of the folders (and sub-folders) and files on all cores (-j N: N at once),\n"
               "      one JSON line per article or the CSV of every event; progress on stderr\n"
               "      a folder's index (DIR/.readout/corpus.sqlite) spares re-reading what is unchanged (--no-index)\n"
               "  batch --jsonl [-j N]\n"
               "      stream mode: JSON lines in ({\"path\": FILE} or {\"text\": TEXT, \"published\": DATE}, an\n"
               "      optional \"id\"), one JSON result per line out, in order; nothing shared between lines\n"
               "  search DIR QUERY... [--format table|jsonl] [--limit N]\n"
               "      the sentences of DIR's articles that match: words (\"a phrase\", OR, NOT, prefix*) and fields\n"
               "      of the event told there: actor:NAME person:NAME type:talks status:held from:DATE to:DATE\n"
               "  stories DIR [--all] [--format table|jsonl]\n"
               "      reports of DIR that tell one event, grouped: where they disagree (date, place, sides), how\n"
               "      the status moved, the analyst's links (DIR/.readout/links.json) applied\n"
               "  export FILE.readout.json [--format csv|json|brat|conll|ics] [-o OUT] [--article PATH]\n"
               "      the corrected annotations and events an article's sidecar holds\n\n"
               "the analyst's work: extract, batch and compare use what the window uses, and say so on stderr:\n"
               "  an article's sidecar NAME.readout.json (its corrections) and the user dictionary (names taught,\n"
               "  %1).\n"
               "  A sidecar written before the article changed is refused (exit 1): open the article in Readout\n"
               "  to re-anchor it, or pass --no-sidecar. A damaged or newer sidecar is said and left alone.\n"
               "  --clean             pure extraction: no sidecar, no user dictionary\n"
               "  --no-sidecar        no sidecar corrections (a .readout.json or .ann given itself still counts)\n"
               "  --no-dictionary     no user dictionary\n"
               "  --dictionary FILE   this user dictionary instead of the window's\n"
               "  eval never uses either: it measures the extractor.\n\n"
               "exit status: 0 success, 1 bad input (the message names the file and the problem), 2 usage\n")
               .arg(UserDictionary::defaultPath());
    return command == QLatin1String("--help") || command == QLatin1String("-h") ? ExitOk : ExitUsage;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The window's names, so the user dictionary and fallback sidecars are the window's files.
    setReadoutApplicationNames();
    QCoreApplication::setApplicationVersion(QStringLiteral(READOUT_VERSION));
    installTranslators(QLocale::system());
    const int status = runCommand(QCoreApplication::arguments());
    // Output that never arrived (a full disk, a quota, an I/O error) is a failure, whatever the command.
    if (!standardOutputWritten() && status == ExitOk) {
        return ExitBadInput;
    }
    return status;
}
