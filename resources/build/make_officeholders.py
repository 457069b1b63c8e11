#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derive resources/gazetteers/officeholders.tsv from Wikidata (CC0 1.0) as exported by the
EveryPolitician scrapers.

Sources (CSV files of Wikidata query results; the data is Wikidata's, CC0 1.0):
  heads   every-politician-scrapers/world-leaders-2021  data/wikidata.csv
          heads of state and government: country, office, holder, start year, end year
  foreign every-politician-scrapers/world               sources/foreign/wikidata.csv
          ministers of foreign affairs in office when exported, with the start date
  orgs    every-politician-scrapers/world               html/holders21.csv
          officers of international organisations (UN Secretary-General, ...), with dates
  STATE   every-politician-scrapers/<one repository a state> (cuba, japan-ministers, us-cabinet, ...)
          optional, any number: meta.json names the state (jurisdiction), wikidata/*-positions.csv
          gives each wanted office's Wikidata id and short title, html/holders21.csv every holder of
          them in office in or after 2000, with start and end dates
Each of HEADS, FOREIGN and ORGS is given as a file path, or as GITDIR:PATH to read every version of
PATH in the history of the git directory's HEAD (so a holder who left before the newest export is
still found: Angela Merkel is in the heads export of 2021 only); a STATE is a checkout directory or a
bare git directory, read at HEAD:

  python3 resources/build/make_officeholders.py HEADS.csv FOREIGN.csv ORGS.csv [STATE ...]

A row's country (or organisation) must be one of resources/gazetteers/countries.tsv (by name or
alias) or organizations.tsv (by the name after "of the"); rows that name no known actor, or whose
holder has no label (a bare Q-number), are left out and counted. From a STATE only heads of state
and government and ministers of foreign affairs are kept: an office the heads or foreign export
gives for the same state (by Wikidata id), or else one whose short title is such an office
("President", "Prime Minister", "King", "Minister of Foreign Affairs", ...). A holder must have
started in or after 1990 or left in or after 1995 (or be in office); one already listed for that
state and office with the same term is not listed again; terms of one holder that touch or overlap
are joined; and one in office when the STATE was exported, whom another holder of the office
followed, left when that one began.

The versions of one export are joined: a holder's term (one person and state, or person and
organisation) that overlaps one a later version lists is that one, and the latest version listing it
gives its office, start and end (a later end date is kept; labels are the newest ones). A term only
earlier versions list is added after the STATEs, and only if at least two versions list it, its
office (Wikidata id) is one the newest version still lists for that state, it began in or after 1990
or left in or after 1995, no STATE lists the holder in a like office (same title, or both foreign
ministries) at an overlapping time, and no other holder of the office was in it already when it
began (such rows are Wikidata errors corrected since); one still open, whom another holder of the
office followed, left when that one began. The heads export gives years only (Merkel: 2005 to 2021).

The output is committed, so Readout needs none of this at run time; a user adds rows in a data
directory's gazetteers/officeholders.tsv (readout --data-dir), which replaces this file.
"""
import csv
import io
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.dirname(HERE)

# Short titles, as the per-state exports give them, of a state's own head of state or government
# and foreign minister, used when the office is not one the heads or foreign export names.
HEAD_TITLE = re.compile(r'(President|Prime Minister|Premier|King|Queen|Monarch|Emperor|Emir|Sultan|'
                        r'Grand Duke|Prince|Supreme Leader|Chairman of the Presidency|'
                        r'Chairman of the (Presidential|Sovereignty|Transitional Military) Council)',
                        re.IGNORECASE)
FOREIGN_TITLE = re.compile(r'(Federal )?(Minister|Secretary) (of|for) (Foreign|External) '
                           r'(Affairs|Relations)( and [^,]*|, .*)?')
FOREIGN = re.compile(r'Foreign|External|Relations', re.IGNORECASE)  # an office a foreign minister holds
DATE = re.compile(r'\d{4}(-\d{2}(-\d{2})?)?')
MIN_START, MIN_END = '1990', '1995'


def git_show(gitdir, path, commit='HEAD'):
    result = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{commit}:{path}'],
                            capture_output=True, text=True)
    return result.stdout if result.returncode == 0 else None


def csv_versions(spec):
    """The rows of every version of a CSV, oldest first: a file path has one; GITDIR:PATH has each
    version of PATH in the history of the git directory's HEAD (git log HEAD -- PATH)."""
    if ':' in spec and not os.path.exists(spec):
        gitdir, path = spec.split(':', 1)
        commits = subprocess.run(['git', '--git-dir', gitdir, 'log', '--format=%H', 'HEAD', '--', path],
                                 check=True, capture_output=True, text=True).stdout.split()
        texts = [git_show(gitdir, path, c) for c in reversed(commits)]
        texts = [t for t in texts if t is not None]  # a commit that removed the file
        if not texts:
            sys.exit(f'{spec}: no version of {path}')
    else:
        with open(spec, encoding='utf-8') as f:
            texts = [f.read()]
    return [[{RENAMED.get(k, k): v for k, v in r.items()} if 'countryItemLabel' not in r else
             {OLD_HEADS.get(k, k): v for k, v in r.items()} for r in csv.DictReader(io.StringIO(t))]
            for t in texts]


# Column names that the first versions of the exports used.
OLD_HEADS = {'country': 'countryid', 'countryItemLabel': 'country', 'positionItemLabel': 'positionLabel',
             'officeholderItemLabel': 'officeholderLabel'}
RENAMED = {'personLabel': 'name'}


def union(versions, term):
    """Every term of every version (oldest first) of one export, once: term(row) gives (key, start,
    end), key naming the holder (and the state or office), or None to pass the row over. A version's
    term that overlaps one a later version lists for the same key is that one: the latest version
    that lists a term gives its row, start and end (so an end date a later version added is kept).
    Returns (row, start, end, in the newest version, how many versions list it) for each term."""
    terms, by_key = [], {}
    for i, rows in enumerate(reversed(versions)):
        fresh, seen = [], set()
        for r in rows:
            t = term(r)
            if not t:
                continue
            key, start, end = t
            same = [n for n, (s, e) in by_key.get(key, []) if overlaps(start, end, s, e)]
            if same:
                seen.add(same[0])
            else:
                fresh.append((key, start, end, r))
        for n in seen:
            terms[n][4] += 1
        for key, start, end, r in fresh:
            by_key.setdefault(key, []).append((len(terms), (start, end)))
            terms.append([r, start, end, i == 0, 1])
    return terms


def newest(versions, key, value):
    """The newest value of one column a row's key (e.g. a Wikidata id) has in any version."""
    out = {}
    for rows in versions:
        for r in rows:
            if r.get(key) and r.get(value):
                out[r[key]] = r[value]
    return out


class Repo:
    """A per-state repository: a checkout directory or a bare git directory."""

    def __init__(self, spec):
        self.spec = spec
        self.gitdir = None if os.path.exists(os.path.join(spec, 'meta.json')) else (
            os.path.join(spec, '.git') if os.path.isdir(os.path.join(spec, '.git')) else spec)

    def text(self, path):
        if self.gitdir:
            return git_show(self.gitdir, path)
        full = os.path.join(self.spec, path)
        if not os.path.exists(full):
            return None
        with open(full, encoding='utf-8') as f:
            return f.read()

    def csv(self, path):
        text = self.text(path)
        return list(csv.DictReader(io.StringIO(text))) if text else []

    def position_files(self):
        if self.gitdir:
            names = subprocess.run(['git', '--git-dir', self.gitdir, 'ls-tree', '--name-only', 'HEAD',
                                    'wikidata/'], capture_output=True, text=True).stdout.split()
        else:
            folder = os.path.join(self.spec, 'wikidata')
            names = [f'wikidata/{n}' for n in os.listdir(folder)] if os.path.isdir(folder) else []
        return sorted(n for n in names if n.endswith('-positions.csv'))


def table(name):
    with open(os.path.join(RES, 'gazetteers', name), encoding='utf-8') as f:
        return list(csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t'))


def actor_names():
    """Every name and alias of a state or organisation -> its canonical name."""
    out = {}
    for row in table('countries.tsv'):
        for n in [row['name']] + row['aliases'].split(';'):
            if n:
                out.setdefault(n.lower(), row['name'])
    for row in table('organizations.tsv'):
        for n in [row['name'], row['code']] + row['aliases'].split(';'):
            if n:
                out.setdefault(n.lower(), row['name'])
    return out


def year_or_date(value):
    m = DATE.match((value or '').strip())
    return m.group(0) if m and not (value or '').strip()[m.end():m.end() + 1].isalnum() else ''


def unlabelled(name):
    return not name or (name[0] == 'Q' and name[1:].isdigit())


def overlaps(start1, end1, start2, end2):
    """Whether two terms (YYYY[-MM[-DD]], '' = open) overlap or touch, compared at the coarser precision."""
    def before(a, b):  # a <= b, where a shorter date stands for its whole year or month
        n = min(len(a), len(b))
        return a[:n] <= b[:n]
    return (not end2 or not start1 or before(start1, end2)) and (not end1 or not start2 or before(start2, end1))


def earlier(a, b):
    """Whether a date is before another at the coarser precision."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def same_term(start, end, start0, end0):
    """Whether a term is one already listed: it starts as that one does (at the coarser precision),
    or lies within it."""
    n = min(len(start), len(start0))
    return overlaps(start, end, start0, end0) and (
        start[:n] == start0[:n] or (overlaps(start, start, start0, end0) and overlaps(end, end, start0, end0)))


def state_holders(repo, actors, heads, foreign, state_names):
    """The heads of state and government and foreign ministers of one per-state repository."""
    meta = json.loads(repo.text('meta.json') or '{}').get('jurisdiction', {})
    state, name = meta.get('id', ''), meta.get('name', '')
    actor = actors.get(name.lower(), '') or actors.get(re.sub(r'^the ', '', name, flags=re.IGNORECASE).lower(), '') \
        or actors.get(state_names.get(state, '').lower(), '')
    if not actor:
        return None, []
    titles = {}
    for f in repo.position_files():
        for r in repo.csv(f):
            if r.get('position') and r.get('title'):
                titles.setdefault(r['title'], []).append(r['position'])
    labels = {r['id']: r['position'] for r in repo.csv('html/positions.csv') if r.get('id')}
    out = []
    for r in repo.csv('html/holders21.csv'):
        title, ids = r['position'], titles.get(r['position'], [])
        office = next((heads[i][0] for i in ids if i in heads and state in heads[i][1]), '') or \
            next((foreign[i][0] for i in ids if i in foreign and state in foreign[i][1]), '')
        if not office and HEAD_TITLE.fullmatch(title):
            office = next((labels[i] for i in ids if i in labels), '') or f'{title} of {actor}'
        elif not office and FOREIGN_TITLE.fullmatch(title):
            office = title
        if office:
            out.append((r['person'], r['personID'], office, year_or_date(r['start']), year_or_date(r['end'])))
    return actor, out


def close_at_successor(rows, keys):
    """An open term of keys whom another holder of the office followed ends when that one began.
    Returns how many were closed."""
    closed = 0
    for key in keys:
        name, actor, office, start = key
        if rows[key] or office.startswith('Member of'):
            continue
        later = [s for (n, a, o, s) in rows if a == actor and o == office and n != name and s > start]
        if later:
            rows[key] = min(later)
            closed += 1
    return closed


def main(argv):
    if len(argv) < 4:
        sys.exit(__doc__)
    actors = actor_names()
    rows, ident, skipped = {}, {}, 0

    def add(name, actor, office, start, end, qid='', position=None, versions=0):
        nonlocal skipped
        # Andorra's co-princes hold the office ex officio (the French president, the Bishop of Urgell):
        # a mention of the person is never Andorra.
        if unlabelled(name) or not actor or 'co-prince' in office.lower():
            skipped += 1
            return False
        rows[(name, actor, office, start)] = end
        ident[(name, actor, office, start)] = qid or name
        return True

    # Every version of each export, so that a holder who left before the newest one is still listed.
    heads_v, foreign_v, orgs_v = (csv_versions(spec) for spec in argv[1:4])
    heads, foreign, state_names, history = {}, {}, {}, []

    def keep(*term):  # a term only earlier versions list: added after the per-state repositories
        history.append(term)

    person = newest(heads_v, 'officeholder', 'officeholderLabel')
    office = newest(heads_v, 'position', 'positionLabel')
    country = newest(heads_v, 'countryid', 'country')
    held = lambda r: actors.get(country.get(r['countryid'], r['country']).lower(), '')
    for r, start, end, current, versions in union(heads_v, lambda r: (
            (r['officeholder'] or r['officeholderLabel'], held(r)), year_or_date(r['start_year']),
            year_or_date(r['end_year']))):
        name = person.get(r['officeholder'], r['officeholderLabel'])
        label = office.get(r['position'], r['positionLabel'])
        (add if current else keep)(name, held(r), label, start, end, r['officeholder'], (held(r), r['position']),
                                   versions)
    offices = {(held(r), r['position']) for r in heads_v[-1]}
    for version in heads_v:
        for r in version:
            heads.setdefault(r['position'], (office.get(r['position'], r['positionLabel']), set()))[1].add(
                r.get('countryid', ''))
            state_names[r.get('countryid', '')] = country.get(r.get('countryid', ''), r['country'])
    person, country = newest(foreign_v, 'person', 'name'), newest(foreign_v, 'country', 'countryLabel')
    office = newest(foreign_v, 'position', 'positionLabel')
    held = lambda r: actors.get(country.get(r['country'], r['countryLabel']).lower(), '')
    for r, start, end, current, versions in union(foreign_v, lambda r: (
            (r['person'] or r['name'], held(r)), year_or_date(r['start']), '')):
        name, label = person.get(r['person'], r['name']), office.get(r['position'], r['positionLabel'])
        (add if current else keep)(name, held(r), label, start, end, r['person'], (held(r), r['position']),
                                   versions)
    offices |= {(held(r), r['position']) for r in foreign_v[-1]}
    for version in foreign_v:
        for r in version:
            foreign.setdefault(r['position'], (office.get(r['position'], r['positionLabel']), set()))[1].add(
                r.get('country', ''))
    person = newest(orgs_v, 'personID', 'person')
    for r, start, end, current, versions in union(orgs_v, lambda r: (
            (r['personID'] or r['person'], r['position']), year_or_date(r['start']), year_or_date(r['end']))):
        if 'Court of Justice' in r['position']:
            continue  # judges sit for no party
        body = r['position'].split(' of the ', 1)[-1] if ' of the ' in r['position'] else ''
        name = person.get(r['personID'], r['person'])
        (add if current else keep)(name, actors.get(body.lower(), ''), r['position'], start, end, r['personID'],
                                   (actors.get(body.lower(), ''), r['position']), versions)
    offices |= {(actors.get(r['position'].split(' of the ', 1)[-1].lower(), ''), r['position']) for r in orgs_v[-1]}
    before = len(rows)

    # Earlier holders from the per-state repositories: join each holder's terms in one office, then
    # leave out what the exports above already list.
    listed = {}
    for (name, actor, office, start), end in rows.items():
        listed.setdefault((ident[(name, actor, office, start)], actor, office), []).append((start, end))
    added, states, old, unknown, new_keys = 0, set(), 0, 0, []
    for spec in argv[4:]:
        actor, holders = state_holders(Repo(spec), actors, heads, foreign, state_names)
        if not actor:
            unknown += 1
            continue
        terms = {}
        for name, qid, office, start, end in holders:
            terms.setdefault((qid or name, office), (name, []))[1].append((start, end))
        for (qid, office), (name, spans) in terms.items():
            joined = []
            for start, end in sorted(spans):
                if joined and overlaps(joined[-1][0], joined[-1][1], start, end):
                    last = joined[-1]
                    joined[-1] = (last[0], '' if not last[1] or not end else max(last[1], end))
                else:
                    joined.append((start, end))
            for start, end in joined:
                if not (start[:4] >= MIN_START or not end or end[:4] >= MIN_END):
                    old += 1
                    continue
                known = listed.get((qid, actor, office), [])
                if any(same_term(start, end, s, e) for s, e in known):
                    continue
                # In office when exported here and there: this term ran until the one listed began.
                later = [s for s, e in known if not end and not e and s > start]
                if later:
                    end = min(later)
                if (name, actor, office, start) not in rows and add(name, actor, office, start, end, qid):
                    listed.setdefault((qid, actor, office), []).append((start, end))
                    new_keys.append((name, actor, office, start))
                    added += 1
                    states.add(actor)

    # A per-state snapshot can be older than the other exports: a holder in office there, whom
    # another holder of that office followed, left when the next one began.
    close_at_successor(rows, new_keys)

    # Then the terms only earlier versions of the exports list: of an office the newest version still
    # lists for that state or organisation (Wikidata's corrections drop the others), not one a
    # per-state repository (whose dates are more precise) lists too, and not one another holder of
    # the office was already in when it began (a corrected error). One still open, whom another
    # holder of the office followed, left when that one began.
    gone, dropped, by_person, before_history = [], 0, {}, list(rows.items())
    for (name, actor, office, start), end in rows.items():
        by_person.setdefault((ident[(name, actor, office, start)], actor), []).append((office, start, end))
    for name, actor, office, start, end, qid, position, versions in history:
        like = lambda o: o == office or (FOREIGN.search(o) and FOREIGN.search(office))
        recent = start[:4] >= MIN_START or (end and end[:4] >= MIN_END)
        listed_too = any(like(o) and overlaps(start, end, s, e)
                         for o, s, e in by_person.get((qid or name, actor), []))
        taken = any(a == actor and like(o) and n != name and s and (earlier(s, start) or s == start and len(s) == 10)
                    and (not e or earlier(start, e)) for (n, a, o, s), e in before_history)
        if versions < 2 or not recent or position not in offices or listed_too or taken:
            dropped += 1
            continue
        if (name, actor, office, start) not in rows and add(name, actor, office, start, end, qid):
            by_person.setdefault((qid or name, actor), []).append((office, start, end))
            gone.append((name, actor, office, start))
    ended = close_at_successor(rows, gone)

    out = os.path.join(RES, 'gazetteers', 'officeholders.tsv')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Heads of state and government, foreign ministers and officers of international organisations,\n')
        f.write('# from Wikidata (CC0 1.0) via the EveryPolitician scrapers; see resources/NOTICES.md.\n')
        f.write('# Generated by resources/build/make_officeholders.py; do not edit by hand.\n')
        f.write('# start, end: YYYY, YYYY-MM or YYYY-MM-DD; an empty end means in office when exported.\n')
        f.write('name\tactor\toffice\tstart\tend\n')
        for (name, actor, office, start), end in sorted(rows.items()):
            f.write(f'{name}\t{actor}\t{office}\t{start}\t{end}\n')
    print(f'{out}: {len(rows)} holders; {skipped} rows left out (no label or no known actor)')
    print(f'  {len(gone)} only in earlier versions of the exports ({ended} of them closed here; {dropped} left out)')
    if argv[4:]:
        print(f'  {before} from the current exports, {added} more from {len(states)} states '
              f'({unknown} repositories of no known state; {old} terms ended before {MIN_END})')


if __name__ == '__main__':
    main(sys.argv)
