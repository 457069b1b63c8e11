// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystwork.h"
#include "cliio.h"
#include "corpuscommands.h"

#include "compare/comparerules.h"
#include "corpus/corpusindex.h"
#include "corpus/corpusstories.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Readout
{

using Cli::AnalystWork;
using Cli::compareRules;
using Cli::dataDirOption;
using Cli::err;
using Cli::ExitBadInput;
using Cli::ExitOk;
using Cli::ExitUsage;
using Cli::say;
using Cli::writeOutput;

namespace
{

QString flagsText(const Story &story, const CompareRules &rules)
{
    QStringList labels;
    for (const QString &f : story.flags) {
        labels.append(rules.flag(f).label);
    }
    return labels.isEmpty() ? QStringLiteral("reports agree") : labels.join(QLatin1String(", "));
}

QByteArray tableOf(const CorpusStories &cs, const Story &story, int number, const QDir &base, const CompareRules &rules)
{
    QString out =
        QStringLiteral("story %1\t%2\t%3\t%4%5\n")
            .arg(number)
            .arg(story.label(),
                 story.reports() == 1 ? QStringLiteral("1 report") : QStringLiteral("%1 reports").arg(story.reports()))
            .arg(flagsText(story, rules), story.linked ? QStringLiteral("\tlinked by the analyst") : QString());
    if (!story.steps.isEmpty()) {
        out += QStringLiteral("\tstatus: %1\n").arg(story.statusText());
    }
    for (const StoryMember &m : story.members) {
        const TimelineEvent &t = cs.at(m);
        out += QStringLiteral("\t%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                   .arg(t.published.isValid() ? t.published.toString(Qt::ISODate) : QStringLiteral("-"),
                        base.relativeFilePath(t.path),
                        t.date.isEmpty() ? QStringLiteral("-") : t.date,
                        t.location.isEmpty() ? QStringLiteral("-") : t.location,
                        t.status,
                        t.sides.join(QLatin1String("; ")),
                        t.evidence.simplified());
    }
    return out.toUtf8();
}

QByteArray jsonOf(const CorpusStories &cs, const Story &story, const QDir &base)
{
    QJsonArray steps;
    for (const StatusStep &s : story.steps) {
        steps.append(QJsonObject{{QStringLiteral("status"), s.status},
                                 {QStringLiteral("since"), s.since.toString(Qt::ISODate)}});
    }
    QJsonArray reports;
    for (const StoryMember &m : story.members) {
        const TimelineEvent &t = cs.at(m);
        reports.append(QJsonObject{{QStringLiteral("path"), base.relativeFilePath(t.path)},
                                   {QStringLiteral("published"), t.published.toString(Qt::ISODate)},
                                   {QStringLiteral("start"), t.start},
                                   {QStringLiteral("type"), t.type},
                                   {QStringLiteral("sides"), QJsonArray::fromStringList(t.sides)},
                                   {QStringLiteral("date"), t.date},
                                   {QStringLiteral("location"), t.location},
                                   {QStringLiteral("status"), t.status},
                                   {QStringLiteral("evidence"), t.evidence}});
    }
    const QJsonObject o{{QStringLiteral("label"), story.label()},
                        {QStringLiteral("type"), story.type},
                        {QStringLiteral("sides"), QJsonArray::fromStringList(story.sides)},
                        {QStringLiteral("date"), story.date},
                        {QStringLiteral("location"), story.place},
                        {QStringLiteral("flags"), QJsonArray::fromStringList(story.flags)},
                        {QStringLiteral("status_moves"), steps},
                        {QStringLiteral("linked"), story.linked},
                        {QStringLiteral("reports"), reports}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int storiesCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "readout-cli",
        "Group the reports of a folder that tell the same event into stories, and say where they "
        "disagree (date, place, sides) and how the status moved."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("stories"), QCoreApplication::translate("readout-cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QCoreApplication::translate("readout-cli", "The corpus folder."),
                                 QStringLiteral("DIR"));
    QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("readout-cli", "table (default) or jsonl (one story per line)."),
        QStringLiteral("format"),
        QStringLiteral("table"));
    QCommandLineOption all(QStringLiteral("all"),
                           QCoreApplication::translate("readout-cli", "Also events told by one report only."));
    QCommandLineOption jobs(
        {QStringLiteral("j"), QStringLiteral("jobs")},
        QCoreApplication::translate("readout-cli",
                                    "Articles read at once to update the index (default: one per core)."),
        QStringLiteral("N"));
    const QCommandLineOption dataDir = dataDirOption();
    parser.addOptions({format, all, jobs, dataDir});
    AnalystWork work;
    if (const auto done = work.parse(parser, args)) {
        return *done;
    }
    const QStringList words = parser.positionalArguments();
    const QString fmt = parser.value(format);
    bool number = true;
    const int jobCount = parser.isSet(jobs) ? parser.value(jobs).toInt(&number) : 0;
    if (words.size() != 2 || !number || (parser.isSet(jobs) && jobCount < 1)
        || (fmt != QLatin1String("table") && fmt != QLatin1String("jsonl"))) {
        err() << "usage: readout-cli stories DIR [--all] [--format table|jsonl] [-j N]\n";
        return ExitUsage;
    }
    const QString folder = words.at(1);
    if (!QFileInfo(folder).isDir()) {
        say(QCoreApplication::translate("readout-cli", "%1: not a folder").arg(folder));
        return ExitBadInput;
    }
    const auto rules = compareRules(parser.value(dataDir));
    if (!rules) {
        err() << "readout-cli: " << rules.error().message << "\n";
        return ExitBadInput;
    }
    const std::unique_ptr<CorpusIndex> index =
        updatedIndex(work, folder, parser.value(dataDir), jobCount, QStringLiteral("stories"));
    if (!index) {
        return ExitBadInput;
    }
    const QVector<TimelineEvent> events = index->timelineEvents(folder);
    QStringList paths;
    for (const TimelineEvent &e : events) {
        paths.append(e.path);
    }
    auto links = EventLinks::loadFor(folder, paths);
    if (!links) {
        // The analyst's links are theirs: say the file is unusable rather than drop them silently.
        say(QCoreApplication::translate("readout-cli", "%1 (stories are made without the analyst's links)")
                .arg(links.error().message));
        links = EventLinks();
    }
    const CorpusStories cs = CorpusStories::build(events, links.value(), rules.value());
    const QDir base(folder);
    QByteArray out;
    int shown = 0;
    int told = 0;
    for (const Story &story : cs.stories) {
        told += story.reports() > 1 ? 1 : 0;
        if (story.reports() < 2 && !parser.isSet(all)) {
            continue;
        }
        ++shown;
        out += fmt == QLatin1String("jsonl") ? jsonOf(cs, story, base) : tableOf(cs, story, shown, base, rules.value());
    }
    QString said =
        QCoreApplication::translate("readout-cli",
                                    "stories: %1 of %2 told by two reports or more (%3 events in %4 articles)")
            .arg(told)
            .arg(cs.stories.size())
            .arg(events.size())
            .arg(cs.reports.size());
    if (cs.staleLinks > 0) {
        said = QCoreApplication::translate("readout-cli", "%1; %2 of the analyst's links name an event no longer found")
                   .arg(said)
                   .arg(cs.staleLinks);
    }
    say(said);
    return writeOutput(QString(), out) ? ExitOk : ExitBadInput;
}

} // namespace Readout
