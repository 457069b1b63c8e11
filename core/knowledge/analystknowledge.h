// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Readout
{

class KnowledgeBase;

/// The knowledge an analyst's window works with, and readout-cli by default: the built-in data,
/// the analyst's data folder over it (DataFolder::inUse()) and their user dictionary merged in.
struct AnalystKnowledge {
    std::shared_ptr<const KnowledgeBase> knowledge;
    /// What could not be used and why, naming file:line ("not using your data folder: …").
    QStringList problems;

    /// Loaded once per version of the dictionary file and of the data folder (thread-safe). A
    /// broken data folder falls back to the built-in data, a broken dictionary to none: the
    /// article still opens, and problems says what was left out.
    [[nodiscard]] static AnalystKnowledge load(const QString &dictionaryPath, const QString &dataFolder);
};

} // namespace Readout
