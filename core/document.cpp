// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <QFileInfo>

#include <algorithm>

namespace Readout
{

Document::Document(QString path, QString text, DocumentMetadata metadata, int bodyStart)
    : m_path(std::move(path))
    , m_text(std::move(text))
    , m_metadata(std::move(metadata))
    , m_bodyStart(std::clamp(bodyStart, 0, int(m_text.size())))
{
    indexSurrogates();
}

bool Document::isValid() const
{
    return !m_path.isEmpty() || !m_text.isEmpty();
}

const QString &Document::path() const
{
    return m_path;
}

const QString &Document::text() const
{
    return m_text;
}

const DocumentMetadata &Document::metadata() const
{
    return m_metadata;
}

int Document::bodyStart() const
{
    return m_bodyStart;
}

QString Document::displayName() const
{
    if (!m_metadata.title.isEmpty()) {
        return m_metadata.title;
    }
    return QFileInfo(m_path).fileName();
}

void Document::setPath(const QString &path)
{
    m_path = path;
}

void Document::setPublished(const QDate &date)
{
    m_metadata.published = date;
}

void Document::setMetadata(const DocumentMetadata &metadata)
{
    m_metadata = metadata;
}

int Document::pageAt(int utf16Offset) const
{
    const QVector<int> &starts = m_metadata.pageStarts;
    if (starts.isEmpty()) {
        return 0;
    }
    // The last page starting at or before the offset (empty pages share their successor's start).
    const auto it = std::upper_bound(starts.cbegin(), starts.cend(), utf16Offset);
    return std::max(1, int(it - starts.cbegin()));
}

void Document::indexSurrogates()
{
    m_surrogates.clear();
    const int n = int(m_text.size());
    for (int i = 0; i + 1 < n; ++i) {
        if (m_text.at(i).isHighSurrogate() && m_text.at(i + 1).isLowSurrogate()) {
            m_surrogates.append(i);
            ++i;
        }
    }
}

int Document::toCodePoint(int utf16Offset) const
{
    // Every surrogate pair that ends at or before the offset counts one code point for two units.
    const auto it = std::lower_bound(m_surrogates.cbegin(), m_surrogates.cend(), utf16Offset - 1);
    return utf16Offset - int(it - m_surrogates.cbegin());
}

int Document::fromCodePoint(int codePointOffset) const
{
    int offset = codePointOffset;
    for (int pos : m_surrogates) {
        if (pos < offset) {
            ++offset;
        } else {
            break;
        }
    }
    return offset;
}

} // namespace Readout
