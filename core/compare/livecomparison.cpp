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
    QTimer timer;
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
    d->comparison = Comparison::compare(d->sideA, d->sideB, d->rules);
    Q_EMIT comparisonChanged();
}

} // namespace Readout
