// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzztargets.h"

#include "dates/dateresolver.h"
#include "dates/datetagger.h"
#include "document.h"
#include "extract/textsegmenter.h"
#include "formats/bratimporter.h"
#include "formats/bratreader.h"
#include "formats/documentreader.h"
#include "formats/htmlreader.h"
#include "formats/textdecoder.h"
#include "formats/textreader.h"
#include "knowledge/knowledgebase.h"
#include "storage/csvexporter.h"
#include "storage/sidecar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

#include <sys/stat.h>

namespace ReadoutFuzz
{

namespace
{

/// An invariant broken: report it the way a sanitizer would, so the fuzzer keeps the input.
void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

void checkDocument(const Readout::Document &doc)
{
    check(doc.bodyStart() >= 0 && doc.bodyStart() <= doc.text().size(), "bodyStart within the text");
    const int end = int(doc.text().size());
    check(doc.fromCodePoint(doc.toCodePoint(end)) == end, "code points round trip at the end");
}

/// Text with characters outside the BMP before and between the words, so code points and UTF-16 differ.
const Readout::Document &fixedDocument()
{
    static const Readout::Document doc(QStringLiteral("fuzz.txt"),
                                       QStringLiteral("date 2023-05-02\n\n\U0001F30D Ghana and Senegal will hold talks "
                                                      "in Accra on May 9, \U0001F4F0 the ministry said on Tuesday.\n"),
                                       {},
                                       17);
    return doc;
}

/// The input as the file fuzz.readout.json, opened as readout opens a sidecar: readArticle() follows
/// it to the article it names. Kept inside a private folder: the absolute path the input records is
/// dropped and the file it names kept to its last part (fuzz.txt holds the fixed text; naming
/// fuzz.readout.json makes it name itself; pipe.txt is a FIFO, zero.txt a link to /dev/zero).
void readSidecarFile(const QByteArray &data)
{
    QJsonObject root = QJsonDocument::fromJson(data).object();
    if (root.isEmpty()) {
        return;
    }
    QJsonObject document = root.value(QLatin1String("document")).toObject();
    document.remove(QStringLiteral("path"));
    document.insert(QStringLiteral("file"), QFileInfo(document.value(QLatin1String("file")).toString()).fileName());
    root.insert(QStringLiteral("document"), document);
    static const QTemporaryDir folder;
    const QDir dir(folder.path());
    // Special files a sidecar may name: a FIFO (reading it would block for good) and a link to an
    // endless device. Both must be refused, never opened for reading.
    static const bool specials = [&dir] {
        (void)mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.txt"))).constData(), 0600);
        return QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("zero.txt")));
    }();
    (void)specials;
    QFile article(dir.filePath(QStringLiteral("fuzz.txt")));
    QFile sidecar(dir.filePath(QStringLiteral("fuzz.readout.json")));
    if (!article.open(QIODevice::WriteOnly) || !sidecar.open(QIODevice::WriteOnly)) {
        return;
    }
    article.write(fixedDocument().text().toUtf8());
    article.close();
    sidecar.write(QJsonDocument(root).toJson());
    sidecar.close();
    const auto read = Readout::readArticle(sidecar.fileName());
    if (read) {
        checkDocument(read.value().document);
    }
}

} // namespace

void text(const QByteArray &data)
{
    auto doc = Readout::TextReader::parse(data, QStringLiteral("fuzz.txt"));
    if (doc) {
        checkDocument(doc.value());
    }
    // A declared charset from the input itself: the first line, up to 40 bytes.
    const QString declared = QString::fromLatin1(data.left(std::max<qsizetype>(0, data.indexOf('\n'))).left(40));
    (void)Readout::TextDecoder::decode(data, QStringLiteral("fuzz.txt"), declared);
}

void html(const QByteArray &data)
{
    QStringList notes;
    auto doc = Readout::HtmlReader::parse(data, QStringLiteral("fuzz.html"), &notes);
    if (doc) {
        checkDocument(doc.value());
        check(!doc.value().text().trimmed().isEmpty(), "an HTML document has text");
    }
}

void brat(const QByteArray &data)
{
    const Readout::Document &doc = fixedDocument();
    const QString ann = QString::fromUtf8(data);
    auto parsed = Readout::BratReader::parse(ann, QStringLiteral("fuzz.ann"), doc.toCodePoint(int(doc.text().size())));
    auto imported = Readout::BratImporter::import(ann, QStringLiteral("fuzz.ann"), doc);
    check(parsed.isOk() || !imported.isOk(), "the importer fails where the parser does");
    if (imported) {
        for (const Readout::Entity &e : imported.value().entities) {
            check(e.start >= 0 && e.start < e.end && e.end <= doc.text().size(), "entity within the text");
        }
        for (const Readout::Event &e : imported.value().events) {
            check(e.evidenceStart >= 0 && e.evidenceStart <= e.evidenceEnd && e.evidenceEnd <= doc.text().size(),
                  "evidence within the text");
        }
    }
}

void sidecar(const QByteArray &data)
{
    auto parsed = Readout::Sidecar::parse(data, QStringLiteral("fuzz.readout.json"));
    if (parsed) {
        auto anchored = Readout::Sidecar::anchor(parsed.value(), fixedDocument());
        if (anchored) {
            for (const Readout::Entity &e : anchored.value().entities) {
                check(e.start >= 0 && e.end <= fixedDocument().text().size(), "anchored entity within the text");
            }
        }
    }
    readSidecarFile(data);
}

void csv(const QByteArray &data)
{
    (void)Readout::CsvExporter::parseRows(data, QStringLiteral("fuzz.csv"));
    (void)Readout::CsvExporter::readCsv(data, QStringLiteral("fuzz.csv"), &fixedDocument());
    (void)Readout::CsvExporter::readCsv(data, QStringLiteral("fuzz.csv"), nullptr);
}

void dates(const QByteArray &data)
{
    static const std::shared_ptr<const Readout::KnowledgeBase> kb = Readout::KnowledgeBase::builtIn();
    static const Readout::DateTagger tagger(*kb);
    static const Readout::DateResolver resolver(*kb);
    if (data.size() < 2) {
        return;
    }
    // Publication dates from 1900 to about 2079, so year arithmetic meets its edges.
    const int days = (static_cast<unsigned char>(data.at(0)) << 8) | static_cast<unsigned char>(data.at(1));
    const QDate dct = QDate(1900, 1, 1).addDays(days);
    const QString text = QString::fromUtf8(data.mid(2));
    const Readout::Segmentation seg = Readout::TextSegmenter::segment(text, 0, *kb);
    QDate anchor;
    for (const Readout::TimexMatch &m : tagger.tag(text, seg)) {
        check(m.firstToken >= 0 && m.firstToken < m.lastToken && m.lastToken <= seg.tokens.size(), "match tokens");
        const Readout::Sentence &s = seg.sentences.at(seg.sentenceOfToken.at(m.firstToken));
        const QString value = resolver.resolve(m.spec, dct, resolver.tenseAt(seg, s, m.firstToken), anchor);
        if (value.size() == 10) {
            anchor = QDate::fromString(value, Qt::ISODate);
        }
    }
}

Target target(const QString &name)
{
    if (name == QLatin1String("text")) {
        return &text;
    }
    if (name == QLatin1String("html")) {
        return &html;
    }
    if (name == QLatin1String("brat")) {
        return &brat;
    }
    if (name == QLatin1String("sidecar")) {
        return &sidecar;
    }
    if (name == QLatin1String("csv")) {
        return &csv;
    }
    if (name == QLatin1String("dates")) {
        return &dates;
    }
    return nullptr;
}

} // namespace ReadoutFuzz
