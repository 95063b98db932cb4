package dev.carepress.importer;

import dev.carepress.model.Article;
import dev.carepress.read.JsonArticleWriter;

/** Articles compared through their canonical JSON, so that a failure shows the lines that differ. */
final class Compare {
  private Compare() {}

  /** The first lines where the two articles' JSON differs, with some context; empty when equal. */
  static String difference(Article expected, Article actual) {
    if (expected.equals(actual)) {
      return "";
    }
    String[] a = JsonArticleWriter.create().toJson(expected).split("\n");
    String[] b = JsonArticleWriter.create().toJson(actual).split("\n");
    int i = 0;
    while (i < a.length && i < b.length && a[i].equals(b[i])) {
      i++;
    }
    StringBuilder out = new StringBuilder("first difference at JSON line " + (i + 1) + ":\n");
    for (int k = Math.max(0, i - 6); k < Math.min(Math.max(a.length, b.length), i + 6); k++) {
      out.append(k < a.length ? "  expected| " + a[k] : "  expected| <end>").append('\n');
      out.append(k < b.length ? "  actual  | " + b[k] : "  actual  | <end>").append('\n');
    }
    return out.toString();
  }
}
