// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "cliio.h"

#include "document.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "storage/exportwriter.h"
#include "storage/sidecar.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace Readout
{

using namespace Cli;

namespace
{

/// The article a sidecar was written for: --article, its recorded path, or its file beside it.
QString articleFor(const SidecarData &data, const QString &sidecarPath, const QString &given)
{
    if (!given.isEmpty()) {
        return given;
    }
    const QString beside = QFileInfo(sidecarPath).dir().filePath(data.articleFile);
    if (!data.articleFile.isEmpty() && QFileInfo::exists(beside)) {
        return beside;
    }
    return data.articlePath;
}

} // namespace

int exportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("readout-cli", "Export the corrected annotations and events of a sidecar."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("readout-cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("sidecar"),
                                 QCoreApplication::translate("readout-cli", "The article's NAME.readout.json."),
                                 QStringLiteral("FILE.readout.json"));
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("readout-cli", "csv (default), json, brat, conll or ics."),
        QStringLiteral("format"),
        QStringLiteral("csv"));
    const QCommandLineOption output = outputOption(
        QCoreApplication::translate("readout-cli", "Write to FILE (brat: FILE.ann, with the text as FILE.txt)."));
    const QCommandLineOption article(
        QStringLiteral("article"),
        QCoreApplication::translate("readout-cli", "The article, when it is not where the sidecar says."),
        QStringLiteral("path"));
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({format, output, article, dataDir});
    if (!parser.parse(args)) {
        err() << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const auto fmt = ExportWriter::formatNamed(parser.value(format));
    if (positional.size() != 2 || !fmt) {
        err() << "usage: readout-cli export FILE.readout.json [--format csv|json|brat|conll|ics] [-o OUT] "
                 "[--article PATH]\n";
        return ExitUsage;
    }
    const QString sidecarPath = positional.at(1);
    auto sidecar = Sidecar::readFile(sidecarPath);
    if (!sidecar) {
        err() << "readout-cli: " << sidecar.error().message << "\n";
        return ExitBadInput;
    }
    const QString articlePath = articleFor(sidecar.value(), sidecarPath, parser.value(article));
    // Read as an article, a sidecar would bring its own article in turn: sidecars naming each
    // other recursed until the stack overflowed.
    if (Sidecar::isSidecar(articlePath)) {
        say(QCoreApplication::translate("readout-cli",
                                        "%1: its article %2 is a Readout sidecar, not an article (pass --article PATH)")
                .arg(sidecarPath, articlePath));
        return ExitBadInput;
    }
    auto read = readDocument(articlePath);
    if (!read) {
        say(QCoreApplication::translate("readout-cli", "%1: its article cannot be read: %2 (pass --article PATH)")
                .arg(sidecarPath, read.error().message));
        return ExitBadInput;
    }
    Document document = read.value();
    if (Sidecar::hashOf(document.text()) != sidecar.value().textHash) {
        say(QCoreApplication::translate(
                "readout-cli",
                "%1 has changed since %2 was written; open it in Readout to re-anchor the annotations")
                .arg(articlePath, sidecarPath));
        return ExitBadInput;
    }
    if (sidecar.value().published.isValid()) {
        document.setPublished(sidecar.value().published);
    }
    auto anchored = Sidecar::anchor(sidecar.value(), document);
    if (!anchored) {
        err() << "readout-cli: " << sidecarPath << ": " << anchored.error().message << "\n";
        return ExitBadInput;
    }
    const auto kb = knowledgeOrSay(parser.value(dataDir));
    if (!kb) {
        return ExitBadInput;
    }
    const SidecarData &data = anchored.value();
    const ExportWriter writer(*kb);
    const QString outPath = parser.value(output);
    if (outPath.isEmpty()) {
        return writeOutput({}, writer.render(fmt.value(), document, data.entities, data.events)) ? ExitOk
                                                                                                 : ExitBadInput;
    }
    if (const auto written = writer.write(outPath, fmt.value(), document, data.entities, data.events); !written) {
        err() << "readout-cli: " << written.error().message << "\n";
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace Readout
