// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextassembler.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Readout
{

namespace
{

/// Lines at each end of a page that may be running headers or footers.
constexpr int EdgeLines = 2;

QString edgeKey(const QString &line)
{
    // "Page 3 of 12" and "Page 4 of 12" are the same footer.
    QString key = line.simplified().toLower();
    for (QChar &c : key) {
        if (c.isDigit()) {
            c = QLatin1Char('#');
        }
    }
    return key;
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x00AD) || c == QChar(0x2010);
}

bool endsSentence(const QString &line)
{
    static const QString enders = QStringLiteral(".!?:\"\u201D\u2019)");
    return !line.isEmpty() && enders.contains(line.back());
}

/// pdfium sometimes merges a hyphenated line break into "state- ment": undo that, but keep
/// suspended hyphens ("pre- and post-war").
QString joinInlineHyphens(const QString &line)
{
    static const QRegularExpression split(QStringLiteral("(\\p{Ll})[-\u00AD] (\\p{Ll}+)"));
    static const QSet<QString> keep = {QStringLiteral("and"),
                                       QStringLiteral("or"),
                                       QStringLiteral("to"),
                                       QStringLiteral("nor"),
                                       QStringLiteral("as"),
                                       QStringLiteral("vs"),
                                       QStringLiteral("und"),
                                       QStringLiteral("et"),
                                       QStringLiteral("ou")};
    if (!line.contains(QLatin1String("- ")) && !line.contains(QStringLiteral("\u00AD "))) {
        return line;
    }
    QString out;
    qsizetype last = 0;
    auto it = split.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        if (keep.contains(m.captured(2))) {
            continue;
        }
        out += QStringView(line).mid(last, m.capturedStart(0) - last);
        out += m.captured(1) + m.captured(2);
        last = m.capturedEnd(0);
    }
    out += QStringView(line).mid(last);
    return out;
}

} // namespace

AssembledPdfText PdfTextAssembler::assemble(const QStringList &pages)
{
    AssembledPdfText result;
    const int pageCount = int(pages.size());
    QVector<QStringList> lines(pageCount);
    for (int p = 0; p < pageCount; ++p) {
        QString page = pages.at(p);
        page.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        page.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        // pdfium joins a word hyphenated at a line end itself, marking the hyphen U+FFFE (older versions
        // U+0002); put the line break back, so that a footer it glued on is seen and the join is ours.
        page.replace(QChar(0xFFFE), QLatin1String("-\n"));
        page.replace(QChar(0x0002), QLatin1String("-\n"));
        const QStringList raw = page.split(QLatin1Char('\n'));
        for (const QString &line : raw) {
            lines[p].append(line.trimmed());
        }
    }

    // Running headers and footers: the same line (digits aside) at the same end of every page.
    if (pageCount >= 2) {
        const auto edges = [&lines](int p, bool top) {
            QVector<int> found;
            const QStringList &l = lines.at(p);
            for (int k = 0; k < l.size() && found.size() < EdgeLines; ++k) {
                const int i = top ? k : int(l.size()) - 1 - k;
                if (!l.at(i).isEmpty()) {
                    found.append(i);
                }
            }
            return found;
        };
        const int needed = std::max(2, pageCount - std::max(1, pageCount / 5));
        for (const bool top : {true, false}) {
            QHash<QString, int> pagesWith;
            for (int p = 0; p < pageCount; ++p) {
                QSet<QString> seen;
                for (int i : edges(p, top)) {
                    seen.insert(edgeKey(lines.at(p).at(i)));
                }
                for (const QString &key : std::as_const(seen)) {
                    ++pagesWith[key];
                }
            }
            QSet<QString> dropped;
            for (int p = 0; p < pageCount; ++p) {
                for (int i : edges(p, top)) {
                    const QString key = edgeKey(lines.at(p).at(i));
                    if (pagesWith.value(key) >= needed) {
                        if (!dropped.contains(key)) {
                            dropped.insert(key);
                            result.droppedLines.append(lines.at(p).at(i));
                        }
                        lines[p][i].clear();
                    }
                }
            }
        }
    }

    // Typical length of a full line: long lines are full, short ones end a paragraph.
    QVector<int> lengths;
    for (const QStringList &page : std::as_const(lines)) {
        for (const QString &line : page) {
            if (!line.isEmpty()) {
                lengths.append(int(line.size()));
            }
        }
    }
    std::sort(lengths.begin(), lengths.end());
    const int fullLine = lengths.isEmpty() ? 0 : lengths.at(int(lengths.size() * 3 / 4));
    const auto isShort = [fullLine](const QString &line) {
        return line.size() * 10 < qsizetype(fullLine) * 7;
    };

    QString &out = result.text;
    result.pageStarts.fill(-1, pageCount);
    QString previous; // the last line written
    bool breakPending = false; // a blank line (or a page break) came since
    for (int p = 0; p < pageCount; ++p) {
        bool firstOfPage = true;
        for (const QString &rawLine : std::as_const(lines.at(p))) {
            if (rawLine.isEmpty()) {
                breakPending = breakPending || !previous.isEmpty();
                continue;
            }
            const QString line = joinInlineHyphens(rawLine);
            const bool startsLower = line.at(0).isLower();
            const bool hyphenated =
                previous.size() >= 2 && isHyphen(previous.back()) && previous.at(previous.size() - 2).isLetter();
            if (firstOfPage && !previous.isEmpty()) {
                // A paragraph runs on to the next page when it stopped mid-sentence.
                breakPending = !(hyphenated || (!endsSentence(previous) && startsLower));
            }
            if (out.isEmpty()) {
                // nothing to join to
            } else if (breakPending) {
                out += QStringLiteral("\n\n");
            } else if (hyphenated && startsLower) {
                out.chop(1); // "negoti-" + "ations"
            } else if (hyphenated) {
                // "Russia-" + "Ukraine": a real hyphen, no space
            } else if (isShort(previous)
                       && (endsSentence(previous) || (!startsLower && !previous.endsWith(QLatin1Char(','))))) {
                out += QStringLiteral("\n\n"); // the last line of a paragraph, or a heading
            } else {
                out += QLatin1Char(' ');
            }
            if (firstOfPage) {
                result.pageStarts[p] = int(out.size());
                firstOfPage = false;
            }
            out += line;
            previous = line;
            breakPending = false;
        }
    }
    // Pages without text start where the next text does.
    int next = int(out.size());
    for (int p = pageCount - 1; p >= 0; --p) {
        if (result.pageStarts.at(p) < 0) {
            result.pageStarts[p] = next;
        }
        next = result.pageStarts.at(p);
    }
    return result;
}

} // namespace Readout
