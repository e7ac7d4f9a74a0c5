#!/usr/bin/env python3
"""How far two labellers agree: scores one gold folder against another the way
`vnbrief eval` scores a report against its gold (same fields, same normalisation,
exact match for the single fields, F1 for the lists), so the figure is the ceiling a
parser can be measured to on that batch.

    python3 tests/agreement.py GOLD_A GOLD_B [--list]

A is read as the reference, B as the answer; the per-field score is symmetric except
for a date whose year one labeller left out. `--list` prints every disagreement.
Standard library only.
"""

import json
import os
import sys
import unicodedata

FIELDS = ["title", "date", "place", "organizer", "event", "chairs",
          "attendees", "captions", "author", "figures"]
END = set(" \t\n.,;:!?…")


def normalize(s):
    s = " ".join(unicodedata.normalize("NFC", s).split())
    i, j = 0, len(s)
    while i < j and s[i] in END:
        i += 1
    while j > i and s[j - 1] in END:
        j -= 1
    return s[i:j].lower()


def exact(a, b):
    if a is None and b is None:
        return 1.0
    if a is None or b is None:
        return 0.0
    return float(normalize(a) == normalize(b))


def f1(a, b):
    a, b = {normalize(x) for x in a}, {normalize(x) for x in b}
    if not a and not b:
        return 1.0
    hits = len(a & b)
    if hits == 0:
        return 0.0
    p, r = hits / len(b), hits / len(a)
    return 2 * p * r / (p + r)


def date(a, b):
    if a is None and b is None:
        return 1.0
    if a is None or b is None:
        return 0.0
    same_year = a.get("year") is None or a.get("year") == b.get("year")
    return float(a["day"] == b["day"] and a["month"] == b["month"] and same_year)


def names(gold, key):
    return [p["name"] for p in gold.get(key) or []]


def score(a, b):
    out = {}
    for f in FIELDS:
        if f == "date":
            out[f] = date(a.get("date"), b.get("date"))
        elif f in ("chairs", "attendees"):
            out[f] = f1(names(a, f), names(b, f))
        elif f in ("captions", "figures"):
            out[f] = f1(a.get(f) or [], b.get(f) or [])
        else:
            out[f] = exact(a.get(f), b.get(f))
    return out


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    da, db, show = argv[1], argv[2], "--list" in argv
    files = sorted(f for f in os.listdir(da) if f.endswith(".json"))
    missing = [f for f in files if not os.path.exists(os.path.join(db, f))]
    if missing:
        print(f"agreement: {len(missing)} files of {da} are not in {db}: {missing[:5]}",
              file=sys.stderr)
        return 2
    totals = {f: 0.0 for f in FIELDS}
    lines = []
    for name in files:
        with open(os.path.join(da, name), encoding="utf-8") as fa:
            a = json.load(fa)
        with open(os.path.join(db, name), encoding="utf-8") as fb:
            b = json.load(fb)
        s = score(a, b)
        for f in FIELDS:
            totals[f] += s[f]
            if s[f] < 1.0 and show:
                va, vb = a.get(f), b.get(f)
                if f in ("chairs", "attendees"):
                    va, vb = names(a, f), names(b, f)
                lines.append(f"{name} {f} ({s[f]:.2f}):\n  A: {json.dumps(va, ensure_ascii=False)}\n"
                             f"  B: {json.dumps(vb, ensure_ascii=False)}")
    n = max(len(files), 1)
    for f in FIELDS:
        print(f"{f:<12} {totals[f] / n:6.3f}")
    print(f"{'overall':<12} {sum(totals.values()) / (n * len(FIELDS)):6.3f}   ({len(files)} articles)")
    if show and lines:
        print("\ndisagreements:")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
