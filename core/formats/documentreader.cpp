// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"

#include "bratimporter.h"
#include "htmlreader.h"
#include "inputfile.h"
#include "markdownreader.h"
#include "pdfreader.h"
#include "textreader.h"

#include "../storage/sidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Readout
{

namespace
{

const auto SidecarSuffix = QLatin1String(".readout.json");

QString fileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

/// The file's bytes (InputFile: regular files only, size capped, read again when it changed while
/// being read), in chunks so that progress can be shown and reading cancelled.
Result<QByteArray> readBytes(const QString &path, const ReadOptions &options, QStringList *notes)
{
    InputFile::Options input;
    input.progress = options.progress;
    input.notes = notes;
    input.advice = QCoreApplication::translate("Readout::DocumentReader", "split it into articles");
    auto bytes = InputFile::read(path, input);
    if (bytes && bytes.value().isEmpty()) {
        return Error{
            Error::Code::Malformed,
            QCoreApplication::translate("Readout::DocumentReader", "%1: the file is empty (0 bytes); nothing to read")
                .arg(fileName(path))};
    }
    return bytes;
}

bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

/// The .txt a brat .ann annotates, or the .ann beside a .txt.
QString sibling(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

Result<LoadedArticle> importBrat(LoadedArticle article, const QString &annPath)
{
    auto bytes = readBytes(annPath, {}, &article.notes);
    if (!bytes) {
        return bytes.error();
    }
    const QString name = fileName(annPath);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString ann = utf8(bytes.value().startsWith("\xEF\xBB\xBF") ? bytes.value().mid(3) : bytes.value());
    if (utf8.hasError()) {
        return Error{
            Error::Code::Encoding,
            QCoreApplication::translate("Readout::DocumentReader",
                                        "%1: not UTF-8 (brat standoff files are UTF-8); convert it or remove it")
                .arg(name)};
    }
    auto imported = BratImporter::import(ann, name, article.document);
    if (!imported) {
        return imported.error();
    }
    article.entities = std::move(imported.value().entities);
    article.events = std::move(imported.value().events);
    article.annotationsFrom = annPath;
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    article.notes.append(QCoreApplication::translate("Readout::DocumentReader", "%1: imported %2 and %3")
                             .arg(name,
                                  count(article.entities.size(),
                                        QCoreApplication::translate("Readout::DocumentReader", "1 entity"),
                                        QCoreApplication::translate("Readout::DocumentReader", "%1 entities")),
                                  count(article.events.size(),
                                        QCoreApplication::translate("Readout::DocumentReader", "1 event"),
                                        QCoreApplication::translate("Readout::DocumentReader", "%1 events"))));
    article.notes.append(imported.value().notes);
    return article;
}

/// A sidecar opened itself: the article it names, with the sidecar's annotations. That article is
/// never a sidecar (by name, through a link, or by content), so sidecars naming themselves or each
/// other are refused instead of recursing until the stack overflows.
Result<LoadedArticle> readSidecar(const QString &path, const ReadOptions &options)
{
    auto data = Sidecar::readFile(path);
    if (!data) {
        return data.error();
    }
    const QString name = fileName(path);
    QString articlePath = data.value().articlePath;
    if (articlePath.isEmpty() || !QFileInfo::exists(articlePath)) {
        articlePath = QFileInfo(path).dir().filePath(data.value().articleFile);
    }
    if (data.value().articleFile.isEmpty() && data.value().articlePath.isEmpty()) {
        return Error{Error::Code::Malformed,
                     QCoreApplication::translate("Readout::DocumentReader", "%1: damaged sidecar: it names no article")
                         .arg(name)};
    }
    if (!QFileInfo::exists(articlePath)) {
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate(
                         "Readout::DocumentReader",
                         "%1: the article it annotates (%2) is not there; put the article beside the sidecar")
                         .arg(name, data.value().articleFile)};
    }
    const QString canonical = QFileInfo(articlePath).canonicalFilePath();
    if (Sidecar::isSidecar(canonical)) {
        return Error{
            Error::Code::Malformed,
            QCoreApplication::translate("Readout::DocumentReader",
                                        "%1: names %2 as its article, but that is a Readout sidecar, not an article; "
                                        "open the article itself")
                .arg(name, articlePath)};
    }
    ReadOptions plain = options;
    plain.importAnnotations = false;
    // A link to something that is not a file is read under the name given, so messages name it.
    const QFileInfo articleInfo(articlePath);
    auto article = readArticle(articleInfo.isFile() ? canonical : articleInfo.absoluteFilePath(), plain);
    if (!article) {
        return article.error();
    }
    LoadedArticle loaded = std::move(article).value();
    if (Sidecar::hashOf(loaded.document.text()) != data.value().textHash) {
        return Error{
            Error::Code::Malformed,
            QCoreApplication::translate("Readout::DocumentReader",
                                        "%1: written for another version of %2 (the article changed since); open the "
                                        "article itself to extract it again")
                .arg(name, fileName(articlePath))};
    }
    auto anchored = Sidecar::anchor(data.value(), loaded.document);
    if (!anchored) {
        return Error{anchored.error().code, QStringLiteral("%1: %2").arg(name, anchored.error().message)};
    }
    if (anchored.value().published.isValid()) {
        loaded.document.setPublished(anchored.value().published);
    }
    loaded.entities = anchored.value().entities;
    loaded.events = anchored.value().events;
    loaded.log = anchored.value().log;
    loaded.annotationsFrom = path;
    return loaded;
}

} // namespace

Result<Document> parseText(const QByteArray &bytes, const QString &path)
{
    return TextReader::parse(bytes, path);
}

Result<LoadedArticle> readArticle(const QString &path, const ReadOptions &options)
{
    const QString name = fileName(path);
    const QString lower = name.toLower();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (lower.endsWith(SidecarSuffix)) {
        return readSidecar(path, options);
    }
    if (suffix == QLatin1String("ann")) {
        const QString text = sibling(path, QStringLiteral(".txt"));
        if (!QFileInfo::exists(text)) {
            return Error{
                Error::Code::NotFound,
                QCoreApplication::translate("Readout::DocumentReader",
                                            "%1: the text it annotates (%2) is missing; brat keeps X.txt beside X.ann")
                    .arg(name, fileName(text))};
        }
        ReadOptions plain = options;
        plain.importAnnotations = false;
        auto article = readArticle(text, plain);
        if (!article) {
            return article.error();
        }
        return importBrat(std::move(article).value(), path);
    }

    LoadedArticle article;
    auto bytes = readBytes(path, options, &article.notes);
    if (!bytes) {
        return bytes.error();
    }
    Result<Document> document = Error{};
    if (suffix == QLatin1String("pdf") || bytes.value().startsWith("%PDF-")) {
        if (suffix != QLatin1String("pdf")) {
            article.notes.append(
                QCoreApplication::translate("Readout::DocumentReader", "%1: a PDF despite its name; read as PDF")
                    .arg(name));
        }
        document = PdfReader::read(bytes.value(), path, &article.notes, [&options](int done, int total) {
            return !options.progress || options.progress(done, total);
        });
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml")
               || suffix == QLatin1String("shtml") || looksLikeHtml(bytes.value())) {
        document = HtmlReader::parse(bytes.value(), path, &article.notes);
    } else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mkd")
               || suffix == QLatin1String("mdown")) {
        document = MarkdownReader::parse(bytes.value(), path, &article.notes);
    } else {
        document = TextReader::parse(bytes.value(), path, &article.notes);
    }
    if (!document) {
        return document.error();
    }
    article.document = std::move(document).value();
    const QString ann = sibling(path, QStringLiteral(".ann"));
    if (options.importAnnotations && suffix == QLatin1String("txt") && QFileInfo::exists(ann)) {
        return importBrat(std::move(article), ann);
    }
    return article;
}

Result<Document> readDocument(const QString &path)
{
    ReadOptions options;
    options.importAnnotations = false;
    auto article = readArticle(path, options);
    if (!article) {
        return article.error();
    }
    return std::move(article).value().document;
}

} // namespace Readout
