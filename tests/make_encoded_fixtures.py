#!/usr/bin/env python3
"""Writes the encoding fixtures of tests/decode_fixtures.rs and their reference tables.

Run from the repository root:  python3 tests/make_encoded_fixtures.py [path/to/vietnamese-conversion]

Needs Python 3, glibc iconv (TCVN5712-1, VISCII) and, for the VNI cross-check, the
unpacked npm package `vietnamese-conversion` (`npm pack vietnamese-conversion`; its
dist/charsets.js is read with node). The outputs are committed as bytes, so the tests
need none of these tools.

Outputs under tests/fixtures/encodings/:
  NNN.legacy.txt        the article as UTF-8 in the repertoire every 8-bit encoding has
                        (curly quotes, dashes, ellipses, no-break spaces, emoji spelled
                        in ASCII or dropped): the twin of the 8-bit fixtures
  NNN.<encoding>.txt    the encoded variants
  MANIFEST.tsv          file, twin (relative to tests/), expected source.encoding
  reference/*.tsv       byte tables decoded by iconv, and the npm VNI table
and under tests/fixtures/html/ saved pages built around the raw sources in
tests/corpus/raw/, with their MANIFEST.tsv (file, twin).
"""

import json
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "fixtures", "encodings")
CORPUS = os.path.join(ROOT, "corpus")

# Several articles of different sources and lengths, NFC and NFD ones among them.
ARTICLES = [
    "000-giao-ban-quy-1-2024",
    "002-bd-gap-mat-quan-dan-chinh-tieu-bieu",
    "003-bd-le-ky-niem-50-nam-giai-phong-binh-dinh",
    "010-gso-hoi-nghi-truc-tuyen-cong-bo-ket-qua-tdt-2019",
    "013-hvnh-hoi-nghi-can-bo-chu-chot-quy-hoach-2026-2031",
    "015-nghean-hoi-nghi-truc-tuyen-quan-triet-chi-thi-10-attgt",
]

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
SHAPES = {"\u0302", "\u0306", "\u031b"}

# ASCII spellings of the punctuation the 8-bit tables lack.
ASCII_FOR = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'",
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u202f": " ",
    "\u2009": " ", "\u00d0": "\u0110", "\u00b0": "o",
}


def split_letter(ch):
    """A precomposed letter as (letter with its shape marks, tone mark or '')."""
    d = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in d if c in TONES)
    rest = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return rest, tone


# --- VNI-Windows, from the rules of its chart: base letter + mark byte -------------------
VNI_TONE = {"\u0301": 0xD9, "\u0300": 0xD8, "\u0309": 0xDB, "\u0303": 0xD5, "\u0323": 0xCF}
VNI_CIRC = {"": 0xC2, "\u0301": 0xC1, "\u0300": 0xC0, "\u0309": 0xC5, "\u0303": 0xC3, "\u0323": 0xC4}
VNI_BREVE = {"": 0xCA, "\u0301": 0xC9, "\u0300": 0xC8, "\u0309": 0xDA, "\u0303": 0xDC, "\u0323": 0xCB}
VNI_SINGLE = {"Đ": 0xD1, "Ơ": 0xD4, "Ư": 0xD6, "Í": 0xCD, "Ì": 0xCC, "Ỉ": 0xC6, "Ĩ": 0xD3,
              "Ị": 0xD2, "Ỵ": 0xCE}


def vni_char(ch):
    if ord(ch) < 0x80:
        return bytes([ord(ch)])
    lower = ch != ch.upper()
    up = ch.upper()
    case = 0x20 if lower else 0
    if up in VNI_SINGLE:
        return bytes([VNI_SINGLE[up] + case])
    letter, tone = split_letter(up)
    if letter in ("Ơ", "Ư"):
        if not tone:
            return bytes([VNI_SINGLE[letter] + case])
        return bytes([VNI_SINGLE[letter] + case, VNI_TONE[tone] + case])
    base = unicodedata.normalize("NFD", letter)[0]
    shape = unicodedata.normalize("NFD", letter)[1:]
    if base not in "AEIOUY" or not base.isascii():
        raise ValueError(ch)
    b = ord(base) + case
    if shape == "\u0302":
        return bytes([b, VNI_CIRC[tone] + case])
    if shape == "\u0306":
        return bytes([b, VNI_BREVE[tone] + case])
    if shape == "" and tone:
        return bytes([b, VNI_TONE[tone] + case])
    raise ValueError(ch)


# Where the npm table is wrong: it gives ỹ the byte of ì (0xEC) and ỷ that of the y-dot
# mark, so ì and ỹ would read alike. The chart rules (and xvnkb's vni.h, a third table:
# "YÛ", "YÕ") write them as y + hook / tilde mark bytes.
NPM_VNI_ERRORS = {"Ỷ", "Ỹ", "ỷ", "ỹ"}


def vni(text):
    return b"".join(vni_char(c) for c in text)


# --- Windows-1258 as Windows writes it: base letters, tone marks as separate bytes ------
def cp1258(text):
    out = []
    for ch in text:
        letter, tone = split_letter(ch) if ord(ch) >= 0x80 else (ch, "")
        out.append(letter.encode("cp1258"))
        if tone:
            out.append(tone.encode("cp1258"))
    return b"".join(out)


def iconv(text, enc):
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", enc], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout


def cp1252_misread(data):
    """UTF-8 bytes read as Windows-1252 (undefined bytes as C1 controls) and saved as UTF-8."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else chr(b) for b in data).encode("utf-8")


def legacy_safe(text):
    """The article in the repertoire TCVN3, VNI, VISCII and Windows-1258 all have."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        ch = ASCII_FOR.get(ch, ch)
        try:
            for c in ch:
                if c != "\n" and ord(c) >= 0x80:
                    iconv(c, "VISCII")
                    vni_char(c)
        except (subprocess.CalledProcessError, ValueError):
            continue  # emoji and signs no 8-bit table has
        out.append(ch)
    return "".join(out)


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def references(npm_dir):
    ref = os.path.join(OUT, "reference")
    os.makedirs(ref, exist_ok=True)
    for enc, fname in (("TCVN5712-1", "tcvn3.iconv.tsv"), ("VISCII", "viscii.iconv.tsv")):
        rows = []
        for b in list(range(0x01, 0x20)) + list(range(0x80, 0x100)):
            r = subprocess.run(["iconv", "-f", enc, "-t", "UTF-8"], input=bytes([b]),
                               capture_output=True)
            ch = r.stdout.decode("utf-8")
            if r.returncode == 0 and len(ch) == 1 and (b >= 0x80 or ord(ch) >= 0x80):
                rows.append(f"{b:02X}\t{ord(ch):04X}\n")
        with open(os.path.join(ref, fname), "w") as f:
            f.write(f"# byte\tcode point, as glibc iconv -f {enc} decodes one byte\n")
            f.writelines(rows)
    if npm_dir:
        js = ("const c=require(process.argv[1]+'/dist/charsets.js');"
              "const t=c.default||c.charsets||c;"
              "const u=t.UNICODE, v=t.VNI;"
              "console.log(JSON.stringify(u.map((x,i)=>[x,v[i]])))")
        pairs = json.loads(subprocess.run(["node", "-e", js, os.path.abspath(npm_dir)],
                                          capture_output=True, check=True, text=True).stdout)
        rows = []
        for uni, v in pairs:
            data = v.encode("cp1252")
            if uni in NPM_VNI_ERRORS:
                continue
            # Two independent tables must agree: the npm one and the chart rules above.
            assert vni(uni) == data, (uni, v, vni(uni), data)
            rows.append(f"{data.hex().upper()}\t{ord(uni):04X}\n")
        with open(os.path.join(ref, "vni.npm.tsv"), "w") as f:
            f.write("# VNI bytes\tcode point, from the npm package vietnamese-conversion 2.0.0 "
                    "(MIT), checked against the chart rules of make_encoded_fixtures.py\n")
            f.writelines(rows)


# --- HTML pages around the raw page sources of tests/corpus/raw/ --------------------------
PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title} - {site}</title>
<meta property="og:title" content="{og_title}">
<link rel="stylesheet" href="/css/site.css">
<style>.share-bar a {{ color: #06c; }} p.content-note {{ font-style: italic; }}</style>
<script>window.dataLayer = window.dataLayer || []; document.write("<p>Quảng cáo</p>");</script>
</head>
<body>
<header class="site-header"><a href="/"><img src="/logo.png" alt="{site}"></a>
<nav id="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức &amp; Sự kiện</a></li>
<li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc">Tin tức</a></div>
<main>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
{heading}
{body}
<div class="box-related"><h3>Tin liên quan</h3><ul>
<li><a href="/a1">Hội nghị sơ kết công tác 6 tháng đầu năm</a></li>
<li><a href="/a2">Lễ ra quân bảo đảm trật tự an toàn giao thông</a></li>
<li><a href="/a3">Gặp mặt cán bộ hưu trí nhân dịp năm mới</a></li></ul></div>
</main>
<footer><p>Bản quyền thuộc về {site}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer>
<script src="/js/app.js"></script>
</body>
</html>
"""

NAV_ONLY = """<!DOCTYPE html><html><head><title>Tin tức</title></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></nav>
<div class="menu-footer"><a href="/a">Giới thiệu</a> <a href="/b">Liên hệ</a> <a href="/c">Sơ đồ trang</a></div>
<div class="box-related"><ul><li><a href="/1">Hội nghị tổng kết công tác năm 2023 của Công an tỉnh</a></li>
<li><a href="/2">Lễ kỷ niệm ngày truyền thống</a></li><li><a href="/3">Gặp mặt đầu xuân</a></li></ul></div>
<script>var nav = "<p>Không phải bài viết nhưng dài hơn tám từ trong mã script</p>";</script>
</body></html>
"""


def html_fixtures():
    out = os.path.join(ROOT, "fixtures", "html")
    os.makedirs(out, exist_ok=True)
    raw = os.path.join(CORPUS, "raw")

    def text_lines(art):
        with open(os.path.join(CORPUS, art + ".txt"), encoding="utf-8") as f:
            return f.read().split("\n")

    def read_raw(name):
        with open(os.path.join(raw, name), encoding="utf-8") as f:
            return f.read()

    manifest = ["# file\ttwin (relative to tests/)\n"]
    a012 = "012-hcma4-le-ky-niem-60-nam-dh-an-ninh-nhan-dan"
    frag = read_raw(a012 + ".html")
    # The raw source is a fragment of the page body; used as is, and inside a saved page
    # whose only title is og:title (the fragment repeats it in its content-title).
    with open(os.path.join(out, "012.fragment.html"), "w", encoding="utf-8") as f:
        f.write(frag)
    t = text_lines(a012)[0]
    with open(os.path.join(out, "012.page.html"), "w", encoding="utf-8") as f:
        f.write(PAGE.format(title=t, og_title=t, site="Học viện Chính trị khu vực IV",
                            heading="", body=frag))
    manifest += [f"fixtures/html/012.fragment.html\tcorpus/{a012}.txt\n",
                 f"fixtures/html/012.page.html\tcorpus/{a012}.txt\n"]
    a015 = "015-nghean-hoi-nghi-truc-tuyen-quan-triet-chi-thi-10-attgt"
    lines = text_lines(a015)
    # The raw source is the CMS body only; the page adds the headline and the lead
    # ("sapo") that the site prints above it, as the .txt twin has them.
    heading = f"<h1 class=\"title-detail\">{lines[0]}</h1>\n<div class=\"sapo\"><p>{lines[1]}</p></div>"
    with open(os.path.join(out, "015.page.html"), "w", encoding="utf-8") as f:
        f.write(PAGE.format(title=lines[0], og_title=lines[0], site="Công an tỉnh Nghệ An",
                            heading=heading,
                            body="<div class=\"content-detail\">\n" + read_raw(a015 + ".content.html")
                            + "\n</div>"))
    manifest.append(f"fixtures/html/015.page.html\tcorpus/{a015}.txt\n")
    with open(os.path.join(out, "nav-only.html"), "w", encoding="utf-8") as f:
        f.write(NAV_ONLY)
    with open(os.path.join(out, "MANIFEST.tsv"), "w") as f:
        f.writelines(manifest)


def main():
    npm_dir = sys.argv[1] if len(sys.argv) > 1 else None
    os.makedirs(OUT, exist_ok=True)
    references(npm_dir)
    manifest = ["# file\ttwin (relative to tests/)\texpected source.encoding\n"]
    for art in ARTICLES:
        with open(os.path.join(CORPUS, art + ".txt"), encoding="utf-8") as f:
            original = f.read()
        num = art[:3]
        twin = f"corpus/{art}.txt"
        safe = legacy_safe(original)
        safe_twin = f"fixtures/encodings/{num}.legacy.txt"
        write(f"{num}.legacy.txt", safe.encode("utf-8"))
        variants = [
            ("utf-8-bom", b"\xef\xbb\xbf" + original.encode("utf-8"), twin, "utf-8"),
            ("utf-8-nfd", unicodedata.normalize("NFD", original).encode("utf-8"), twin, "utf-8"),
            ("utf-16le", original.encode("utf-16-le"), twin, "utf-16le"),
            ("utf-16le-bom", b"\xff\xfe" + original.encode("utf-16-le"), twin, "utf-16le"),
            ("utf-16be", original.encode("utf-16-be"), twin, "utf-16be"),
            ("utf-16be-bom", b"\xfe\xff" + original.encode("utf-16-be"), twin, "utf-16be"),
            ("utf-8-via-windows-1252", cp1252_misread(original.encode("utf-8")), twin,
             "utf-8-via-windows-1252"),
            ("windows-1258", cp1258(safe), safe_twin, "windows-1258"),
            ("tcvn3", iconv(safe, "TCVN5712-1"), safe_twin, "tcvn3"),
            ("vni-windows", vni(safe), safe_twin, "vni-windows"),
            ("viscii", iconv(safe, "VISCII"), safe_twin, "viscii"),
        ]
        for label, data, twin_path, expected in variants:
            name = f"{num}.{label}.txt"
            write(name, data.replace(b"\n", b"\r\n") if label == "windows-1258" else data)
            manifest.append(f"fixtures/encodings/{name}\t{twin_path}\t{expected}\n")
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w") as f:
        f.writelines(manifest)
    html_fixtures()


if __name__ == "__main__":
    main()
