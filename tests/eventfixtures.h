// SPDX-License-Identifier: GPL-3.0-or-later
// The event fixtures of tests/data/events and the one way the tests run the pipeline on them, shared
// by pipeline_test (hand-written expectations) and eventgolden_test (golden files), so both judge
// the same extraction.
#pragma once

#include "document.h"
#include "formats/documentreader.h"
#include "pipeline.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace ReadoutTest
{

/// Paths of every tests/data/events/*.txt, sorted by name (READOUT_TEST_DATA, defined by the test's CMake).
inline QStringList eventFixtures()
{
    const QDir dir(QStringLiteral(READOUT_TEST_DATA "/events"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

/// "NN_slug" for tests/data/events/NN_slug.txt: the data row name and the stem of its expectation files.
inline QString fixtureName(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

/// Reads the fixture at path as the application does (the first line `date YYYY-MM-DD` is the
/// publication date) and runs pipeline on it; an empty extraction, with a warning, when it cannot be read.
inline Readout::Extraction
runPipeline(const Readout::Pipeline &pipeline, const QString &path, Readout::Document *docOut = nullptr)
{
    auto doc = Readout::readDocument(path);
    if (!doc) {
        qWarning() << doc.error().message;
        return {};
    }
    if (docOut) {
        *docOut = doc.value();
    }
    return pipeline.run(doc.value());
}

} // namespace ReadoutTest
