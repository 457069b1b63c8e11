// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../document.h"

#include <QString>

namespace Readout
{

struct HtmlToken;

/// Collects an HTML page's metadata while HtmlReader walks its tokens: each source of a title,
/// publication date or site name has a rank, and the best one found wins (article:published_time
/// over JSON-LD over <meta name="date">, og:title over <title>, ...). Values are only read, never
/// followed: a URL stays a string.
class HtmlMetadata
{
public:
    /// A start tag: <meta>, <link rel="canonical">, <html lang>, <time pubdate>, itemprop dates.
    void addTag(const HtmlToken &tag);
    /// The text of <title>.
    void addTitleElement(const QString &text);
    /// The text of the first <h1>, the last resort for a title.
    void addHeading(const QString &text);
    /// The content of a <script type="application/ld+json">.
    void addJsonLd(const QString &json);

    /// Fills title, published, source, url and language in metadata (keeps what it does not know).
    void apply(DocumentMetadata *metadata) const;

    /// A date at the start of value: "2021-12-28T10:00:00Z", "2021/12/28", "20211228", RFC 2822.
    [[nodiscard]] static QDate parseDate(const QString &value);

private:
    void offerTitle(const QString &value, int rank);
    void offerDate(const QString &value, int rank);
    void offerSource(const QString &value, int rank);

    QString m_title;
    int m_titleRank = 100;
    QDate m_published;
    int m_publishedRank = 100;
    QString m_source;
    int m_sourceRank = 100;
    QString m_url;
    QString m_language;
};

} // namespace Readout
