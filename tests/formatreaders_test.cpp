// SPDX-License-Identifier: GPL-3.0-or-later
// Golden tests of every reader: tests/data/formats/<case>.<ext> -> <case>.<ext>.expected.json.
// Regenerate with READOUT_REGENERATE=1 (then review the diff).

#include "formats/documentreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Readout;

namespace
{

const QString FormatsDir = QStringLiteral(READOUT_TEST_DATA "/formats");

QString codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::NotFound:
        return QStringLiteral("NotFound");
    case Error::Code::Unreadable:
        return QStringLiteral("Unreadable");
    case Error::Code::Binary:
        return QStringLiteral("Binary");
    case Error::Code::Encoding:
        return QStringLiteral("Encoding");
    case Error::Code::Malformed:
        return QStringLiteral("Malformed");
    case Error::Code::TooLarge:
        return QStringLiteral("TooLarge");
    case Error::Code::Unsupported:
        return QStringLiteral("Unsupported");
    case Error::Code::WriteFailed:
        return QStringLiteral("WriteFailed");
    case Error::Code::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

QJsonObject toJson(const Result<LoadedArticle> &result)
{
    QJsonObject root;
    if (!result) {
        root.insert(QStringLiteral("error"),
                    QJsonObject{{QStringLiteral("code"), codeName(result.error().code)},
                                {QStringLiteral("message"), result.error().message}});
        return root;
    }
    const LoadedArticle &a = result.value();
    const DocumentMetadata &m = a.document.metadata();
    QJsonArray pages;
    for (int start : m.pageStarts) {
        pages.append(start);
    }
    root.insert(QStringLiteral("title"), m.title);
    root.insert(QStringLiteral("published"), m.published.toString(Qt::ISODate));
    root.insert(QStringLiteral("source"), m.source);
    root.insert(QStringLiteral("url"), m.url);
    root.insert(QStringLiteral("language"), m.language);
    root.insert(QStringLiteral("encoding"), m.encoding);
    root.insert(QStringLiteral("body_start"), a.document.bodyStart());
    root.insert(QStringLiteral("page_starts"), pages);
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(a.notes));
    root.insert(QStringLiteral("text"), a.document.text());
    QJsonArray entities;
    for (const Entity &e : a.entities) {
        entities.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("type"), entityTypeName(e.type)},
                                    {QStringLiteral("start"), e.start},
                                    {QStringLiteral("end"), e.end},
                                    {QStringLiteral("text"), e.text},
                                    {QStringLiteral("canonical"), e.canonical},
                                    {QStringLiteral("code"), e.code},
                                    {QStringLiteral("value"), e.value},
                                    {QStringLiteral("origin"), e.origin}});
    }
    QJsonArray events;
    for (const Event &e : a.events) {
        events.append(QJsonObject{{QStringLiteral("id"), e.id},
                                  {QStringLiteral("type"), e.type},
                                  {QStringLiteral("participants"), QJsonArray::fromStringList(e.participants)},
                                  {QStringLiteral("participant_codes"), QJsonArray::fromStringList(e.participantCodes)},
                                  {QStringLiteral("date"), e.date},
                                  {QStringLiteral("location"), e.location},
                                  {QStringLiteral("status"), e.status},
                                  {QStringLiteral("source"), e.source},
                                  {QStringLiteral("origin"), e.origin},
                                  {QStringLiteral("evidence"), e.evidenceText},
                                  {QStringLiteral("entity_ids"), QJsonArray::fromStringList(e.entityIds)}});
    }
    if (a.hasAnnotations()) {
        root.insert(QStringLiteral("entities"), entities);
        root.insert(QStringLiteral("events"), events);
    }
    return root;
}

} // namespace

class FormatReadersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testGolden_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList inputs = QDir(FormatsDir)
                                       .entryList({QStringLiteral("*.html"),
                                                   QStringLiteral("*.md"),
                                                   QStringLiteral("*.pdf"),
                                                   QStringLiteral("*.ann")},
                                                  QDir::Files,
                                                  QDir::Name);
        QVERIFY(inputs.size() >= 10);
        for (const QString &input : inputs) {
            QTest::newRow(qPrintable(input)) << input;
        }
    }

    void testGolden()
    {
        QFETCH(QString, file);
        const QJsonObject actual = toJson(readArticle(FormatsDir + QLatin1Char('/') + file));
        const QString expectedPath = FormatsDir + QLatin1Char('/') + file + QStringLiteral(".expected.json");
        if (qEnvironmentVariableIsSet("READOUT_REGENERATE")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
            QSKIP("regenerated");
        }
        QFile in(expectedPath);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(expectedPath + QStringLiteral(" is missing")));
        const QJsonObject expected = QJsonDocument::fromJson(in.readAll()).object();
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            QVERIFY2(
                actual.value(it.key()) == it.value(),
                qPrintable(QStringLiteral("%1: got %2")
                               .arg(it.key(),
                                    QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), actual.value(it.key())}})
                                                          .toJson(QJsonDocument::Compact)))));
        }
        QCOMPARE(actual.keys(), expected.keys());
    }
};

QTEST_GUILESS_MAIN(FormatReadersTest)
#include "formatreaders_test.moc"
