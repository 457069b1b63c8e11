// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefiles.h"

#include "knowledge/userdictionary.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Readout;

class SourceFilesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testArticleAlone();
    void testArticleWithRelatedFiles();
    void testKnowledgeFiles();
};

namespace
{

bool touch(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("x\n") == 2;
}

QStringList paths(const QVector<SourceFile> &files)
{
    QStringList list;
    for (const SourceFile &file : files) {
        list.append(file.path);
    }
    return list;
}

} // namespace

void SourceFilesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void SourceFilesTest::testArticleAlone()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(touch(article));
    const QVector<SourceFile> files = articleSourceFiles(article);
    QCOMPARE(paths(files), QStringList{article});
    QCOMPARE(files.first().label, QStringLiteral("report.txt"));
    QVERIFY(!files.first().editable);
}

void SourceFilesTest::testArticleWithRelatedFiles()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("report.html"));
    const QString sidecar = dir.filePath(QStringLiteral("report.readout.json"));
    const QString ann = dir.filePath(QStringLiteral("report.ann"));
    const QString csv = dir.filePath(QStringLiteral("report.events.csv"));
    for (const QString &path : {article, sidecar, ann, csv}) {
        QVERIFY(touch(path));
    }
    QVERIFY(touch(dir.filePath(QStringLiteral("other.ann"))));
    const QVector<SourceFile> files = articleSourceFiles(article);
    QCOMPARE(paths(files), (QStringList{article, sidecar, ann, csv}));
    for (const SourceFile &file : files) {
        QVERIFY2(!file.editable, qPrintable(file.path));
        QVERIFY(!file.label.isEmpty());
    }
}

void SourceFilesTest::testKnowledgeFiles()
{
    const QVector<SourceFile> files = knowledgeFiles();
    const QStringList list = paths(files);
    QVERIFY(list.contains(QStringLiteral(":/readout/rules/events.json")));
    QVERIFY(list.contains(QStringLiteral(":/readout/gazetteers/countries.tsv")));
    for (const SourceFile &file : files) {
        if (file.path.startsWith(QLatin1String(":/"))) {
            QVERIFY2(!file.editable, qPrintable(file.path));
            QVERIFY2(QFile::exists(file.path), qPrintable(file.path));
        }
    }
    // The user dictionary comes last and is the one editable file.
    QCOMPARE(files.last().path, UserDictionary::defaultPath());
    QVERIFY(files.last().editable);
}

QTEST_MAIN(SourceFilesTest)
#include "sourcefiles_test.moc"
