// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace Readout
{

/// One text-bound annotation of a brat .ann file; offsets are code points, as brat writes them.
struct BratSpan {
    QString id; ///< "T12"
    QString label; ///< PERSON, DATE, ...
    int start = 0;
    int end = 0;
    QString text;
    QString note; ///< AnnotatorNotes attached to it ("value=2013-03-22")
    int line = 0; ///< 1-based line in the .ann, for messages
    bool discontinuous = false; ///< "start end;start end": the bounds are the outer ones
};

/// An E line: "E1	Meeting:T3 Participant:T1 Participant2:T2".
struct BratEvent {
    QString id;
    QString label;
    QString trigger;
    QVector<QPair<QString, QString>> arguments; ///< role, target id
    QString note; ///< AnnotatorNotes attached to it ("participants=NATO, Russia; date=2022-01-12")
    int line = 0;
};

/// An A (or old-style M) line: "A1	Status E1 scheduled"; value is empty for binary attributes.
struct BratAttribute {
    QString id;
    QString name;
    QString target;
    QString value;
    int line = 0;
};

struct BratAnnotations {
    QVector<BratSpan> spans;
    QVector<BratEvent> events;
    QVector<BratAttribute> attributes;
    QStringList skipped; ///< "line 7: relation lines are not read", for the log
};

/// Reads brat standoff (.ann): T, E, A/M and AnnotatorNotes lines. Discontinuous spans keep their
/// outer bounds; lines it does not represent (relations, equivalences, normalizations) are skipped
/// and listed. Errors name the file and line ("a.ann line 3: end before start").
class BratReader
{
public:
    [[nodiscard]] static Result<BratAnnotations>
    parse(const QString &annText, const QString &name, int textLength = -1);
};

} // namespace Readout
