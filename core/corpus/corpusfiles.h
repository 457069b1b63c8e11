// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Readout
{

/// The articles of a folder, as the corpus sees them: regular files with an article's suffix
/// (.txt, .html, .htm, .xhtml, .md, .markdown, .pdf) in the folder and its sub-folders, sorted by
/// path. Links, devices, FIFOs and sockets are left out, and so are hidden files and folders
/// (Readout's own .readout index among them), sidecars (NAME.readout.json) and brat .ann files.
class CorpusFiles
{
public:
    [[nodiscard]] static QStringList list(const QString &folder);
    /// Whether a file name is one the corpus reads as an article.
    [[nodiscard]] static bool isArticleName(const QString &fileName);
};

} // namespace Readout
