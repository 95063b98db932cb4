#!/usr/bin/env python3
"""OCR of the language handouts: Carepress's PDF against the same text printed by Chromium.

For each handout in render-pdf/src/test/resources/dev/carepress/render/pdf/scripts/hands-*.md:
  1. the Carepress PDF:  java -jar cli/target/carepress.jar render FILE -f pdf -o OUT
  2. the same blocks (title, paragraphs, list, table) as a plain HTML page printed by
     chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf
  3. page 1 of each rasterised with pdftoppm -r 300 -png, read with tesseract -l LANG
  4. the character error rate (CER) against the source: for each source block, the edit distance
     to its best-matching stretch of the OCR text (page furniture and bullets cost nothing),
     summed over the blocks and divided by their length. Whitespace and joiners are left out of
     both sides (OCR engines differ on spaces in Thai, Khmer, Burmese, CJK).
Prints a Markdown table. Usage (from the repository root, after building the CLI jar):
  python3 benchmarks/scripts-ocr/ocr.py [OUT_DIR]
"""
import html
import os
import re
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPTS = os.path.join(ROOT, "render-pdf/src/test/resources/dev/carepress/render/pdf/scripts")
JAR = os.path.join(ROOT, "cli/target/carepress.jar")
TESSERACT = {"ar": "ara", "fa": "fas", "ur": "urd", "he": "heb", "hi": "hin", "bn": "ben", "ta": "tam",
             "th": "tha", "km": "khm", "my": "mya", "am": "amh", "zh-hans": "chi_sim", "zh-hant": "chi_tra",
             "ja": "jpn", "ko": "kor", "vi": "vie", "ru": "rus"}
RTL = {"ar", "fa", "ur", "he"}


def blocks(path):
    """The handout's title, paragraphs, list items and table cells; and its language tag."""
    lines = open(path, encoding="utf-8").read().split("\n")
    end = lines[1:].index("---") + 1
    front = dict(l.split(": ", 1) for l in lines[1:end] if ": " in l)
    out = {"title": front["title"], "p": [], "li": [], "rows": []}
    for line in lines[end + 1:]:
        if not line.strip() or line.startswith("|---"):
            continue
        if line.startswith("|"):
            out["rows"].append([c.strip() for c in line.strip("|").split("|")])
        elif line.startswith("- "):
            out["li"].append(line[2:])
        else:
            out["p"].append(line)
    return front["language"], out


def page(lang, b):
    """The blocks as a plain HTML page, in Chromium's default fonts (Noto, as Debian installs it)."""
    e = html.escape
    rows = "".join("<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{e(c)}</{'th' if i == 0 else 'td'}>" for c in r)
                   + "</tr>" for i, r in enumerate(b["rows"]))
    return (f"<!doctype html><html lang='{lang}' dir='{'rtl' if lang.lower() in RTL else 'ltr'}'><meta charset='utf-8'>"
            "<style>body{font-family:'Noto Sans',sans-serif;font-size:11pt;margin:2cm}</style>"
            f"<h1>{e(b['title'])}</h1>" + "".join(f"<p>{e(p)}</p>" for p in b["p"])
            + "<ul>" + "".join(f"<li>{e(i)}</li>" for i in b["li"]) + "</ul>"
            + f"<table>{rows}</table></html>")


def squeeze(s):
    return re.sub(r"[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFC", s))


def fitting_distance(needle, hay):
    """The least edit distance between needle and any stretch of hay (semi-global alignment)."""
    prev = [0] * (len(hay) + 1)
    for i, c in enumerate(needle, 1):
        cur = [i] + [0] * len(hay)
        for j, h in enumerate(hay, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (c != h))
        prev = cur
    return min(prev)


def cer(b, ocr):
    hay = squeeze(ocr)
    texts = [b["title"]] + b["p"] + b["li"] + [c for r in b["rows"] for c in r]
    errors = sum(fitting_distance(squeeze(t), hay) for t in texts)
    return errors / sum(len(squeeze(t)) for t in texts)


def ocr(pdf, lang, work):
    stem = os.path.splitext(pdf)[0]
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, stem], check=True)
    out = subprocess.run(["tesseract", stem + ".png", "-", "-l", TESSERACT[lang], "--psm", "3"],
                         capture_output=True, text=True, check=True).stdout
    open(stem + ".txt", "w", encoding="utf-8").write(out)
    return out


def main():
    work = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/scripts-ocr")
    os.makedirs(work, exist_ok=True)
    print("| Language | Tesseract | CER Carepress PDF | CER Chromium PDF |")
    print("|---|---|---|---|")
    for name in sorted(os.listdir(SCRIPTS)):
        key = name[len("hands-"):-3]
        lang, b = blocks(os.path.join(SCRIPTS, name))
        subprocess.run(["java", "-jar", JAR, "render", os.path.join(SCRIPTS, name), "-f", "pdf", "-q", "-o", work],
                       check=True, capture_output=True)
        ours = os.path.join(work, f"hands-{key}.pdf")
        page_html = os.path.join(work, f"chromium-{key}.html")
        open(page_html, "w", encoding="utf-8").write(page(lang, b))
        theirs = os.path.join(work, f"chromium-{key}.pdf")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={theirs}", "file://" + page_html], check=True, capture_output=True)
        a = cer(b, ocr(ours, key, work))
        c = cer(b, ocr(theirs, key, work))
        print(f"| {lang} | {TESSERACT[key]} | {a:.1%} | {c:.1%} |", flush=True)


if __name__ == "__main__":
    main()
