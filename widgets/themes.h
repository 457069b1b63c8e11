// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QObject>
#include <QPalette>
#include <QStringList>

#include <memory>
#include <optional>

namespace Readout
{

class HighlightingEngine;

/// The application's colour theme: the one the user picked in View ▸ Theme (remembered in
/// QSettings under "view/theme"), or, when none is picked, the engine's default light or dark
/// theme following the lightness of the system palette. Every view takes its palette from here
/// and follows themeChanged(), so all of them show the same theme. One instance per application
/// (instance(), a child of the QCoreApplication); owns the HighlightingEngine.
class Themes : public QObject
{
    Q_OBJECT
public:
    /// The application's instance, made on first use; needs a QCoreApplication.
    [[nodiscard]] static Themes *instance();

    [[nodiscard]] const HighlightingEngine &engine() const;

    /// The picked theme, or empty when the theme follows the system palette.
    [[nodiscard]] QString selectedTheme() const;
    /// Picks a theme (empty: follow the system) and remembers it in QSettings. Unknown names are
    /// ignored and return false.
    bool setSelectedTheme(const QString &theme);
    /// Picks a theme for this run only (readout --theme), leaving the remembered choice alone.
    bool overrideTheme(const QString &theme);

    /// The theme in use now: the picked one, or the default for the system scheme.
    [[nodiscard]] QString activeTheme() const;
    /// Whether the theme in use has a dark background.
    [[nodiscard]] ColorScheme activeScheme() const;
    /// The palette of the theme in use. When following the system, one palette serves both
    /// schemes; views pass AnnotationPalette::systemScheme() to it.
    [[nodiscard]] std::shared_ptr<const AnnotationPalette> palette() const;

Q_SIGNALS:
    /// The picked theme changed (a change of the system palette arrives as the usual
    /// QEvent::ApplicationPaletteChange instead).
    void themeChanged();

private:
    explicit Themes(QObject *parent);
    ~Themes() override;
    bool select(const QString &theme, bool remember);
    /// A picked theme colours the whole application; following the system restores its palette.
    void applyWindowPalette();

    std::unique_ptr<HighlightingEngine> m_engine;
    QString m_selected;
    std::shared_ptr<const AnnotationPalette> m_palette;
    std::optional<QPalette> m_systemPalette; ///< while a picked theme colours the application
};

} // namespace Readout
