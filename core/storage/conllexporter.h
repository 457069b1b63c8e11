// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Readout
{

class Document;
class KnowledgeBase;

/// Writes entities as CoNLL BIO: a "-DOCSTART-" line, then one token per line ("token<TAB>tag"),
/// a blank line after each sentence. Tags are B-/I- with PER, ORG, LOC, DATE or MISC, and O.
/// Tokens and sentences are the pipeline's own (TextSegmenter), from the body on (a header is
/// metadata). Where spans overlap, the outer (earlier, then longer) one wins. Writes atomically
/// (QSaveFile) and never onto the article. Stateless apart from the knowledge it reads.
class ConllExporter
{
public:
    explicit ConllExporter(const KnowledgeBase &knowledge);

    [[nodiscard]] QByteArray toConll(const Document &document, const QVector<Entity> &entities) const;
    [[nodiscard]] Result<bool>
    writeFile(const QString &path, const Document &document, const QVector<Entity> &entities) const;

    /// The CoNLL label of an entity type: PER, ORG, LOC, DATE, MISC.
    [[nodiscard]] static QString label(EntityType type);

private:
    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
