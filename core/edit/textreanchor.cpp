// SPDX-License-Identifier: GPL-3.0-or-later
#include "textreanchor.h"

#include "../document.h"
#include "../storage/sidecar.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace Readout
{

int TextReanchor::nearest(const QString &text, const QString &needle, int around, int from)
{
    if (needle.isEmpty()) {
        return -1;
    }
    around = std::clamp(around, from, int(text.size()));
    const int after = int(text.indexOf(needle, around));
    const int startBack = around - 1;
    const int before = startBack >= from ? int(text.lastIndexOf(needle, startBack)) : -1;
    const int back = before >= from ? before : -1;
    if (after < 0) {
        return back;
    }
    if (back < 0) {
        return after;
    }
    return std::abs(after - around) <= std::abs(around - back) ? after : back;
}

ReanchorOutcome TextReanchor::reanchor(const SidecarData &data, const Document &document)
{
    ReanchorOutcome out;
    const QString &text = document.text();
    const int body = document.bodyStart();
    // Old offsets are code points into the old text: a good guess of where to look in the new one.
    const auto guess = [&document](int codePoint) {
        return document.fromCodePoint(codePoint);
    };
    QSet<QString> kept;
    for (Entity e : data.entities) {
        const int at = nearest(text, e.text, guess(e.start), body);
        if (at < 0) {
            out.lostEntities.append(e.id);
            continue;
        }
        e.start = at;
        e.end = at + int(e.text.size());
        kept.insert(e.id);
        out.entities.append(e);
    }
    for (Event ev : data.events) {
        const int at = nearest(text, ev.evidenceText, guess(ev.evidenceStart), body);
        if (at < 0) {
            out.lostEvents.append(ev.id);
            continue;
        }
        ev.evidenceStart = at;
        ev.evidenceEnd = at + int(ev.evidenceText.size());
        const QStringList extraTexts = data.extraEvidenceText.value(ev.id);
        QVector<QPair<int, int>> extra;
        for (int i = 0; i < ev.extraEvidence.size(); ++i) {
            const int where = nearest(text, extraTexts.value(i), guess(ev.extraEvidence.at(i).first), body);
            if (where >= 0) {
                extra.append({where, where + int(extraTexts.value(i).size())});
            }
        }
        ev.extraEvidence = extra;
        QStringList ids;
        for (const QString &id : std::as_const(ev.entityIds)) {
            if (kept.contains(id)) {
                ids.append(id);
            }
        }
        ev.entityIds = ids;
        out.events.append(ev);
    }
    return out;
}

} // namespace Readout
