// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <memory>

class QLabel;

namespace Readout
{

class Annotations;

/// A one-line key to the article colours: a swatch and a label per entity type (PERSON,
/// ORGANIZATION, LOCATION, DATE, NATIONALITY) and the evidence mark, with per-type counts when
/// annotations are set. Follows the light/dark scheme of the application palette.
class LegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);
    ~LegendWidget() override;

    /// Uses this palette from now on instead of following Themes (the active theme).
    void setAnnotationPalette(std::shared_ptr<const AnnotationPalette> palette);
    /// Shows how many spans of each type the annotations hold; nullptr hides the counts.
    void setAnnotations(Annotations *annotations);

    /// The roles shown, in order.
    [[nodiscard]] static QVector<AnnotationRole> roles();
    /// The label text of a role as currently shown ("PERSON 2").
    [[nodiscard]] QString labelText(AnnotationRole role) const;

protected:
    bool event(QEvent *event) override;

private:
    void updateSwatches();
    void updateCounts();

    struct Item {
        AnnotationRole role;
        QLabel *swatch;
        QLabel *label;
    };
    QVector<Item> m_items;
    std::shared_ptr<const AnnotationPalette> m_palette;
    bool m_followsTheme = true;
    QPointer<Annotations> m_annotations;
};

} // namespace Readout
