// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Readout
{

class Annotations;

/// The events of one Annotations as a table: type, participants, date, place, status, topics,
/// source, evidence and whether the analyst reviewed it. Editable: setData() pushes a command on
/// the annotations' undo stack (never writes); the rows follow the annotations' signals.
/// Delegates find their choices (ChoicesRole) and completions (CompletionsRole) here.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TypeColumn,
        ParticipantsColumn,
        DateColumn,
        PlaceColumn,
        StatusColumn,
        TopicsColumn,
        SourceColumn,
        EvidenceColumn,
        ReviewedColumn, ///< a checkbox; the view shows it first
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        EvidenceStartRole, ///< UTF-16 offset into the document text
        EvidenceEndRole,
        EntityIdsRole, ///< QStringList
        SortRole,
        OriginRole, ///< extracted, corrected, added
        CorrectedFieldsRole, ///< QStringList of field names
        ReviewedRole, ///< bool
        CorrectedRole, ///< bool: this cell's field was corrected (or the event was added)
        ChoicesRole, ///< QStringList: the values an editor offers (type, status)
        ChoiceLabelsRole, ///< QStringList: how each of ChoicesRole reads (RuleLabels), same order
        CompletionsRole, ///< QStringList: completions for an editor (participants, place)
        ExplanationRole, ///< QStringList: which rule filled each field (EventExplanation::lines)
    };

    explicit EventTableModel(Annotations *annotations, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int rowOf(const QString &eventId) const;
    [[nodiscard]] Annotations *annotations() const;
    /// The field name a column edits ("date"), as corrected_fields lists it; empty for evidence.
    [[nodiscard]] static QString fieldName(int column);

private:
    /// The text of a cell's tooltip, before plainToolTip() makes it one.
    [[nodiscard]] QString toolTipText(const QModelIndex &index) const;
    [[nodiscard]] QString cellToolTip(const QModelIndex &index) const;
    [[nodiscard]] QStringList choices(int column) const;
    [[nodiscard]] QStringList choiceLabels(int column) const;
    [[nodiscard]] QStringList completions(int column) const;

    QPointer<Annotations> m_annotations;
};

} // namespace Readout
