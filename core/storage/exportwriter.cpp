// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportwriter.h"

#include "../document.h"
#include "bratexporter.h"
#include "conllexporter.h"
#include "csvexporter.h"
#include "icsexporter.h"
#include "jsonexporter.h"
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Readout
{

namespace
{

struct FormatInfo {
    ExportWriter::Format format;
    const char *name;
    const char *suffix;
    const char *filter;
};

// One row per format: command-line name, file suffix, file-dialog filter.
constexpr FormatInfo Formats[] = {
    {ExportWriter::Format::Csv, "csv", "csv", "CSV events (*.csv)"},
    {ExportWriter::Format::Json, "json", "json", "JSON entities and events (*.json)"},
    {ExportWriter::Format::Brat, "brat", "ann", "brat standoff (*.ann)"},
    {ExportWriter::Format::Conll, "conll", "conll", "CoNLL BIO entities (*.conll)"},
    {ExportWriter::Format::Ics, "ics", "ics", "iCalendar events (*.ics)"},
};

} // namespace

ExportWriter::ExportWriter(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

Result<ExportWriter::Format> ExportWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const FormatInfo &f : Formats) {
        if (suffix == QLatin1String(f.suffix)) {
            return f.format;
        }
    }
    return Error{
        Error::Code::Unsupported,
        QStringLiteral("%1: unknown export format \"%2\" (use .csv, .json, .ann, .conll or .ics)").arg(path, suffix)};
}

Result<ExportWriter::Format> ExportWriter::formatNamed(const QString &name)
{
    for (const FormatInfo &f : Formats) {
        if (name == QLatin1String(f.name)) {
            return f.format;
        }
    }
    return Error{Error::Code::Unsupported, QStringLiteral("\"%1\" is not csv, json, brat, conll or ics").arg(name)};
}

QStringList ExportWriter::dialogFilters()
{
    QStringList out;
    for (const FormatInfo &f : Formats) {
        out.append(QString::fromLatin1(f.filter));
    }
    return out;
}

QString ExportWriter::suffix(Format format)
{
    for (const FormatInfo &f : Formats) {
        if (f.format == format) {
            return QString::fromLatin1(f.suffix);
        }
    }
    return {};
}

QByteArray ExportWriter::render(Format format,
                                const Document &document,
                                const QVector<Entity> &entities,
                                const QVector<Event> &events) const
{
    switch (format) {
    case Format::Csv:
        return CsvExporter(m_knowledge).toCsv(document, events);
    case Format::Json:
        return QJsonDocument(JsonExporter::toJson(document, entities, events)).toJson(QJsonDocument::Indented);
    case Format::Brat:
        return BratExporter(m_knowledge).toAnn(document, entities, events).toUtf8();
    case Format::Conll:
        return ConllExporter(m_knowledge).toConll(document, entities);
    case Format::Ics:
        return IcsExporter(m_knowledge).toIcs(document, events);
    }
    return {};
}

bool ExportWriter::sameFile(const QString &a, const QString &b)
{
    return OutputFile::sameFile(a, b);
}

Result<bool> ExportWriter::writeBytes(const QString &path, const QByteArray &bytes, const QString &article)
{
    return OutputFile::write(path, bytes, {article});
}

QString ExportWriter::bratTextPath(const QString &annPath)
{
    const QFileInfo info(annPath);
    return info.dir().filePath(info.completeBaseName() + QLatin1String(".txt"));
}

bool ExportWriter::bratTextTaken(const QString &annPath, const Document &document)
{
    const QString text = bratTextPath(annPath);
    const QFileInfo info(text);
    if (!info.exists() || (!document.path().isEmpty() && sameFile(text, document.path()))) {
        return false;
    }
    const QByteArray ours = document.text().toUtf8();
    if (!info.isFile() || info.size() != ours.size()) {
        return info.isFile();
    }
    QFile file(text);
    return !file.open(QIODevice::ReadOnly) || file.readAll() != ours;
}

Result<bool> ExportWriter::write(const QString &path,
                                 Format format,
                                 const Document &document,
                                 const QVector<Entity> &entities,
                                 const QVector<Event> &events) const
{
    if (format != Format::Brat) {
        return writeBytes(path, render(format, document, entities, events), document.path());
    }
    // brat reads the text beside the .ann; the offsets count in exactly this text. Checked before
    // anything is written, so that a refusal leaves no .ann without its text.
    const QString text = bratTextPath(path);
    const bool isArticle = !document.path().isEmpty() && sameFile(text, document.path());
    if (!isArticle && bratTextTaken(path, document)) {
        return Error{Error::Code::WriteFailed,
                     QStringLiteral("%1: holds another text than this article's, and brat needs the article's text "
                                    "beside %2; refusing to overwrite it. Choose another name")
                         .arg(text, QFileInfo(path).fileName())};
    }
    if (const QString refused = OutputFile::refusal(text, {document.path()}); !isArticle && !refused.isEmpty()) {
        return Error{Error::Code::WriteFailed, refused};
    }
    auto written = writeBytes(path, render(format, document, entities, events), document.path());
    if (!written || isArticle) {
        return written; // the article is that text already
    }
    return writeBytes(text, document.text().toUtf8(), document.path());
}

} // namespace Readout
