// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// The code each libFuzzer target runs on one input, shared with the regression test that replays
/// the kept crashers (tests/fuzz/regressions/<target>/) in the normal and sanitizer builds. Each
/// function must return normally for any input; it checks invariants with Q_ASSERT-like aborts.
namespace ReadoutFuzz
{

/// The plain-text loader: decoding (BOM, UTF-16, declared charset, fallbacks) and the header.
void text(const QByteArray &data);
/// The HTML reader: charset sniffing, tokenizer, extraction, metadata (JSON-LD, dates).
void html(const QByteArray &data);
/// The brat .ann parser and importer, against a fixed text with characters outside the BMP.
void brat(const QByteArray &data);
/// The sidecar JSON parser and the anchoring of its offsets on a fixed text; then the input as a
/// sidecar file opened by readArticle(), which follows it to the article it names.
void sidecar(const QByteArray &data);
/// The CSV reader (RFC 4180 rows and our events CSV).
void csv(const QByteArray &data);
/// The date tagger and normaliser: the first two bytes pick the publication date.
void dates(const QByteArray &data);

/// The target called name ("text", "html", ...), or nullptr.
using Target = void (*)(const QByteArray &);
Target target(const QString &name);

} // namespace ReadoutFuzz
