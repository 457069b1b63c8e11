#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/). The inputs are
written for Readout (no third-party text); rerun after changing them and review the diff."""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FORMATS = os.path.join(HERE, "..", "data", "formats")
# The text fuzztargets.cpp annotates (fixedDocument()).
FIXED = ("date 2023-05-02\n\n\U0001F30D Ghana and Senegal will hold talks in Accra on May 9, "
         "\U0001F4F0 the ministry said on Tuesday.\n")


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def text():
    body = "Officials from Norway and Chile will hold talks in Oslo on March 3.\n"
    write("text", "utf8-date-header", "date 2023-02-27\n\n" + body)
    write("text", "front-matter", "---\ntitle: \"Talks\"\ndate: 2023-02-27\nsource: Wire\nurl: x\n---\n" + body)
    write("text", "utf8-bom-crlf", b"\xef\xbb\xbf" + body.replace("\n", "\r\n").encode())
    write("text", "utf16le-bom", b"\xff\xfe" + ("Z\u00fcrich \U0001F30D " + body).encode("utf-16-le"))
    write("text", "utf16be-bom", b"\xfe\xff" + body.encode("utf-16-be"))
    write("text", "utf16le-nobom", body.encode("utf-16-le"))
    write("text", "windows-1252", b"\x93Caf\xe9\x94 talks in Montr\xe9al \x96 on Monday.\n")
    write("text", "latin1", b"na\xefve caf\xe9\n")
    write("text", "declared-koi8", b"koi8-r\n\xf4\xc1\xcc\xcb\xc9\n")
    write("text", "declared-unknown", b"x-unknown\nplain\n")
    write("text", "controls", b"\x01\x02\x03text\x04\x05")
    write("text", "odd-utf16", b"\xff\xfea\x00b")
    write("text", "truncated-utf8", b"caf\xc3")


def html():
    for name in ["article.html", "broken-markup.html", "jsonld-date.html", "windows-1252.html",
                 "iso-8859-2.html", "undeclared-latin1.html", "utf-16le.html"]:
        with open(os.path.join(FORMATS, name), "rb") as f:
            write("html", name, f.read())
    write("html", "nested", "<div>" * 300 + "<p>deep</p>" + "</div>" * 300)
    write("html", "entities", "<p>&amp;&lt;&#0;&#x110000;&#99999999999;&#x;&eacute&hellip;&nbsp</p>")
    write("html", "unclosed", "<p a='b c=\"d<script>x<!-- y <style")
    write("html", "raw-text", "<title>a</title><textarea>&amp;</textarea><script></scrip</script >x")
    write("html", "jsonld-deep", "<script type=\"application/ld+json\">" + "[" * 200 + "{\"datePublished\":\"2021-01-01\"}"
          + "]" * 200 + "</script><p>t</p>")
    write("html", "meta-dates", "<meta name=date content='Tue, 28 Dec 2021 10:00:00 GMT'><meta itemprop=datePublished "
          "content=20211228><time datetime=2021-13-45 pubdate></time><p>t</p>")


def brat():
    def span(s):
        i = FIXED.index(s)
        return "%d %d" % (i, i + len(s))
    lines = [
        "T1\tLOCATION %s\tGhana" % span("Ghana"),
        "T2\tLOCATION %s\tSenegal" % span("Senegal"),
        "T3\tLOCATION %s\tAccra" % span("Accra"),
        "T4\tDATE %s\tMay 9" % span("May 9"),
        "T5\ttalks %s\ttalks" % span("talks"),
        "T6\tORGANIZATION %s\tministry" % span("ministry"),
        "E1\ttalks:T5 Participant:T1 Participant2:T2 Date:T4 Place:T3 Source:T6",
        "A1\tStatus E1 scheduled",
        "A2\tOrigin E1 extracted",
        "#1\tAnnotatorNotes T1\tcanonical=Ghana; code=GHA",
        "#2\tAnnotatorNotes T4\tvalue=2023-05-09",
        "#3\tAnnotatorNotes E1\tparticipants=Ghana, Senegal; date=2023-05-09; place=Accra",
        "R1\tLocated Arg1:T1 Arg2:T3",
        "N1\tReference T1 Wikidata:Q117\tGhana",
    ]
    write("brat", "talks.ann", "\n".join(lines) + "\n")
    write("brat", "discontinuous.ann", "T1\tDATE 0 4;5 15\tdate 2023-05-02\n#1\tAnnotatorNotes T1\t2023-05-02\n")
    write("brat", "past-end.ann", "T1\tPERSON 0 9999\tx\n")
    write("brat", "crlf.ann", "T1\tLOCATION %s\tGhana\r\nM1\tNegation T1\r\n" % span("Ghana"))
    write("brat", "bad-event.ann", "E1\ttalks:T9 Participant:T1\nE2\t\nE3\tx:T1 y\n")


def sidecar():
    doc = {"file": "fuzz.txt", "path": "/tmp/fuzz.txt", "published": "2023-05-02", "title": "",
           "text_hash": "sha256:" + hashlib.sha256(FIXED.encode()).hexdigest(),
           "text_length": len(FIXED)}
    i = FIXED.index("Ghana")
    entities = [{"id": "T1", "type": "LOCATION", "start": i, "end": i + 5, "text": "Ghana",
                 "canonical": "Ghana", "code": "GHA", "value": "", "timex_type": "", "origin": "corrected",
                 "corrected_fields": ["type"]}]
    s = FIXED.index("\U0001F30D")
    e = FIXED.index("Tuesday.") + 8
    events = [{"id": "E1", "type": "talks", "participants": ["Ghana", "Senegal"], "participant_codes": ["GHA", "SEN"],
               "date": "2023-05-09", "date_text": "May 9", "location": "Accra", "status": "scheduled",
               "topics": [], "source": "ministry", "evidence": [{"start": s, "end": e, "text": FIXED[s:e]},
                                                                {"start": s, "end": s + 2, "text": FIXED[s:s + 2]}],
               "entity_ids": ["T1"], "confidence": 0.9, "origin": "extracted", "corrected_fields": [],
               "reviewed": True}]
    root = {"format": "readout-sidecar", "version": 1, "generator": "Readout", "document": doc,
            "entities": entities, "events": events, "correction_log": [
                {"action": "entity-type", "id": "T1", "before": "ORGANIZATION", "after": "LOCATION"}]}
    write("sidecar", "valid.json", json.dumps(root, ensure_ascii=False, indent=1))
    newer = dict(root, version=99)
    write("sidecar", "newer.json", json.dumps(newer))
    write("sidecar", "damaged.json", json.dumps(root)[:300])
    # A sidecar's article is never a sidecar: the target writes the input as fuzz.readout.json.
    write("sidecar", "names-itself.json", json.dumps(dict(root, document=dict(doc, file="fuzz.readout.json"))))
    write("sidecar", "wrong-offsets.json", json.dumps(dict(root, entities=[dict(entities[0], start=-5, end=2**40)])))


def csv():
    header = ("event_id,document,published,event_type,cameo_code,participants,actor1,actor1_code,actor2,actor2_code,"
              "date,date_text,date_precision,location,status,topics,source,evidence,evidence_start,evidence_end,"
              "origin,corrected_fields,confidence")
    row = ('E1,fuzz.txt,2023-05-02,talks,046,Ghana; Senegal,Ghana,GHA,Senegal,SEN,2023-05-09,May 9,day,Accra,'
           'scheduled,trade,ministry,"Ghana and Senegal will hold ""talks""\nin Accra",19,120,corrected,date,0.9')
    write("csv", "events.csv", header + "\r\n" + row + "\r\n")
    write("csv", "injection.csv", header + "\n" + "E1,'=cmd,,,,'+1,'-2,'@x,,,,,,,,,,,,,,,\n")
    write("csv", "unterminated.csv", header + '\nE1,"open quote\n')
    write("csv", "short-row.csv", header + "\nE1,x\n")
    write("csv", "bom.csv", "\ufeff" + header + "\n")


def dates():
    sentences = [
        "Officials will hold talks on January 10, the ministry said on Monday.",
        "They met last week and will meet again next month, in 2 1/2 years and in the 1990s.",
        "The summit is planned for Q3 2021, this spring, on Christmas Day and two days later.",
        "Talks were held on Thursday; the previous round was three years ago, earlier this month.",
        "Every Tuesday, for 48 hours, since 2019-02-29, on 31 February and on 12/31/1999.",
    ]
    for n, (days, sentence) in enumerate([(44560, sentences[0]), (0, sentences[1]), (65535, sentences[2]),
                                          (36525, sentences[3]), (40000, sentences[4])]):
        write("dates", "sentence-%d" % n, bytes([days >> 8, days & 0xFF]) + sentence.encode())


if __name__ == "__main__":
    text()
    html()
    brat()
    sidecar()
    csv()
    dates()
