// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"

#include "analystwork.h"
#include "cliio.h"

#include "compare/compareevaluation.h"
#include "compare/comparerules.h"
#include "compare/comparison.h"
#include "compare/comparisonexporter.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace Readout
{

using namespace Cli;

namespace
{

/// Reads one report as the window shows it (see AnalystWork::read()), its dates resolved against
/// its own publication date.
bool readSide(const AnalystWork &work,
              const QString &file,
              const QDate &published,
              const Pipeline &pipeline,
              CompareSide *side)
{
    ArticleWork article;
    if (!work.read(file, published, pipeline, &article)) {
        return false;
    }
    if (!article.document.metadata().published.isValid()) {
        say(QCoreApplication::translate(
                "readout-cli",
                "%1: no publication date (no \"date YYYY-MM-DD\" header); relative dates stay unresolved and "
                "events may not pair. Pass --published-a/--published-b YYYY-MM-DD.")
                .arg(file));
    }
    side->document = std::move(article.document);
    side->entities = std::move(article.entities);
    side->events = std::move(article.events);
    return true;
}

QString percent(double v)
{
    return QString::number(v, 'f', 3);
}

} // namespace

int compareCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("readout-cli", "Compare two reports of the same events."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("compare"), QCoreApplication::translate("readout-cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("A"), QCoreApplication::translate("readout-cli", "The first report."));
    parser.addPositionalArgument(QStringLiteral("B"), QCoreApplication::translate("readout-cli", "The second report."));
    QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                              QCoreApplication::translate("readout-cli", "json (default) or csv."),
                              QStringLiteral("format"),
                              QStringLiteral("json"));
    const QCommandLineOption output = outputOption();
    QCommandLineOption publishedA(
        QStringLiteral("published-a"),
        QCoreApplication::translate("readout-cli", "Publication date of A, YYYY-MM-DD, overriding its own."),
        QStringLiteral("date"));
    QCommandLineOption publishedB(
        QStringLiteral("published-b"),
        QCoreApplication::translate("readout-cli", "Publication date of B, YYYY-MM-DD, overriding its own."),
        QStringLiteral("date"));
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({format, output, publishedA, publishedB, dataDir});
    AnalystWork work;
    const char *usage =
        "usage: readout-cli compare A B [--format json|csv] [-o OUT] [--published-a YYYY-MM-DD] "
        "[--published-b YYYY-MM-DD] [--data-dir DIR] [--clean | --no-sidecar | --no-dictionary | --dictionary FILE]\n";
    if (const auto done = work.parse(parser, args, usage)) {
        return *done;
    }
    QStringList files = parser.positionalArguments();
    files.removeFirst();
    const QString fmt = parser.value(format);
    if (files.size() != 2 || (fmt != QLatin1String("json") && fmt != QLatin1String("csv"))) {
        err() << usage;
        return ExitUsage;
    }
    QDate dateA;
    QDate dateB;
    if (!dateOption(parser, publishedA, &dateA) || !dateOption(parser, publishedB, &dateB)) {
        return ExitUsage;
    }
    const QString out = parser.value(output);
    for (const QString &file : std::as_const(files)) {
        if (!out.isEmpty() && sameFile(out, file)) {
            say(QCoreApplication::translate("readout-cli",
                                            "%1: refusing to overwrite the article %2; choose another output file")
                    .arg(out, file));
            return ExitBadInput;
        }
    }
    const auto kb = work.knowledgeOrSay(parser.value(dataDir));
    if (!kb) {
        return ExitBadInput;
    }
    auto rules = compareRules(parser.value(dataDir));
    if (!rules) {
        err() << "readout-cli: " << rules.error().message << "\n";
        return ExitBadInput;
    }
    const Pipeline pipeline(kb);
    CompareSide a;
    CompareSide b;
    if (!readSide(work, files.at(0), dateA, pipeline, &a) || !readSide(work, files.at(1), dateB, pipeline, &b)) {
        return ExitBadInput;
    }
    const Comparison comparison = Comparison::compare(a, b, rules.value());
    const QByteArray bytes = fmt == QLatin1String("csv")
        ? ComparisonExporter::toCsv(a, b, comparison, rules.value())
        : QJsonDocument(ComparisonExporter::toJson(a, b, comparison, rules.value())).toJson(QJsonDocument::Indented);
    if (!writeOutput(out, bytes, files)) {
        return ExitBadInput;
    }
    err() << comparison.summaryText(rules.value()) << "\n";
    return ExitOk;
}

bool isCompareEvaluation(const QStringList &args)
{
    const qsizetype task = args.indexOf(QStringLiteral("--task"));
    return args.contains(QStringLiteral("--task=compare"))
        || (task >= 0 && args.value(task + 1) == QLatin1String("compare"));
}

int compareEvaluationCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("readout-cli", "Score event pairing across reports against gold xrefs."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("eval"), QCoreApplication::translate("readout-cli", "The command."));
    QCommandLineOption gold(QStringLiteral("gold"),
                            QCoreApplication::translate("readout-cli", "Folder of .txt + .gold.json."),
                            QStringLiteral("DIR"));
    QCommandLineOption task(QStringLiteral("task"), QStringLiteral("compare"), QStringLiteral("task"));
    QCommandLineOption errors(QStringLiteral("errors"),
                              QCoreApplication::translate("readout-cli", "List every wrong and missed pair."));
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({gold, task, errors, dataDir});
    if (!parser.parse(args) || !parser.isSet(gold)) {
        err() << "usage: readout-cli eval --gold DIR --task compare [--errors]\n";
        return ExitUsage;
    }
    const auto kb = knowledgeOrSay(parser.value(dataDir));
    if (!kb) {
        return ExitBadInput;
    }
    auto rules = compareRules(parser.value(dataDir));
    if (!rules) {
        err() << "readout-cli: " << rules.error().message << "\n";
        return ExitBadInput;
    }
    const Pipeline pipeline(kb);
    auto run = CompareEvaluation::run(parser.value(gold), pipeline, rules.value());
    if (!run) {
        err() << "readout-cli: " << run.error().message << "\n";
        return ExitBadInput;
    }
    const CompareEvaluation &e = run.value();
    QTextStream o(stdout);
    o << "gold: " << parser.value(gold) << " (" << e.documents << " documents, " << e.filePairs
      << " pairs of documents, " << e.goldPairs << " gold event pairs by xref)\n";
    auto row = [&o](const QString &label, const CompareEvaluation::PairCounts &c) {
        o << label.leftJustified(28) << "P " << percent(c.precision()) << "  R " << percent(c.recall()) << "  F1 "
          << percent(c.f1()) << "   (tp " << c.tp << ", fp " << c.fp << ", fn " << c.fn << ")\n";
    };
    row(QStringLiteral("matcher on gold events"), e.onGold);
    row(QStringLiteral("end to end (extracted)"), e.endToEnd);
    o << "stories across all " << e.documents << " documents (" << e.goldStories
      << " gold stories told by two documents or more):\n";
    row(QStringLiteral("stories on gold events"), e.storiesOnGold);
    o << QString().leftJustified(28) << "gold stories held exactly: " << e.storiesExactOnGold << " of " << e.goldStories
      << "\n";
    row(QStringLiteral("stories end to end"), e.storiesEndToEnd);
    o << QString().leftJustified(28) << "gold stories held exactly: " << e.storiesExactEndToEnd << " of "
      << e.goldStories << "\n";
    o << "gold events found by extraction: " << e.goldEventsFound << " of " << e.goldEventsWithXref
      << " (those with an xref)\n";
    if (parser.isSet(errors)) {
        o << "\nerrors (" << e.errors.size() << "):\n";
        for (const QString &line : e.errors) {
            o << line << "\n";
        }
    }
    return ExitOk;
}

} // namespace Readout
