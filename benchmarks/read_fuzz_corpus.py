#!/usr/bin/env python3
"""Deterministic hostile Markdown articles for checking that reader changes keep the output.

Usage: read_fuzz_corpus.py OUTDIR [N] [--seed S]

Writes N (default 400) articles that pile up what the Markdown reader treats specially: bare URLs,
www. links and e-mail addresses in every position (text, emphasis, links, code, headings, tables,
footnotes, key points, split by escapes, entities and line breaks), glossary terms in other cases
and scripts next to letters, digits and punctuation, key points that look like block syntax,
callouts, raw HTML, footnotes and reference definitions. Not valid content on purpose: many files
give warnings or errors, which are compared too. Python 3 standard library only.
"""

import argparse
import os
import random

TERMS = [
    "diagnosis", "steroid", "blood pressure", "blood  pressure", "HbA1c", "A1c", "COVID-19", "T-cell",
    "straße", "STRASSE", "İnsulin", "insulin", "ınsulin", "Σίγμα", "σίγμα", "naïve", "x", "ﬁbre", "ǅemal",
    "K", "Ω", "µg", "𝐀lpha", "😀 face", "café", "e.g.", "(note)", "C++", "ab", "a b c", "İ", "ß",
]

WORDS = [
    "the", "a", "and", "of", "patients", "heart", "Blood", "pressure", "is", "care", "nurse", "x", "ab",
    "ὈΔΥΣΣΕΎΣ", "ὀδυσσεύς", "Straße", "STRASSE", "ﬁbre", "K", "k", "ς", "Σ", "ı", "I", "i", "İ",
    "naïve", "NAÏVE", "x2", "2x", "_x_", "x_", "١٢٣", "𝐀", "😀", "\u00a0", "e.g.", "etc.", "a.b", "café",
]

LINKS = [
    "http://example.com", "https://www.example.org/path?q=1&x=2#frag", "www.example.org",
    "WWW.EXAMPLE.ORG/x", "www.example", "ftp://files.example.net/a.txt", "mailto:help@example.org",
    "help@example.org", "first.last+tag@sub.example.co.uk", "a@b", "@handle", "foo://", "http://",
    "HTTP://EXAMPLE.COM/", "javascript:alert(1)", "https://en.wikipedia.org/wiki/Foo_(bar)",
    "https://example.com/a_b_c_", "https://example.com/).", "(https://example.com)", "<https://example.com>",
    "<help@example.org>", "https://example.com/\\_x", "www.ex\\_ample.com", "http://a.b/&amp;c",
    "https://example.com/&#64;", "x://y", "a+b.c-d://", "https://ex.com/path.", "https://ex.com/path,",
    "https://ex.com/path!", "https://ex.com/path?", "www.ex.com:8080/p", "user@host.com.", "a.b@c.d.e",
    "http://[::1]/", "https://exa mple.com", "https://example.com/\u00e9", "www.😀.com", "xwww.example.com",
    "_www.example.com", "\\www.example.com", "&#119;ww.example.com", "http:/example.com", "https:example.com",
]

INLINE = [
    "*emphasis*", "**strong**", "~~gone~~", "`code www.x.com`", "`` a ` b ``", "[link](https://ex.com)",
    "[www.in-link.com](https://ex.com)", "[text][ref]", "[ref]", "[undefined ref www.x.com]",
    "![alt www.x.com](img.png)", "[^1]", "[^note]", "[^missing]", "<b>bold</b>", "<br>", "<br/>",
    "<!-- comment -->", "&amp;", "&copy;", "&#x41;", "\\*", "\\_", "\\\\", "\\", "  \n", "\\\n", "\n",
    "_under_", "*a **b** c*", "***x***", "~single~", "<span onclick=x>s</span>", "**www.strong.com**",
    "*help@em.org*", "[![img](a.png)](https://ex.com)",
]


def token(r, terms):
    k = r.random()
    if k < 0.45:
        return r.choice(WORDS)
    if k < 0.62:
        t = r.choice(terms or TERMS)
        v = r.random()
        return t.upper() if v < 0.2 else t.lower() if v < 0.4 else t.title() if v < 0.5 else t
    if k < 0.80:
        return r.choice(LINKS if SEPARATORS is GLUED else SAFE_LINKS)
    if k < 0.95:
        return r.choice(INLINE if SEPARATORS is GLUED else SAFE_INLINE)
    return r.choice(["—", "–", "“", "”", "’", ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "'", '"'])


GLUED = [" ", " ", " ", " ", "", "\n", ".", ", ", "  "]
SEPARATORS = GLUED
# Flexmark's autolink extension fails on a link that ends in an entity ("unreadable"), and a
# reference to a missing footnote is an error: the other half of the articles leave those out, so
# that they are read whole and their JSON compared too
SAFE_LINKS = [link for link in LINKS if "&" not in link]
SAFE_INLINE = [i for i in INLINE if i not in ("[^missing]", "&amp;", "&copy;", "&#x41;")]


def glue(r, tokens):
    out = []
    for t in tokens:
        out.append(t)
        out.append(r.choice(SEPARATORS))
    return "".join(out).strip()


def sentence(r, terms, n=None):
    return glue(r, [token(r, terms) for _ in range(n or r.randint(1, 14))])


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def article(r, i):
    terms = r.sample(TERMS, r.randint(0, 5))
    lines = ["---", f"title: {yaml_str('Fuzz ' + str(i) + ' ' + sentence(r, terms, 3))}"]
    if r.random() < 0.3:
        lines.append(f"language: {r.choice(['en', 'es', 'es-MX', 'pt-BR', 'de', 'x-bad', 'EN', 'zh-Hant-TW'])}")
    kps = []
    for _ in range(r.randint(0, 6)):
        kp = sentence(r, terms)
        v = r.random()
        if v < 0.25:
            kp = r.choice(["- ", "1. ", "2) ", "# ", "> ", "| ", "[a]: ", "[a\\]b]: /u ", "[^1]: ", "    ",
                           "``` ", "<div>", "=== ", "___", "* * *", "", "   ", "+ ", "12345678901. "]) + kp
        kps.append(kp)
    if kps:
        lines.append("keyPoints:")
        for kp in kps:
            lines.append("  - " + yaml_str(kp))
    if terms:
        lines.append("glossary:")
        for t in terms:
            lines.append(f"  {yaml_str(t)}: {yaml_str('Meaning of ' + t)}")
    lines.append("---")
    body = []
    if r.random() < 0.5:
        body.append("# " + r.choice(["Fuzz", sentence(r, terms, 3)]))
    footnotes = set() if SEPARATORS is GLUED else {"1", "note", "2"}
    for _ in range(r.randint(3, 25)):
        v = r.random()
        s = sentence(r, terms)
        if v < 0.12:
            body.append("#" * r.randint(1, 5) + " " + sentence(r, terms, 4).replace("\n", " "))
        elif v < 0.22:
            body.append("\n".join(("- " if r.random() < 0.7 else "  - ") + sentence(r, terms).replace("\n", " ")
                                  for _ in range(r.randint(1, 4))))
        elif v < 0.28:
            body.append("\n".join(f"{k + 1}. " + sentence(r, terms).replace("\n", " ") for k in range(r.randint(1, 3))))
        elif v < 0.36:
            kind = r.choice(["NOTE", "TIP", "WARNING", "IMPORTANT", "CAUTION", "DANGER", "note"])
            body.append(f"> [!{kind}]\n> " + s.replace("\n", "\n> "))
        elif v < 0.42:
            body.append("> " + s.replace("\n", "\n> "))
        elif v < 0.50:
            cols = r.randint(1, 3)
            row = lambda: "| " + " | ".join(sentence(r, terms, 3).replace("\n", " ").replace("|", "\\|")
                                            for _ in range(cols)) + " |"
            table = [row(), "|" + "---|" * cols] + [row() for _ in range(r.randint(0, 3))]
            if r.random() < 0.5:
                table.append("\nTable: " + sentence(r, terms, 4).replace("\n", " "))
            body.append("\n".join(table))
        elif v < 0.54:
            label = r.choice(["1", "note", "2"])
            footnotes.add(label)
            body.append(s + f"[^{label}]")
        elif v < 0.57:
            body.append("```\n" + s + "\n```")
        elif v < 0.60:
            body.append("<div>\n" + s + "\n</div>")
        elif v < 0.62:
            body.append("![" + sentence(r, terms, 3).replace("\n", " ") + "](images/x.png \"" + r.choice(["", "cap www.x.com"]) + "\")")
        else:
            body.append(s)
    if r.random() < 0.7:
        body.append("[ref]: https://ref.example.com \"Ref title\"")
    for label in sorted(footnotes):
        body.append(f"[^{label}]: " + sentence(r, terms))
    return "\n".join(lines) + "\n\n" + "\n\n".join(body) + "\n"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("outdir")
    p.add_argument("n", nargs="?", type=int, default=400)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    os.makedirs(a.outdir, exist_ok=True)
    global SEPARATORS
    for i in range(a.n):
        SEPARATORS = GLUED if i % 2 == 0 else [" ", " ", "\n", ", "]
        r = random.Random(a.seed * 1_000_003 + i)
        with open(os.path.join(a.outdir, f"fuzz-{i:04d}.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(article(r, i))


if __name__ == "__main__":
    main()
