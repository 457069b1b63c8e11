// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "../result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Readout
{

/// An event of an article as a link names it: the article (an absolute path) and where its
/// evidence starts, with its type, sides and date to find it again and to show the analyst
/// what the link was about when the event changed since.
struct EventRef {
    QString path;
    int start = -1;
    QString type;
    QStringList sides;
    QString date;

    [[nodiscard]] static EventRef of(const QString &articlePath, const Event &event);
    /// The form of an article's path links compare: absolute and clean.
    [[nodiscard]] static QString articleKey(const QString &articlePath);
    /// The event of events this names: the one whose evidence starts at start with the same type,
    /// else the only one starting there; -1 when none does.
    [[nodiscard]] int find(const QVector<Event> &events) const;
    /// "talks of Russia; United States, 2022-01-10 (report.txt)"
    [[nodiscard]] QString describe() const;
    bool operator==(const EventRef &o) const
    {
        return path == o.path && start == o.start && type == o.type;
    }
};

/// The analyst's word on two events of different articles: the same real-world event, or not.
struct EventLink {
    EventRef a;
    EventRef b;
    bool same = true;
};

/// The analyst's links between events of different articles, kept in FOLDER/.readout/links.json
/// of the deepest folder holding both articles (paths relative to it), so that the corpus of any
/// folder above sees them and the files move with the articles. Read from every folder between a
/// corpus root and its articles; each link written back to its own folder. Untrusted on reading:
/// a file that is too large, not JSON, or with unknown keys is an error naming it.
class EventLinks
{
public:
    static constexpr int FormatVersion = 1;

    /// Where the link between two articles is kept: their deepest common folder, or a's folder
    /// when they share no folder but the file system's root.
    [[nodiscard]] static QString folderFor(const QString &pathA, const QString &pathB);
    /// The links kept in folder (none when it has no file).
    [[nodiscard]] static Result<EventLinks> load(const QString &folder);
    /// The links of root and of every folder between root and the articles (absolute paths).
    [[nodiscard]] static Result<EventLinks> loadFor(const QString &root, const QStringList &articles);

    [[nodiscard]] const QVector<EventLink> &links() const;
    /// The analyst's word on two events, if any (in either order).
    [[nodiscard]] std::optional<bool> decision(const EventRef &a, const EventRef &b) const;
    /// Records a decision, replacing any earlier one on the same two events.
    void set(const EventLink &link);
    /// Forgets the decision on two events; false when there was none.
    bool forget(const EventRef &a, const EventRef &b);
    /// Writes the links of every folder this read or changed. Errors name the file.
    [[nodiscard]] Result<bool> save();

private:
    [[nodiscard]] Result<bool> read(const QString &folder);
    [[nodiscard]] int indexOf(const EventRef &a, const EventRef &b) const;

    QVector<EventLink> m_links;
    QSet<QString> m_folders; ///< folders read or written, their files rewritten by save()
};

} // namespace Readout
