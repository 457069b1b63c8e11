// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>

#include <array>
#include <functional>
#include <memory>

class QTextDocument;

namespace Readout
{

class AnnotationHighlighter;
class AnnotationPalette;
class Annotations;
struct Entity;

/// The text of an article laid into a QTextDocument off the GUI thread (ArticleView::prepareDocument()),
/// owned here until an ArticleView takes it; deleted with the last copy of the pointer if none does.
class PreparedDocument
{
public:
    PreparedDocument(QTextDocument *document, QString text);
    ~PreparedDocument();
    Q_DISABLE_COPY_MOVE(PreparedDocument)

    /// The text the document holds (ArticleView::displayText() of the article's text).
    [[nodiscard]] const QString &text() const;
    /// Hands the document over (once; then null).
    [[nodiscard]] QTextDocument *take();

private:
    QTextDocument *m_document;
    QString m_text;
};

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
    /// Shows a document prepared off the GUI thread (takes it), so that setAnnotations() for the
    /// same text need not lay out the text here. Call before setAnnotations().
    void setPreparedDocument(const std::shared_ptr<PreparedDocument> &prepared);

    /// Lays a big text out off the GUI thread: a QTextDocument as this view shows it, with this
    /// font, moved to the application's thread. progress(done, total) in characters is called now
    /// and then; when it returns false the work stops and the answer is null. Thread-safe.
    [[nodiscard]] static std::shared_ptr<PreparedDocument>
    prepareDocument(const QString &text, const QFont &font, const std::function<bool(qint64, qint64)> &progress = {});
    /// The font articles are shown in (the application's, a little bigger). GUI thread.
    [[nodiscard]] static QFont articleFont();
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

    /// Who marks words with extra selections; each keeps its own list, all are shown (later layers
    /// on top). QPlainTextEdit::setExtraSelections() would replace the others' marks.
    enum class MarkLayer {
        Differences, ///< the compare window's words that differ between the two reports
        Find, ///< the find bar's matches
    };
    /// Replaces this layer's marks and shows them with the other layers'.
    void setMarks(MarkLayer layer, const QList<QTextEdit::ExtraSelection> &marks);
    [[nodiscard]] QList<QTextEdit::ExtraSelection> marks(MarkLayer layer) const;

    /// The text the document shows: displayText() of the annotations' text, offset for offset.
    [[nodiscard]] QString shownText() const;

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
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    [[nodiscard]] QMimeData *createMimeDataFromSelection() const override;

private:
    void syncText();
    void applyScheme();
    void showToolTip(const QPoint &globalPos, const QPoint &viewportPoint);
    [[nodiscard]] const Entity *entityAtPoint(const QPoint &viewportPoint) const;

    QPointer<Annotations> m_annotations;
    AnnotationHighlighter *m_highlighter = nullptr;
    std::shared_ptr<const AnnotationPalette> m_palette;
    bool m_followsTheme = true;
    QString m_shownText; ///< what the document holds, to know when a reset changed the text
    QString m_pressedEntityId;
    QPoint m_pressPos;
    std::array<QList<QTextEdit::ExtraSelection>, 2> m_marks;
};

} // namespace Readout
