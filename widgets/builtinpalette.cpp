// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinpalette.h"

#include <QCoreApplication>

namespace Readout
{

namespace
{

struct RoleColors {
    QRgb lightBackground;
    QRgb lightAccent;
    QRgb darkBackground;
    QRgb darkAccent;
};

// Contrast (WCAG): each light tint keeps at least 11:1 with near-black text (#232629), each dark
// tint at least 7:1 with light grey text (#dddddd); articleview_test checks these bounds.
// Accents are for underlines and swatches and differ in hue, not only in lightness.
RoleColors colorsOf(AnnotationRole role)
{
    switch (role) {
    case AnnotationRole::Person:
        return {0xfddde6, 0xc2185b, 0x5c2337, 0xff8aae};
    case AnnotationRole::Organization:
        return {0xdcebfc, 0x1565c0, 0x1c3a5e, 0x82b1ff};
    case AnnotationRole::Location:
        return {0xdcf2df, 0x2e7d32, 0x1f4a2a, 0x86d993};
    case AnnotationRole::Date:
        return {0xffe3c8, 0xd35400, 0x5a3516, 0xffb074};
    case AnnotationRole::Misc:
        return {0xeeddf5, 0x7b1fa2, 0x46295a, 0xd0a2f7};
    case AnnotationRole::Evidence:
        return {0xfff6b8, 0xb59b00, 0x4d4615, 0xe6d45a};
    case AnnotationRole::Header:
        return {0, 0x7a7a7a, 0, 0x8c8c8c};
    case AnnotationRole::Corrected:
        return {0xd5f2f0, 0x00897b, 0x173f3c, 0x5fd3c6};
    case AnnotationRole::CompareSame:
        return {0xe0f0e9, 0x2e7d5b, 0x1e3f32, 0x7fd1ac};
    case AnnotationRole::CompareConflict:
        return {0xfcdcdc, 0xc62828, 0x5a1f1f, 0xff8a80};
    case AnnotationRole::CompareUnmatched:
        return {0xeceff1, 0x546e7a, 0x37424a, 0xb0bec5};
    case AnnotationRole::CompareDifference:
        // Amber, stronger than the evidence's pale yellow it sits in, and no entity's hue.
        // On dark themes a bright marker with dark text: every dark tint is taken.
        return {0xffd97a, 0xb26a00, 0xffca28, 0xff8f00};
    }
    return {0, 0x808080, 0, 0x808080};
}

// The base and text colours of the picked Light and Dark themes: the text colours the tints
// above were measured against.
constexpr QRgb LightBase = 0xffffff;
constexpr QRgb LightText = 0x232629;
constexpr QRgb DarkBase = 0x1b1e20;
constexpr QRgb DarkText = 0xdddddd;

} // namespace

BuiltinPalette::BuiltinPalette(Variant variant)
    : m_variant(variant)
{
}

BuiltinPalette::Variant BuiltinPalette::variant() const
{
    return m_variant;
}

ColorScheme BuiltinPalette::effectiveScheme(ColorScheme scheme) const
{
    switch (m_variant) {
    case Variant::FollowScheme:
        break;
    case Variant::Light:
        return ColorScheme::Light;
    case Variant::Dark:
        return ColorScheme::Dark;
    }
    return scheme;
}

QString BuiltinPalette::themeSource() const
{
    return QCoreApplication::translate("Readout::BuiltinPalette", "built-in themes");
}

QColor BuiltinPalette::color(AnnotationRole role, ColorScheme scheme) const
{
    const RoleColors c = colorsOf(role);
    return QColor::fromRgb(effectiveScheme(scheme) == ColorScheme::Dark ? c.darkAccent : c.lightAccent);
}

QColor BuiltinPalette::background(AnnotationRole role, ColorScheme scheme) const
{
    if (role == AnnotationRole::Header) {
        return {};
    }
    const RoleColors c = colorsOf(role);
    return QColor::fromRgb(effectiveScheme(scheme) == ColorScheme::Dark ? c.darkBackground : c.lightBackground);
}

QTextCharFormat BuiltinPalette::format(AnnotationRole role, ColorScheme scheme) const
{
    QTextCharFormat format;
    switch (role) {
    case AnnotationRole::Header:
        format.setForeground(color(role, scheme));
        format.setFontItalic(true);
        break;
    case AnnotationRole::Evidence:
    case AnnotationRole::CompareSame:
    case AnnotationRole::CompareConflict:
    case AnnotationRole::CompareUnmatched:
        format.setBackground(background(role, scheme));
        break;
    case AnnotationRole::CompareDifference:
        format.setBackground(background(role, scheme));
        format.setForeground(QColor::fromRgb(LightText));
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(color(role, scheme));
        break;
    case AnnotationRole::Corrected:
        format.setBackground(background(role, scheme));
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(color(role, scheme));
        break;
    case AnnotationRole::Person:
    case AnnotationRole::Organization:
    case AnnotationRole::Location:
    case AnnotationRole::Date:
    case AnnotationRole::Misc:
        format.setBackground(background(role, scheme));
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(color(role, scheme));
        break;
    }
    return format;
}

QPalette BuiltinPalette::viewPalette(const QPalette &base, ColorScheme scheme) const
{
    if (m_variant == Variant::FollowScheme) {
        return AnnotationPalette::viewPalette(base, scheme);
    }
    const bool dark = m_variant == Variant::Dark;
    QPalette own = base;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        own.setColor(group, QPalette::Base, QColor::fromRgb(dark ? DarkBase : LightBase));
        own.setColor(group, QPalette::Text, QColor::fromRgb(dark ? DarkText : LightText));
    }
    return AnnotationPalette::viewPalette(own, effectiveScheme(scheme));
}

} // namespace Readout
