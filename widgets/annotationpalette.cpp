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

QPalette themedWindowPalette(const AnnotationPalette &palette, ColorScheme scheme, const QPalette &system)
{
    // The view's colours (base, text, selection) come from the theme; the window, buttons, menus,
    // tables and tooltips take shades of them, so that nothing stays in the system's colours.
    const QPalette view = palette.viewPalette(system, scheme);
    const QColor base = view.color(QPalette::Active, QPalette::Base);
    const QColor text = view.color(QPalette::Active, QPalette::Text);
    const bool dark = AnnotationPalette::schemeOf(base) == ColorScheme::Dark;
    const QColor window = dark ? base.lighter(125) : base.darker(106);
    const QColor button = dark ? window.lighter(115) : window.lighter(102);
    const QColor highlight = system.color(QPalette::Active, QPalette::Highlight);
    QPalette result(window);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor foreground = disabled ? blend(text, window, 0.45) : text;
        result.setColor(group, QPalette::Window, window);
        result.setColor(group, QPalette::WindowText, foreground);
        result.setColor(group, QPalette::Base, base);
        result.setColor(group, QPalette::AlternateBase, blend(text, base, 0.05));
        result.setColor(group, QPalette::Text, foreground);
        result.setColor(group, QPalette::Button, button);
        result.setColor(group, QPalette::ButtonText, foreground);
        result.setColor(group, QPalette::ToolTipBase, button);
        result.setColor(group, QPalette::ToolTipText, text);
        result.setColor(group, QPalette::PlaceholderText, blend(text, base, 0.55));
        result.setColor(group, QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
        result.setColor(group, QPalette::Light, button.lighter(dark ? 130 : 110));
        result.setColor(group, QPalette::Midlight, button.lighter(dark ? 115 : 105));
        result.setColor(group, QPalette::Mid, blend(text, window, 0.3));
        result.setColor(group, QPalette::Dark, dark ? window.darker(150) : window.darker(135));
        result.setColor(group, QPalette::Shadow, QColor(0, 0, 0));
        // Selections in lists and menus: the system's accent, readable on either scheme.
        result.setColor(group, QPalette::Highlight, disabled ? blend(highlight, window, 0.4) : highlight);
        result.setColor(group, QPalette::HighlightedText, QColor(Qt::white));
        result.setColor(group, QPalette::Link, dark ? QColor(0x82, 0xb1, 0xff) : QColor(0x15, 0x65, 0xc0));
        result.setColor(group, QPalette::LinkVisited, dark ? QColor(0xd0, 0xa2, 0xf7) : QColor(0x7b, 0x1f, 0xa2));
    }
    return result;
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
    case AnnotationRole::CompareDifference:
        return QCoreApplication::translate("Readout::AnnotationPalette", "DIFFERENT");
    }
    return {};
}

std::shared_ptr<const AnnotationPalette> createAnnotationPalette()
{
    return Themes::instance()->palette();
}

} // namespace Readout
