#!/usr/bin/env python3
"""Check /work/fresh gold: valid JSON, all keys, every string a verbatim substring of its article."""
import json, glob, os, sys, re, csv
KEYS = ["title","date","place","organizer","event","chairs","attendees","captions","author","figures","notes"]
base = os.path.dirname(os.path.abspath(__file__))
errs = 0; n = 0
arts = sorted(glob.glob(os.path.join(base, "[0-9][0-9][0-9]-*.txt")))
golds = sorted(glob.glob(os.path.join(base, "gold", "*.json")))
def err(f, m):
    global errs; errs += 1; print(f"{os.path.basename(f)}: {m}")
names = {os.path.basename(a)[:-4] for a in arts}
gnames = {os.path.basename(g)[:-5] for g in golds}
for x in sorted(names ^ gnames): err(x, "article without gold or gold without article")
src = {}
with open(os.path.join(base, "SOURCES.tsv"), encoding="utf-8") as fh:
    rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["file","url","notes"], rows[0]
    for r in rows[1:]:
        if len(r) != 3: err("SOURCES.tsv", f"bad row {r}")
        src[r[0]] = r
for a in arts:
    if os.path.basename(a) not in src: err(a, "missing from SOURCES.tsv")
for g in golds:
    n += 1
    a = os.path.join(base, os.path.basename(g)[:-5] + ".txt")
    if not os.path.exists(a): continue
    text = open(a, encoding="utf-8").read()
    lines = text.split("\n")
    try: d = json.load(open(g, encoding="utf-8"))
    except Exception as e: err(g, f"invalid JSON: {e}"); continue
    if list(d.keys()) != KEYS: err(g, f"keys {list(d.keys())}")
    def sub(v, what):
        if v is None: return
        if not isinstance(v, str) or v == "": err(g, f"{what}: not a non-empty string: {v!r}"); return
        if v not in text: err(g, f"{what} not in article: {v!r}")
    t = d.get("title")
    if t is not None and t != lines[0]: err(g, "title is not line 1 exactly")
    dt = d.get("date")
    if dt is not None:
        if set(dt) != {"day","month","year","text"}: err(g, f"date keys {list(dt)}")
        sub(dt.get("text"), "date.text")
        tx = dt.get("text") or ""
        nums = [int(x) for x in re.findall(r"\d+", tx)]
        for k in ("day","month"):
            if dt.get(k) is not None and dt[k] not in nums: err(g, f"date.{k} {dt[k]} not in {tx!r}")
        if dt.get("year") is not None and dt["year"] not in nums: err(g, f"date.year not in {tx!r}")
        if dt.get("year") is None and any(x > 1900 for x in nums): err(g, f"year in text but null: {tx!r}")
    for k in ("place","organizer","event","author"): sub(d.get(k), k)
    for k in ("chairs","attendees"):
        if not isinstance(d.get(k), list): err(g, f"{k} not a list"); continue
        for p in d[k]:
            if set(p) != {"rank","name","position"}: err(g, f"{k} entry keys {list(p)}")
            for kk in ("rank","name","position"): sub(p.get(kk), f"{k}.{kk}")
            if p.get("name") is None: err(g, f"{k} without name")
    allp = [p["name"] for p in d["chairs"] + d["attendees"]]
    if len(allp) != len(set(allp)): err(g, "a person listed twice")
    for c in d.get("captions", []):
        joined = any(lines[i] + " " + lines[i+1] == c for i in range(len(lines)-1))
        if not joined: sub(c, "caption")
        if c not in lines and c.strip() not in [l.strip() for l in lines]:
            # joined caption: must be two consecutive lines joined by one space
            ok = any(lines[i] + " " + lines[i+1] == c for i in range(len(lines)-1))
            if not ok: err(g, f"caption is not a whole line: {c!r}")
    figs = d.get("figures", [])
    if len(figs) != len(set(figs)): err(g, "duplicate figures")
    body = "\n".join(lines[1:]) if t is not None else text
    for f in figs:
        sub(f, "figure")
        if f not in body: err(g, f"figure only in title: {f!r}")
    if not isinstance(d.get("notes"), str) or not d["notes"]: err(g, "notes missing")
    if d["event"] is None and (d["place"] or d["organizer"]) and not d["chairs"]:
        print(f"{os.path.basename(g)}: note: place/organizer without event (check)")
print(f"{n} gold files, {len(arts)} articles, {errs} errors")
sys.exit(1 if errs else 0)
