// SPDX-License-Identifier: GPL-3.0-or-later
#include "kshpalette.h"

#include <QCoreApplication>
#include <QMetaEnum>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <vector>

namespace Readout
{

namespace
{

using KSyntaxHighlighting::Theme;

constexpr double Pi = 3.14159265358979323846;

// Colour arithmetic: CIE L*a*b* for "do these two look different", WCAG contrast for "is the text
// readable on this tint".
struct Lab {
    double l;
    double a;
    double b;
};

double linear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Lab toLab(const QColor &color)
{
    const double r = linear(color.redF());
    const double g = linear(color.greenF());
    const double b = linear(color.blueF());
    const auto f = [](double t) {
        return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0;
    };
    const double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    return {116.0 * y - 16.0, 500.0 * (x - y), 200.0 * (y - z)};
}

double distance(const QColor &a, const QColor &b)
{
    const Lab p = toLab(a);
    const Lab q = toLab(b);
    return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

double chroma(const QColor &color)
{
    const Lab p = toLab(color);
    return std::hypot(p.a, p.b);
}

/// The hue angle in degrees, 0..360.
double hue(const QColor &color)
{
    const Lab p = toLab(color);
    const double degrees = std::atan2(p.b, p.a) * 180.0 / Pi;
    return degrees < 0 ? degrees + 360.0 : degrees;
}

double hueDistance(double a, double b)
{
    const double d = std::fabs(a - b);
    return std::min(d, 360.0 - d);
}

/// The sRGB colour of a lightness, chroma and hue (CIE LCh), with the chroma reduced until the
/// colour fits into sRGB.
QColor fromLch(double lightness, double chromaValue, double hueDegrees)
{
    const auto gamma = [](double c) {
        return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
    };
    const auto inverse = [](double t) {
        return t * t * t > 0.008856 ? t * t * t : (t - 16.0 / 116.0) / 7.787;
    };
    for (double c = chromaValue; c >= 0; c -= 2.0) {
        const double a = c * std::cos(hueDegrees * Pi / 180.0);
        const double b = c * std::sin(hueDegrees * Pi / 180.0);
        const double fy = (lightness + 16.0) / 116.0;
        const double x = inverse(fy + a / 500.0) * 0.95047;
        const double y = inverse(fy);
        const double z = inverse(fy - b / 200.0) * 1.08883;
        const double r = gamma(3.2406 * x - 1.5372 * y - 0.4986 * z);
        const double g = gamma(-0.9689 * x + 1.8758 * y + 0.0415 * z);
        const double bl = gamma(0.0557 * x - 0.2040 * y + 1.0570 * z);
        const auto inGamut = [](double v) {
            return v >= -0.001 && v <= 1.001;
        };
        if (inGamut(r) && inGamut(g) && inGamut(bl)) {
            return QColor::fromRgbF(float(std::clamp(r, 0.0, 1.0)),
                                    float(std::clamp(g, 0.0, 1.0)),
                                    float(std::clamp(bl, 0.0, 1.0)));
        }
    }
    return QColor::fromRgbF(float(lightness / 100.0), float(lightness / 100.0), float(lightness / 100.0));
}

double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor &a, const QColor &b, double weightOfA)
{
    const double w = std::clamp(weightOfA, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * w + b.redF() * (1 - w)),
                            float(a.greenF() * w + b.greenF() * (1 - w)),
                            float(a.blueF() * w + b.blueF() * (1 - w)));
}

/// accent mixed into base, as strong as weight allows while text keeps a WCAG contrast of 4.5
/// (or most of the theme's own contrast, for themes that have less).
QColor readableTint(const QColor &accent, const QColor &base, const QColor &text, double weight)
{
    const double target = std::min(4.5, 0.85 * contrast(text, base));
    QColor tint = blend(accent, base, weight);
    while (weight > 0.06 && contrast(text, tint) < target) {
        weight -= 0.02;
        tint = blend(accent, base, weight);
    }
    return tint;
}

QColor opaque(QRgb rgba)
{
    return qAlpha(rgba) == 0 ? QColor() : QColor::fromRgb(qRed(rgba), qGreen(rgba), qBlue(rgba));
}

QString styleName(Theme::TextStyle style)
{
    return QString::fromLatin1(QMetaEnum::fromType<Theme::TextStyle>().valueToKey(style));
}

QString editorName(Theme::EditorColorRole role)
{
    return QString::fromLatin1(QMetaEnum::fromType<Theme::EditorColorRole>().valueToKey(role));
}

// The entity roles, in the order they choose, each with the styles it prefers. After its own
// preferences a role may take any other coloured style, so themes that make some styles grey
// still give five distinct colours.
struct EntityChoice {
    AnnotationRole role;
    std::initializer_list<Theme::TextStyle> preferred;
};

const EntityChoice EntityChoices[] = {
    {AnnotationRole::Person, {Theme::Function, Theme::Variable, Theme::Keyword, Theme::SpecialString}},
    {AnnotationRole::Organization, {Theme::DataType, Theme::Keyword, Theme::BuiltIn, Theme::Attribute}},
    {AnnotationRole::Location, {Theme::Others, Theme::Preprocessor, Theme::Import, Theme::String}},
    {AnnotationRole::Date, {Theme::DecVal, Theme::Constant, Theme::BaseN, Theme::Float}},
    {AnnotationRole::Misc, {Theme::Annotation, Theme::Char, Theme::SpecialChar, Theme::Attribute}},
};

const Theme::TextStyle ReserveStyles[] = {
    Theme::Function,    Theme::Variable,       Theme::DataType,      Theme::Keyword,      Theme::String,
    Theme::DecVal,      Theme::Others,         Theme::Preprocessor,  Theme::Constant,     Theme::Char,
    Theme::SpecialChar, Theme::SpecialString,  Theme::Import,        Theme::BuiltIn,      Theme::Attribute,
    Theme::Annotation,  Theme::Extension,      Theme::Operator,      Theme::ControlFlow,  Theme::BaseN,
    Theme::Float,       Theme::VerbatimString, Theme::CommentVar,    Theme::Information,  Theme::Warning,
    Theme::Alert,       Theme::Error,          Theme::Documentation, Theme::RegionMarker,
};

/// The hue, on a 5-degree grid, as far as can be from every colour taken (0 when none is).
double farthestHue(const std::vector<QColor> &taken)
{
    double bestHue = 0;
    double bestGap = -1;
    for (double h = 0; h < 360.0; h += 5.0) {
        double nearest = 360.0;
        for (const QColor &color : taken) {
            nearest = std::min(nearest, hueDistance(h, hue(color)));
        }
        if (nearest > bestGap) {
            bestGap = nearest;
            bestHue = h;
        }
    }
    return bestHue;
}

constexpr double MinChroma = 20.0; // below this a colour reads as grey
constexpr double MinFromBase = 30.0; // an accent must stand out from the background
// Two entity colours must differ in hue: on a tint, colours of one hue but another lightness or
// saturation look alike. The choice tries the widest spacing first.
constexpr double HueSpacings[] = {50.0, 45.0, 40.0, 35.0, 30.0};

struct EntityAccent {
    QColor color;
    QString source;
};

/// One colour per entity role (in EntityChoices order) from the theme's text styles: for the
/// widest hue spacing at which every role finds one, each role takes the first style of its
/// preferences, then of the reserve, that is colourful, stands out from the background and is
/// that far in hue from the roles before it. Themes with too few hues for 30 degrees get the
/// missing colours made up: the hue farthest from those taken, at their mean lightness and chroma.
std::vector<EntityAccent> chooseEntityAccents(const Theme &theme, const QColor &base)
{
    const auto attempt = [&theme, &base](double spacing, bool makeUp) {
        std::vector<EntityAccent> accents;
        for (const EntityChoice &choice : EntityChoices) {
            std::vector<Theme::TextStyle> candidates(choice.preferred);
            for (const Theme::TextStyle style : ReserveStyles) {
                if (std::find(candidates.begin(), candidates.end(), style) == candidates.end()) {
                    candidates.push_back(style);
                }
            }
            const auto apart = [&accents](const QColor &color) {
                double nearest = 360.0;
                for (const EntityAccent &taken : accents) {
                    nearest = std::min(nearest, hueDistance(hue(color), hue(taken.color)));
                }
                return nearest;
            };
            EntityAccent found;
            for (const Theme::TextStyle style : candidates) {
                const QColor color = opaque(theme.textColor(style));
                if (color.isValid() && chroma(color) >= MinChroma && distance(color, base) >= MinFromBase
                    && apart(color) >= spacing) {
                    found = {color, styleName(style)};
                    break;
                }
            }
            if (!found.color.isValid()) {
                if (!makeUp) {
                    return std::vector<EntityAccent>();
                }
                double lightness = 0;
                double meanChroma = 0;
                for (const EntityAccent &taken : accents) {
                    lightness += toLab(taken.color).l;
                    meanChroma += chroma(taken.color);
                }
                const double n = std::max<double>(1.0, double(accents.size()));
                lightness = accents.empty() ? (AnnotationPalette::schemeOf(base) == ColorScheme::Dark ? 70.0 : 45.0)
                                            : lightness / n;
                meanChroma = accents.empty() ? 50.0 : std::max(40.0, meanChroma / n);
                std::vector<QColor> taken;
                for (const EntityAccent &accent : accents) {
                    taken.push_back(accent.color);
                }
                found = {fromLch(lightness, meanChroma, farthestHue(taken)), QStringLiteral("made up")};
            }
            accents.push_back(found);
        }
        return accents;
    };
    for (const double spacing : HueSpacings) {
        std::vector<EntityAccent> accents = attempt(spacing, false);
        if (!accents.empty()) {
            return accents;
        }
    }
    return attempt(HueSpacings[std::size(HueSpacings) - 1], true);
}

} // namespace

KshPalette::KshPalette(const KSyntaxHighlighting::Theme &theme)
    : m_light(colorsOf(theme))
    , m_dark(m_light)
    , m_followsScheme(false)
{
}

KshPalette::KshPalette(const KSyntaxHighlighting::Theme &light, const KSyntaxHighlighting::Theme &dark)
    : m_light(colorsOf(light))
    , m_dark(colorsOf(dark))
    , m_followsScheme(true)
{
}

KshPalette::Colors KshPalette::colorsOf(const KSyntaxHighlighting::Theme &theme)
{
    Colors c;
    c.themeName = theme.name();
    c.base = opaque(theme.editorColor(Theme::BackgroundColor));
    c.text = opaque(theme.textColor(Theme::Normal));
    if (!c.base.isValid() || !c.text.isValid()) {
        c.base = Qt::white;
        c.text = Qt::black;
    }
    c.selection = opaque(theme.editorColor(Theme::TextSelection));
    if (!c.selection.isValid()) {
        c.selection = blend(c.text, c.base, 0.25);
    }
    c.comment = opaque(theme.textColor(Theme::Comment));
    if (!c.comment.isValid()) {
        c.comment = blend(c.text, c.base, 0.6);
    }

    const auto set = [&c](AnnotationRole role, const QColor &accent, const QString &source) {
        c.accents[size_t(role)] = accent;
        c.sources[size_t(role)] = source;
    };

    // Entity roles: distinct hues from the theme's text styles (see chooseEntityAccents()).
    const std::vector<EntityAccent> entityAccents = chooseEntityAccents(theme, c.base);
    for (size_t i = 0; i < entityAccents.size(); ++i) {
        set(EntityChoices[i].role, entityAccents[i].color, entityAccents[i].source);
    }

    // Marks from the editor colours, each with a text style to fall back on.
    const auto editorColor = [&theme, &c](Theme::EditorColorRole role, Theme::TextStyle fallback, QString *source) {
        QColor color = opaque(theme.editorColor(role));
        if (color.isValid() && distance(color, c.base) >= 8.0) {
            *source = editorName(role);
            return color;
        }
        *source = styleName(fallback);
        color = opaque(theme.textColor(fallback));
        return color.isValid() ? color : c.text;
    };
    struct Mark {
        AnnotationRole role;
        Theme::EditorColorRole editor;
        Theme::TextStyle fallback;
    };
    const Mark marks[] = {
        {AnnotationRole::Evidence, Theme::SearchHighlight, Theme::Information},
        {AnnotationRole::Corrected, Theme::ModifiedLines, Theme::Warning},
        {AnnotationRole::CompareSame, Theme::SavedLines, Theme::Others},
        {AnnotationRole::CompareConflict, Theme::MarkError, Theme::Error},
        {AnnotationRole::CompareUnmatched, Theme::MarkWarning, Theme::Warning},
    };
    for (const Mark &mark : marks) {
        QString source;
        const QColor accent = editorColor(mark.editor, mark.fallback, &source);
        set(mark.role, accent, source);
    }
    set(AnnotationRole::Header, c.comment, styleName(Theme::Comment));
    // Words that differ between two reports: a hue of their own, as far as can be from the
    // entities', the evidence's and the conflict's (a theme colour could repeat one of them).
    {
        std::vector<QColor> taken;
        for (const AnnotationRole role : {AnnotationRole::Person,
                                          AnnotationRole::Organization,
                                          AnnotationRole::Location,
                                          AnnotationRole::Date,
                                          AnnotationRole::Misc,
                                          AnnotationRole::Evidence,
                                          AnnotationRole::CompareConflict}) {
            taken.push_back(c.accents[size_t(role)]);
        }
        const bool dark = AnnotationPalette::schemeOf(c.base) == ColorScheme::Dark;
        set(AnnotationRole::CompareDifference,
            fromLch(dark ? 75.0 : 55.0, 60.0, farthestHue(taken)),
            QStringLiteral("made up"));
    }

    // The formats: the theme's normal text on a readable tint, underlined with the accent.
    for (int i = 0; i < RoleCount; ++i) {
        const auto role = AnnotationRole(i);
        const QColor accent = c.accents[size_t(i)];
        QTextCharFormat format;
        switch (role) {
        case AnnotationRole::Header:
            format.setForeground(accent);
            format.setFontItalic(true);
            break;
        case AnnotationRole::Evidence:
            format.setForeground(c.text);
            format.setBackground(readableTint(accent, c.base, c.text, 0.5));
            break;
        case AnnotationRole::CompareSame:
        case AnnotationRole::CompareConflict:
        case AnnotationRole::CompareUnmatched:
            format.setForeground(c.text);
            format.setBackground(readableTint(accent, c.base, c.text, 0.3));
            break;
        case AnnotationRole::CompareDifference: {
            // A marker in full colour, with whichever of the theme's text and base colours reads
            // best on it: a tint would sit as close to the base as the entities' tints do.
            const QColor ink = contrast(c.text, accent) >= contrast(c.base, accent) ? c.text : c.base;
            format.setForeground(ink);
            format.setBackground(accent);
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(ink);
            break;
        }
        case AnnotationRole::Corrected:
            format.setForeground(c.text);
            format.setBackground(readableTint(accent, c.base, c.text, 0.25));
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            format.setUnderlineColor(accent);
            break;
        case AnnotationRole::Person:
        case AnnotationRole::Organization:
        case AnnotationRole::Location:
        case AnnotationRole::Date:
        case AnnotationRole::Misc:
            format.setForeground(c.text);
            format.setBackground(readableTint(accent, c.base, c.text, 0.22));
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setUnderlineColor(accent);
            break;
        }
        c.formats[size_t(i)] = format;
    }
    return c;
}

const KshPalette::Colors &KshPalette::colors(ColorScheme scheme) const
{
    return m_followsScheme && scheme == ColorScheme::Dark ? m_dark : m_light;
}

QString KshPalette::themeSource() const
{
    if (m_followsScheme) {
        return QCoreApplication::translate("Readout::KshPalette",
                                           "KSyntaxHighlighting themes “%1” and “%2”, following the system")
            .arg(m_light.themeName, m_dark.themeName);
    }
    return QCoreApplication::translate("Readout::KshPalette", "KSyntaxHighlighting theme “%1”").arg(m_light.themeName);
}

QTextCharFormat KshPalette::format(AnnotationRole role, ColorScheme scheme) const
{
    return colors(scheme).formats[size_t(role)];
}

QColor KshPalette::color(AnnotationRole role, ColorScheme scheme) const
{
    return colors(scheme).accents[size_t(role)];
}

QString KshPalette::themeName(ColorScheme scheme) const
{
    return colors(scheme).themeName;
}

QString KshPalette::roleSource(AnnotationRole role, ColorScheme scheme) const
{
    return colors(scheme).sources[size_t(role)];
}

QPalette KshPalette::viewPalette(const QPalette &base, ColorScheme scheme) const
{
    const Colors &c = colors(scheme);
    QPalette palette = base;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Base, c.base);
        palette.setColor(group, QPalette::Text, group == QPalette::Disabled ? blend(c.text, c.base, 0.6) : c.text);
        palette.setColor(group, QPalette::Highlight, c.selection);
        palette.setColor(group, QPalette::HighlightedText, c.text);
        palette.setColor(group, QPalette::PlaceholderText, c.comment);
    }
    return palette;
}

} // namespace Readout
