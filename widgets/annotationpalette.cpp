// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationpalette.h"

#include "builtinpalette.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

namespace Readout
{

AnnotationPalette::~AnnotationPalette() = default;

ColorScheme AnnotationPalette::systemScheme()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128 ? ColorScheme::Dark
                                                                                : ColorScheme::Light;
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
    }
    return {};
}

std::shared_ptr<const AnnotationPalette> createAnnotationPalette()
{
#ifdef READOUT_HAVE_KSH
    // Seam for a KF6 KSyntaxHighlighting theme palette (Repository::defaultTheme() for the system
    // palette). Not implemented yet: the built-in palette serves both builds, and themeSource() says so.
    return std::make_shared<BuiltinPalette>();
#else
    return std::make_shared<BuiltinPalette>();
#endif
}

} // namespace Readout
