// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlmetadata.h"

#include "htmltokenizer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Readout
{

namespace
{

/// JSON-LD nodes visited at most: a page's metadata is small; a hostile one stays cheap.
constexpr int MaxJsonNodes = 20000;

QString simplified(const QString &text)
{
    return text.simplified();
}

} // namespace

QDate HtmlMetadata::parseDate(const QString &value)
{
    static const QRegularExpression iso(QStringLiteral("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:$|[^\\d])"));
    static const QRegularExpression compact(QStringLiteral("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|[T\\s])"));
    for (const QRegularExpression *re : {&iso, &compact}) {
        const auto m = re->match(value);
        if (m.hasMatch()) {
            const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (date.isValid()) {
                return date;
            }
        }
    }
    // Qt reads RFC 2822 offsets ("+0000"), not the zone names HTTP dates use.
    static const QRegularExpression zoneName(QStringLiteral("\\s(GMT|UTC|UT|Z)$"));
    QString rfcValue = value.trimmed();
    rfcValue.replace(zoneName, QStringLiteral(" +0000"));
    const QDateTime rfc = QDateTime::fromString(rfcValue, Qt::RFC2822Date);
    return rfc.isValid() ? rfc.date() : QDate();
}

void HtmlMetadata::offerTitle(const QString &value, int rank)
{
    const QString v = simplified(value);
    if (!v.isEmpty() && rank < m_titleRank) {
        m_title = v.left(500);
        m_titleRank = rank;
    }
}

void HtmlMetadata::offerDate(const QString &value, int rank)
{
    if (rank >= m_publishedRank) {
        return;
    }
    const QDate date = parseDate(value);
    if (date.isValid()) {
        m_published = date;
        m_publishedRank = rank;
    }
}

void HtmlMetadata::offerSource(const QString &value, int rank)
{
    const QString v = simplified(value);
    if (!v.isEmpty() && rank < m_sourceRank) {
        m_source = v.left(200);
        m_sourceRank = rank;
    }
}

void HtmlMetadata::addTag(const HtmlToken &tag)
{
    if (tag.name == QLatin1String("html")) {
        const QString lang = tag.attribute(QLatin1String("lang")).section(QLatin1Char('-'), 0, 0).toLower();
        if (!lang.isEmpty() && lang.size() <= 8) {
            m_language = lang;
        }
        return;
    }
    if (tag.name == QLatin1String("link")) {
        const QStringList rel = tag.attribute(QLatin1String("rel")).toLower().split(QLatin1Char(' '));
        if (rel.contains(QLatin1String("canonical")) && m_url.isEmpty()) {
            m_url = tag.attribute(QLatin1String("href")).trimmed().left(2000);
        }
        return;
    }
    // Dates marked in the body: <time datetime=... pubdate> or any element with itemprop="datePublished".
    const QString itemprop = tag.attribute(QLatin1String("itemprop")).toLower();
    if (itemprop == QLatin1String("datepublished")) {
        const QString value = tag.hasAttribute(QLatin1String("datetime")) ? tag.attribute(QLatin1String("datetime"))
                                                                          : tag.attribute(QLatin1String("content"));
        offerDate(value, 3);
    } else if (tag.name == QLatin1String("time") && tag.hasAttribute(QLatin1String("pubdate"))) {
        offerDate(tag.attribute(QLatin1String("datetime")), 6);
    }
    if (tag.name != QLatin1String("meta")) {
        return;
    }
    QString key = tag.attribute(QLatin1String("property"));
    if (key.isEmpty()) {
        key = tag.attribute(QLatin1String("name"));
    }
    key = key.trimmed().toLower();
    const QString content = tag.attribute(QLatin1String("content"));
    if (key == QLatin1String("article:published_time")) {
        offerDate(content, 1);
    } else if (key == QLatin1String("og:published_time") || key == QLatin1String("dc.date.issued")
               || key == QLatin1String("dcterms.issued") || key == QLatin1String("parsely-pub-date")
               || key == QLatin1String("sailthru.date") || key == QLatin1String("pubdate")
               || key == QLatin1String("publishdate") || key == QLatin1String("publish-date")
               || key == QLatin1String("datepublished")) {
        offerDate(content, 4);
    } else if (key == QLatin1String("date") || key == QLatin1String("dc.date") || key == QLatin1String("dcterms.date")
               || key == QLatin1String("dcterms.created")) {
        offerDate(content, 5);
    } else if (key == QLatin1String("og:title")) {
        offerTitle(content, 1);
    } else if (key == QLatin1String("twitter:title") || key == QLatin1String("dc.title")) {
        offerTitle(content, 3);
    } else if (key == QLatin1String("og:site_name")) {
        offerSource(content, 1);
    } else if (key == QLatin1String("application-name")) {
        offerSource(content, 3);
    } else if (key == QLatin1String("og:url") && m_url.isEmpty()) {
        m_url = content.trimmed().left(2000);
    }
}

void HtmlMetadata::addTitleElement(const QString &text)
{
    offerTitle(text, 4);
}

void HtmlMetadata::addHeading(const QString &text)
{
    offerTitle(text, 5);
}

void HtmlMetadata::addJsonLd(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return; // broken metadata is no reason to lose the article
    }
    // Iterative walk: "@graph" arrays and nested objects at any depth, bounded in size.
    QVector<QJsonValue> pending{doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object())};
    int visited = 0;
    while (!pending.isEmpty() && ++visited < MaxJsonNodes) {
        const QJsonValue value = pending.takeLast();
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = array.size() - 1; i >= 0; --i) {
                pending.append(array.at(i)); // reversed: the first element is looked at first
            }
            continue;
        }
        if (!value.isObject()) {
            continue;
        }
        const QJsonObject object = value.toObject();
        if (object.value(QLatin1String("datePublished")).isString()) {
            offerDate(object.value(QLatin1String("datePublished")).toString(), 2);
        }
        if (object.value(QLatin1String("headline")).isString()) {
            offerTitle(object.value(QLatin1String("headline")).toString(), 2);
        }
        const QJsonValue publisher = object.value(QLatin1String("publisher"));
        if (publisher.isObject() && publisher.toObject().value(QLatin1String("name")).isString()) {
            offerSource(publisher.toObject().value(QLatin1String("name")).toString(), 2);
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                pending.append(it.value());
            }
        }
    }
}

void HtmlMetadata::apply(DocumentMetadata *metadata) const
{
    if (!m_title.isEmpty()) {
        metadata->title = m_title;
    }
    if (m_published.isValid()) {
        metadata->published = m_published;
    }
    if (!m_source.isEmpty()) {
        metadata->source = m_source;
    }
    if (!m_url.isEmpty()) {
        metadata->url = m_url;
    }
    if (!m_language.isEmpty()) {
        metadata->language = m_language;
    }
}

} // namespace Readout
