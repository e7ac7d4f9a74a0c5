#!/usr/bin/env python3
"""Check a held-out batch's gold (tests/corpus-fresh, -fresh2, -fresh3): pairs, SOURCES rows,
excluded domains, NFC/LF text, valid JSON with all keys, every string a verbatim substring of its
article, date fields consistent with date.text.

Usage: python3 tests/check_batch.py tests/corpus-fresh2 300   (the batch's folder, its first number;
its articles are numbered FIRST to FIRST+99)."""
import json, glob, os, sys, re, csv, unicodedata
from urllib.parse import urlsplit
KEYS = ["title","date","place","organizer","event","chairs","attendees","captions","author","figures","notes"]
if len(sys.argv) != 3:
    sys.exit(__doc__)
base = os.path.abspath(sys.argv[1])
first = int(sys.argv[2])
errs = 0; n = 0
arts = sorted(glob.glob(os.path.join(base, "[0-9][0-9][0-9]-*.txt")))
golds = sorted(glob.glob(os.path.join(base, "gold", "*.json")))
def err(f, m):
    global errs; errs += 1; print(f"{os.path.basename(f)}: {m}")
names = {os.path.basename(a)[:-4] for a in arts}
gnames = {os.path.basename(g)[:-5] for g in golds}
for x in sorted(names ^ gnames): err(x, "article without gold or gold without article")
for a in arts:
    if not first <= int(os.path.basename(a)[:3]) <= first + 99: err(a, f"number outside {first}-{first + 99}")
# excluded domains: the first word of every line of EXCLUDED.md that starts with a domain, as a
# '- domain' bullet (corpus-fresh2 on) or bare (corpus-fresh's shorter, older list)
excl = set()
for line in open(os.path.join(base, "EXCLUDED.md"), encoding="utf-8"):
    m = re.match(r"(?:- )?([a-z0-9.-]+\.[a-z]+)\b", line)
    if m: excl.add(m.group(1))
assert len(excl) > 20, f"EXCLUDED.md lists only {len(excl)} domains"
src = {}
with open(os.path.join(base, "SOURCES.tsv"), encoding="utf-8") as fh:
    rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["file","url","notes"], rows[0]
    for r in rows[1:]:
        if len(r) != 3: err("SOURCES.tsv", f"bad row {r}"); continue
        src[r[0]] = r
        host = (urlsplit(r[1]).hostname or "").lower()
        if not host: err(r[0], f"no host in url {r[1]!r}")
        parts = host.split(".")
        for i in range(len(parts) - 1):
            if ".".join(parts[i:]) in excl: err(r[0], f"excluded domain {'.'.join(parts[i:])} ({host})")
        if not r[2].strip(): err(r[0], "SOURCES notes empty")
for f in src:
    if not os.path.exists(os.path.join(base, f)): err(f, "SOURCES row without article")
for a in arts:
    if os.path.basename(a) not in src: err(a, "missing from SOURCES.tsv")
    raw = open(a, "rb").read()
    if b"\r" in raw: err(a, "CR in file (LF only)")
    t = raw.decode("utf-8")
    if unicodedata.normalize("NFC", t) != t: err(a, "not NFC")
    if not t.endswith("\n") or t.endswith("\n\n"): err(a, "must end with exactly one LF")
    if any(l.strip() == "" for l in t.split("\n")[:-1]): err(a, "blank line")
for g in golds:
    n += 1
    a = os.path.join(base, os.path.basename(g)[:-5] + ".txt")
    if not os.path.exists(a): continue
    text = open(a, encoding="utf-8").read()
    lines = text.split("\n")
    try: d = json.load(open(g, encoding="utf-8"))
    except Exception as e: err(g, f"invalid JSON: {e}"); continue
    if list(d.keys()) != KEYS: err(g, f"keys {list(d.keys())}"); continue
    def sub(v, what):
        if v is None: return
        if not isinstance(v, str) or v == "" or v != v.strip(): err(g, f"{what}: not a trimmed non-empty string: {v!r}"); return
        if unicodedata.normalize("NFC", v) != v: err(g, f"{what}: not NFC")
        if v not in text: err(g, f"{what} not in article: {v!r}")
    t = d.get("title")
    if t is not None and t != lines[0]: err(g, "title is not line 1 exactly")
    dt = d.get("date")
    if dt is not None:
        if list(dt) != ["day","month","year","text"]: err(g, f"date keys {list(dt)}")
        sub(dt.get("text"), "date.text")
        tx = dt.get("text") or ""
        nums = [int(x) for x in re.findall(r"\d+", tx)]
        for k in ("day","month"):
            if not isinstance(dt.get(k), int): err(g, f"date.{k} missing")
            elif dt[k] not in nums: err(g, f"date.{k} {dt[k]} not in {tx!r}")
        if isinstance(dt.get("day"), int) and not 1 <= dt["day"] <= 31: err(g, "day out of range")
        if isinstance(dt.get("month"), int) and not 1 <= dt["month"] <= 12: err(g, "month out of range")
        if dt.get("year") is not None and dt["year"] not in nums: err(g, f"date.year not in {tx!r}")
        if dt.get("year") is None and any(x > 1900 for x in nums): err(g, f"year in text but null: {tx!r}")
        # month written as a word: 'tháng 8' must give month 8
        m = re.search(r"tháng (\d{1,2})", tx)
        if m and dt.get("month") != int(m.group(1)): err(g, f"month word mismatch in {tx!r}")
    for k in ("place","organizer","event","author"): sub(d.get(k), k)
    for k in ("chairs","attendees"):
        if not isinstance(d.get(k), list): err(g, f"{k} not a list"); continue
        for p in d[k]:
            if list(p) != ["rank","name","position"]: err(g, f"{k} entry keys {list(p)}")
            for kk in ("rank","name","position"): sub(p.get(kk), f"{k}.{kk}")
            if p.get("name") is None: err(g, f"{k} without name")
    allp = [p["name"] for p in d["chairs"] + d["attendees"]]
    if len(allp) != len(set(allp)): err(g, "a person listed twice")
    if not isinstance(d.get("captions"), list): err(g, "captions not a list")
    if len(d["captions"]) != len(set(d["captions"])): err(g, "duplicate captions")
    for c in d["captions"]:
        joined = any(lines[i] + " " + lines[i+1] == c for i in range(len(lines)-1))
        if not joined:
            sub(c, "caption")
            if c not in lines and c.strip() not in [l.strip() for l in lines]: err(g, f"caption is not a whole line: {c!r}")
        if t is not None and c == t and lines.count(c) < 2: err(g, "caption is only the title line")
    # the byline is the last line, or the one before a last line naming the author's office
    if d.get("author") is not None and not any(d["author"] in l for l in [l for l in lines if l][-2:]):
        err(g, "author not on the last two lines")
    figs = d.get("figures", [])
    if not isinstance(figs, list): err(g, "figures not a list"); figs = []
    if len(figs) != len(set(figs)): err(g, "duplicate figures")
    body = "\n".join(lines[1:]) if t is not None else text
    for f in figs:
        sub(f, "figure")
        if f not in body: err(g, f"figure only in title: {f!r}")
        if not re.search(r"\d", f): err(g, f"figure without digit: {f!r}")
    if not isinstance(d.get("notes"), str) or not d["notes"]: err(g, "notes missing")
    if d["event"] is None and (d["place"] or d["organizer"]) and not d["chairs"]:
        print(f"{os.path.basename(g)}: note: place/organizer without event (check)")
print(f"{n} gold files, {len(arts)} articles, {errs} errors")
sys.exit(1 if errs else 0)
