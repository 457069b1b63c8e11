// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdictionary.h"

#include "../extract/mention.h"
#include "../extract/textsegmenter.h"
#include "datafiles.h"
#include "knowledgebase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <iterator>

namespace Readout
{

namespace
{

const QString StopType = QStringLiteral("STOP");
const QStringList Columns = {QStringLiteral("surface"), QStringLiteral("type"), QStringLiteral("canonical")};

QString clean(QString cell)
{
    // A tab or line break inside a cell would break the file's shape.
    cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    cell.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return cell.trimmed();
}

/// Gives a mention what the analyst taught about its surface.
void teach(Mention &m, const UserEntry &entry, const KnowledgeBase &knowledge)
{
    m.type = entry.type;
    if (entry.type == EntityType::Person) {
        m.kind = QStringLiteral("person");
        m.actor.clear();
        m.actorKind = ActorKind::None;
        m.code.clear();
        if (knowledge.isState(entry.canonical) || !knowledge.actorCode(entry.canonical).isEmpty()) {
            // The analyst said this person stands for a state or organisation ("Quenby Vantor" ->
            // Finland): a meeting with the person is a meeting with it.
            m.actor = entry.canonical;
            m.actorKind = knowledge.isState(entry.canonical) ? ActorKind::State : ActorKind::Organization;
            m.code = knowledge.actorCode(entry.canonical);
            m.affiliation = QStringLiteral("%1: taught in the user dictionary").arg(entry.canonical);
        } else if (!entry.canonical.isEmpty()) {
            m.canonical = entry.canonical;
        }
        return;
    }
    if (entry.canonical.isEmpty()) {
        return;
    }
    const QString code = knowledge.actorCode(entry.canonical);
    const bool isActor = !code.isEmpty() || knowledge.isState(entry.canonical);
    m.canonical = entry.canonical;
    m.actor = isActor ? entry.canonical : QString();
    m.actorKind =
        !isActor ? ActorKind::None : (knowledge.isState(entry.canonical) ? ActorKind::State : ActorKind::Organization);
    m.code = code;
    if (m.kind.isEmpty() || m.kind == QLatin1String("person")) {
        if (entry.type == EntityType::Location) {
            m.kind = m.actorKind == ActorKind::State ? QStringLiteral("capital") : QStringLiteral("city");
        } else if (entry.type == EntityType::Misc) {
            m.kind = m.actorKind == ActorKind::State ? QStringLiteral("demonym") : QString();
        } else {
            m.kind = QStringLiteral("organization");
        }
    }
}

} // namespace

QString UserDictionary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/user-dictionary.tsv");
}

Result<UserDictionary> UserDictionary::read(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return UserDictionary();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::Unreadable,
                     QCoreApplication::translate("Readout::UserDictionary", "%1: cannot read (%2)")
                         .arg(path, file.errorString())};
    }
    return parse(file.readAll(), path);
}

Result<UserDictionary> UserDictionary::parse(const QByteArray &tsv, const QString &name)
{
    UserDictionary dictionary;
    if (tsv.trimmed().isEmpty()) {
        return dictionary; // a new, empty file
    }
    auto rows = DataFiles::parseTsv(tsv, name, Columns);
    if (!rows) {
        return rows.error();
    }
    for (const DataFiles::TsvRow &row : std::as_const(rows.value())) {
        const int line = row.line;
        UserEntry entry;
        entry.surface = row.value(QStringLiteral("surface"));
        entry.canonical = row.value(QStringLiteral("canonical"));
        const QString type = row.value(QStringLiteral("type"));
        if (entry.surface.isEmpty()) {
            return Error{
                Error::Code::Malformed,
                QCoreApplication::translate("Readout::UserDictionary", "%1:%2: empty surface").arg(name).arg(line)};
        }
        if (type.compare(StopType, Qt::CaseInsensitive) == 0) {
            entry.stop = true;
        } else if (!entityTypeFromName(type, &entry.type) || entry.type == EntityType::Date) {
            return Error{
                Error::Code::Malformed,
                QCoreApplication::translate("Readout::UserDictionary",
                                            "%1:%2: type \"%3\" is not PERSON, ORGANIZATION, LOCATION, MISC or STOP")
                    .arg(name)
                    .arg(line)
                    .arg(type)};
        }
        dictionary.m_entries.append(entry);
    }
    return dictionary;
}

QByteArray UserDictionary::toTsv() const
{
    QString out = QStringLiteral(
        "# Readout user dictionary: names learnt from your corrections, used for every article opened\n"
        "# afterwards. One entry a line, tab-separated. type: PERSON, ORGANIZATION, LOCATION, MISC, or STOP\n"
        "# for a surface that is never a name. canonical: the actor or full name it stands for.\n");
    out += Columns.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const UserEntry &e : m_entries) {
        out += clean(e.surface) + QLatin1Char('\t') + (e.stop ? StopType : entityTypeName(e.type)) + QLatin1Char('\t')
            + clean(e.canonical) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

Result<bool> UserDictionary::write(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{Error::Code::WriteFailed,
                     QCoreApplication::translate("Readout::UserDictionary", "%1: cannot write (%2)")
                         .arg(path, file.errorString())};
    }
    file.write(toTsv());
    if (!file.commit()) {
        return Error{Error::Code::WriteFailed,
                     QCoreApplication::translate("Readout::UserDictionary", "%1: cannot write (%2)")
                         .arg(path, file.errorString())};
    }
    return true;
}

bool UserDictionary::isEmpty() const
{
    return m_entries.isEmpty();
}

const QVector<UserEntry> &UserDictionary::entries() const
{
    return m_entries;
}

void UserDictionary::setEntries(const QVector<UserEntry> &entries)
{
    m_entries.clear();
    for (const UserEntry &e : entries) {
        if (!clean(e.surface).isEmpty()) {
            UserEntry copy = e;
            copy.surface = clean(e.surface);
            copy.canonical = clean(e.canonical);
            m_entries.append(copy);
        }
    }
}

const UserEntry *UserDictionary::find(const QString &surface) const
{
    for (const UserEntry &e : m_entries) {
        if (e.surface == surface) {
            return &e;
        }
    }
    return nullptr;
}

bool UserDictionary::isStop(const QString &surface) const
{
    const UserEntry *e = find(surface);
    return e && e->stop;
}

bool UserDictionary::learn(const Entity &entity)
{
    const std::optional<UserEntry> entry = entryFor(entity);
    return entry && put(*entry);
}

std::optional<UserEntry> UserDictionary::entryFor(const Entity &entity)
{
    const QString surface = clean(entity.text);
    if (entity.type == EntityType::Date || surface.isEmpty()) {
        return std::nullopt;
    }
    UserEntry entry{surface, entity.type, clean(entity.canonical), false};
    if (entry.canonical == surface && entity.type != EntityType::Person) {
        entry.canonical.clear();
    }
    return entry;
}

QString UserDictionary::refusal(const UserEntry &entry, const KnowledgeBase &knowledge)
{
    const QString surface = entry.surface.simplified();
    const bool hasLetterOrDigit = std::any_of(surface.cbegin(), surface.cend(), [](QChar c) {
        return c.isLetterOrNumber();
    });
    if (!hasLetterOrDigit) {
        return QCoreApplication::translate("Readout::UserDictionary", "has no letter or digit");
    }
    if (entry.stop) {
        return {};
    }
    if (surface.size() == 1) {
        return QCoreApplication::translate("Readout::UserDictionary", "is a single character");
    }
    if (!surface.contains(QLatin1Char(' ')) && knowledge.isFunctionWord(surface)) {
        return QCoreApplication::translate("Readout::UserDictionary", "is a lone function word");
    }
    return {};
}

bool UserDictionary::put(const UserEntry &entry)
{
    for (UserEntry &e : m_entries) {
        if (e.surface == entry.surface) {
            if (e == entry) {
                return false;
            }
            e = entry;
            return true;
        }
    }
    m_entries.append(entry);
    return true;
}

bool UserDictionary::remove(const QString &surface)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&surface](const UserEntry &e) {
        return e.surface == surface;
    });
    if (it == m_entries.end()) {
        return false;
    }
    m_entries.erase(it);
    return true;
}

bool UserDictionary::addStop(const QString &surface)
{
    const std::optional<UserEntry> stop = stopEntryFor(surface);
    const UserEntry *known = stop ? find(stop->surface) : nullptr;
    return stop && !(known && known->stop) && put(*stop);
}

std::optional<UserEntry> UserDictionary::stopEntryFor(const QString &surface)
{
    const QString s = clean(surface);
    if (s.isEmpty()) {
        return std::nullopt;
    }
    return UserEntry{s, EntityType::Misc, {}, true};
}

void UserDictionary::apply(const KnowledgeBase &knowledge,
                           const QString &text,
                           const Segmentation &seg,
                           QVector<Mention> &mentions) const
{
    if (m_entries.isEmpty()) {
        return;
    }
    const auto surfaceOf = [&text](const Mention &m) {
        return QStringView(text).mid(m.start, m.end - m.start);
    };
    // Stop entries remove false names before anything (events included) uses them.
    mentions.erase(std::remove_if(mentions.begin(),
                                  mentions.end(),
                                  [&](const Mention &m) {
                                      const UserEntry *e =
                                          m.type == EntityType::Date ? nullptr : find(surfaceOf(m).toString());
                                      return e && e->stop;
                                  }),
                   mentions.end());
    for (Mention &m : mentions) {
        if (m.type == EntityType::Date) {
            continue;
        }
        if (const UserEntry *e = find(surfaceOf(m).toString())) {
            teach(m, *e, knowledge);
        }
    }

    // Taught names where the recognisers found nothing, or only pieces of them.
    QHash<QString, QVector<const UserEntry *>> byFirstKey;
    QHash<const UserEntry *, QStringList> keysOf;
    for (const UserEntry &e : m_entries) {
        const QStringList keys = TextSegmenter::keys(e.surface);
        if (!e.stop && !keys.isEmpty()) {
            byFirstKey[keys.first()].append(&e);
            keysOf.insert(&e, keys);
        }
    }
    const int n = int(seg.tokens.size());
    // The mentions are sorted by start and none is longer than `longest`, so the ones that can
    // overlap a taught span lie in a short window before its end: a taught name that occurs
    // thousands of times in a big article costs a look-up each, not a pass over every mention.
    Q_ASSERT(std::is_sorted(mentions.cbegin(), mentions.cend(), mentionBefore));
    int longest = 0;
    for (const Mention &m : std::as_const(mentions)) {
        longest = std::max(longest, m.end - m.start);
    }
    const auto startsBefore = [](const Mention &m, int position) {
        return m.start < position;
    };
    // Removed once at the end: a later match starts where an earlier one ended, so what an earlier
    // match removes could not have blocked it.
    QVector<bool> removed(mentions.size(), false);
    QVector<Mention> added;
    for (int k = 0; k < n; ++k) {
        const auto it = byFirstKey.constFind(seg.tokens.at(k).key);
        if (it == byFirstKey.cend()) {
            continue;
        }
        for (const UserEntry *e : it.value()) {
            const QStringList &keys = keysOf.value(e);
            const int last = k + int(keys.size());
            if (last > n) {
                continue;
            }
            bool same = true;
            for (int i = 1; i < keys.size() && same; ++i) {
                same = seg.tokens.at(k + i).key == keys.at(i);
            }
            const int start = seg.tokens.at(k).start;
            const int end = seg.tokens.at(last - 1).end;
            if (!same || QStringView(text).mid(start, end - start) != e->surface) {
                continue;
            }
            // Visible mentions inside the taught span give way; one reaching out of it, or one with
            // exactly this span (taught above), wins. Hidden actors inside stay for the events.
            const auto windowEnd = std::lower_bound(mentions.cbegin(), mentions.cend(), end, startsBefore);
            const auto windowBegin = std::lower_bound(mentions.cbegin(), windowEnd, start - longest, startsBefore);
            bool blocked = false;
            for (auto m = windowBegin; m != windowEnd && !blocked; ++m) {
                const bool overlaps = m->start < end && m->end > start;
                const bool inside = m->start >= start && m->end <= end;
                const bool exact = m->start == start && m->end == end;
                blocked = !removed.at(m - mentions.cbegin()) && !m->hidden && overlaps && (!inside || exact);
            }
            if (blocked) {
                continue;
            }
            for (auto m = windowBegin; m != windowEnd; ++m) {
                if (!m->hidden && m->start >= start && m->end <= end) {
                    removed[m - mentions.cbegin()] = true;
                }
            }
            Mention m;
            m.start = start;
            m.end = end;
            m.firstToken = k;
            m.lastToken = last;
            m.canonical = e->surface;
            m.rule = QStringLiteral("user-dictionary");
            teach(m, *e, knowledge);
            added.append(std::move(m));
            k = last - 1;
            break;
        }
    }
    if (added.isEmpty()) {
        return;
    }
    qsizetype kept = 0;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        if (!removed.at(i)) {
            if (kept != i) {
                mentions[kept] = std::move(mentions[i]);
            }
            ++kept;
        }
    }
    mentions.resize(kept);
    // The taught names come in text order too: merge them in.
    std::move(added.begin(), added.end(), std::back_inserter(mentions));
    std::inplace_merge(mentions.begin(), mentions.begin() + kept, mentions.end(), mentionBefore);
}

} // namespace Readout
