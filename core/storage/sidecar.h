// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../edit/correctionlog.h"
#include "../entity.h"
#include "../event.h"
#include "../result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

namespace Readout
{

class Annotations;
class Document;

/// What a sidecar holds. Offsets are as the file states them: Unicode code points into the
/// article text the sidecar was written for (anchor() turns them into UTF-16 offsets).
struct SidecarData {
    int version = 0;
    QString articleFile; ///< the article's file name, for finding it beside the sidecar
    QString articlePath; ///< its absolute path when written
    QDate published;
    QString title;
    QString textHash; ///< "sha256:<hex>" of the article text as UTF-8
    int textLength = 0; ///< in code points
    QVector<Entity> entities;
    QVector<Event> events;
    QHash<QString, QStringList> extraEvidenceText; ///< event id -> text of each extra evidence span
    CorrectionLog log;
};

/// What opening an article found of its sidecar.
struct SidecarOpening {
    enum class Kind {
        None, ///< no sidecar: extract
        Restored, ///< data holds the saved state, offsets UTF-16
        Changed, ///< the article changed since: data (code points) waits for re-anchor or start again
        Newer, ///< written by a newer Readout: leave it alone, do not overwrite it
        Damaged, ///< unreadable or inconsistent: set aside, extract afresh
    };
    Kind kind = Kind::None;
    QString path; ///< the sidecar found
    SidecarData data;
    QString message; ///< for Changed, Newer and Damaged: what to tell the analyst
};

/// The per-article sidecar NAME.readout.json (docs/sidecar-format.md): annotations, events, the
/// correction log and a hash of the source text. Serialises and parses; writes atomically through
/// QSaveFile and never onto the article. Stateless: safe to call from any thread.
class Sidecar
{
public:
    static constexpr int FormatVersion = 1;

    /// "sha256:<hex>" of text as UTF-8.
    [[nodiscard]] static QString hashOf(const QString &text);
    /// Beside the article: "dir/NAME.readout.json" (NAME without the last extension).
    [[nodiscard]] static QString besidePath(const QString &articlePath);
    /// In the user's data directory, for articles in folders that cannot be written.
    [[nodiscard]] static QString fallbackPath(const QString &articlePath);
    /// Where this article's sidecar is: beside it, else in the data directory; empty when none.
    [[nodiscard]] static QString existingPath(const QString &articlePath);
    /// Where to write it: the existing one, else beside the article when that folder is writable.
    [[nodiscard]] static QString writePath(const QString &articlePath);

    [[nodiscard]] static QByteArray toJson(const Annotations &annotations);
    [[nodiscard]] static QByteArray toJson(const Document &document,
                                           const QVector<Entity> &entities,
                                           const QVector<Event> &events,
                                           const CorrectionLog &log);
    /// Errors: Unsupported for a newer format version, Malformed for anything damaged (message says
    /// what and where).
    [[nodiscard]] static Result<SidecarData> parse(const QByteArray &json, const QString &name);
    [[nodiscard]] static Result<SidecarData> readFile(const QString &path);
    /// Converts the offsets for document, whose text must be the one hashed; Malformed when the
    /// spans do not fit it.
    [[nodiscard]] static Result<SidecarData> anchor(SidecarData data, const Document &document);
    /// Atomic write; refuses the article's own path and a symbolic link (see linkRefusal()).
    [[nodiscard]] static Result<bool>
    writeFile(const QString &path, const QByteArray &json, const QString &articlePath = {});
    /// Why the sidecar at path is not written: it is a symbolic link (dangling or not), and writing
    /// through it would create or replace its target, anywhere. Empty when path is no link.
    [[nodiscard]] static QString linkRefusal(const QString &path);
    /// Whether path is a Readout sidecar: named NAME.readout.json (itself or the file a link
    /// points to), or a JSON object holding "format": "readout-sidecar". Reads at most the file.
    [[nodiscard]] static bool isSidecar(const QString &path);
    /// Finds and reads the sidecar of this article and says what to do with it. I/O: call it off
    /// the GUI thread.
    [[nodiscard]] static SidecarOpening open(const Document &document);
    /// Moves a damaged sidecar aside ("NAME.readout.json.damaged-20240101T120000"); returns the
    /// new path, empty when it could not be moved.
    /// A free name beside path for a version kept aside: PATH.<reason>-<yyyyMMddTHHmmss>[-n].
    [[nodiscard]] static QString asidePath(const QString &path, const QString &reason);
    [[nodiscard]] static QString keepAside(const QString &path, const QString &reason);
    /// SHA-256 of the file's bytes; empty when there is no such file.
    [[nodiscard]] static QByteArray fileHash(const QString &path);
    /// SHA-256 of bytes (what fileHash() gives for a file holding them).
    [[nodiscard]] static QByteArray bytesHash(const QByteArray &bytes);
};

} // namespace Readout
