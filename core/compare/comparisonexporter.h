// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "comparison.h"

#include <QByteArray>
#include <QJsonObject>

namespace Readout
{

/// Writes a Comparison as JSON ({"a", "b", "paragraph_alignment", "pairs", "summary"}, events as
/// JsonExporter writes them, offsets in code points) or as CSV (one pair per row, the columns of
/// rules/compare.json, cells neutralised and quoted by CsvExporter). Stateless.
class ComparisonExporter
{
public:
    [[nodiscard]] static QJsonObject
    toJson(const CompareSide &a, const CompareSide &b, const Comparison &comparison, const CompareRules &rules);
    [[nodiscard]] static QByteArray
    toCsv(const CompareSide &a, const CompareSide &b, const Comparison &comparison, const CompareRules &rules);
    /// OutputFile::write(): atomic for a file, in place for a device or a FIFO; refuses either
    /// article and a sidecar.
    [[nodiscard]] static Result<bool>
    writeFile(const QString &path, const QByteArray &bytes, const CompareSide &a, const CompareSide &b);
};

} // namespace Readout
