// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationpalette.h"

#include "themes.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>

namespace Readout
{

namespace
{

QColor blend(const QColor &a, const QColor &b, qreal weightOfA)
{
    const qreal w = std::clamp(weightOfA, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * w + b.redF() * (1 - w)),
                            float(a.greenF() * w + b.greenF() * (1 - w)),
                            float(a.blueF() * w + b.blueF() * (1 - w)));
}

} // namespace

AnnotationPalette::~AnnotationPalette() = default;

QPalette AnnotationPalette::viewPalette(const QPalette &base, ColorScheme scheme) const
{
    // A selection keeps the entity underlines legible: a soft tint of the system highlight
    // instead of an opaque block with inverted text.
    QPalette palette = base;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor background = palette.color(group, QPalette::Base);
        const QColor highlight = base.color(QPalette::Active, QPalette::Highlight);
        palette.setColor(group,
                         QPalette::Highlight,
                         blend(highlight, background, scheme == ColorScheme::Dark ? 0.55 : 0.35));
        palette.setColor(group, QPalette::HighlightedText, palette.color(group, QPalette::Text));
    }
    return palette;
}

ColorScheme AnnotationPalette::systemScheme()
{
    return schemeOf(QGuiApplication::palette().color(QPalette::Window));
}

ColorScheme AnnotationPalette::schemeOf(const QColor &background)
{
    return background.lightness() < 128 ? ColorScheme::Dark : ColorScheme::Light;
}

AnnotationRole annotationRole(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return AnnotationRole::Person;
    case EntityType::Organization:
        return AnnotationRole::Organization;
    case EntityType::Location:
        return AnnotationRole::Location;
    case EntityType::Date:
        return AnnotationRole::Date;
    case EntityType::Misc:
        break;
    }
    return AnnotationRole::Misc;
}

QString annotationRoleName(AnnotationRole role)
{
    switch (role) {
    case AnnotationRole::Person:
        return QCoreApplication::translate("Readout::AnnotationPalette", "PERSON");
    case AnnotationRole::Organization:
        return QCoreApplication::translate("Readout::AnnotationPalette", "ORGANIZATION");
    case AnnotationRole::Location:
        return QCoreApplication::translate("Readout::AnnotationPalette", "LOCATION");
    case AnnotationRole::Date:
        return QCoreApplication::translate("Readout::AnnotationPalette", "DATE");
    case AnnotationRole::Misc:
        return QCoreApplication::translate("Readout::AnnotationPalette", "NATIONALITY");
    case AnnotationRole::Evidence:
        return QCoreApplication::translate("Readout::AnnotationPalette", "EVIDENCE");
    case AnnotationRole::Header:
        return QCoreApplication::translate("Readout::AnnotationPalette", "HEADER");
    case AnnotationRole::Corrected:
        return QCoreApplication::translate("Readout::AnnotationPalette", "CORRECTED");
    case AnnotationRole::CompareSame:
        return QCoreApplication::translate("Readout::AnnotationPalette", "SAME");
    case AnnotationRole::CompareConflict:
        return QCoreApplication::translate("Readout::AnnotationPalette", "CONFLICT");
    case AnnotationRole::CompareUnmatched:
        return QCoreApplication::translate("Readout::AnnotationPalette", "UNMATCHED");
    }
    return {};
}

std::shared_ptr<const AnnotationPalette> createAnnotationPalette()
{
    return Themes::instance()->palette();
}

} // namespace Readout
