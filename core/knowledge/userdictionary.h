// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace Readout
{

class KnowledgeBase;
struct Mention;
struct Segmentation;

/// One thing the analyst taught: a surface that is a name of this type standing for canonical,
/// or (stop) a surface that is never a name.
struct UserEntry {
    QString surface;
    EntityType type = EntityType::Misc;
    QString canonical;
    bool stop = false;

    friend bool operator==(const UserEntry &a, const UserEntry &b)
    {
        return a.surface == b.surface && a.type == b.type && a.canonical == b.canonical && a.stop == b.stop;
    }
};

/// The user dictionary: names learnt from the analyst's corrections, kept as a TSV file in the
/// user's data directory (columns surface, type, canonical; type STOP marks a stop entry), editable
/// by hand or in Settings. KnowledgeBase::load() merges it after the built-in gazetteer and the
/// pipeline applies it to what the recognisers found (apply()), so the next article already
/// knows "Stoltenberg". A copyable value; surfaces match exactly, case included.
class UserDictionary
{
public:
    /// <AppDataLocation>/user-dictionary.tsv
    [[nodiscard]] static QString defaultPath();
    /// A missing file is an empty dictionary; a broken one an error naming file:line.
    [[nodiscard]] static Result<UserDictionary> read(const QString &path);
    [[nodiscard]] static Result<UserDictionary> parse(const QByteArray &tsv, const QString &name);
    [[nodiscard]] QByteArray toTsv() const;
    /// Atomic write (QSaveFile), creating the directory when needed.
    [[nodiscard]] Result<bool> write(const QString &path) const;

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] const QVector<UserEntry> &entries() const;
    void setEntries(const QVector<UserEntry> &entries);
    /// Adds or updates the entry for this entity's text (not for dates); false when nothing changed.
    bool learn(const Entity &entity);
    /// The entry learn() would make of this entity; none for dates and empty text.
    [[nodiscard]] static std::optional<UserEntry> entryFor(const Entity &entity);
    /// The stop entry addStop() would make of this surface; none for empty text.
    [[nodiscard]] static std::optional<UserEntry> stopEntryFor(const QString &surface);
    /// Why this surface cannot be learnt as a name ("has no letter or digit", "is a single
    /// character", "is a lone function word"), or empty when it can. Stop entries are checked only
    /// for letters and digits (never suggesting "The" again is fine).
    [[nodiscard]] static QString refusal(const UserEntry &entry, const KnowledgeBase &knowledge);
    /// Puts this entry in place of the one of its surface (or adds it); false when nothing changed.
    bool put(const UserEntry &entry);
    /// Removes the entry of this surface; false when there was none.
    bool remove(const QString &surface);
    /// Marks a surface as never a name (replacing a name entry of that surface).
    bool addStop(const QString &surface);
    [[nodiscard]] const UserEntry *find(const QString &surface) const;
    [[nodiscard]] bool isStop(const QString &surface) const;

    /// Pipeline step after name recognition: drops mentions of stop surfaces, gives mentions of a
    /// known surface the taught type and canonical, and adds taught names nobody found.
    void apply(const KnowledgeBase &knowledge,
               const QString &text,
               const Segmentation &segmentation,
               QVector<Mention> &mentions) const;

private:
    QVector<UserEntry> m_entries;
};

} // namespace Readout
