// SPDX-License-Identifier: GPL-3.0-or-later
// rendericon SVG SIZE OUT.png: renders the application icon into one hicolor PNG at build time,
// so the PNG sizes always match the SVG and no rasteriser outside Qt is needed.

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0) {
        QTextStream(stderr) << "usage: rendericon SVG SIZE OUT.png" << Qt::endl;
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        QTextStream(stderr) << "rendericon: " << args.at(1) << ": not a valid SVG" << Qt::endl;
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        QTextStream(stderr) << "rendericon: could not write " << args.at(3) << Qt::endl;
        return 1;
    }
    return 0;
}
