// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QMimeData;

namespace Readout
{

/// Edit ▸ Paste as New Article and text dropped on the window: turns HTML (HtmlReader: its text,
/// title, date, site) or plain text into an article file in the user's data folder
/// (pasted/pasted-YYYYMMDD-HHMMSS.txt, UTF-8, the HTML's metadata as YAML front matter). So a
/// pasted article is kept like any other, its corrections are saved beside it, and nothing is lost
/// when its tab closes. Reading and writing run on a worker thread; articleSaved() or failed()
/// follows each take().
class PastedArticles : public QObject
{
    Q_OBJECT
public:
    explicit PastedArticles(QObject *parent = nullptr);
    ~PastedArticles() override;

    /// True when mime holds HTML or text.
    [[nodiscard]] static bool canTake(const QMimeData *mime);
    /// Starts saving mime's HTML (preferred) or text as an article.
    void take(const QMimeData *mime);

    /// Where pasted articles go; by default the "pasted" folder in the application data location.
    void setDirectory(const QString &directory);
    [[nodiscard]] QString directory() const;

    /// What a pasted article's file holds: front matter and text from html, else text as it is.
    [[nodiscard]] static Result<QByteArray> articleBytes(const QString &html, const QString &text);

Q_SIGNALS:
    void articleSaved(const QString &path);
    void failed(const QString &message);

private:
    QString m_directory;
};

} // namespace Readout
