// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of autosavekill_test: opens a large article, then edits it without pause (a new topic
// every few milliseconds) with an AutoSaver running, printing "EDIT <n> <ms since epoch>" after
// each edit, until the test kills it with SIGKILL. Not a test itself.

#include "annotations.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/autosaver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

using namespace Readout;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: autosave_helper ARTICLE SIDECAR\n");
        return 2;
    }
    auto document = readDocument(args.at(1));
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error().message));
        return 1;
    }
    Annotations annotations;
    const Extraction x = Pipeline(KnowledgeBase::builtIn()).run(document.value());
    annotations.reset(document.value(), x.entities, x.events);
    if (annotations.events().isEmpty()) {
        std::fprintf(stderr, "no events to edit\n");
        return 1;
    }
    AutoSaver saver(&annotations, args.at(2), {});
    std::printf("READY %d entities %d events\n", int(annotations.entities().size()), int(annotations.events().size()));
    std::fflush(stdout);

    int n = 0;
    QTimer edits;
    edits.setInterval(3);
    QObject::connect(&edits, &QTimer::timeout, &app, [&] {
        ++n;
        // Alternating fields: no merging, each edit its own undo step.
        const Event &first = annotations.events().first();
        if (n % 2) {
            annotations.setEventField(first.id, EventField::Topics, QStringLiteral("edit %1").arg(n));
        } else {
            annotations.setEventField(first.id, EventField::Source, QStringLiteral("edit %1").arg(n));
        }
        std::printf("EDIT %d %lld\n", n, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        std::fflush(stdout);
    });
    edits.start();
    QTimer::singleShot(120000, &app, &QCoreApplication::quit); // never outlive a forgotten test
    return QCoreApplication::exec();
}
