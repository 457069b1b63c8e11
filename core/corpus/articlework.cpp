// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlework.h"

#include "../formats/documentreader.h"
#include "../pipeline.h"
#include "../storage/sidecar.h"

#include <QCoreApplication>

namespace Readout
{

ArticleWork ArticleWork::read(const QString &file, const QDate &published, const Pipeline &pipeline, bool useSidecar)
{
    ArticleWork out;
    // An .ann or .readout.json given itself brings its annotations; anything else is extracted.
    ReadOptions options;
    options.importAnnotations = false;
    auto loaded = readArticle(file, options);
    if (!loaded) {
        out.error = loaded.error().message;
        return out;
    }
    out.readerNotes = loaded.value().notes;
    out.document = loaded.value().document;
    if (published.isValid()) {
        out.document.setPublished(published);
    }
    switch (useSidecar ? out.takeSidecar(file, published) : SidecarUse::NotFound) {
    case SidecarUse::Used:
        out.origin = Origin::Corrected;
        return out;
    case SidecarUse::Refused:
        return out;
    case SidecarUse::NotFound:
        break;
    }
    if (loaded.value().hasAnnotations()) {
        out.entities = loaded.value().entities;
        out.events = loaded.value().events;
        out.origin = Origin::Annotations;
    } else {
        Extraction x = pipeline.run(out.document);
        out.entities = std::move(x.entities);
        out.events = std::move(x.events);
        out.origin = Origin::Extracted;
    }
    return out;
}

QString ArticleWork::originName(Origin origin)
{
    switch (origin) {
    case Origin::Extracted:
        return QStringLiteral("extracted");
    case Origin::Corrected:
        return QStringLiteral("corrected");
    case Origin::Annotations:
        return QStringLiteral("annotations");
    case Origin::Failed:
        break;
    }
    return QStringLiteral("failed");
}

ArticleWork::SidecarUse ArticleWork::takeSidecar(const QString &file, const QDate &published)
{
    // As DocumentTab::open(), but read only: a damaged sidecar stays where the window will find it.
    SidecarOpening opening = Sidecar::open(document);
    switch (opening.kind) {
    case SidecarOpening::Kind::None:
        return SidecarUse::NotFound;
    case SidecarOpening::Kind::Changed:
        error = QCoreApplication::translate(
                    "Readout::ArticleWork",
                    "%1 has changed since its corrections were saved in %2; they are not used: open the "
                    "article in Readout to re-anchor them, or pass --no-sidecar (or --clean) to extract "
                    "without them")
                    .arg(file, opening.path);
        return SidecarUse::Refused;
    case SidecarOpening::Kind::Newer:
    case SidecarOpening::Kind::Damaged:
        notes.append(QCoreApplication::translate("Readout::ArticleWork", "%1: not using %2: %3; extracting without it")
                         .arg(file, opening.path, opening.message));
        return SidecarUse::NotFound;
    case SidecarOpening::Kind::Restored:
        break;
    }
    notes.append(
        QCoreApplication::translate("Readout::ArticleWork", "%1: using corrections from %2").arg(file, opening.path));
    sidecarPath = opening.path;
    const QDate saved = opening.data.published;
    if (saved.isValid()) {
        if (published.isValid() && published != saved) {
            notes.append(QCoreApplication::translate(
                             "Readout::ArticleWork",
                             "%1: publication date %2 not used: the corrections are dated against %3 (pass "
                             "--no-sidecar to extract with it)")
                             .arg(file, published.toString(Qt::ISODate), saved.toString(Qt::ISODate)));
        }
        document.setPublished(saved);
    }
    entities = std::move(opening.data.entities);
    events = std::move(opening.data.events);
    return SidecarUse::Used;
}

} // namespace Readout
