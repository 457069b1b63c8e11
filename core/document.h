// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace Readout
{

/// Metadata of an article; dates in the header are metadata, not mentions.
struct DocumentMetadata {
    QString title;
    QString source;
    QString url;
    QString language = QStringLiteral("en");
    QDate published; ///< the document creation time (DCT) that relative dates resolve against
    QString encoding; ///< how the bytes were decoded ("UTF-8", "UTF-16LE", "windows-1252", ...)
    QVector<int> pageStarts; ///< paged sources (PDF): UTF-16 offset where page i + 1 begins; empty otherwise
};

/// An article's text and metadata. A copyable value; loaders produce it.
/// The text is the whole decoded file; [0, bodyStart) is a header (inline date line or YAML front
/// matter) that extraction skips, so offsets stay those of the file.
class Document
{
public:
    Document() = default;
    Document(QString path, QString text, DocumentMetadata metadata = {}, int bodyStart = 0);

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] const QString &path() const;
    [[nodiscard]] const QString &text() const;
    [[nodiscard]] const DocumentMetadata &metadata() const;
    [[nodiscard]] int bodyStart() const;
    [[nodiscard]] QString displayName() const;

    void setPath(const QString &path);
    void setPublished(const QDate &date);
    void setMetadata(const DocumentMetadata &metadata);

    /// Converts a UTF-16 offset into a Unicode code-point offset (the brat and export convention).
    [[nodiscard]] int toCodePoint(int utf16Offset) const;
    /// Converts a code-point offset into a UTF-16 offset.
    [[nodiscard]] int fromCodePoint(int codePointOffset) const;
    /// The page (1-based) holding a UTF-16 offset, for "p. 3"; 0 when the source has no pages.
    [[nodiscard]] int pageAt(int utf16Offset) const;

private:
    void indexSurrogates();

    QString m_path;
    QString m_text;
    DocumentMetadata m_metadata;
    int m_bodyStart = 0;
    QVector<int> m_surrogates; ///< UTF-16 positions of high surrogates, ascending
};

} // namespace Readout
