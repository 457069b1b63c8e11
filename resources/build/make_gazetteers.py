#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build Readout's country and city gazetteers.

Usage:  python3 resources/build/make_gazetteers.py [--iso FILE] [--zones FILE]

Inputs (all UTF-8):
  /usr/share/iso-codes/json/iso_3166-1.json   Debian package iso-codes (LGPL-2.1-or-later):
                                               alpha-2/alpha-3 codes and ISO names of 249 entries
  /usr/share/zoneinfo/zone1970.tab            Debian package tzdata (public domain):
                                               one row per time zone, with country codes
  resources/build/country_overrides.tsv       hand-written: news name, aliases, demonyms, capitals
  resources/build/extra_places.tsv            hand-written: more cities and regions
  resources/build/geonames_cities.tsv         GeoNames cities (CC-BY-4.0) extracted from Debian's
                                               libgeonames0 by make_geonames.py
  resources/build/geonames_regions.tsv        GeoNames first-level divisions (CC-BY-4.0), the same way
  /usr/share/wordnet/data.*                   Debian package wordnet-base: lower-case vocabulary,
                                               to leave out cities named like ordinary words

Outputs (overwritten on every run; the script is deterministic and can be re-run at will):
  resources/gazetteers/countries.tsv   alpha3  alpha2  name  aliases  demonyms  capital
      name comes from the overrides; aliases are the override aliases followed by the ISO name,
      official_name and common_name where they differ from name (a leading lower-case "the " of
      an ISO name is dropped: "the State of Eritrea" -> "State of Eritrea"), then each of those
      with " and " written " & " ("Trinidad & Tobago"), deduplicated;
      sorted by alpha3.
  resources/gazetteers/cities.tsv      name  country  kind
      kind capital: every capital spelling from the overrides;
      kind city/region: the city part of every zone1970.tab zone ("America/New_York" -> "New York",
      country = first code of the row, as alpha-3, or ZONE_COUNTRY_OVERRIDE: Europe/Simferopol is
      filed under Ukraine although tzdata lists RU first), except zones whose city is written like a
      country name or alias, Antarctic research stations and a few zone names that are ordinary
      words or personal names (ZONE_SKIP); a few zone names are renamed (ZONE_RENAME);
      then every row of extra_places.tsv; then GeoNames cities of at least GEONAMES_MIN_POPULATION
      people (kind city), the most populous one where several countries share a name, leaving out
      names written like a country, ZONE_SKIP names and names that are an ordinary lower-case
      word in WordNet ("Reading", "Split", "Mobile", "Bath");
      then GeoNames first-level divisions whose listed cities hold at least REGION_MIN_POPULATION
      people (kind region), named as news names them: "Hunan Province" -> "Hunan", "State of Maine"
      -> "Maine" (REGION_PREFIXES, REGION_SUFFIXES), with an accent-free spelling beside an accented
      one ("Michoacán", "Michoacan"); left out where a country, capital, extra place, zone or city
      already has the name (the Russian "Chelyabinsk Oblast" leaves "Chelyabinsk" the city), where
      every word is an ordinary lower-case word ("Central", "Northern Province", "North Western"),
      and names with digits; the most populous where several countries share a name.
      One row per (name, country); the first source wins: capitals, then extra places, then zones.
      Sorted by country, then name.

TSV conventions of every file: '#' starts a comment line, the first other line is the header,
cells are TAB-separated and multi-valued cells use ';' without spaces.
"""

import argparse
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.dirname(HERE)
OUT_DIR = os.path.join(RESOURCES, "gazetteers")

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
GEONAMES_TSV = os.path.join(HERE, "geonames_cities.tsv")
WORDNET_DIR = "/usr/share/wordnet"
# Cities smaller than this are rarely news places and often share a name with something else.
GEONAMES_MIN_POPULATION = 300000
ZONE_TAB = "/usr/share/zoneinfo/zone1970.tab"
GEONAMES_REGIONS_TSV = os.path.join(HERE, "geonames_regions.tsv")
# A division whose listed cities hold fewer people is rarely named in international news.
REGION_MIN_POPULATION = 200000
# How GeoNames writes a division and how news names it: "State of Maine", "Hunan Province".
REGION_PREFIXES = ("Free and Sovereign State of ", "Free State of ", "State of ", "Canton of ", "City of ",
                   "Province of ", "Autonomous Republic of ", "Republic of ", "Special Region of ", "Region ",
                   "Estado de ")
REGION_SUFFIXES = (" Zhuang Autonomous Region", " Hui Autonomous Region", " Uyghur Autonomous Region",
                   " Autonomous Region", " Autonomous", " Province", " Region", " Governorate", " County",
                   " county", " District", " Department", " Prefecture", " Municipality", " Voivodeship",
                   " Voivodship", " Emirate", " State", " Oblast", " Krai", " kraj", " Special Capital",
                   " Capital", " City", " Division", " Republic")
# Lower-case words a division's name may hold ("Rio Grande do Sul", "Pays de la Loire").
REGION_PARTICLES = {"de", "do", "da", "del", "la", "las", "los", "and", "of", "du", "des", "di", "el", "al"}
# Division names that news mostly uses for something else: a company or bank ("Meta", "Santander"), a
# newspaper ("Granma"), a parliament ("Cortes"), a person ("Bono", "Cesar", "Diana", "Magdalena", "Mila",
# "Caldas"), a plural noun that starts sentences ("Rivers"), a language or
# people ("Flemish", "Walloon"), a lake ("Tanganyika"), a word of another language ("Nord", "Ouest",
# "Para", "Nacional", "Lacs", "Savanes", "Montagnes", "Atlantique", "Estuaire").
REGION_SKIP = {"Meta", "Santander", "Granma", "Cortes", "Cortés", "Bono", "Cesar", "Diana", "Rivers", "Magdalena",
               "Mila", "Caldas", "Flemish",
               "Walloon", "Tanganyika", "Nord", "Ouest", "Nord-Ouest", "Para", "Nacional", "Lacs", "Savanes",
               "Montagnes", "Atlantique", "Estuaire", "Maekel"}

# Zone city names that are not worth a gazetteer entry: ordinary English words or personal names
# that would produce false LOCATION matches ("Resolute", "Center", "Oral", "Easter", "Christmas"),
# and tiny settlements named after people. Antarctica/* zones are research stations and skipped
# as a whole (except Macquarie, renamed below).
ZONE_SKIP = {
    "Resolute", "Dawson", "Center", "Beulah", "Knox", "Oral", "Stanley", "Norfolk", "Lindeman",
    "Easter", "Christmas", "Chagos", "Faroe", "Cape Verde", "South Georgia", "Thule",
    "San Juan",  # America/Argentina/San_Juan; news "San Juan" is the capital of Puerto Rico
}

# Zone city -> (gazetteer name, kind). Islands and provinces become regions.
ZONE_RENAME = {
    "St Johns": ("St. John's", "city"),
    "Ho Chi Minh": ("Ho Chi Minh City", "city"),
    "Canary": ("Canary Islands", "region"),
    "Azores": ("Azores", "region"),
    "Madeira": ("Madeira", "region"),
    "Galapagos": ("Galapagos Islands", "region"),
    "Chatham": ("Chatham Islands", "region"),
    "Marquesas": ("Marquesas Islands", "region"),
    "Gambier": ("Gambier Islands", "region"),
    "Tahiti": ("Tahiti", "region"),
    "Bougainville": ("Bougainville", "region"),
    "Guadalcanal": ("Guadalcanal", "region"),
    "Kosrae": ("Kosrae", "region"),
    "Kwajalein": ("Kwajalein", "region"),
    "Kanton": ("Kanton Island", "region"),
    "Kiritimati": ("Kiritimati", "region"),
    "Rarotonga": ("Rarotonga", "region"),
    "Tongatapu": ("Tongatapu", "region"),
    "Efate": ("Efate", "region"),
    "Fakaofo": ("Fakaofo", "region"),
    "Lord Howe": ("Lord Howe Island", "region"),
    "Macquarie": ("Macquarie Island", "region"),
    "Noronha": ("Fernando de Noronha", "region"),
    "Bahia": ("Bahia", "region"),
    "Sakhalin": ("Sakhalin", "region"),
    "Kamchatka": ("Kamchatka", "region"),
    "Bahia Banderas": ("Bahía de Banderas", "city"),
    "Ciudad Juarez": ("Ciudad Juárez", "city"),
    "El Aaiun": ("El Aaiún", "city"),
    "Ndjamena": ("N'Djamena", "city"),
}

# Zones whose first country code is not the internationally recognised state of the place.
# tzdata lists Europe/Simferopol as "RU,UA"; Readout files Crimea under Ukraine.
ZONE_COUNTRY_OVERRIDE = {
    "Europe/Simferopol": "UA",
}


def read_tsv(path, header):
    """Rows of a Readout TSV file as lists of cells; checks the header and the column count."""
    rows = []
    seen_header = False
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not seen_header:
                if cells != header:
                    sys.exit(f"{path}:{lineno}: header {cells} is not {header}")
                seen_header = True
                continue
            if len(cells) != len(header):
                sys.exit(f"{path}:{lineno}: {len(cells)} cells, expected {len(header)}")
            rows.append([c.strip() for c in cells])
    if not seen_header:
        sys.exit(f"{path}: no header row")
    return rows


def split_multi(cell):
    return [v.strip() for v in cell.split(";") if v.strip()]


def unique(values):
    out, seen = [], set()
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def write_tsv(path, comment, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in comment.strip("\n").split("\n"):
            f.write(f"# {line}".rstrip() + "\n")
        f.write("\t".join(header) + "\n")
        for row in rows:
            for cell in row:
                if "\t" in cell or "\n" in cell or cell != cell.strip():
                    sys.exit(f"{path}: bad cell {cell!r}")
            f.write("\t".join(row) + "\n")


def build_countries(iso_path):
    with open(iso_path, encoding="utf-8") as f:
        iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}

    overrides = read_tsv(os.path.join(HERE, "country_overrides.tsv"),
                         ["alpha3", "name", "aliases", "demonyms", "capital"])
    by_alpha3 = {}
    for alpha3, name, aliases, demonyms, capital in overrides:
        if alpha3 not in iso:
            sys.exit(f"country_overrides.tsv: {alpha3} is not an ISO 3166-1 alpha-3 code")
        if alpha3 in by_alpha3:
            sys.exit(f"country_overrides.tsv: {alpha3} twice")
        if not name:
            sys.exit(f"country_overrides.tsv: {alpha3} has no name")
        by_alpha3[alpha3] = (name, split_multi(aliases), split_multi(demonyms), split_multi(capital))
    missing = sorted(set(iso) - set(by_alpha3))
    if missing:
        sys.exit(f"country_overrides.tsv: no row for {', '.join(missing)}")

    countries = []
    for alpha3 in sorted(iso):
        entry = iso[alpha3]
        name, aliases, demonyms, capitals = by_alpha3[alpha3]
        iso_names = [entry.get(k, "") for k in ("name", "official_name", "common_name")]
        iso_names = [n[4:] if n.startswith("the ") else n for n in iso_names]
        aliases = unique([a for a in aliases + iso_names if a and a != name])
        # "Trinidad & Tobago", "Antigua & Barbuda": news writes "and" in a country's name as "&" too.
        aliases = unique(aliases + [a.replace(" and ", " & ") for a in [name] + aliases if " and " in a])
        countries.append({
            "alpha3": alpha3,
            "alpha2": entry["alpha_2"],
            "name": name,
            "aliases": aliases,
            "demonyms": unique(demonyms),
            "capitals": unique(capitals),
        })
    return countries


def build_cities(countries, zone_path):
    alpha2_to_3 = {c["alpha2"]: c["alpha3"] for c in countries}
    country_forms = set()
    for c in countries:
        country_forms.add(c["name"])
        country_forms.update(c["aliases"])

    rows = {}  # (name, alpha3) -> kind; insertion order = priority

    def add(name, alpha3, kind):
        key = (name, alpha3)
        if key not in rows:
            rows[key] = kind

    for c in countries:
        for capital in c["capitals"]:
            # "Singapore", "Monaco": a capital written like its country makes a city-state; the
            # country's row in countries.tsv keeps it, no city row repeats the country's name.
            if capital not in country_forms:
                add(capital, c["alpha3"], "capital")

    extra = read_tsv(os.path.join(HERE, "extra_places.tsv"), ["name", "country", "kind"])
    known = {c["alpha3"] for c in countries}
    seen_extra = set()
    for name, alpha3, kind in extra:
        if alpha3 not in known:
            sys.exit(f"extra_places.tsv: unknown country {alpha3} for {name}")
        if kind not in ("city", "region"):
            sys.exit(f"extra_places.tsv: kind {kind!r} of {name} is not city or region")
        if (name, alpha3) in seen_extra:
            sys.exit(f"extra_places.tsv: {name} {alpha3} twice")
        if name in country_forms:
            sys.exit(f"extra_places.tsv: {name} is written like a country")
        seen_extra.add((name, alpha3))
        add(name, alpha3, kind)

    with open(zone_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            codes, zone = cells[0].split(","), cells[2]
            area, _, rest = zone.partition("/")
            city = rest.rsplit("/", 1)[-1].replace("_", " ")
            if area == "Antarctica" and city != "Macquarie":
                continue
            if city in ZONE_SKIP or city in country_forms:
                continue
            name, kind = ZONE_RENAME.get(city, (city, "city"))
            if name in country_forms:
                continue
            alpha2 = ZONE_COUNTRY_OVERRIDE.get(zone, codes[0])
            add(name, alpha2_to_3[alpha2], kind)

    names = {n for (n, _a) in rows}
    vocabulary = wordnet_vocabulary(WORDNET_DIR)
    best = {}  # name -> (population, alpha2)
    for name, alpha2, population, _id in read_tsv(GEONAMES_TSV, ["name", "alpha2", "population", "geonameid"]):
        population = int(population)
        if population < GEONAMES_MIN_POPULATION or alpha2 not in alpha2_to_3:
            continue
        if name in country_forms or name in ZONE_SKIP or name.lower().replace(" ", "_") in vocabulary:
            continue
        if name not in best or population > best[name][0]:
            best[name] = (population, alpha2)
    for name in sorted(best):
        if name not in names:  # a capital, extra place or zone city of that name comes first
            add(name, alpha2_to_3[best[name][1]], "city")

    names = {n for (n, _a) in rows}
    for name, alpha2 in regions(vocabulary, names | country_forms, set(alpha2_to_3)):
        add(name, alpha2_to_3[alpha2], "region")

    return sorted(((n, a, k) for (n, a), k in rows.items()), key=lambda r: (r[1], r[0]))


def region_name(name):
    """How news names a GeoNames division: "Hunan Province" -> "Hunan"."""
    for prefix in REGION_PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):]
            break
    for suffix in REGION_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name.strip()


def without_accents(name):
    """ "Michoacán" -> "Michoacan"; "" when the name has letters that do not fold to ASCII."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return folded if folded.isascii() else ""


def regions(vocabulary, taken, alpha2s):
    """The (name, alpha2) of the news-worthy GeoNames divisions, per the rules of the docstring."""
    best = {}  # name -> (population, alpha2)
    for raw, alpha2, population, _cities in read_tsv(GEONAMES_REGIONS_TSV, ["name", "alpha2", "population", "cities"]):
        population = int(population)
        name = region_name(raw)
        if population < REGION_MIN_POPULATION or alpha2 not in alpha2s or len(name) < 4:
            continue
        if any(c.isdigit() or c in ",.()'’" for c in name) or not name[0].isupper() or name.startswith("The "):
            continue
        words = [w for w in name.replace("-", " ").split() if w not in REGION_PARTICLES]
        if any(not w[0].isupper() for w in words) or name in REGION_SKIP:
            continue  # "Hlavni mesto Praha": not as English news writes it
        if name.lower().replace(" ", "_") in vocabulary or all(w.lower() in vocabulary for w in words):
            continue
        for spelling in unique([name, without_accents(name)]):
            if spelling and spelling not in taken and spelling not in ZONE_SKIP:
                if spelling not in best or population > best[spelling][0]:
                    best[spelling] = (population, alpha2)
    return sorted((name, alpha2) for name, (_population, alpha2) in best.items())


def wordnet_vocabulary(directory):
    """Every lower-case word form of WordNet's synsets ("reading", "mobile"): ordinary vocabulary."""
    words = set()
    for part in ("noun", "verb", "adj", "adv"):
        path = os.path.join(directory, "data." + part)
        if not os.path.exists(path):
            sys.exit(f"{path} not found: apt-get install wordnet-base")
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("  "):
                    continue  # licence header
                cells = line.split(" ")
                count = int(cells[3], 16)
                for i in range(count):
                    word = cells[4 + 2 * i].split("(")[0]
                    if word == word.lower():
                        words.add(word)
    return words


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--iso", default=ISO_JSON)
    parser.add_argument("--zones", default=ZONE_TAB)
    args = parser.parse_args()

    countries = build_countries(args.iso)
    cities = build_cities(countries, args.zones)
    os.makedirs(OUT_DIR, exist_ok=True)

    write_tsv(
        os.path.join(OUT_DIR, "countries.tsv"),
        "Generated by resources/build/make_gazetteers.py - do not edit; edit country_overrides.tsv.\n"
        "Codes and ISO names from iso-codes (LGPL-2.1-or-later), see resources/NOTICES.md.",
        ["alpha3", "alpha2", "name", "aliases", "demonyms", "capital"],
        [[c["alpha3"], c["alpha2"], c["name"], ";".join(c["aliases"]), ";".join(c["demonyms"]),
          ";".join(c["capitals"])] for c in countries],
    )
    write_tsv(
        os.path.join(OUT_DIR, "cities.tsv"),
        "Generated by resources/build/make_gazetteers.py - do not edit; edit country_overrides.tsv\n"
        "or extra_places.tsv. Zone cities from tzdata zone1970.tab (public domain) and cities from\n"
        "GeoNames (CC-BY-4.0, via Debian's libgeonames0), see resources/NOTICES.md.\n"
        "country = ISO 3166-1 alpha-3; kind = capital, city or region.",
        ["name", "country", "kind"],
        [list(r) for r in cities],
    )
    print(f"countries.tsv: {len(countries)} rows; cities.tsv: {len(cities)} rows")


if __name__ == "__main__":
    main()
