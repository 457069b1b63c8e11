// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceview.h"

#include "highlightingengine.h"
#include "themes.h"

#include "formats/inputfile.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QStringDecoder>
#include <QSyntaxHighlighter>

namespace Readout
{

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    setAcceptDrops(false);
    connect(Themes::instance(), &Themes::themeChanged, this, &SourceView::applyTheme);
    applyTheme();
}

SourceView::~SourceView() = default;

void SourceView::setSource(const QString &text, const QString &fileName)
{
    m_lossless = true;
    m_byteOrderMark = false;
    m_crlf = false;
    display(text, fileName);
}

void SourceView::display(const QString &text, const QString &fileName)
{
    delete m_highlighter;
    m_fileName = fileName;
    // The text first, then the highlighter: one highlighting pass instead of two.
    setPlainText(text);
    m_highlighter =
        Themes::instance()->engine().createSourceHighlighter(document(), fileName, Themes::instance()->activeTheme());
}

Result<bool> SourceView::loadFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    setSource(QString(), name);
    QFile file(path);
    if (!file.exists()) {
        return Error{Error::Code::NotFound, tr("%1: no such file").arg(path)};
    }
    if (file.size() > MaxFileSize) {
        return Error{Error::Code::TooLarge,
                     tr("%1: %2 MB, too large for a source view (the limit is %3 MB)")
                         .arg(name)
                         .arg(file.size() / (1024 * 1024))
                         .arg(MaxFileSize / (1024 * 1024))};
    }
    QByteArray bytes;
    if (path.startsWith(QLatin1Char(':'))) {
        // A compiled-in resource: no file system, nothing to fear.
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{Error::Code::Unreadable, tr("%1: %2").arg(name, file.errorString())};
        }
        bytes = file.readAll();
    } else {
        // This runs on the GUI thread: a FIFO or a device put where the file was must not hang it.
        InputFile::Options options;
        options.maxBytes = MaxFileSize;
        auto read = InputFile::read(path, options);
        if (!read) {
            return read.error();
        }
        bytes = std::move(read).value();
    }
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        // UTF-16 articles are read by the core; here they are shown, read-only (saving writes UTF-8).
        QStringDecoder utf16(bytes.startsWith("\xff\xfe") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        const QString text = utf16.decode(bytes);
        m_lossless = false;
        setReadOnly(true);
        display(text, name);
        return true;
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return Error{Error::Code::Binary, tr("%1: binary data (NUL byte at offset %2), not text").arg(name).arg(nul)};
    }
    m_byteOrderMark = bytes.startsWith("\xef\xbb\xbf");
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Shown, but never written back: the Latin-1 reading may not be what the file meant.
        text = QString::fromLatin1(bytes);
        m_lossless = false;
    }
    // The editor keeps lines, not line ends: CRLF files are saved with CRLF again; a lone CR or a
    // paragraph separator could not be restored, so such files are not saved at all.
    const qsizetype crlfCount = bytes.count("\r\n");
    m_crlf = crlfCount > 0;
    if (bytes.count('\r') != crlfCount || (m_crlf && bytes.count('\n') != crlfCount)
        || text.contains(QChar::ParagraphSeparator)) {
        m_lossless = false;
    }
    if (!m_lossless) {
        setReadOnly(true);
    }
    display(text, name);
    return true;
}

QByteArray SourceView::toBytes() const
{
    // toPlainText() would turn non-breaking spaces into spaces: take the raw text.
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, m_crlf ? QStringLiteral("\r\n") : QStringLiteral("\n"));
    QByteArray bytes = m_byteOrderMark ? QByteArray("\xef\xbb\xbf") : QByteArray();
    bytes += text.toUtf8();
    return bytes;
}

QString SourceView::fileName() const
{
    return m_fileName;
}

bool SourceView::isLossless() const
{
    return m_lossless;
}

QString SourceView::syntaxName() const
{
    return m_highlighter ? Themes::instance()->engine().syntaxName(m_fileName) : QString();
}

QSyntaxHighlighter *SourceView::highlighter() const
{
    return m_highlighter;
}

void SourceView::applyTheme()
{
    const Themes *themes = Themes::instance();
    setPalette(themes->palette()->viewPalette(QApplication::palette(this), AnnotationPalette::systemScheme()));
    if (m_highlighter) {
        themes->engine().setSourceTheme(m_highlighter, themes->activeTheme());
    }
}

bool SourceView::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange) {
        // Following the system, the theme itself may have changed from light to dark.
        applyTheme();
    }
    return QPlainTextEdit::event(event);
}

} // namespace Readout
