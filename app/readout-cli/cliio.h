// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparerules.h"
#include "knowledge/userdictionary.h"
#include "result.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

#include <memory>

namespace Readout
{
class KnowledgeBase;
}

namespace Readout::Cli
{

/// The exit statuses of every readout-cli command (product brief §6).
enum ExitStatus { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2 };

/// Standard error as a text stream, shared by the commands.
QTextStream &err();

/// Says "readout-cli: MESSAGE" and a line end on standard error. MESSAGE comes translated:
/// QCoreApplication::translate("readout-cli", ...), installed by installTranslators() in main.
void say(const QString &message);

/// Whether two paths name the same file (also through links, when both exist).
bool sameFile(const QString &a, const QString &b);

/// Writes bytes to path (OutputFile: atomic for files, in place for devices and FIFOs, never onto
/// the articles read or a sidecar), or to standard output when path is empty, checking every
/// write and the flush. Prints the problem and returns false on failure.
bool writeOutput(const QString &path, const QByteArray &bytes, const QStringList &articles = {});

/// Flushes standard output and tells whether everything written to it (also through QTextStream)
/// arrived; prints the problem when not. A command's exit status must not be 0 then.
bool standardOutputWritten();

/// The date an option gives (YYYY-MM-DD): an invalid date when the option is not set; false after
/// saying what is wrong when it is set to something else.
bool dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *date);

/// The options every command shares: -o/--output FILE ("Write to FILE." unless described) and
/// --data-dir DIR.
QCommandLineOption outputOption(const QString &description = QString());
QCommandLineOption dataDirOption();

/// The knowledge base with dataDir's files over the built-in ones; prints the problem and returns
/// null when a file is broken.
std::shared_ptr<const KnowledgeBase> knowledgeOrSay(const QString &dataDir);
/// As knowledgeOrSay(), from the folder dataFolderOrSay() gave, with dictionary merged in; when
/// analystsFolder (no --data-dir) and a file of it is broken, says so and uses the built-in data.
std::shared_ptr<const KnowledgeBase>
knowledgeFromOrSay(const QString &folder, bool analystsFolder, const UserDictionary &dictionary = {});
/// The compare rules of --data-dir DIR, else of the analyst's data folder (built-in when broken,
/// said on stderr), else the built-in ones.
Result<CompareRules> compareRules(const QString &dataDir);
/// The folder the data files come from: --data-dir's, else the analyst's data folder when it holds
/// a file (said on stderr), else "" (built-in data only).
QString dataFolderOrSay(const QString &dataDir);

} // namespace Readout::Cli
