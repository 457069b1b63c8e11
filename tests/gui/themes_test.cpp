// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineguard.h"

#include "annotationhighlighter.h"
#include "annotationpalette.h"
#include "articleview.h"
#include "highlightingengine.h"
#include "legendwidget.h"
#include "thememenu.h"
#include "themes.h"

#include "annotations.h"

#include <QApplication>
#include <QHash>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

#include <cmath>

using namespace Readout;

namespace
{

const QString Text = QStringLiteral("Sergei Lavrov met Antony Blinken in Geneva on January 10.\n");

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// The CIE L*a*b* hue angle of a colour, in degrees.
double hue(const QColor &color)
{
    const auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const auto f = [](double t) {
        return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0;
    };
    const double r = linear(color.redF());
    const double g = linear(color.greenF());
    const double b = linear(color.blueF());
    const double x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
    const double y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
    const double z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
    const double degrees = std::atan2(200.0 * (y - z), 500.0 * (x - y)) * 180.0 / 3.14159265358979323846;
    return degrees < 0 ? degrees + 360.0 : degrees;
}

/// The format the highlighter gave the character at a document position.
QTextCharFormat formatAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    QTextCharFormat format;
    const QVector<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (offset >= range.start && offset < range.start + range.length) {
            format = range.format;
        }
    }
    return format;
}

/// The colour most pixels of a rectangle of the rendered view have: the span's background.
QRgb dominantColor(ArticleView *view, const QRect &rect)
{
    const QImage image = view->viewport()->grab().toImage();
    QHash<QRgb, int> counts;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            ++counts[image.pixel(x, y) | 0xff000000u];
        }
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

class ThemesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testEngineMatchesBuild();
    void testKshThemeSwitchRecoloursPerson();
    void testBuiltinThemeSwitchRecoloursPerson();
    void testEveryThemeKeepsEntitiesDistinctAndReadable();
    void testAutomaticFollowsSystemPalette();
    void testSelectionIsRememberedAndUnknownRejected();
    void testThemeMenuSelectsTheme();
    void testLegendFollowsTheme();

private:
    /// Renders the PERSON span in theme and returns its dominant colour, checking it is the
    /// background the palette asks for.
    QRgb renderedPersonColor(const QString &theme);

    std::unique_ptr<Annotations> m_annotations;
    std::unique_ptr<ArticleView> m_view;
    Entity m_person;
};

void ThemesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    qInfo("highlighting engine: %s", qPrintable(Themes::instance()->engine().description()));
}

void ThemesTest::init()
{
    m_person.id = QStringLiteral("T1");
    m_person.type = EntityType::Person;
    m_person.start = 0;
    m_person.end = int(QStringLiteral("Sergei Lavrov").size());
    m_person.text = QStringLiteral("Sergei Lavrov");
    Entity place;
    place.id = QStringLiteral("T2");
    place.type = EntityType::Location;
    place.start = int(Text.indexOf(QLatin1String("Geneva")));
    place.end = place.start + 6;
    place.text = QStringLiteral("Geneva");

    m_annotations = std::make_unique<Annotations>();
    m_annotations->reset(Document(QStringLiteral("/tmp/themes.txt"), Text, {}, 0), {m_person, place}, {});
    m_view = std::make_unique<ArticleView>();
    m_view->resize(700, 200);
    m_view->setAnnotations(m_annotations.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void ThemesTest::cleanup()
{
    m_view.reset();
    m_annotations.reset();
    Themes::instance()->setSelectedTheme(QString());
}

QRgb ThemesTest::renderedPersonColor(const QString &theme)
{
    if (!Themes::instance()->setSelectedTheme(theme)) {
        qWarning("no theme %s", qPrintable(theme));
        return 0;
    }
    const QTextCharFormat format = formatAt(m_view->document(), m_person.start);
    const QColor expected = Themes::instance()
                                ->palette()
                                ->format(AnnotationRole::Person, m_view->highlighter()->scheme())
                                .background()
                                .color();
    if (format.background().color() != expected) {
        qWarning("%s: PERSON format %s, palette %s",
                 qPrintable(theme),
                 qPrintable(format.background().color().name()),
                 qPrintable(expected.name()));
        return 0;
    }
    const QRgb rendered = dominantColor(m_view.get(), m_view->spanRect(m_person.start, m_person.end));
    if (rendered != expected.rgb()) {
        qWarning("%s: PERSON rendered %s, palette %s",
                 qPrintable(theme),
                 qPrintable(QColor(rendered).name()),
                 qPrintable(expected.name()));
        return 0;
    }
    return rendered;
}

void ThemesTest::testEngineMatchesBuild()
{
    const HighlightingEngine &engine = Themes::instance()->engine();
    QVERIFY(!engine.description().isEmpty());
    QVERIFY(engine.themeNames().size() >= 2);
    if (qEnvironmentVariableIntValue("READOUT_EXPECT_KF6") == 1) {
        QVERIFY2(engine.isKSyntaxHighlighting(), qPrintable(engine.description()));
        QVERIFY(engine.description().startsWith(QLatin1String("KSyntaxHighlighting 6.")));
    }
    QCOMPARE(createAnnotationPalette(), Themes::instance()->palette());
}

void ThemesTest::testKshThemeSwitchRecoloursPerson()
{
    READOUT_REQUIRE_KSH("testBuiltinThemeSwitchRecoloursPerson");
    const QRgb light = renderedPersonColor(QStringLiteral("Breeze Light"));
    const QRgb dark = renderedPersonColor(QStringLiteral("Breeze Dark"));
    QVERIFY(light != 0);
    QVERIFY(dark != 0);
    QVERIFY2(light != dark, qPrintable(QColor(light).name()));
    // The view itself took the theme's editor background.
    QCOMPARE(AnnotationPalette::schemeOf(m_view->palette().color(QPalette::Base)), ColorScheme::Dark);
    QVERIFY(Themes::instance()->palette()->themeSource().contains(QLatin1String("Breeze Dark")));
    // A third theme from another family recolours it again.
    const QRgb solarized = renderedPersonColor(QStringLiteral("Solarized Light"));
    QVERIFY(solarized != 0);
    QVERIFY(solarized != light);
}

void ThemesTest::testBuiltinThemeSwitchRecoloursPerson()
{
    READOUT_REQUIRE_BUILTIN("testKshThemeSwitchRecoloursPerson");
    const QRgb light = renderedPersonColor(QStringLiteral("Readout Light"));
    const QRgb dark = renderedPersonColor(QStringLiteral("Readout Dark"));
    QVERIFY(light != 0);
    QVERIFY(dark != 0);
    QVERIFY2(light != dark, qPrintable(QColor(light).name()));
    QCOMPARE(AnnotationPalette::schemeOf(m_view->palette().color(QPalette::Base)), ColorScheme::Dark);
}

void ThemesTest::testEveryThemeKeepsEntitiesDistinctAndReadable()
{
    const HighlightingEngine &engine = Themes::instance()->engine();
    const QVector<AnnotationRole> entities{AnnotationRole::Person,
                                           AnnotationRole::Organization,
                                           AnnotationRole::Location,
                                           AnnotationRole::Date,
                                           AnnotationRole::Misc};
    const QPalette base = QApplication::palette();
    const QStringList themes = engine.themeNames();
    for (const QString &theme : themes) {
        const std::shared_ptr<const AnnotationPalette> palette = engine.palette(theme);
        QVERIFY2(palette, qPrintable(theme));
        const ColorScheme scheme = engine.themeScheme(theme);
        const QPalette view = palette->viewPalette(base, scheme);
        const QColor text = view.color(QPalette::Text);
        const double own = contrast(text, view.color(QPalette::Base));
        QVector<QColor> accents;
        for (const AnnotationRole role : entities) {
            const QTextCharFormat format = palette->format(role, scheme);
            const QColor background = format.background().color();
            const QColor foreground = format.foreground().style() == Qt::NoBrush ? text : format.foreground().color();
            // Readable: WCAG AA, or most of the theme's own contrast for themes that have less.
            const double ratio = contrast(background, foreground);
            QVERIFY2(ratio >= std::min(4.5, 0.8 * own),
                     qPrintable(QStringLiteral("%1 %2: contrast %3 (theme %4)")
                                    .arg(theme, annotationRoleName(role))
                                    .arg(ratio)
                                    .arg(own)));
            QVERIFY(format.underlineStyle() != QTextCharFormat::NoUnderline);
            accents.append(palette->color(role, scheme));
        }
        // Distinct: tinted spans of one hue look alike whatever their lightness, so hues differ.
        for (int i = 0; i < accents.size(); ++i) {
            for (int j = i + 1; j < accents.size(); ++j) {
                const double d = std::fabs(hue(accents.at(i)) - hue(accents.at(j)));
                QVERIFY2(std::min(d, 360.0 - d) >= 25.0,
                         qPrintable(QStringLiteral("%1: %2 %3 and %4 %5 differ by %6 degrees of hue")
                                        .arg(theme,
                                             annotationRoleName(entities.at(i)),
                                             accents.at(i).name(),
                                             annotationRoleName(entities.at(j)),
                                             accents.at(j).name())
                                        .arg(std::min(d, 360.0 - d))));
            }
        }
        QVERIFY(!palette->format(AnnotationRole::Evidence, scheme).background().color().isValid()
                || palette->format(AnnotationRole::Evidence, scheme).background().color()
                    != view.color(QPalette::Base));
    }
}

void ThemesTest::testAutomaticFollowsSystemPalette()
{
    Themes *themes = Themes::instance();
    const HighlightingEngine &engine = themes->engine();
    QVERIFY(themes->selectedTheme().isEmpty());
    QCOMPARE(themes->activeTheme(), engine.defaultThemeName(AnnotationPalette::systemScheme()));

    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QCOMPARE(themes->activeScheme(), ColorScheme::Dark);
    QCOMPARE(themes->activeTheme(), engine.defaultThemeName(ColorScheme::Dark));
    QTRY_COMPARE(m_view->highlighter()->scheme(), ColorScheme::Dark);
    QCOMPARE(formatAt(m_view->document(), m_person.start).background(),
             themes->palette()->format(AnnotationRole::Person, ColorScheme::Dark).background());
    QApplication::setPalette(original);
    QTRY_COMPARE(m_view->highlighter()->scheme(), AnnotationPalette::systemScheme());
}

void ThemesTest::testSelectionIsRememberedAndUnknownRejected()
{
    Themes *themes = Themes::instance();
    const QString second = themes->engine().themeNames().at(1);
    QSignalSpy changed(themes, &Themes::themeChanged);
    QVERIFY(themes->setSelectedTheme(second));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(themes->selectedTheme(), second);
    QCOMPARE(themes->activeTheme(), second);
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), second);

    QVERIFY(!themes->setSelectedTheme(QStringLiteral("No Such Theme")));
    QCOMPARE(themes->selectedTheme(), second);
    QCOMPARE(changed.count(), 1);

    // --theme: this run only.
    const QString first = themes->engine().themeNames().at(0);
    QVERIFY(themes->overrideTheme(first));
    QCOMPARE(themes->activeTheme(), first);
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), second);

    QVERIFY(themes->setSelectedTheme(QString()));
    QVERIFY(!QSettings().contains(QStringLiteral("view/theme")));
}

void ThemesTest::testThemeMenuSelectsTheme()
{
    ThemeMenu menu;
    const QStringList names = Themes::instance()->engine().themeNames();
    for (const QString &theme : names) {
        QVERIFY2(menu.actionFor(theme), qPrintable(theme));
    }
    QVERIFY(menu.actionFor(QString())->isChecked());
    const QString last = names.last();
    menu.actionFor(last)->trigger();
    QCOMPARE(Themes::instance()->selectedTheme(), last);
    QVERIFY(menu.actionFor(last)->isChecked());
    Themes::instance()->setSelectedTheme(QString());
    QVERIFY(menu.actionFor(QString())->isChecked());
}

void ThemesTest::testLegendFollowsTheme()
{
    LegendWidget legend;
    legend.resize(600, 40);
    const QString light = Themes::instance()->engine().defaultThemeName(ColorScheme::Light);
    const QString dark = Themes::instance()->engine().defaultThemeName(ColorScheme::Dark);
    QVERIFY(Themes::instance()->setSelectedTheme(light));
    const QImage before = legend.grab().toImage();
    QVERIFY(Themes::instance()->setSelectedTheme(dark));
    const QImage after = legend.grab().toImage();
    QVERIFY(before != after);
}

QTEST_MAIN(ThemesTest)
#include "themes_test.moc"
