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

Result<bool> ExportWriter::write(const QString &path,
                                 Format format,
                                 const Document &document,
                                 const QVector<Entity> &entities,
                                 const QVector<Event> &events) const
{
    auto written = writeBytes(path, render(format, document, entities, events), document.path());
    if (!written || format != Format::Brat) {
        return written;
    }
    // brat reads the text beside the .ann; the offsets count in exactly this text.
    const QFileInfo info(path);
    const QString text = info.dir().filePath(info.completeBaseName() + QLatin1String(".txt"));
    if (!document.path().isEmpty() && sameFile(text, document.path())) {
        return true; // the article is that text already
    }
    return writeBytes(text, document.text().toUtf8(), document.path());
}

} // namespace Readout
