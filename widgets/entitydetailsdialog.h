// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;

namespace Readout
{

/// Edits what an entity means: its type, and the actor or full name it stands for (with
/// completion from known actors) or, for a date, its resolved TIMEX3 value. The caller applies
/// the result through Annotations.
class EntityDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    /// completions: known actors (the document's first, then the gazetteer's).
    EntityDetailsDialog(const Entity &entity, const QStringList &completions, QWidget *parent = nullptr);

    [[nodiscard]] EntityType type() const;
    /// The canonical name, or for a date the value.
    [[nodiscard]] QString meaning() const;
    [[nodiscard]] QLineEdit *meaningEdit() const;

private:
    void updateForType();

    Entity m_entity;
    QComboBox *m_type;
    QLabel *m_meaningLabel;
    QLineEdit *m_meaning;
    QCompleter *m_completer;
    QLabel *m_hint;
};

} // namespace Readout
