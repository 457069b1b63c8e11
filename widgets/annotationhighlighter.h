// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QPointer>
#include <QSyntaxHighlighter>

#include <memory>

namespace Readout
{

class Annotations;

/// Colours a QTextDocument that shows Annotations::document().text() (same UTF-16 offsets) from the
/// annotations' span index: each block asks entitiesIn() for its range, so nothing is rescanned with
/// patterns. Also marks the header and the current evidence range. Does not own the annotations.
class AnnotationHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    /// Without a palette, createAnnotationPalette() supplies one, in the system's scheme.
    AnnotationHighlighter(QTextDocument *document,
                          Annotations *annotations,
                          std::shared_ptr<const AnnotationPalette> palette = nullptr);

    [[nodiscard]] Annotations *annotations() const;

    /// The colours to use; rehighlights everything.
    void setPalette(std::shared_ptr<const AnnotationPalette> palette, ColorScheme scheme);
    [[nodiscard]] const AnnotationPalette *palette() const;
    [[nodiscard]] ColorScheme scheme() const;

    /// Marks [start, end) with the evidence format; only blocks of the old and new range are redone.
    void setEvidence(int start, int end);
    void clearEvidence();
    [[nodiscard]] int evidenceStart() const;
    [[nodiscard]] int evidenceEnd() const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void rehighlightRange(int start, int end);
    void applyEntityFormat(int from, int to, const QTextCharFormat &entityFormat, int blockStart);

    QPointer<Annotations> m_annotations;
    std::shared_ptr<const AnnotationPalette> m_palette;
    ColorScheme m_scheme = ColorScheme::Light;
    QTextCharFormat m_evidenceFormat;
    int m_evidenceStart = -1;
    int m_evidenceEnd = -1;
};

} // namespace Readout
