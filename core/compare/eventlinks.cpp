// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlinks.h"

#include "../formats/inputfile.h"
#include "../storage/outputfile.h"
#include "../storage/workspacefolder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Readout
{

namespace
{

const QString FileName = QStringLiteral("links.json");
constexpr qint64 MaxBytes = qint64(16) * 1024 * 1024;

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QJsonObject refToJson(const EventRef &r, const QDir &base)
{
    return QJsonObject{{QStringLiteral("article"), base.relativeFilePath(r.path)},
                       {QStringLiteral("start"), r.start},
                       {QStringLiteral("type"), r.type},
                       {QStringLiteral("sides"), QJsonArray::fromStringList(r.sides)},
                       {QStringLiteral("date"), r.date}};
}

/// The keys of o not in allowed, for "unknown key" errors.
QStringList unknownKeys(const QJsonObject &o, const QStringList &allowed)
{
    QStringList out;
    for (const QString &k : o.keys()) {
        if (!allowed.contains(k)) {
            out.append(k);
        }
    }
    return out;
}

Result<EventRef> refFromJson(const QJsonValue &v, const QDir &base, const QString &where)
{
    const QJsonObject o = v.toObject();
    const QStringList unknown = unknownKeys(o,
                                            {QStringLiteral("article"),
                                             QStringLiteral("start"),
                                             QStringLiteral("type"),
                                             QStringLiteral("sides"),
                                             QStringLiteral("date")});
    if (!v.isObject() || !o.value(QLatin1String("article")).isString() || !o.value(QLatin1String("start")).isDouble()
        || !unknown.isEmpty()) {
        return Error{Error::Code::Malformed,
                     unknown.isEmpty() ? QStringLiteral("%1: an event needs \"article\" and \"start\"").arg(where)
                                       : QStringLiteral("%1: unknown key \"%2\"").arg(where, unknown.first())};
    }
    EventRef r;
    r.path = QDir::cleanPath(base.absoluteFilePath(o.value(QLatin1String("article")).toString()));
    r.start = o.value(QLatin1String("start")).toInt(-1);
    r.type = o.value(QLatin1String("type")).toString();
    for (const QJsonValue &s : o.value(QLatin1String("sides")).toArray()) {
        r.sides.append(s.toString());
    }
    r.date = o.value(QLatin1String("date")).toString();
    return r;
}

} // namespace

EventRef EventRef::of(const QString &articlePath, const Event &event)
{
    return EventRef{cleanAbsolute(articlePath), event.evidenceStart, event.type, event.participants, event.date};
}

QString EventRef::articleKey(const QString &articlePath)
{
    return cleanAbsolute(articlePath);
}

int EventRef::find(const QVector<Event> &events) const
{
    int atStart = -1;
    int count = 0;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).evidenceStart != start) {
            continue;
        }
        if (events.at(i).type == type) {
            return i;
        }
        atStart = i;
        ++count;
    }
    return count == 1 ? atStart : -1;
}

QString EventRef::describe() const
{
    QString text = QStringLiteral("%1 of %2").arg(type, sides.join(QLatin1String("; ")));
    if (!date.isEmpty()) {
        text += QStringLiteral(", ") + date;
    }
    return text + QStringLiteral(" (%1)").arg(QFileInfo(path).fileName());
}

QString EventLinks::folderFor(const QString &pathA, const QString &pathB)
{
    const QStringList a = QFileInfo(cleanAbsolute(pathA)).path().split(QLatin1Char('/'));
    const QStringList b = QFileInfo(cleanAbsolute(pathB)).path().split(QLatin1Char('/'));
    int shared = 0;
    while (shared < a.size() && shared < b.size() && a.at(shared) == b.at(shared)) {
        ++shared;
    }
    // "/x" splits into "", "x": a common part of one element is only the root.
    if (shared <= 1) {
        return a.join(QLatin1Char('/'));
    }
    return a.mid(0, shared).join(QLatin1Char('/'));
}

Result<EventLinks> EventLinks::load(const QString &folder)
{
    EventLinks links;
    if (auto read = links.read(folder); !read) {
        return read.error();
    }
    return links;
}

Result<EventLinks> EventLinks::loadFor(const QString &root, const QStringList &articles)
{
    const QString top = cleanAbsolute(root);
    QSet<QString> folders{top};
    for (const QString &article : articles) {
        QString dir = QFileInfo(cleanAbsolute(article)).path();
        while (dir.startsWith(top + QLatin1Char('/')) && !folders.contains(dir)) {
            folders.insert(dir);
            dir = QFileInfo(dir).path();
        }
    }
    EventLinks links;
    QStringList sorted(folders.begin(), folders.end());
    sorted.sort();
    for (const QString &folder : std::as_const(sorted)) {
        if (auto read = links.read(folder); !read) {
            return read.error();
        }
    }
    return links;
}

Result<bool> EventLinks::read(const QString &folder)
{
    const QString dir = cleanAbsolute(folder);
    m_folders.insert(dir);
    const QString file = WorkspaceFolder::pathIn(dir, FileName);
    if (!QFileInfo::exists(file) && !QFileInfo(file).isSymLink()) {
        return true;
    }
    InputFile::Options options;
    options.maxBytes = MaxBytes;
    auto bytes = InputFile::read(file, options);
    if (!bytes) {
        return bytes.error();
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.value(), &parseError);
    const QJsonObject top = json.object();
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        return Error{Error::Code::Malformed,
                     QStringLiteral("%1: not the links Readout keeps (%2 at byte %3)")
                         .arg(file, parseError.errorString())
                         .arg(parseError.offset)};
    }
    const QStringList unknown = unknownKeys(top, {QStringLiteral("readout_links"), QStringLiteral("links")});
    if (!unknown.isEmpty() || top.value(QLatin1String("readout_links")).toInt() != FormatVersion) {
        return Error{Error::Code::Malformed,
                     unknown.isEmpty()
                         ? QStringLiteral("%1: not links of this Readout (\"readout_links\": %2 expected)")
                               .arg(file)
                               .arg(FormatVersion)
                         : QStringLiteral("%1: unknown key \"%2\"").arg(file, unknown.first())};
    }
    const QDir base(dir);
    const QJsonArray list = top.value(QLatin1String("links")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("%1: link %2").arg(file).arg(i + 1);
        const QJsonObject o = list.at(i).toObject();
        const QStringList extra = unknownKeys(o, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("same")});
        if (!extra.isEmpty() || !o.value(QLatin1String("same")).isBool()) {
            return Error{Error::Code::Malformed,
                         extra.isEmpty() ? QStringLiteral("%1: \"same\" must be true or false").arg(where)
                                         : QStringLiteral("%1: unknown key \"%2\"").arg(where, extra.first())};
        }
        auto a = refFromJson(o.value(QLatin1String("a")), base, where);
        auto b = refFromJson(o.value(QLatin1String("b")), base, where);
        if (!a || !b) {
            return a ? b.error() : a.error();
        }
        set(EventLink{a.value(), b.value(), o.value(QLatin1String("same")).toBool()});
    }
    return true;
}

const QVector<EventLink> &EventLinks::links() const
{
    return m_links;
}

int EventLinks::indexOf(const EventRef &a, const EventRef &b) const
{
    for (int i = 0; i < m_links.size(); ++i) {
        const EventLink &l = m_links.at(i);
        if ((l.a == a && l.b == b) || (l.a == b && l.b == a)) {
            return i;
        }
    }
    return -1;
}

std::optional<bool> EventLinks::decision(const EventRef &a, const EventRef &b) const
{
    const int i = indexOf(a, b);
    return i < 0 ? std::nullopt : std::optional<bool>(m_links.at(i).same);
}

void EventLinks::set(const EventLink &link)
{
    const int i = indexOf(link.a, link.b);
    if (i >= 0) {
        m_links[i] = link;
    } else {
        m_links.append(link);
    }
    m_folders.insert(folderFor(link.a.path, link.b.path));
}

bool EventLinks::forget(const EventRef &a, const EventRef &b)
{
    const int i = indexOf(a, b);
    if (i < 0) {
        return false;
    }
    m_links.remove(i);
    return true;
}

Result<bool> EventLinks::save()
{
    QMap<QString, QJsonArray> perFolder;
    for (const QString &folder : std::as_const(m_folders)) {
        perFolder.insert(folder, QJsonArray());
    }
    for (const EventLink &l : std::as_const(m_links)) {
        const QString folder = folderFor(l.a.path, l.b.path);
        const QDir base(folder);
        perFolder[folder].append(QJsonObject{{QStringLiteral("a"), refToJson(l.a, base)},
                                             {QStringLiteral("b"), refToJson(l.b, base)},
                                             {QStringLiteral("same"), l.same}});
    }
    for (auto it = perFolder.cbegin(); it != perFolder.cend(); ++it) {
        const QString existing = WorkspaceFolder::pathIn(it.key(), FileName);
        if (it.value().isEmpty() && !QFileInfo::exists(existing)) {
            continue;
        }
        const auto path = WorkspaceFolder::prepare(it.key(), FileName);
        if (!path) {
            return path.error();
        }
        const QJsonObject top{{QStringLiteral("readout_links"), FormatVersion}, {QStringLiteral("links"), it.value()}};
        if (auto written = OutputFile::write(path.value(), QJsonDocument(top).toJson()); !written) {
            return written.error();
        }
    }
    return true;
}

} // namespace Readout
