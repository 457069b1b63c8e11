// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Readout
{

/// A file a source view can show, with its tab label and whether it may be edited in place.
struct SourceFile {
    QString path;
    QString label;
    bool editable = false;
};

/// The files behind an article that exist: the article as it is on disk, its sidecar
/// (NAME.readout.json), a brat NAME.ann beside it and the CSV export NAME.events.csv. All read-only.
[[nodiscard]] QVector<SourceFile> articleSourceFiles(const QString &articlePath);

/// The knowledge Readout reads: each rules and gazetteer file (the analyst's copy in their data
/// folder, editable, when there is one; else the built-in ":/readout/…", read-only) and the user
/// dictionary (editable).
[[nodiscard]] QVector<SourceFile> knowledgeFiles();

} // namespace Readout
