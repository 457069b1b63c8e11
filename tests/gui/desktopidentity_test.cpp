// SPDX-License-Identifier: GPL-3.0-or-later
// The window's desktop identity: the desktop file name matches the installed entry and the
// application icon is there at every hicolor size even when no icon theme provides it.

#include "desktopidentity.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QtTest>

using namespace Readout;

class DesktopIdentityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testId();
    void testApply();
    void testBuiltInIcon_data();
    void testBuiltInIcon();
};

void DesktopIdentityTest::testId()
{
    // The same name as the installed files in resources/desktop.
    QCOMPARE(DesktopIdentity::id(), QStringLiteral("org.readout.Readout"));
    const QString desktop =
        QStringLiteral(READOUT_SOURCE_DIR "/resources/desktop/%1.desktop").arg(DesktopIdentity::id());
    QVERIFY2(QFileInfo::exists(desktop), qPrintable(desktop));
}

void DesktopIdentityTest::testApply()
{
    DesktopIdentity::apply();
    QCOMPARE(QGuiApplication::desktopFileName(), DesktopIdentity::id());
    QVERIFY(!QGuiApplication::windowIcon().isNull());
}

void DesktopIdentityTest::testBuiltInIcon_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 22, 32, 48, 64, 128, 256}) {
        QTest::addRow("%d px", size) << size;
    }
}

void DesktopIdentityTest::testBuiltInIcon()
{
    QFETCH(int, size);
    const QString png = QStringLiteral(":/readout/icons/%1-%2.png").arg(DesktopIdentity::id()).arg(size);
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(size, size));
    // Drawn, not blank: the page's outline is opaque and the corners are transparent.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QVERIFY(qAlpha(image.pixel(size / 2, size * 60 / 64)) > 0); // the bottom edge, at y = 60 of 64
    const QPixmap fromIcon = DesktopIdentity::icon().pixmap(QSize(size, size));
    QVERIFY(!fromIcon.isNull());
}

QTEST_MAIN(DesktopIdentityTest)
#include "desktopidentity_test.moc"
