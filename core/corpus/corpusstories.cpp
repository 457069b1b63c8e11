// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusstories.h"

#include <QHash>

namespace Readout
{

namespace
{

Event eventOf(const TimelineEvent &t)
{
    Event e;
    e.type = t.type;
    e.status = t.status;
    e.date = t.date;
    e.participants = t.sides;
    e.location = t.location;
    e.evidenceStart = t.start;
    e.evidenceEnd = t.start + t.length;
    e.evidenceText = t.evidence;
    return e;
}

} // namespace

CorpusStories
CorpusStories::build(const QVector<TimelineEvent> &events, const EventLinks &links, const CompareRules &rules)
{
    CorpusStories out;
    QHash<QString, int> reportOf;
    for (const TimelineEvent &t : events) {
        const QString key = EventRef::articleKey(t.path);
        auto it = reportOf.constFind(key);
        if (it == reportOf.cend()) {
            it = reportOf.insert(key, int(out.reports.size()));
            out.reports.append(StoryReport{key, t.published, {}});
            out.told.append(QVector<TimelineEvent>());
        }
        out.reports[*it].events.append(eventOf(t));
        out.told[*it].append(t);
    }
    StoryDecisions decisions;
    for (const EventLink &link : links.links()) {
        const int ra = reportOf.value(link.a.path, -1);
        const int rb = reportOf.value(link.b.path, -1);
        const int ea = ra < 0 ? -1 : link.a.find(out.reports.at(ra).events);
        const int eb = rb < 0 ? -1 : link.b.find(out.reports.at(rb).events);
        if (ea < 0 || eb < 0) {
            ++out.staleLinks;
            continue;
        }
        (link.same ? decisions.same : decisions.different).append({StoryMember{ra, ea}, StoryMember{rb, eb}});
    }
    out.stories = StoryBuilder(rules).build(out.reports, decisions);
    return out;
}

EventRef CorpusStories::refOf(const StoryMember &member) const
{
    const StoryReport &r = reports.at(member.report);
    return EventRef::of(r.path, r.events.at(member.event));
}

const TimelineEvent &CorpusStories::at(const StoryMember &member) const
{
    return told.at(member.report).at(member.event);
}

QVector<EventLink> CorpusStories::linksFor(const QVector<StoryMember> &members, bool same) const
{
    QVector<EventLink> out;
    if (same || members.size() > 1) {
        for (int i = 0; i < members.size(); ++i) {
            for (int j = i + 1; j < members.size() && (!same || i == 0); ++j) {
                out.append(EventLink{refOf(members.at(i)), refOf(members.at(j)), same});
            }
        }
        return out;
    }
    for (const Story &story : stories) {
        if (members.size() == 1 && story.members.contains(members.first())) {
            for (const StoryMember &other : story.members) {
                if (!(other == members.first())) {
                    out.append(EventLink{refOf(members.first()), refOf(other), false});
                }
            }
        }
    }
    return out;
}

} // namespace Readout
