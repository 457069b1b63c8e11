// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace Readout
{

/// A list of names as "United States; Russia": each token completes on its own from a list
/// (the document's actors first, then the gazetteer's), so adding a participant is typing the
/// start of its name and picking it.
class TokenListEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit TokenListEdit(QWidget *parent = nullptr);

    void setTokens(const QStringList &tokens);
    /// The tokens, trimmed, without empty or repeated ones.
    [[nodiscard]] QStringList tokens() const;
    void setCompletions(const QStringList &completions);
    [[nodiscard]] QCompleter *completer() const;
    /// The token the cursor is in (what the completer completes).
    [[nodiscard]] QString currentToken() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString &completion);

    QCompleter *m_completer;
    QStringListModel *m_completions;
};

} // namespace Readout
