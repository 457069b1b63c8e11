// SPDX-License-Identifier: GPL-3.0-or-later
// Whole events of every tests/data/events fixture against NN_slug.events.golden.json beside it.
// pipeline_test checks only what a person wrote down (sides, date, status, place); this catches
// any other change too (type, participant order, topics, source, confidence), so a refactoring
// that changes output shows up. READOUT_WRITE_GOLDEN=1 rewrites the files instead
// (tests/data/events/regenerate-golden); review every changed line before committing it.

#include "event.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

#include "eventfixtures.h"

using namespace Readout;

namespace
{

const QLatin1String GoldenSuffix(".events.golden.json");

bool writeGolden()
{
    return qEnvironmentVariable("READOUT_WRITE_GOLDEN") == QLatin1String("1");
}

QString goldenPath(const QString &fixture)
{
    return fixture.chopped(4) + GoldenSuffix;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Two decimals: enough to see a scoring change, few enough that float noise does not churn the files.
QJsonObject eventJson(const Event &e)
{
    return {{QStringLiteral("type"), e.type},
            {QStringLiteral("participants"), QJsonArray::fromStringList(e.participants)},
            {QStringLiteral("date"), orNull(e.date)},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("location"), orNull(e.location)},
            {QStringLiteral("topics"), QJsonArray::fromStringList(e.topics)},
            {QStringLiteral("source"), orNull(e.source)},
            {QStringLiteral("confidence"), std::round(e.confidence * 100.0) / 100.0}};
}

QJsonArray eventsJson(const QVector<Event> &events)
{
    QJsonArray array;
    for (const Event &e : events) {
        array.append(eventJson(e));
    }
    return array;
}

/// One compact line per event (keys sorted, as QJsonObject keeps them): what is compared and shown.
QStringList eventLines(const QJsonArray &events)
{
    QStringList lines;
    for (const QJsonValue &v : events) {
        lines.append(QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    }
    return lines;
}

qsizetype leadingSpaces(const QByteArray &line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == ' ') {
        ++n;
    }
    return n;
}

/// Sorted keys, 2-space indent, trailing newline. Qt indents by 4 and escapes line breaks inside
/// strings, so halving each line's leading spaces is enough; it writes an empty array as "[" and
/// "]" on two lines, kept here as "[]" (a line ending in '[' always opens an array).
QByteArray prettyJson(const QJsonArray &events)
{
    const QList<QByteArray> lines = QJsonDocument(events).toJson(QJsonDocument::Indented).trimmed().split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray body = lines.at(i).trimmed();
        out += QByteArray(leadingSpaces(lines.at(i)) / 2, ' ') + body;
        if (body.endsWith('[') && i + 1 < lines.size() && lines.at(i + 1).trimmed().startsWith(']')) {
            out += lines.at(++i).trimmed();
        }
        out += '\n';
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

std::optional<QJsonArray> readEvents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        return std::nullopt;
    }
    return doc.array();
}

/// Both lists in full, a line marked `*` where it differs from the other list's line at that place.
QString listing(const QString &title, const QStringList &lines, const QStringList &other)
{
    QString text = title + QStringLiteral(" (%1 events):\n").arg(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool same = i < other.size() && other.at(i) == lines.at(i);
        text += (same ? QStringLiteral("    ") : QStringLiteral("  * ")) + lines.at(i) + QLatin1Char('\n');
    }
    return text;
}

QString mismatch(const QString &golden, const QStringList &expected, const QStringList &actual)
{
    return QStringLiteral("events differ from %1\n").arg(QFileInfo(golden).fileName())
        + listing(QStringLiteral("expected"), expected, actual) + listing(QStringLiteral("actual"), actual, expected)
        + QStringLiteral("If the change is intended, run tests/data/events/regenerate-golden and review the diff.");
}

} // namespace

class EventGoldenTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Pipeline> m_pipeline;

private Q_SLOTS:
    void initTestCase()
    {
        m_pipeline = std::make_unique<Pipeline>(KnowledgeBase::builtIn());
    }

    void testWholeEvents_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = ReadoutTest::eventFixtures();
        QVERIFY(!files.isEmpty());
        for (const QString &path : files) {
            QTest::newRow(qPrintable(ReadoutTest::fixtureName(path))) << path;
        }
    }

    void testWholeEvents()
    {
        QFETCH(QString, path);
        const QJsonArray actual = eventsJson(ReadoutTest::runPipeline(*m_pipeline, path).events);
        const QString golden = goldenPath(path);
        if (writeGolden()) {
            QVERIFY2(writeFile(golden, prettyJson(actual)), qPrintable(golden + QStringLiteral(": cannot write")));
            return;
        }
        const std::optional<QJsonArray> expected = readEvents(golden);
        QVERIFY2(expected,
                 qPrintable(golden
                            + QStringLiteral(": missing or not a JSON array; write it with "
                                             "tests/data/events/regenerate-golden")));
        const QStringList want = eventLines(*expected);
        const QStringList got = eventLines(actual);
        if (want != got) {
            // QFAIL, not QVERIFY2: QVERIFY2 cuts its message at 1024 bytes, and both listings are needed.
            QFAIL(qPrintable(mismatch(golden, want, got)));
        }
    }

    void testNoOrphanGoldenFiles()
    {
        // A golden file whose fixture was renamed or removed would otherwise linger unchecked.
        const QDir dir(QStringLiteral(READOUT_TEST_DATA "/events"));
        for (const QString &name : dir.entryList({QLatin1String("*") + GoldenSuffix}, QDir::Files)) {
            const QString fixture = name.chopped(GoldenSuffix.size()) + QStringLiteral(".txt");
            QVERIFY2(dir.exists(fixture), qPrintable(name + QStringLiteral(" has no ") + fixture));
        }
    }
};

QTEST_GUILESS_MAIN(EventGoldenTest)
#include "eventgolden_test.moc"
