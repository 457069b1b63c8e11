// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../event.h"
#include "../result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

class Document;
class KnowledgeBase;

/// Every exchange format an article's corrected annotations go out in, behind one call: the
/// window's File ▸ Export and readout-cli share it. Writes go through OutputFile: atomic for files,
/// in place for devices and FIFOs, never onto the article itself or a sidecar.
class ExportWriter
{
public:
    enum class Format { Csv, Json, Brat, Conll, Ics };

    explicit ExportWriter(const KnowledgeBase &knowledge);

    /// The format a file name asks for by its suffix (.csv, .json, .ann, .conll, .ics).
    [[nodiscard]] static Result<Format> formatForPath(const QString &path);
    /// The format a command-line name asks for ("csv", "json", "brat", "conll", "ics").
    [[nodiscard]] static Result<Format> formatNamed(const QString &name);
    /// File-dialog filters, one per format, in Format order ("CSV events (*.csv)", …).
    [[nodiscard]] static QStringList dialogFilters();
    [[nodiscard]] static QString suffix(Format format);

    [[nodiscard]] QByteArray render(Format format,
                                    const Document &document,
                                    const QVector<Entity> &entities,
                                    const QVector<Event> &events) const;

    /// Writes path (brat: also the text the offsets count in, as NAME.txt beside the .ann, unless
    /// that is the article itself). Refuses to overwrite the article, a sidecar, or a NAME.txt
    /// holding another text (bratTextTaken()); then nothing is written. Error messages name the file.
    [[nodiscard]] Result<bool> write(const QString &path,
                                     Format format,
                                     const Document &document,
                                     const QVector<Entity> &entities,
                                     const QVector<Event> &events) const;

    /// OutputFile::write() of bytes to path, protecting the article (which may be empty).
    [[nodiscard]] static Result<bool> writeBytes(const QString &path, const QByteArray &bytes, const QString &article);
    /// Whether two paths name the same file (also through links when both exist).
    [[nodiscard]] static bool sameFile(const QString &a, const QString &b);
    /// The text a brat .ann goes with: NAME.txt beside it.
    [[nodiscard]] static QString bratTextPath(const QString &annPath);
    /// Whether the NAME.txt beside annPath is another text than document's: it exists, is not the
    /// article itself, and holds other bytes than the text a brat export writes there.
    [[nodiscard]] static bool bratTextTaken(const QString &annPath, const Document &document);

private:
    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
