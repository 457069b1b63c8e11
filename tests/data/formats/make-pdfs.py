#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the PDF fixtures of tests/data/formats (run it from anywhere; review the diff).

The PDFs are written by hand with the standard Helvetica font, so they are small, need no
tools and extract the same everywhere: article.pdf (three pages with a running header, page
numbers in the footer, words hyphenated at line ends, a paragraph running on to the next
page), scanned.pdf (one page without a text layer) and truncated.pdf (article.pdf cut short).
The text is invented for Readout's tests.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = "The Northern Ledger - World News"
PAGES = [
    ["Fisheries talks set for Oslo",
     "",
     "OSLO - Officials from Norway and Chile will hold talks on",
     "fisheries in Oslo on March 3, the Norwegian foreign min-",
     "istry said on Monday. The negotiations follow a dispute",
     "over salmon quotas that flared up last autumn.",
     "",
     "Foreign Minister Astrid Nyhus said the delegations",
     "would also discuss port inspections and the access of re-"],
    ["search vessels to each other's waters. Chilean officials",
     "said they expected the talks to last two days.",
     "",
     "The previous round of negotiations was held in Santiago",
     "in 2021 and ended without an agreement."],
    ["Chile's envoy Tom\u00e1s Reyes said Santiago was ready for",
     "a compromise. A spokesperson for the European Union",
     "said Brussels would follow the talks closely."],
]


def pdf_string(text):
    out = ""
    for ch in text:
        if ch in "()\\":
            out += "\\" + ch
        elif ord(ch) < 128:
            out += ch
        else:
            out += "\\%03o" % ch.encode("cp1252")[0]
    return "(" + out + ")"


def page_stream(lines, number, count, header=True):
    ops = ["BT", "/F1 9 Tf", "40 565 Td"]
    if header:
        ops.append(pdf_string(HEADER) + " Tj")
    ops += ["ET", "BT", "/F1 11 Tf", "14 TL", "40 520 Td"]
    for line in lines:
        if line:
            ops.append(pdf_string(line) + " Tj")
        ops.append("T*")
    ops += ["ET", "BT", "/F1 9 Tf", "180 30 Td", pdf_string("Page %d of %d" % (number, count)) + " Tj", "ET"]
    return "\n".join(ops)


def write_pdf(path, streams, title):
    objects = []  # bodies; object n is objects[n - 1]
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(None)  # pages, filled in below
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for stream in streams:
        data = stream.encode("latin-1")
        objects.append("<< /Length %d >>\nstream\n" % len(data) + stream + "\nendstream")
        content = len(objects)
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] "
                       "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append("%d 0 R" % len(objects))
    objects[1] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids))
    objects.append("<< /Title %s /Producer (Readout test fixtures) >>" % pdf_string(title))
    info = len(objects)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += ("%d 0 obj\n" % number).encode() + body.encode("latin-1") + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)).encode()
    for offset in offsets:
        out += ("%010d 00000 n \n" % offset).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, info, xref)).encode()
    with open(path, "wb") as f:
        f.write(out)
    return out


def main():
    streams = [page_stream(lines, n, len(PAGES)) for n, lines in enumerate(PAGES, 1)]
    article = write_pdf(os.path.join(HERE, "article.pdf"), streams, "Fisheries talks set for Oslo")
    write_pdf(os.path.join(HERE, "scanned.pdf"), ["0.6 g\n40 40 340 515 re f"], "A scanned page")
    with open(os.path.join(HERE, "truncated.pdf"), "wb") as f:
        f.write(article[: len(article) * 6 // 10])


if __name__ == "__main__":
    main()
