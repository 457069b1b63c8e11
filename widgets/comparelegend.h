// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QVector>
#include <QWidget>

#include <memory>

class QLabel;

namespace Readout
{

/// One entry of the compare legend: a flag's label, glyph and palette role.
struct CompareLegendEntry {
    QString id;
    QString label;
    QString glyph;
    AnnotationRole role = AnnotationRole::CompareSame;
};

/// A one-line key to the compare flags: each flag's icon (colour and glyph) and label, with how
/// many pairs carry it when counts are set. Follows Themes as the article legend does.
class CompareLegend : public QWidget
{
    Q_OBJECT
public:
    explicit CompareLegend(QWidget *parent = nullptr);

    void setEntries(const QVector<CompareLegendEntry> &entries);
    /// Shows "same 2" and so on; an empty hash hides the counts.
    void setCounts(const QHash<QString, int> &counts);
    /// The text shown for a flag ("date differs 1"), for tests.
    [[nodiscard]] QString labelText(const QString &id) const;

protected:
    bool event(QEvent *event) override;

private:
    void rebuild();
    void updateIcons();

    struct Item {
        CompareLegendEntry entry;
        QLabel *icon;
        QLabel *label;
    };
    QVector<Item> m_items;
    QHash<QString, int> m_counts;
};

} // namespace Readout
