package dev.carepress.check.internal;

import static dev.carepress.check.internal.ReadabilityCalculator.oneDecimal;

import dev.carepress.check.CheckResult;
import dev.carepress.check.Finding;
import dev.carepress.check.LiteracyReport;
import dev.carepress.check.PartReadability;
import dev.carepress.check.Readability;
import dev.carepress.check.Score;
import dev.carepress.check.Verdict;
import dev.carepress.text.Xml;
import java.util.List;

/**
 * Writes a report as one self-contained HTML page: no script, no external resource, styles inline.
 * It shows the verdict, the scores, every check with its findings linked to the text, and the
 * article's prose with long sentences and hard words marked (by a visible label as well as colour).
 */
public final class HtmlReportWriter {
  private HtmlReportWriter() {}

  /** The page. */
  public static String write(LiteracyReport report, Analysis analysis) {
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Health-literacy report: ").append(Xml.text(report.title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#article\">Skip to the marked-up article</a>\n");
    header(out, report);
    out.append("<main>\n");
    scores(out, report);
    checks(out, report, anchors(analysis));
    article(out, report, analysis);
    out.append("</main>\n");
    footer(out, analysis);
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void header(StringBuilder out, LiteracyReport report) {
    int failed = report.failures().size();
    long advice = report.checks().stream().filter(c -> c.verdict() == Verdict.FAIL && !c.failsReport()).count();
    out.append("<header class=\"top\">\n<p class=\"kicker\">Carepress health-literacy report</p>\n")
        .append("<h1>").append(Xml.text(report.title())).append("</h1>\n")
        .append("<p class=\"meta\">Language <code>").append(Xml.text(report.language())).append("</code> · slug <code>")
        .append(Xml.text(report.slug())).append("</code> · checked on <time datetime=\"").append(report.checkedOn())
        .append("\">").append(report.checkedOn()).append("</time></p>\n")
        .append("<p class=\"verdict ").append(report.passed() ? "pass" : "fail").append("\"><strong>")
        .append(report.passed() ? "✓ Passed" : "✗ Failed").append("</strong> ")
        .append(report.passed() ? "every required check" : Xml.text(Results.plural(failed, "required check", "required checks")
            + " failed"))
        .append(advice > 0 ? " · " + Xml.text(Results.plural(advice, "piece", "pieces")) + " of advice below" : "")
        .append("</p>\n</header>\n");
  }

  private static void scores(StringBuilder out, LiteracyReport report) {
    Readability r = report.readability();
    out.append("<section aria-labelledby=\"scores-h\">\n<h2 id=\"scores-h\">Readability</h2>\n")
        .append("<p class=\"counts\">").append(Results.plural(r.counts().words(), "word", "words")).append(" in ")
        .append(Results.plural(r.counts().sentences(), "sentence", "sentences")).append(" · ")
        .append(oneDecimal(r.counts().wordsPerSentence())).append(" words per sentence · ")
        .append(String.format(java.util.Locale.ROOT, "%.2f", r.counts().syllablesPerWord()))
        .append(" syllables per word</p>\n");
    if (!r.scores().isEmpty()) {
      out.append("<ul class=\"cards\">\n");
      for (Score s : r.scores()) {
        out.append("<li class=\"card\"><span class=\"value\">")
            .append(s.value().isPresent() ? ReadabilityCalculator.twoDecimals(s.value().getAsDouble()) : "–").append("</span>")
            .append("<span class=\"name\">").append(Xml.text(s.formula().displayName())).append("</span>")
            .append("<span class=\"band\">").append(Xml.text(s.interpretation())).append("</span></li>\n");
      }
      out.append("</ul>\n");
    }
    r.note().ifPresent(n -> out.append("<p class=\"note\">").append(Xml.text(n)).append("</p>\n"));
    if (!r.scores().isEmpty() && !report.parts().isEmpty()) {
      out.append("<table class=\"parts\">\n<caption>Scores by part of the article</caption>\n<thead><tr>")
          .append("<th scope=\"col\">Part</th><th scope=\"col\">Words</th><th scope=\"col\">Sentences</th>");
      for (Score s : r.scores()) {
        out.append("<th scope=\"col\"><abbr title=\"").append(Xml.attribute(s.formula().displayName())).append("\">")
            .append(TextReportWriter.shortName(s.formula())).append("</abbr></th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (PartReadability p : report.parts()) {
        out.append("<tr><th scope=\"row\" class=\"depth-").append(Math.min(p.depth(), 3)).append("\"><a href=\"#")
            .append(anchor(p.id())).append("\">").append(Xml.text(p.title())).append("</a></th><td>")
            .append(p.readability().counts().words()).append("</td><td>")
            .append(p.readability().counts().sentences()).append("</td>");
        for (Score s : p.readability().scores()) {
          out.append("<td>").append(s.value().isPresent() ? ReadabilityCalculator.twoDecimals(s.value().getAsDouble()) : "–").append("</td>");
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  /** The model paths and part ids the article view gives an element id. */
  private static java.util.Set<String> anchors(Analysis analysis) {
    java.util.Set<String> known = new java.util.HashSet<>();
    for (ProsePart part : analysis.parts()) {
      known.add(part.path());
      for (ProseUnit unit : part.units()) {
        known.add(unit.path());
      }
    }
    return known;
  }

  private static void checks(StringBuilder out, LiteracyReport report, java.util.Set<String> known) {
    out.append("<section aria-labelledby=\"checks-h\">\n<h2 id=\"checks-h\">Checks</h2>\n<ol class=\"checks\">\n");
    for (CheckResult c : report.checks()) {
      String cls = c.verdict() == Verdict.PASS ? "pass" : c.verdict() == Verdict.FAIL
          ? (c.failsReport() ? "fail" : "advice") : "na";
      String label = c.verdict() == Verdict.PASS ? "✓ Pass" : c.verdict() == Verdict.FAIL
          ? (c.failsReport() ? "✗ Fail" : "! Advice") : "– Not applicable";
      out.append("<li class=\"check ").append(cls).append("\" id=\"check-").append(Xml.attribute(c.id())).append("\">\n")
          .append("<h3><span class=\"badge\">").append(label).append("</span> ").append(Xml.text(c.title()))
          .append(" <span class=\"level\">").append(c.level().id()).append(" · <code>").append(Xml.text(c.id()))
          .append("</code></span></h3>\n<p class=\"summary\">").append(Xml.text(c.summary())).append("</p>\n");
      if (!c.findings().isEmpty()) {
        out.append("<details").append(c.verdict() == Verdict.FAIL ? " open" : "").append("><summary>")
            .append(Results.plural(c.findings().size(), "finding", "findings")).append("</summary>\n<ul class=\"findings\">\n");
        for (Finding f : c.findings()) {
          out.append("<li>");
          String target = known.contains(f.place().path()) ? anchor(f.place().path())
              : report.parts().stream().anyMatch(p -> p.id().equals(f.place().part())) ? anchor(f.place().part())
              : f.place().part().equals("body") ? "article" : null;
          if (target == null) {
            out.append("<span class=\"where\">").append(Xml.text(f.place().label())).append("</span>");
          } else {
            out.append("<a class=\"where\" href=\"#").append(target).append("\">")
                .append(Xml.text(f.place().label())).append("</a>");
          }
          out.append(": ").append(Xml.text(f.message()));
          f.place().sentence().ifPresent(s -> out.append("<q>").append(Xml.text(s)).append("</q>"));
          out.append("</li>\n");
        }
        out.append("</ul>\n</details>\n");
      }
      out.append("<p class=\"source\">Source: ").append(Xml.text(c.source())).append("</p>\n</li>\n");
    }
    out.append("</ol>\n</section>\n");
  }

  private static void article(StringBuilder out, LiteracyReport report, Analysis analysis) {
    int maxWords = analysis.settings().maxSentenceWords();
    out.append("<section id=\"article\" aria-labelledby=\"article-h\">\n<h2 id=\"article-h\">The article, marked up</h2>\n")
        .append("<p class=\"legend\">Headings, tables, figures and code are not scored. <mark class=\"long\">Long")
        .append(" sentence</mark><span class=\"tag\">over ").append(maxWords).append(" words</span> · ")
        .append("<mark class=\"hard\">hard word</mark><span class=\"tag\">not in glossary</span></p>\n");
    List<PartReadability> scores = report.parts();
    List<ProsePart> parts = analysis.parts();
    for (int i = 0; i < parts.size(); i++) {
      ProsePart part = parts.get(i);
      int level = Math.min(6, 3 + Math.max(0, part.depth() - 1));
      out.append("<section class=\"part\" id=\"").append(anchor(part.id())).append("\">\n<h").append(level)
          .append(" id=\"").append(anchor(part.path())).append("\">").append(Xml.text(part.title())).append("</h")
          .append(level).append(">\n<p class=\"part-score\">").append(partScore(scores.get(i).readability()))
          .append("</p>\n");
      boolean inList = false;
      for (ProseUnit unit : part.units()) {
        boolean item = unit.listLevel() > 0 || unit.kind() == ProseUnit.Kind.KEY_POINT;
        if (item && !inList) {
          out.append("<ul class=\"items\">\n");
        } else if (!item && inList) {
          out.append("</ul>\n");
        }
        inList = item;
        String tag = item ? "li" : "p";
        out.append('<').append(tag).append(" id=\"").append(anchor(unit.path())).append('"');
        if (unit.kind() == ProseUnit.Kind.SKIPPED) {
          out.append(" class=\"skipped level-").append(Math.min(unit.listLevel(), 4)).append("\">")
              .append(Xml.text(unit.text())).append(" — not scored");
        } else {
          out.append(" class=\"level-").append(Math.min(unit.listLevel(), 4)).append("\">");
          marked(out, analysis, unit, maxWords);
        }
        out.append("</").append(tag).append(">\n");
      }
      if (inList) {
        out.append("</ul>\n");
      }
      out.append("</section>\n");
    }
    out.append("</section>\n");
  }

  private static void marked(StringBuilder out, Analysis analysis, ProseUnit unit, int maxWords) {
    String text = unit.text();
    int at = 0;
    for (Sentence s : unit.sentences()) {
      out.append(Xml.text(text.substring(at, s.start())));
      boolean long_ = s.words().size() > maxWords;
      if (long_) {
        out.append("<mark class=\"long\">");
      }
      int pos = s.start();
      for (int w = 0; w < s.words().size(); w++) {
        Word word = s.words().get(w);
        out.append(Xml.text(text.substring(pos, word.start())));
        if (analysis.isUndefinedHardWord(unit, s, w)) {
          out.append("<mark class=\"hard\">").append(Xml.text(word.text())).append("</mark><span class=\"sr\">")
              .append(" (hard word, not in the glossary)</span>");
        } else {
          out.append(Xml.text(word.text()));
        }
        pos = word.end();
      }
      out.append(Xml.text(text.substring(pos, s.end())));
      if (long_) {
        out.append("</mark><span class=\"tag\">").append(s.words().size()).append(" words</span>");
      }
      at = s.end();
    }
    out.append(Xml.text(text.substring(at)));
  }

  private static String partScore(Readability r) {
    StringBuilder s = new StringBuilder();
    s.append(Results.plural(r.counts().words(), "word", "words"));
    for (Score score : r.scores()) {
      if (score.value().isPresent()) {
        s.append(" · ").append(TextReportWriter.shortName(score.formula())).append(' ')
            .append(ReadabilityCalculator.twoDecimals(score.value().getAsDouble()));
      }
    }
    return Xml.text(s.toString());
  }

  private static void footer(StringBuilder out, Analysis analysis) {
    out.append("<footer>\n<p>Scores are computed on the prose only: key points, introduction and sections; not")
        .append(" headings, tables, figure captions, code, links shown as addresses, references, the glossary or the")
        .append(" disclaimer. Each list item is a sentence. Numbers, abbreviations and units count as read aloud")
        .append(" (“2.5 mg” is “two point five milligrams”). Formulas are computed without rounding; values are shown")
        .append(" to one decimal. The checks are an automated pre-check of PEMAT-P and CDC Clear Communication Index")
        .append(" items, not a PEMAT or CCI score.</p>\n</footer>\n");
  }

  /** An id for a path or part id: letters, digits and dashes. */
  static String anchor(String pathOrId) {
    return "at" + pathOrId.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  private static final String CSS = String.join("\n",
      ":root{--ink:#1b1f24;--muted:#4a5360;--line:#d5dae1;--bg:#f6f7f9;--card:#fff;--pass:#17603a;--pass-bg:#e5f4eb;",
      "--fail:#9f1c1c;--fail-bg:#fbe9e9;--advice:#7a4a00;--advice-bg:#fff3d6;--na:#4a5360;--na-bg:#eef0f3;",
      "--long:#fff0a8;--hard:#e4ddff;--hard-line:#4b2bbf;--link:#0b57a4}",
      "*{box-sizing:border-box}",
      "body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,"
          + "'Noto Sans',Arial,sans-serif}",
      "a{color:var(--link)}",
      ".skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}",
      ".skip:focus{left:1rem;z-index:2}",
      "header.top,main,footer{max-width:62rem;margin:0 auto;padding:0 1.25rem}",
      "header.top{padding-top:2rem}",
      ".kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;color:var(--muted);font-weight:600}",
      "h1{font-size:2rem;line-height:1.2;margin:.25rem 0 .5rem}",
      "h2{font-size:1.35rem;margin:2.5rem 0 .75rem;padding-bottom:.35rem;border-bottom:2px solid var(--line)}",
      ".meta{color:var(--muted);margin:0 0 1rem}",
      "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}",
      ".verdict{display:inline-block;margin:0;padding:.6rem 1rem;border-radius:.5rem;font-size:1.05rem}",
      ".verdict.pass{background:var(--pass-bg);color:var(--pass);border:1px solid var(--pass)}",
      ".verdict.fail{background:var(--fail-bg);color:var(--fail);border:1px solid var(--fail)}",
      ".counts,.note{color:var(--muted)}",
      ".cards{list-style:none;padding:0;margin:1rem 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));"
          + "gap:.75rem}",
      ".card{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:.9rem 1rem;display:flex;"
          + "flex-direction:column}",
      ".card .value{font-size:2rem;font-weight:700;line-height:1.1}",
      ".card .name{font-weight:600}",
      ".card .band{color:var(--muted);font-size:.92rem}",
      "table{border-collapse:collapse;width:100%;background:var(--card);border:1px solid var(--line);font-size:.95rem}",
      "caption{text-align:left;font-weight:600;padding:.4rem 0}",
      "th,td{padding:.4rem .6rem;border-bottom:1px solid var(--line);text-align:right}",
      "th[scope=row],thead th:first-child{text-align:left;font-weight:500}",
      "thead th{background:var(--na-bg);font-weight:600}",
      ".depth-2{padding-left:1.6rem}.depth-3{padding-left:2.6rem}",
      ".checks{list-style:none;padding:0;margin:0;display:grid;gap:.75rem}",
      ".check{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--na);border-radius:.5rem;"
          + "padding:.75rem 1rem}",
      ".check.pass{border-left-color:var(--pass)}.check.fail{border-left-color:var(--fail)}",
      ".check.advice{border-left-color:#b77a00}",
      ".check h3{margin:0;font-size:1.05rem}",
      ".badge{display:inline-block;min-width:6.5rem;padding:.1rem .5rem;border-radius:1rem;font-size:.85rem;"
          + "margin-right:.35rem}",
      ".pass .badge{background:var(--pass-bg);color:var(--pass)}.fail .badge{background:var(--fail-bg);color:var(--fail)}",
      ".advice .badge{background:var(--advice-bg);color:var(--advice)}.na .badge{background:var(--na-bg);color:var(--na)}",
      ".level{font-weight:400;color:var(--muted);font-size:.85rem}",
      ".summary{margin:.35rem 0 .2rem}",
      ".measure{margin:.2rem 0;color:var(--muted)}",
      ".source{margin:.4rem 0 0;color:var(--muted);font-size:.85rem}",
      "details{margin:.35rem 0}summary{cursor:pointer;font-weight:600}",
      ".findings{margin:.35rem 0;padding-left:1.25rem}.findings li{margin:.3rem 0}",
      ".findings q{display:block;color:var(--muted);font-style:italic;margin-top:.1rem}",
      ".legend{color:var(--muted)}",
      ".part{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:.25rem 1.25rem 1rem;"
          + "margin:1rem 0}",
      ".part h3,.part h4,.part h5,.part h6{margin:.9rem 0 0;font-size:1.15rem}",
      ".part-score{margin:.1rem 0 .6rem;color:var(--muted);font-size:.88rem}",
      ".part p,.part li{max-width:44rem}",
      ".items{padding-left:1.25rem}",
      "li.level-2{margin-left:1.5rem}li.level-3{margin-left:3rem}li.level-4{margin-left:4.5rem}",
      ".skipped{color:var(--muted);background:var(--na-bg);padding:.4rem .6rem;border-radius:.3rem;font-size:.92rem}",
      "mark{color:inherit}",
      "mark.long{background:var(--long);box-shadow:inset 0 -2px 0 #b38f00}",
      "mark.hard{background:var(--hard);border-bottom:2px dotted var(--hard-line);padding:0 .1em}",
      ".tag{display:inline-block;margin-left:.3rem;padding:0 .4rem;border-radius:.6rem;background:var(--na-bg);"
          + "color:var(--muted);font-size:.78rem;vertical-align:.1em}",
      ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
      "footer{color:var(--muted);font-size:.88rem;padding-top:1rem;padding-bottom:3rem}",
      "@media print{body{background:#fff}.skip{display:none}.part,.check,.card{break-inside:avoid}}",
      "");
}
