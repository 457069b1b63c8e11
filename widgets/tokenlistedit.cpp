// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenlistedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace Readout
{

namespace
{
const QString Separator = QStringLiteral("; ");
}

TokenListEdit::TokenListEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(this);
    setPlaceholderText(tr("Actor; Actor…"));
    setToolTip(tr("Participants separated by “;”; each one completes from the document's actors and the gazetteer"));
    connect(this, &QLineEdit::textEdited, this, &TokenListEdit::updateCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TokenListEdit::insertCompletion);
}

void TokenListEdit::setTokens(const QStringList &tokens)
{
    setText(tokens.join(Separator));
}

QStringList TokenListEdit::tokens() const
{
    QStringList out;
    const QStringList parts = text().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString token = part.simplified();
        if (!token.isEmpty() && !out.contains(token)) {
            out.append(token);
        }
    }
    return out;
}

void TokenListEdit::setCompletions(const QStringList &completions)
{
    m_completions->setStringList(completions);
}

QCompleter *TokenListEdit::completer() const
{
    return m_completer;
}

QString TokenListEdit::currentToken() const
{
    const QString before = text().left(cursorPosition());
    return before.mid(before.lastIndexOf(QLatin1Char(';')) + 1).trimmed();
}

void TokenListEdit::updateCompletion()
{
    const QString token = currentToken();
    if (token.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(token);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    m_completer->complete();
}

void TokenListEdit::insertCompletion(const QString &completion)
{
    // Replace the token under the cursor, keep the ones after it.
    const QString all = text();
    const int cursor = cursorPosition();
    const int start = int(all.left(cursor).lastIndexOf(QLatin1Char(';'))) + 1;
    int end = int(all.indexOf(QLatin1Char(';'), cursor));
    if (end < 0) {
        end = int(all.size());
    }
    const QString head = all.left(start);
    const QString tail = all.mid(end);
    const QString inserted = (start > 0 ? QStringLiteral(" ") : QString()) + completion;
    setText(head + inserted + (tail.isEmpty() ? Separator : tail));
    setCursorPosition(int(head.size() + inserted.size() + (tail.isEmpty() ? Separator.size() : 0)));
}

void TokenListEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
            // The completer takes these to pick; let it.
            event->ignore();
            return;
        default:
            break;
        }
    }
    if ((event->text() == QLatin1String(";") || event->text() == QLatin1String(" ")) && !hasSelectedText()) {
        // After an accepted completion the separator is already there ("United States; "): a
        // second one would make an empty participant, a second space a gap.
        const QString before = text().left(cursorPosition());
        const bool separated = before.trimmed().isEmpty() || before.trimmed().endsWith(QLatin1Char(';'));
        if (separated && (event->text() == QLatin1String(";") || before.endsWith(QLatin1Char(' ')))) {
            event->accept();
            return;
        }
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Readout
