// SPDX-License-Identifier: GPL-3.0-or-later
#include "pastedarticles.h"

#include "formats/htmlreader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Readout
{

namespace
{

/// What the worker hands back.
struct Saved {
    QString path;
    QString error;
};

QString yamlValue(const QString &value)
{
    return QLatin1Char('"') + value.simplified() + QLatin1Char('"');
}

Saved save(const QString &directory, const QString &html, const QString &text)
{
    auto bytes = PastedArticles::articleBytes(html, text);
    if (!bytes) {
        return {{}, bytes.error().message};
    }
    if (!QDir().mkpath(directory)) {
        return {{}, QStringLiteral("%1: cannot create the folder for pasted articles").arg(directory)};
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(directory).filePath(QStringLiteral("pasted-%1.txt").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = QDir(directory).filePath(QStringLiteral("pasted-%1-%2.txt").arg(stamp).arg(n));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit()) {
        return {{}, QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString())};
    }
    return {path, {}};
}

} // namespace

PastedArticles::PastedArticles(QObject *parent)
    : QObject(parent)
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pasted"))
{
}

PastedArticles::~PastedArticles() = default;

bool PastedArticles::canTake(const QMimeData *mime)
{
    return mime
        && ((mime->hasHtml() && !mime->html().trimmed().isEmpty())
            || (mime->hasText() && !mime->text().trimmed().isEmpty()));
}

void PastedArticles::setDirectory(const QString &directory)
{
    m_directory = directory;
}

QString PastedArticles::directory() const
{
    return m_directory;
}

Result<QByteArray> PastedArticles::articleBytes(const QString &html, const QString &text)
{
    if (!html.trimmed().isEmpty()) {
        auto document = HtmlReader::fromHtml(html, QString(), tr("the pasted HTML"));
        if (document) {
            const DocumentMetadata &m = document.value().metadata();
            QStringList header;
            if (!m.title.isEmpty()) {
                header << QStringLiteral("title: ") + yamlValue(m.title);
            }
            if (m.published.isValid()) {
                header << QStringLiteral("date: ") + m.published.toString(Qt::ISODate);
            }
            if (!m.source.isEmpty()) {
                header << QStringLiteral("source: ") + yamlValue(m.source);
            }
            if (!m.url.isEmpty()) {
                header << QStringLiteral("url: ") + yamlValue(m.url);
            }
            QString out;
            if (!header.isEmpty()) {
                out = QStringLiteral("---\n") + header.join(QLatin1Char('\n')) + QStringLiteral("\n---\n");
            }
            return (out + document.value().text() + QLatin1Char('\n')).toUtf8();
        }
        // HTML without text (an image, a table of links): the plain text may still hold some.
    }
    if (text.trimmed().isEmpty()) {
        return Error{Error::Code::Malformed, tr("Nothing to open: the pasted content has no text.")};
    }
    QString plain = text;
    plain.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return (plain.endsWith(QLatin1Char('\n')) ? plain : plain + QLatin1Char('\n')).toUtf8();
}

void PastedArticles::take(const QMimeData *mime)
{
    if (!canTake(mime)) {
        Q_EMIT failed(tr("Nothing to open: the clipboard holds no text."));
        return;
    }
    const QString html = mime->hasHtml() ? mime->html() : QString();
    const QString text = mime->hasText() ? mime->text() : QString();
    auto *watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Saved saved = watcher->result();
        watcher->deleteLater();
        if (saved.error.isEmpty()) {
            Q_EMIT articleSaved(saved.path);
        } else {
            Q_EMIT failed(saved.error);
        }
    });
    watcher->setFuture(QtConcurrent::run(save, m_directory, html, text));
}

} // namespace Readout
