// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of onemodel_test: a second Readout process on the same article. Opens it as the window
// does (ArticleSession: its sidecar, or an extraction), sets the topics of the first event to the
// text given, saves, prints "SAVED <sidecar>" and exits. Not a test itself.

#include "annotations.h"
#include "formats/documentreader.h"
#include "session/articlesession.h"
#include "storage/autosaver.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Readout;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: session_helper ARTICLE TOPICS\n");
        return 2;
    }
    auto document = readDocument(args.at(1));
    if (!document) {
        std::fprintf(stderr, "%s\n", qPrintable(document.error().message));
        return 1;
    }
    const std::shared_ptr<ArticleSession> session = ArticleSession::acquire(document.value(), QString());
    int status = 1;
    QObject::connect(session.get(), &ArticleSession::extractionFinished, &app, [&] {
        Annotations *a = session->annotations();
        if (!a->events().isEmpty() && a->setEventField(a->events().first().id, EventField::Topics, args.at(2))
            && session->autoSaver()->saveNow()) {
            std::printf("SAVED %s\n", qPrintable(session->autoSaver()->path()));
            status = 0;
        }
        QCoreApplication::exit(status);
    });
    session->open();
    QTimer::singleShot(60000, &app, [] {
        QCoreApplication::exit(3); // never outlive a forgotten test
    });
    return QCoreApplication::exec();
}
