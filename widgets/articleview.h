// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QPointer>

#include <memory>

namespace Readout
{

class AnnotationHighlighter;
class AnnotationPalette;
class Annotations;
struct Entity;

/// Read-only view of one article: shows Annotations::document().text() with entity highlighting,
/// explains a span in its tooltip, reports clicks on spans and marks an event's evidence.
/// Positions in its API are UTF-16 offsets into the document text; the view keeps its
/// QTextDocument offset-identical to it. Does not own the annotations.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    /// Shows these annotations and follows their resets.
    void setAnnotations(Annotations *annotations);
    [[nodiscard]] Annotations *annotations() const;
    [[nodiscard]] AnnotationHighlighter *highlighter() const;

    /// Uses this palette from now on instead of following Themes (the active theme).
    void setAnnotationPalette(std::shared_ptr<const AnnotationPalette> palette);

    /// The tooltip for a text position: for a date "January 10 → 2022-01-10 (DATE)", for an actor
    /// "U.S. → United States (USA)", then the type and the events using the span. Empty off spans.
    [[nodiscard]] QString toolTipAt(int position) const;
    /// The text position of the character under a viewport point, or -1 (margins, past line ends).
    [[nodiscard]] int characterAt(const QPoint &viewportPoint) const;
    /// The id of the entity under a viewport point, or an empty string.
    [[nodiscard]] QString entityIdAt(const QPoint &viewportPoint) const;
    /// The viewport rectangle of the first line of [start, end), for tooltips and tests.
    [[nodiscard]] QRect spanRect(int start, int end) const;

    /// The document text with line breaks the QTextDocument would merge replaced one-for-one, so
    /// every UTF-16 offset keeps its meaning ("\r\n" counts two, as in Document::text()).
    [[nodiscard]] static QString displayText(const QString &text);

public Q_SLOTS:
    /// Scrolls to [start, end), selects it and marks it with the evidence format.
    void showEvidence(int start, int end);
    void clearEvidence();

Q_SIGNALS:
    /// A highlighted span was clicked (press and release on the same span, no drag).
    void entityClicked(const QString &entityId);

protected:
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void syncText();
    [[nodiscard]] QString toPlainTextRaw() const;
    void applyScheme();
    void showToolTip(const QPoint &globalPos, const QPoint &viewportPoint);
    [[nodiscard]] const Entity *entityAtPoint(const QPoint &viewportPoint) const;

    QPointer<Annotations> m_annotations;
    AnnotationHighlighter *m_highlighter = nullptr;
    std::shared_ptr<const AnnotationPalette> m_palette;
    bool m_followsTheme = true;
    QString m_pressedEntityId;
    QPoint m_pressPos;
};

} // namespace Readout
