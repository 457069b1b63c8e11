// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace Readout::DataFiles
{

namespace
{

/// A line of a TSV without its CR, or empty for a blank line or a # comment.
QString contentLine(QString line)
{
    if (line.endsWith(QLatin1Char('\r'))) {
        line.chop(1);
    }
    return line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')) ? QString() : line;
}

} // namespace

Result<QVector<TsvRow>>
parseTsv(const QByteArray &bytes, const QString &name, const QStringList &required, bool firstColumnRequired)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    QStringList header;
    QVector<TsvRow> rows;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = contentLine(lines.at(i));
        if (line.isEmpty()) {
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (header.isEmpty()) {
            header = cells;
            for (const QString &column : required) {
                if (!header.contains(column)) {
                    return Error{Error::Code::Malformed,
                                 QStringLiteral("%1:%2: header lacks column \"%3\"").arg(name).arg(i + 1).arg(column)};
                }
            }
            continue;
        }
        if (cells.size() != header.size()) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1:%2: %3 fields, expected %4")
                             .arg(name)
                             .arg(i + 1)
                             .arg(cells.size())
                             .arg(header.size())};
        }
        TsvRow row;
        row.line = i + 1;
        for (int c = 0; c < header.size(); ++c) {
            row.cells.insert(header.at(c), cells.at(c).trimmed());
        }
        if (firstColumnRequired && row.value(header.at(0)).isEmpty()) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1:%2: empty \"%3\"").arg(name).arg(i + 1).arg(header.at(0))};
        }
        rows.append(row);
    }
    if (header.isEmpty() && !required.isEmpty()) { // a table that names columns needs its header
        return Error{Error::Code::Malformed, QStringLiteral("%1: no header row").arg(name)};
    }
    return rows;
}

Result<QByteArray> read(const QString &overrideDir, const QString &relative, QStringList *sources)
{
    QString path;
    if (!overrideDir.isEmpty() && QFileInfo::exists(overrideDir + QLatin1Char('/') + relative)) {
        path = overrideDir + QLatin1Char('/') + relative;
        // A FIFO or device would block the load, a huge file stall it: data files are regular and
        // far smaller than this.
        const QFileInfo info(path);
        constexpr qint64 MaxDataFile = 32LL * 1024 * 1024;
        if (!info.isFile()) {
            return Error{Error::Code::Malformed, QStringLiteral("%1: not a regular file").arg(path)};
        }
        if (info.size() > MaxDataFile) {
            return Error{Error::Code::Malformed, QStringLiteral("%1: too large for a data file").arg(path)};
        }
    } else {
        path = QStringLiteral(":/readout/") + relative;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::NotFound,
                     QStringLiteral("%1: cannot read data file (%2)").arg(relative, file.errorString())};
    }
    sources->append(path);
    return file.readAll();
}

Result<QVector<TsvRow>>
readTsv(const QString &overrideDir, const QString &relative, const QStringList &required, QStringList *sources)
{
    auto bytes = read(overrideDir, relative, sources);
    if (!bytes) {
        return bytes.error();
    }
    Q_ASSERT(!required.isEmpty()); // a knowledge table always has a header naming its key column
    return parseTsv(bytes.value(), relative, required, true);
}

Result<QVector<TsvRow>> readStrictTsv(const QString &overrideDir,
                                      const QString &relative,
                                      const QStringList &required,
                                      const QStringList &optional,
                                      QStringList *sources)
{
    auto bytes = read(overrideDir, relative, sources);
    if (!bytes) {
        return bytes.error();
    }
    // The header is the first line that is neither blank nor a comment.
    const QStringList lines = QString::fromUtf8(bytes.value()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = contentLine(lines.at(i));
        if (line.isEmpty()) {
            continue;
        }
        const QStringList known = required + optional;
        for (const QString &column : line.split(QLatin1Char('\t'))) {
            if (!known.contains(column)) {
                return Error{Error::Code::Malformed,
                             QStringLiteral("%1:%2: unknown column \"%3\" (the columns are %4)")
                                 .arg(relative)
                                 .arg(i + 1)
                                 .arg(column, known.join(QLatin1String(", ")))};
            }
        }
        break;
    }
    return parseTsv(bytes.value(), relative, required, true);
}

Result<QJsonObject> parseJson(const QByteArray &bytes, const QString &relative)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        return Error{Error::Code::Malformed,
                     QStringLiteral("%1:%2: %3").arg(relative).arg(line).arg(error.errorString())};
    }
    if (doc.object().value(QLatin1String("schema")).toInt() != 1) {
        return Error{Error::Code::Unsupported, QStringLiteral("%1: \"schema\": 1 expected").arg(relative)};
    }
    return doc.object();
}

Result<QJsonObject> readJson(const QString &overrideDir, const QString &relative, QStringList *sources)
{
    auto bytes = read(overrideDir, relative, sources);
    if (!bytes) {
        return bytes.error();
    }
    return parseJson(bytes.value(), relative);
}

int lineOfJsonKey(const QByteArray &bytes, const QString &key)
{
    const qsizetype at = bytes.indexOf(QStringLiteral("\"%1\"").arg(key).toUtf8());
    return at < 0 ? 0 : int(bytes.left(at).count('\n')) + 1;
}

Result<QJsonObject>
readStrictJson(const QString &overrideDir, const QString &relative, const JsonKeys &keys, QStringList *sources)
{
    auto bytes = read(overrideDir, relative, sources);
    if (!bytes) {
        return bytes.error();
    }
    auto json = parseJson(bytes.value(), relative);
    if (!json) {
        return json;
    }
    static const QHash<QJsonValue::Type, QString> typeNames = {{QJsonValue::Object, QStringLiteral("an object")},
                                                               {QJsonValue::Array, QStringLiteral("a list")},
                                                               {QJsonValue::Double, QStringLiteral("a number")},
                                                               {QJsonValue::String, QStringLiteral("a string")},
                                                               {QJsonValue::Bool, QStringLiteral("true or false")}};
    const QJsonObject &top = json.value();
    for (auto it = top.begin(); it != top.end(); ++it) {
        const auto known = std::find_if(keys.cbegin(), keys.cend(), [&](const auto &k) {
            return k.first == it.key();
        });
        const int line = lineOfJsonKey(bytes.value(), it.key());
        if (known == keys.cend()) {
            QStringList names;
            for (const auto &k : keys) {
                names.append(k.first);
            }
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1:%2: unknown key \"%3\" (%4)")
                             .arg(relative)
                             .arg(line)
                             .arg(it.key(), names.join(QLatin1String(", ")))};
        }
        if (it.value().type() != known->second) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1:%2: \"%3\" must be %4")
                             .arg(relative)
                             .arg(line)
                             .arg(it.key(), typeNames.value(known->second))};
        }
    }
    return json;
}

QStringList splitList(const QString &cell)
{
    QStringList out;
    const auto parts = cell.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty()) {
            out.append(t);
        }
    }
    return out;
}

} // namespace Readout::DataFiles
