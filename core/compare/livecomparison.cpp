// SPDX-License-Identifier: GPL-3.0-or-later
#include "livecomparison.h"

#include "../annotations.h"

#include <QPointer>
#include <QTimer>

namespace Readout
{

class LiveComparisonPrivate
{
public:
    explicit LiveComparisonPrivate(CompareRules r)
        : rules(std::move(r))
    {
    }
    CompareRules rules;
    QPointer<Annotations> a;
    QPointer<Annotations> b;
    CompareSide sideA;
    CompareSide sideB;
    Comparison comparison;
    EventLinks links;
    QTimer timer;

    /// The links that name an event of each side, as indexes.
    MatchDecisions decisions() const
    {
        MatchDecisions out;
        const QString pathA = EventRef::articleKey(sideA.document.path());
        const QString pathB = EventRef::articleKey(sideB.document.path());
        for (const EventLink &l : links.links()) {
            const bool straight = l.a.path == pathA && l.b.path == pathB;
            const bool crossed = l.a.path == pathB && l.b.path == pathA;
            if (sideA.document.path().isEmpty() || sideB.document.path().isEmpty() || (!straight && !crossed)) {
                continue;
            }
            const int i = (straight ? l.a : l.b).find(sideA.events);
            const int j = (straight ? l.b : l.a).find(sideB.events);
            if (i >= 0 && j >= 0) {
                (l.same ? out.same : out.different).insert({i, j});
            }
        }
        return out;
    }
};

LiveComparison::LiveComparison(CompareRules rules, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<LiveComparisonPrivate>(std::move(rules)))
{
    d->timer.setSingleShot(true);
    d->timer.setInterval(150);
    connect(&d->timer, &QTimer::timeout, this, &LiveComparison::recompute);
}

LiveComparison::~LiveComparison() = default;

void LiveComparison::setAnnotations(Annotations *a, Annotations *b)
{
    for (Annotations *old : {d->a.data(), d->b.data()}) {
        if (old) {
            disconnect(old, nullptr, this, nullptr);
        }
    }
    d->a = a;
    d->b = b;
    for (Annotations *side : {a, b}) {
        if (!side) {
            continue;
        }
        // edited() covers every undo step (and its undo), resetDone() a fresh extraction or
        // restored sidecar, documentChanged() a new publication date.
        connect(side, &Annotations::edited, this, &LiveComparison::schedule);
        connect(side, &Annotations::resetDone, this, &LiveComparison::schedule);
        connect(side, &Annotations::documentChanged, this, &LiveComparison::schedule);
    }
    recompute();
}

Annotations *LiveComparison::annotationsA() const
{
    return d->a;
}

Annotations *LiveComparison::annotationsB() const
{
    return d->b;
}

const CompareRules &LiveComparison::rules() const
{
    return d->rules;
}

const Comparison &LiveComparison::comparison() const
{
    return d->comparison;
}

const CompareSide &LiveComparison::sideA() const
{
    return d->sideA;
}

const CompareSide &LiveComparison::sideB() const
{
    return d->sideB;
}

void LiveComparison::setLinks(const EventLinks &links)
{
    d->links = links;
    recompute();
}

const EventLinks &LiveComparison::links() const
{
    return d->links;
}

Result<bool> LiveComparison::decide(int a, int b, bool same)
{
    if (a < 0 || b < 0 || a >= d->sideA.events.size() || b >= d->sideB.events.size()) {
        return Error{Error::Code::NotFound, QStringLiteral("no such events to link")};
    }
    if (d->sideA.document.path().isEmpty() || d->sideB.document.path().isEmpty()) {
        return Error{Error::Code::Unsupported,
                     QStringLiteral("a pasted article has no folder to keep links in: save it as a file first")};
    }
    EventLinks changed = d->links;
    const EventRef ra = EventRef::of(d->sideA.document.path(), d->sideA.events.at(a));
    const EventRef rb = EventRef::of(d->sideB.document.path(), d->sideB.events.at(b));
    changed.set(EventLink{ra, rb, same});
    auto saved = changed.save();
    if (!saved) {
        return saved;
    }
    d->links = changed;
    recompute();
    return true;
}

void LiveComparison::setDelay(int milliseconds)
{
    d->timer.setInterval(milliseconds);
}

bool LiveComparison::isPending() const
{
    return d->timer.isActive();
}

void LiveComparison::schedule()
{
    d->timer.start();
}

void LiveComparison::recompute()
{
    d->timer.stop();
    auto snapshot = [](const Annotations *annotations) {
        CompareSide side;
        if (annotations) {
            side.document = annotations->document();
            side.entities = annotations->entities();
            side.events = annotations->events();
        }
        return side;
    };
    d->sideA = snapshot(d->a);
    d->sideB = snapshot(d->b);
    d->comparison = Comparison::compare(d->sideA, d->sideB, d->rules, d->decisions());
    Q_EMIT comparisonChanged();
}

} // namespace Readout
