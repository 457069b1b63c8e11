// SPDX-License-Identifier: GPL-3.0-or-later
#include "sidecar.h"

#include "../events/eventexplanation.h"

#include "../annotations.h"
#include "../document.h"
#include "../formats/inputfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Readout
{

namespace
{

const QString FormatName = QStringLiteral("readout-sidecar");
const QString Suffix = QStringLiteral(".readout.json");

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        out.append(item.toString());
    }
    return out;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// Whether the file holds a JSON object with "format": "readout-sidecar" (where the writer put it:
/// its keys are sorted, so after the entities and events), read a chunk at a time.
bool holdsSidecarFormat(QFile &file)
{
    static const QRegularExpression format(QStringLiteral("\"format\"\\s*:\\s*\"%1\"").arg(FormatName));
    QByteArray carry;
    bool first = true;
    while (!file.atEnd()) {
        const QByteArray read = file.read(qint64(1) << 20);
        if (read.isEmpty()) {
            return false;
        }
        const QByteArray chunk = carry + read;
        if (first && !chunk.trimmed().startsWith('{')) {
            return false;
        }
        first = false;
        if (QString::fromLatin1(chunk).contains(format)) {
            return true;
        }
        carry = chunk.right(64);
    }
    return false;
}

/// An offset member that must be a non-negative integer.
bool offset(const QJsonObject &o, const char *key, int *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInt())) {
        return false;
    }
    *out = v.toInt();
    return true;
}

/// A member that must be a list when present; false when it is something else.
bool list(const QJsonObject &o, const char *key, QJsonArray *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    *out = v.toArray();
    return v.isArray() || v.isUndefined() || v.isNull();
}

} // namespace

QString Sidecar::hashOf(const QString &text)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Sidecar::besidePath(const QString &articlePath)
{
    const QFileInfo info(articlePath);
    return info.dir().filePath(info.completeBaseName() + Suffix);
}

QString Sidecar::fallbackPath(const QString &articlePath)
{
    // The absolute path's hash keeps articles of the same name in different folders apart.
    const QString absolute = QFileInfo(articlePath).absoluteFilePath();
    const QString tag =
        QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sidecars/")
        + QFileInfo(articlePath).completeBaseName() + QLatin1Char('-') + tag + Suffix;
}

QString Sidecar::existingPath(const QString &articlePath)
{
    for (const QString &candidate : {besidePath(articlePath), fallbackPath(articlePath)}) {
        if (QFileInfo::exists(candidate)) {
            return candidate;
        }
    }
    return {};
}

QString Sidecar::writePath(const QString &articlePath)
{
    const QString existing = existingPath(articlePath);
    if (!existing.isEmpty()) {
        return existing;
    }
    const QFileInfo folder(QFileInfo(articlePath).absolutePath());
    const bool resource = articlePath.startsWith(QLatin1Char(':'));
    return !resource && folder.isDir() && folder.isWritable() ? besidePath(articlePath) : fallbackPath(articlePath);
}

QByteArray Sidecar::toJson(const Annotations &annotations)
{
    return toJson(annotations.document(), annotations.entities(), annotations.events(), annotations.correctionLog());
}

QByteArray Sidecar::toJson(const Document &document,
                           const QVector<Entity> &entities,
                           const QVector<Event> &events,
                           const CorrectionLog &log)
{
    const auto cp = [&document](int utf16) {
        return document.toCodePoint(utf16);
    };
    QJsonObject doc;
    doc.insert(QStringLiteral("file"), QFileInfo(document.path()).fileName());
    doc.insert(QStringLiteral("path"), QFileInfo(document.path()).absoluteFilePath());
    doc.insert(QStringLiteral("published"), document.metadata().published.toString(Qt::ISODate));
    doc.insert(QStringLiteral("title"), document.metadata().title);
    doc.insert(QStringLiteral("text_hash"), hashOf(document.text()));
    doc.insert(QStringLiteral("text_length"), cp(int(document.text().size())));

    QJsonArray ents;
    for (const Entity &e : entities) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("type"), entityTypeName(e.type));
        o.insert(QStringLiteral("start"), cp(e.start));
        o.insert(QStringLiteral("end"), cp(e.end));
        o.insert(QStringLiteral("text"), e.text);
        o.insert(QStringLiteral("canonical"), e.canonical);
        o.insert(QStringLiteral("code"), e.code);
        o.insert(QStringLiteral("value"), e.value);
        o.insert(QStringLiteral("timex_type"), e.timexType);
        if (!e.timexMod.isEmpty()) {
            o.insert(QStringLiteral("timex_mod"), e.timexMod);
        }
        o.insert(QStringLiteral("origin"), e.origin);
        o.insert(QStringLiteral("corrected_fields"), strings(e.correctedFields));
        ents.append(o);
    }
    QJsonArray evs;
    for (const Event &e : events) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("type"), e.type);
        o.insert(QStringLiteral("participants"), strings(e.participants));
        o.insert(QStringLiteral("participant_codes"), strings(e.participantCodes));
        o.insert(QStringLiteral("date"), e.date);
        o.insert(QStringLiteral("date_text"), e.dateText);
        o.insert(QStringLiteral("location"), e.location);
        o.insert(QStringLiteral("status"), e.status);
        o.insert(QStringLiteral("topics"), strings(e.topics));
        o.insert(QStringLiteral("source"), e.source);
        QJsonArray evidence;
        evidence.append(QJsonObject{{QStringLiteral("start"), cp(e.evidenceStart)},
                                    {QStringLiteral("end"), cp(e.evidenceEnd)},
                                    {QStringLiteral("text"), e.evidenceText}});
        for (const auto &span : e.extraEvidence) {
            evidence.append(
                QJsonObject{{QStringLiteral("start"), cp(span.first)},
                            {QStringLiteral("end"), cp(span.second)},
                            {QStringLiteral("text"), document.text().mid(span.first, span.second - span.first)}});
        }
        o.insert(QStringLiteral("evidence"), evidence);
        o.insert(QStringLiteral("entity_ids"), strings(e.entityIds));
        o.insert(QStringLiteral("confidence"), e.confidence);
        o.insert(QStringLiteral("origin"), e.origin);
        o.insert(QStringLiteral("corrected_fields"), strings(e.correctedFields));
        o.insert(QStringLiteral("reviewed"), e.reviewed);
        if (!e.reasons.isEmpty()) {
            o.insert(QStringLiteral("why"), EventExplanation::json(e)); // which rule filled each field
        }
        evs.append(o);
    }
    QJsonArray logArray;
    for (const CorrectionLogEntry &entry : log) {
        logArray.append(entry.toJson());
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("generator"), QStringLiteral("Readout"));
    root.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("document"), doc);
    root.insert(QStringLiteral("entities"), ents);
    root.insert(QStringLiteral("events"), evs);
    root.insert(QStringLiteral("correction_log"), logArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SidecarData> Sidecar::parse(const QByteArray &json, const QString &name)
{
    const auto damaged = [&name](const QString &what) {
        return Error{Error::Code::Malformed,
                     QCoreApplication::translate("Readout::Sidecar", "%1: damaged sidecar: %2").arg(name, what)};
    };
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(json.left(error.offset).count('\n')) + 1;
        return damaged(QStringLiteral("line %1: %2").arg(line).arg(error.errorString()));
    }
    const QJsonObject root = parsed.object();
    if (!parsed.isObject() || str(root, "format") != FormatName) {
        return damaged(QCoreApplication::translate("Readout::Sidecar", "not a Readout sidecar (no \"format\": \"%1\")")
                           .arg(FormatName));
    }
    SidecarData data;
    data.version = root.value(QLatin1String("version")).toInt();
    if (data.version > FormatVersion) {
        return Error{Error::Code::Unsupported,
                     QCoreApplication::translate(
                         "Readout::Sidecar",
                         "%1: written by a newer Readout (sidecar format %2; this version reads up to %3). "
                         "Update Readout to open its annotations.")
                         .arg(name)
                         .arg(data.version)
                         .arg(FormatVersion)};
    }
    if (data.version < 1) {
        return damaged(QCoreApplication::translate("Readout::Sidecar", "no valid \"version\""));
    }
    const QJsonObject doc = root.value(QLatin1String("document")).toObject();
    data.articleFile = str(doc, "file");
    data.articlePath = str(doc, "path");
    data.published = QDate::fromString(str(doc, "published"), Qt::ISODate);
    data.title = str(doc, "title");
    data.textHash = str(doc, "text_hash");
    data.textLength = doc.value(QLatin1String("text_length")).toInt();
    if (!data.textHash.startsWith(QLatin1String("sha256:"))) {
        return damaged(QCoreApplication::translate("Readout::Sidecar", "document.text_hash missing"));
    }
    // A list that is not one ("entities": {}) is damage, not an empty list.
    QJsonArray ents;
    QJsonArray evs;
    QJsonArray log;
    const std::pair<const char *, QJsonArray *> lists[] = {{"entities", &ents},
                                                           {"events", &evs},
                                                           {"correction_log", &log}};
    for (const auto &[key, array] : lists) {
        if (!list(root, key, array)) {
            return damaged(
                QCoreApplication::translate("Readout::Sidecar", "\"%1\" is not a list").arg(QLatin1String(key)));
        }
    }
    for (int i = 0; i < ents.size(); ++i) {
        const QJsonObject o = ents.at(i).toObject();
        Entity e;
        e.id = str(o, "id");
        if (e.id.isEmpty() || !entityTypeFromName(str(o, "type"), &e.type) || !offset(o, "start", &e.start)
            || !offset(o, "end", &e.end) || e.end <= e.start || e.end > data.textLength) {
            return damaged(
                QCoreApplication::translate("Readout::Sidecar", "entity %1 (\"%2\") has no valid id, type or offsets")
                    .arg(i + 1)
                    .arg(e.id));
        }
        e.text = str(o, "text");
        e.canonical = str(o, "canonical");
        e.code = str(o, "code");
        e.value = str(o, "value");
        e.timexType = str(o, "timex_type");
        e.timexMod = str(o, "timex_mod");
        e.origin = str(o, "origin").isEmpty() ? QStringLiteral("extracted") : str(o, "origin");
        e.correctedFields = stringList(o.value(QLatin1String("corrected_fields")));
        data.entities.append(e);
    }
    for (int i = 0; i < evs.size(); ++i) {
        const QJsonObject o = evs.at(i).toObject();
        Event e;
        e.id = str(o, "id");
        e.type = str(o, "type");
        const QJsonArray evidence = o.value(QLatin1String("evidence")).toArray();
        const QJsonObject first = evidence.first().toObject();
        if (e.id.isEmpty() || e.type.isEmpty() || evidence.isEmpty() || !offset(first, "start", &e.evidenceStart)
            || !offset(first, "end", &e.evidenceEnd) || e.evidenceEnd < e.evidenceStart
            || e.evidenceEnd > data.textLength) {
            return damaged(
                QCoreApplication::translate("Readout::Sidecar", "event %1 (\"%2\") has no valid id, type or evidence")
                    .arg(i + 1)
                    .arg(e.id));
        }
        e.evidenceText = str(first, "text");
        for (int k = 1; k < evidence.size(); ++k) {
            const QJsonObject span = evidence.at(k).toObject();
            int s = 0;
            int t = 0;
            if (!offset(span, "start", &s) || !offset(span, "end", &t) || t < s || t > data.textLength) {
                return damaged(QCoreApplication::translate("Readout::Sidecar", "event %1 has invalid evidence %2")
                                   .arg(e.id)
                                   .arg(k + 1));
            }
            e.extraEvidence.append({s, t});
            data.extraEvidenceText[e.id].append(str(span, "text"));
        }
        e.participants = stringList(o.value(QLatin1String("participants")));
        e.participantCodes = stringList(o.value(QLatin1String("participant_codes")));
        e.date = str(o, "date");
        e.dateText = str(o, "date_text");
        e.location = str(o, "location");
        e.status = str(o, "status");
        e.topics = stringList(o.value(QLatin1String("topics")));
        e.source = str(o, "source");
        e.entityIds = stringList(o.value(QLatin1String("entity_ids")));
        e.confidence = o.value(QLatin1String("confidence")).toDouble();
        e.origin = str(o, "origin").isEmpty() ? QStringLiteral("extracted") : str(o, "origin");
        e.correctedFields = stringList(o.value(QLatin1String("corrected_fields")));
        e.reviewed = o.value(QLatin1String("reviewed")).toBool();
        for (const QJsonValue &why : o.value(QLatin1String("why")).toArray()) {
            const QJsonObject r = why.toObject();
            e.reasons.append({str(r, "field"), str(r, "rule"), str(r, "words")});
        }
        data.events.append(e);
    }
    for (const QJsonValue &v : log) {
        data.log.append(CorrectionLogEntry::fromJson(v.toObject()));
    }
    return data;
}

Result<SidecarData> Sidecar::readFile(const QString &path)
{
    // As an article is read: a FIFO or /dev/zero in its place is refused (it would block the reader
    // or never end), and a huge file by its size before a byte is read.
    auto bytes = InputFile::read(path);
    if (!bytes) {
        return bytes.error();
    }
    return parse(bytes.value(), path);
}

Result<SidecarData> Sidecar::anchor(SidecarData data, const Document &document)
{
    const QString &text = document.text();
    const auto u16 = [&document](int codePoint) {
        return document.fromCodePoint(codePoint);
    };
    // The spans must fit the article itself: text_length is only what the sidecar says of it.
    const int length = document.toCodePoint(int(text.size()));
    const auto past = [length](const QString &what, int start, int end) {
        return Error{
            Error::Code::Malformed,
            QCoreApplication::translate("Readout::Sidecar",
                                        "damaged sidecar: %1 %2-%3 runs past the end of the article (%4 characters)")
                .arg(what)
                .arg(start)
                .arg(end)
                .arg(length)};
    };
    for (const Entity &e : std::as_const(data.entities)) {
        if (e.end > length) {
            return past(QStringLiteral("entity %1:").arg(e.id), e.start, e.end);
        }
    }
    for (const Event &e : std::as_const(data.events)) {
        if (e.evidenceEnd > length) {
            return past(QCoreApplication::translate("Readout::Sidecar", "event %1: evidence").arg(e.id),
                        e.evidenceStart,
                        e.evidenceEnd);
        }
        for (const auto &span : e.extraEvidence) {
            if (span.second > length) {
                return past(QCoreApplication::translate("Readout::Sidecar", "event %1: evidence").arg(e.id),
                            span.first,
                            span.second);
            }
        }
    }
    for (Entity &e : data.entities) {
        e.start = u16(e.start);
        e.end = u16(e.end);
        if (text.mid(e.start, e.end - e.start) != e.text) {
            return Error{
                Error::Code::Malformed,
                QCoreApplication::translate("Readout::Sidecar",
                                            "damaged sidecar: entity %1 says \"%2\" but the text there is \"%3\"")
                    .arg(e.id, e.text, text.mid(e.start, e.end - e.start))};
        }
    }
    for (Event &e : data.events) {
        e.evidenceStart = u16(e.evidenceStart);
        e.evidenceEnd = u16(e.evidenceEnd);
        for (auto &span : e.extraEvidence) {
            span = {u16(span.first), u16(span.second)};
        }
    }
    return data;
}

QString Sidecar::linkRefusal(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink()) {
        return {};
    }
    return QCoreApplication::translate(
               "Readout::Sidecar",
               "%1: is a symbolic link (to %2); Readout does not write corrections through a link, "
               "which would create or replace that file wherever it is. Remove the link to save them "
               "here")
        .arg(path, info.symLinkTarget());
}

bool Sidecar::isSidecar(const QString &path)
{
    const QFileInfo info(path);
    if (info.fileName().endsWith(Suffix, Qt::CaseInsensitive)
        || (info.isSymLink() && info.symLinkTarget().endsWith(Suffix, Qt::CaseInsensitive))
        || info.canonicalFilePath().endsWith(Suffix, Qt::CaseInsensitive)) {
        return true;
    }
    QFile file(path);
    return info.isFile() && file.open(QIODevice::ReadOnly) && holdsSidecarFormat(file);
}

Result<bool> Sidecar::writeFile(const QString &path, const QByteArray &json, const QString &articlePath)
{
    if (!articlePath.isEmpty() && QFileInfo(path).absoluteFilePath() == QFileInfo(articlePath).absoluteFilePath()) {
        return Error{
            Error::Code::WriteFailed,
            QCoreApplication::translate("Readout::Sidecar", "%1: refusing to overwrite the article").arg(path)};
    }
    if (const QString link = linkRefusal(path); !link.isEmpty()) {
        return Error{Error::Code::WriteFailed, link};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{
            Error::Code::WriteFailed,
            QCoreApplication::translate("Readout::Sidecar", "%1: cannot write (%2)").arg(path, file.errorString())};
    }
    if (file.write(json) != json.size() || !file.commit()) {
        return Error{
            Error::Code::WriteFailed,
            QCoreApplication::translate("Readout::Sidecar", "%1: cannot write (%2)").arg(path, file.errorString())};
    }
    return true;
}

SidecarOpening Sidecar::open(const Document &document)
{
    SidecarOpening out;
    out.path = existingPath(document.path());
    if (out.path.isEmpty()) {
        return out;
    }
    const QString name = QFileInfo(out.path).fileName();
    auto read = readFile(out.path);
    if (!read) {
        out.kind =
            read.error().code == Error::Code::Unsupported ? SidecarOpening::Kind::Newer : SidecarOpening::Kind::Damaged;
        out.message = read.error().message;
        return out;
    }
    if (read.value().textHash != hashOf(document.text())) {
        out.kind = SidecarOpening::Kind::Changed;
        out.data = std::move(read).value();
        out.message =
            QCoreApplication::translate("Readout::Sidecar", "%1 has changed since its annotations were saved in %2.")
                .arg(QFileInfo(document.path()).fileName(), name);
        return out;
    }
    auto anchored = anchor(std::move(read).value(), document);
    if (!anchored) {
        out.kind = SidecarOpening::Kind::Damaged;
        out.message = QStringLiteral("%1: %2").arg(name, anchored.error().message);
        return out;
    }
    out.kind = SidecarOpening::Kind::Restored;
    out.data = std::move(anchored).value();
    return out;
}

QString Sidecar::asidePath(const QString &path, const QString &reason)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(path, reason, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = QStringLiteral("%1.%2-%3-%4").arg(path, reason, stamp).arg(n);
    }
    return target;
}

QString Sidecar::keepAside(const QString &path, const QString &reason)
{
    const QString target = asidePath(path, reason);
    return QFile::rename(path, target) ? target : QString();
}

QByteArray Sidecar::fileHash(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QByteArray Sidecar::bytesHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace Readout
