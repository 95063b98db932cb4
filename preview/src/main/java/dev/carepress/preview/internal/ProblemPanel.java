package dev.carepress.preview.internal;

import dev.carepress.Problem;
import dev.carepress.text.Xml;
import java.util.List;
import java.util.function.Function;

/**
 * The panel drawn at the top of a served page when its article has problems: each as {@code
 * file:line:column}, its severity, the message and the hint — the same words {@code carepress check}
 * prints. Errors cover the top of the page (the page below is the last version that read without
 * errors); warnings sit above the page. The panel folds away with its summary, without script.
 */
final class ProblemPanel {
  private ProblemPanel() {}

  /**
   * The panel for one article file, or {@code ""} when it has no problem.
   *
   * @param name the file as shown ({@code articles/asthma.md})
   * @param stale whether the page shows an older version than the file (the file has errors)
   * @param shown how a problem's source is shown
   */
  static String forArticle(String name, List<Problem> problems, boolean stale, Function<String, String> shown) {
    if (problems.isEmpty()) {
      return "";
    }
    long errors = problems.stream().filter(Problem::isError).count();
    StringBuilder out = open(errors > 0);
    out.append(Xml.text(count(errors, problems.size() - errors) + " in " + name)).append("</summary>\n");
    if (errors > 0) {
      out.append("<p>").append(stale
          ? "This page shows the last version of the article that read without errors."
          : "The article cannot be shown until these are fixed.")
          .append(" Fix the file and save it: this page updates by itself.</p>\n");
    }
    list(out, problems, shown);
    return close(out);
  }

  /** One file with problems, as the index lists it. */
  record Listed(String name, String page, List<Problem> problems) {}

  /** The panel of the index page: every file with problems, linked to its page; or {@code ""}. */
  static String forIndex(List<Listed> files, List<Problem> bookProblems, Function<String, String> shown) {
    long errors = files.stream().filter(f -> f.problems().stream().anyMatch(Problem::isError)).count()
        + (bookProblems.stream().anyMatch(Problem::isError) ? 1 : 0);
    if (files.isEmpty() && bookProblems.isEmpty()) {
      return "";
    }
    StringBuilder out = open(errors > 0);
    int withProblems = files.size() + (bookProblems.isEmpty() ? 0 : 1);
    out.append(withProblems).append(withProblems == 1 ? " file has" : " files have").append(" problems")
        .append("</summary>\n<ul>\n");
    for (Listed file : files) {
      long e = file.problems().stream().filter(Problem::isError).count();
      out.append("<li>");
      if (file.page().isEmpty()) {
        out.append("<code>").append(Xml.text(file.name())).append("</code>");
      } else {
        out.append("<a href=\"").append(Xml.attribute(file.page())).append("\"><code>")
            .append(Xml.text(file.name())).append("</code></a>");
      }
      out.append(": ").append(Xml.text(count(e, file.problems().size() - e))).append("</li>\n");
    }
    out.append("</ul>\n");
    if (!bookProblems.isEmpty()) {
      out.append("<p>The book:</p>\n");
      list(out, bookProblems, shown);
    }
    return close(out);
  }

  private static StringBuilder open(boolean errors) {
    StringBuilder out = new StringBuilder(1024);
    out.append("<section class=\"cpp-problems ").append(errors ? "cpp-errors" : "cpp-warnings")
        .append("\" role=\"").append(errors ? "alert" : "status").append("\" aria-label=\"Problems\">\n")
        .append("<details open=\"open\">\n<summary class=\"cpp-title\">");
    return out;
  }

  private static String close(StringBuilder out) {
    return out.append("</details>\n</section>\n").toString();
  }

  private static void list(StringBuilder out, List<Problem> problems, Function<String, String> shown) {
    out.append("<ol>\n");
    for (Problem p : problems) {
      String where = shown.apply(p.source())
          + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") : "");
      out.append("<li class=\"").append(p.isError() ? "cpp-error" : "cpp-warning").append('"')
          .append("><code class=\"cpp-where\">")
          .append(Xml.text(where)).append("</code> <span class=\"cpp-severity\">").append(p.severity().label())
          .append("</span> <span class=\"cpp-message\">").append(Xml.text(p.message())).append("</span>");
      p.hintIfAny().ifPresent(h -> out.append("<span class=\"cpp-hint\">Hint: ").append(Xml.text(h)).append("</span>"));
      out.append("</li>\n");
    }
    out.append("</ol>\n");
  }

  static String count(long errors, long warnings) {
    StringBuilder out = new StringBuilder();
    if (errors > 0) {
      out.append(errors).append(errors == 1 ? " error" : " errors");
    }
    if (warnings > 0) {
      out.append(out.length() > 0 ? " and " : "").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    return out.toString();
  }
}
