// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QPlainTextEdit>
#include <QPointer>

class QSyntaxHighlighter;

namespace Readout
{

/// The text of a file as it is on disk (an article's HTML or Markdown, a sidecar's JSON, a CSV
/// export, a brat .ann, the rules and gazetteers), in a monospace font, highlighted for its syntax
/// in the active theme when the HighlightingEngine has a syntax for the file name, plain otherwise.
/// Follows Themes::themeChanged() and the system palette. Read-only unless made editable;
/// saving is the caller's business (see SourceViewDialog).
class SourceView : public QPlainTextEdit
{
    Q_OBJECT
public:
    /// Files larger than this are not shown (a source view is for reading, not for 1 GB logs).
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    /// Shows text as the content of a file called fileName (only its name picks the syntax).
    void setSource(const QString &text, const QString &fileName);
    /// Reads a file (also ":/" resources): UTF-8 with or without BOM, LF or CRLF line ends. Text
    /// that would not survive a save unchanged (not UTF-8, stray CRs) is shown read-only, as
    /// Latin-1 where it is not UTF-8. Binary, missing and huge files give an error naming the
    /// file and leave the view empty.
    [[nodiscard]] Result<bool> loadFile(const QString &path);
    /// The text as the bytes to save: UTF-8 with the BOM and line ends the file was read with.
    [[nodiscard]] QByteArray toBytes() const;

    [[nodiscard]] QString fileName() const;
    /// False when loadFile() had to fall back from UTF-8: such text must not be saved back.
    [[nodiscard]] bool isLossless() const;
    /// The syntax the text is highlighted as ("HTML"), empty for plain text.
    [[nodiscard]] QString syntaxName() const;
    /// The engine's highlighter, or nullptr for plain text.
    [[nodiscard]] QSyntaxHighlighter *highlighter() const;

protected:
    bool event(QEvent *event) override;

private:
    void display(const QString &text, const QString &fileName);
    void applyTheme();

    QString m_fileName;
    bool m_lossless = true;
    bool m_byteOrderMark = false;
    bool m_crlf = false;
    QPointer<QSyntaxHighlighter> m_highlighter;
};

} // namespace Readout
