// SPDX-License-Identifier: GPL-3.0-or-later
#include "evalcommand.h"

#include "cliio.h"
#include "eval/evaluation.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Readout
{

using namespace Readout::Cli;

namespace
{

QString percent(double v)
{
    return QString::number(v, 'f', 3);
}

void printEventScores(QTextStream &out, const QString &name, const EventScores &s)
{
    const auto row = [&out](const QString &label, const Counts &c) {
        out << "  " << label.leftJustified(16) << "P " << percent(c.precision()) << "  R " << percent(c.recall())
            << "  F1 " << percent(c.f1()) << "   (tp " << c.tp << ", fp " << c.fp << ", fn " << c.fn << ")\n";
    };
    out << "\n"
        << name << ": " << s.documents << " documents, " << s.gold << " gold events, " << s.predicted << " extracted\n";
    row(QStringLiteral("strict events"), s.strict);
    row(QStringLiteral("detection"), s.detection);
    row(QStringLiteral("sides (paired)"), s.sides);
    out << "  participant-only recall " << percent(s.participantRecall()) << "\n  status accuracy   "
        << percent(s.statusAccuracy()) << "\n  type accuracy     " << percent(s.typeAccuracy())
        << "\n  location accuracy " << percent(s.locationAccuracy()) << "\n";
}

void printErrors(QTextStream &out, const QVector<ScoreError> &errors)
{
    out << "\nerrors (" << errors.size() << "):\n";
    for (const ScoreError &e : errors) {
        out << e.kind << "\t" << e.document << "\t" << e.what << "\n\t" << e.context << "\n";
    }
}

} // namespace

int evaluateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("readout-cli", "Score extraction against gold annotations."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("eval"), QCoreApplication::translate("readout-cli", "The command."));
    QCommandLineOption gold(QStringLiteral("gold"),
                            QCoreApplication::translate("readout-cli", "Folder of gold files."),
                            QStringLiteral("DIR"));
    QCommandLineOption task(
        QStringLiteral("task"),
        QCoreApplication::translate("readout-cli", "entities, dates or events (default: from the files)."),
        QStringLiteral("task"));
    QCommandLineOption publishedFrom(
        QStringLiteral("published-from"),
        QCoreApplication::translate("readout-cli", "meta (default: .meta.json or the gold's date) or header."),
        QStringLiteral("source"),
        QStringLiteral("meta"));
    QCommandLineOption errors(QStringLiteral("errors"),
                              QCoreApplication::translate("readout-cli", "List every false positive and negative."));
    QCommandLineOption groups(
        QStringLiteral("groups"),
        QCoreApplication::translate("readout-cli",
                                    "Events: also score each group of files by the number their name starts "
                                    "with, e.g. 00-20,40-97."),
        QStringLiteral("RANGES"));
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({gold, task, publishedFrom, errors, groups, dataDir});
    if (!parser.parse(args)) {
        err() << parser.errorText() << "\n";
        return ExitUsage;
    }
    const QString source = parser.value(publishedFrom);
    if (!parser.isSet(gold) || (source != QLatin1String("meta") && source != QLatin1String("header"))) {
        err() << "usage: readout-cli eval --gold DIR [--task entities|dates|events] [--published-from meta|header] "
                 "[--errors]\n";
        return ExitUsage;
    }
    Evaluation::Task which = Evaluation::Task::Entities;
    if (parser.isSet(task)) {
        const QString t = parser.value(task);
        if (t == QLatin1String("entities")) {
            which = Evaluation::Task::Entities;
        } else if (t == QLatin1String("dates")) {
            which = Evaluation::Task::Dates;
        } else if (t == QLatin1String("events")) {
            which = Evaluation::Task::Events;
        } else {
            err()
                << QCoreApplication::translate("readout-cli", "--task: \"%1\" is not entities, dates or events").arg(t)
                << "\n";
            return ExitUsage;
        }
    } else {
        auto detected = Evaluation::detectTask(parser.value(gold));
        if (!detected) {
            err() << "readout-cli: " << detected.error().message << "\n";
            return ExitBadInput;
        }
        which = detected.value();
    }
    const auto kb = knowledgeOrSay(parser.value(dataDir));
    if (!kb) {
        return ExitBadInput;
    }
    const Pipeline pipeline(kb);
    Evaluation evaluation(pipeline);
    if (parser.isSet(groups)) {
        const auto list = FileGroup::parseList(parser.value(groups));
        if (!list) {
            err() << QCoreApplication::translate("readout-cli",
                                                 "--groups: \"%1\" is not a list of ranges such as 00-20,40-97")
                         .arg(parser.value(groups))
                  << "\n";
            return ExitUsage;
        }
        evaluation.setEventGroups(*list);
    }
    auto run = evaluation.run(parser.value(gold),
                              which,
                              source == QLatin1String("header") ? Evaluation::PublishedFrom::Header
                                                                : Evaluation::PublishedFrom::Meta);
    if (!run) {
        err() << "readout-cli: " << run.error().message << "\n";
        return ExitBadInput;
    }
    QTextStream out(stdout);
    out << "gold: " << parser.value(gold) << " (" << run.value() << " documents)\n";
    auto row = [&out](const QString &label, const Counts &c) {
        out << label.leftJustified(14) << "P " << percent(c.precision()) << "  R " << percent(c.recall()) << "  F1 "
            << percent(c.f1()) << "   (tp " << c.tp << ", fp " << c.fp << ", fn " << c.fn << ")\n";
    };
    if (which == Evaluation::Task::Entities) {
        const EntityScorer &s = evaluation.entities();
        const QStringList main = {QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"), QStringLiteral("LOCATION")};
        out << "\nexact match\n";
        for (const QString &l : s.labels()) {
            row(l, s.exact(l));
        }
        row(QStringLiteral("micro P+O+L"), s.microExact(main));
        out << "\noverlap match\n";
        for (const QString &l : s.labels()) {
            row(l, s.overlap(l));
        }
        row(QStringLiteral("micro P+O+L"), s.microOverlap(main));
        if (parser.isSet(errors)) {
            printErrors(out, s.errors());
        }
    } else if (which == Evaluation::Task::Dates) {
        const TimexScorer &s = evaluation.dates();
        row(QStringLiteral("relaxed span"), s.spans());
        row(QStringLiteral("strict span"), s.strictSpans());
        out << "value accuracy " << percent(s.valueAccuracy()) << " (" << s.valueCorrect() << " of " << s.spans().tp
            << " matched)\nvalue F1       " << percent(s.valueF1()) << "\n";
        if (parser.isSet(errors)) {
            printErrors(out, s.errors());
        }
    } else {
        const EventScorer &s = evaluation.events();
        printEventScores(out, QStringLiteral("all"), s.all());
        for (const auto &group : s.groups()) {
            printEventScores(out, QStringLiteral("files ") + group.first, group.second);
        }
        const DocumentEntityScorer &names = evaluation.documentEntities();
        out << "\nnames at document level (each listed name found by its text, canonical name or an alias):\n";
        for (const QString &label : DocumentEntityScorer::labels()) {
            const Counts c = names.label(label);
            out << "  " << label.leftJustified(13) << " P " << percent(c.precision()) << "  R " << percent(c.recall())
                << "  F1 " << percent(c.f1()) << "   (tp " << c.tp << ", fp " << c.fp << ", fn " << c.fn << ")\n";
        }
        const Counts all = names.micro();
        out << "  " << QStringLiteral("all").leftJustified(13) << " P " << percent(all.precision()) << "  R "
            << percent(all.recall()) << "  F1 " << percent(all.f1()) << "\n";
        if (parser.isSet(errors)) {
            printErrors(out, s.errors());
            printErrors(out, names.errors());
        }
    }
    return ExitOk;
}

} // namespace Readout
