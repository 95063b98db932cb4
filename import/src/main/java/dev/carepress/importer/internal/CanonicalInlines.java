package dev.carepress.importer.internal;

import dev.carepress.model.Code;
import dev.carepress.model.Emphasis;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Inlines in the one form that both a browser's rendering and Markdown can carry: text with its
 * white space collapsed as HTML collapses it, neighbouring texts joined, no white space or line
 * break at the edges of a block or just inside emphasis, strong, strikethrough or a link, no
 * emphasis inside emphasis (nor strong in strong, a link in a link), no glossary-term marks (the
 * reader marks first uses itself) and no footnote reference to a missing footnote.
 */
final class CanonicalInlines {
  private final Set<String> footnoteLabels;

  CanonicalInlines(Set<String> footnoteLabels) {
    this.footnoteLabels = footnoteLabels;
  }

  /** Whether footnote references to this label are kept. */
  boolean allows(String label) {
    return footnoteLabels.contains(label);
  }

  /** The inlines of a paragraph, cell or caption: trimmed at both ends. */
  List<Inline> block(List<Inline> inlines, boolean footnotesAllowed) {
    return trim(normalize(inlines, footnotesAllowed, 0));
  }

  /**
   * The inlines of a key point: as a block, without footnote references, and never starting with
   * code or strikethrough (a key point is one line of Markdown that the reader escapes when it
   * starts with {@code `} or {@code ~}): leading code becomes text, leading strikethrough its text.
   */
  List<Inline> keyPoint(List<Inline> inlines) {
    List<Inline> out = block(inlines, false);
    while (!out.isEmpty() && (out.get(0) instanceof Code || out.get(0) instanceof Strikethrough)) {
      List<Inline> rest = new ArrayList<>();
      rest.addAll(out.get(0) instanceof Code ? List.of(new Text(((Code) out.get(0)).code()))
          : ((Strikethrough) out.get(0)).content());
      rest.addAll(out.subList(1, out.size()));
      out = block(rest, false);
    }
    return lineStart(out, false);
  }

  /** The inlines of a paragraph: as a block, and safe at the start of a line ({@link #lineStart}). */
  List<Inline> paragraph(List<Inline> inlines) {
    return lineStart(block(inlines, true), true);
  }

  /**
   * Inlines that start a line of Markdown: code holding "]" anywhere in a leading link (inside its
   * emphasis too) becomes text, which the writer can escape; as code it could make the line read
   * as a link definition ("[a `]: b`](x)" defines "a `" as "b`](x)") and the paragraph would vanish.
   */
  private List<Inline> lineStart(List<Inline> out, boolean footnotesAllowed) {
    if (out.isEmpty() || !(out.get(0) instanceof Link) || !holdsBracketCode(((Link) out.get(0)).content())) {
      return out;
    }
    Link link = (Link) out.get(0);
    List<Inline> rest = new ArrayList<>(out);
    rest.set(0, new Link(link.url(), link.title(), bracketCodeAsText(link.content())));
    return block(rest, footnotesAllowed);
  }

  private static boolean holdsBracketCode(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Code && ((Code) inline).code().contains("]")
          || inline instanceof Emphasis && holdsBracketCode(((Emphasis) inline).content())
          || inline instanceof Strong && holdsBracketCode(((Strong) inline).content())
          || inline instanceof Strikethrough && holdsBracketCode(((Strikethrough) inline).content())) {
        return true;
      }
    }
    return false;
  }

  private static List<Inline> bracketCodeAsText(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : inlines) {
      if (inline instanceof Code && ((Code) inline).code().contains("]")) {
        out.add(new Text(((Code) inline).code()));
      } else if (inline instanceof Emphasis) {
        out.add(new Emphasis(bracketCodeAsText(((Emphasis) inline).content())));
      } else if (inline instanceof Strong) {
        out.add(new Strong(bracketCodeAsText(((Strong) inline).content())));
      } else if (inline instanceof Strikethrough) {
        out.add(new Strikethrough(bracketCodeAsText(((Strikethrough) inline).content())));
      } else {
        out.add(inline);
      }
    }
    return out;
  }

  /** Kinds of container, so that one is never nested in itself. */
  private static final int EMPHASIS = 1;
  private static final int STRONG = 2;
  private static final int STRIKE = 4;
  private static final int LINK = 8;

  private List<Inline> normalize(List<Inline> inlines, boolean footnotes, int open) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : inlines) {
      if (inline instanceof Text) {
        String text = Chars.collapse(((Text) inline).text());
        if (!text.isEmpty()) {
          out.add(new Text(text));
        }
      } else if (inline instanceof Code) {
        String code = Chars.clean(((Code) inline).code());
        if (!code.isEmpty()) {
          out.add(new Code(code));
        }
      } else if (inline instanceof LineBreak) {
        out.add(inline);
      } else if (inline instanceof FootnoteReference) {
        FootnoteReference ref = (FootnoteReference) inline;
        if (footnotes && (open & LINK) == 0 && footnoteLabels.contains(ref.label())) {
          out.add(ref);
        }
      } else if (inline instanceof GlossaryTerm) {
        out.addAll(normalize(((GlossaryTerm) inline).content(), footnotes, open));
      } else if (inline instanceof Emphasis) {
        container(out, ((Emphasis) inline).content(), EMPHASIS, open, footnotes, Emphasis::new);
      } else if (inline instanceof Strong) {
        container(out, ((Strong) inline).content(), STRONG, open, footnotes, Strong::new);
      } else if (inline instanceof Strikethrough) {
        container(out, ((Strikethrough) inline).content(), STRIKE, open, footnotes, Strikethrough::new);
      } else if (inline instanceof Link) {
        Link link = (Link) inline;
        String url = Urls.clean(link.url());
        Optional<String> title = link.title().map(Chars::clean).filter(t -> !t.isEmpty());
        container(out, link.content(), LINK, open, footnotes, content -> new Link(url, title, content));
      }
    }
    return merge(out);
  }

  private void container(List<Inline> out, List<Inline> content, int kind, int open, boolean footnotes,
      Function<List<Inline>, Inline> make) {
    List<Inline> inner = new ArrayList<>(normalize(content, footnotes, open | kind));
    if ((open & kind) != 0) {
      out.addAll(inner); // emphasis in emphasis looks like emphasis
      return;
    }
    List<Inline> before = new ArrayList<>();
    while (!inner.isEmpty() && isEdge(inner.get(0), true)) {
      Inline first = inner.remove(0);
      if (first instanceof LineBreak) {
        before.add(first);
        continue;
      }
      String text = ((Text) first).text();
      String kept = Chars.stripLeading(text);
      before.add(new Text(text.substring(0, text.length() - kept.length())));
      if (!kept.isEmpty()) {
        inner.add(0, new Text(kept));
        break;
      }
    }
    List<Inline> after = new ArrayList<>();
    while (!inner.isEmpty() && isEdge(inner.get(inner.size() - 1), false)) {
      Inline last = inner.remove(inner.size() - 1);
      if (last instanceof LineBreak) {
        after.add(0, last);
        continue;
      }
      String text = ((Text) last).text();
      String kept = Chars.stripTrailing(text);
      after.add(0, new Text(text.substring(kept.length())));
      if (!kept.isEmpty()) {
        inner.add(new Text(kept));
        break;
      }
    }
    out.addAll(before);
    if (!inner.isEmpty()) {
      out.add(make.apply(List.copyOf(inner)));
    }
    out.addAll(after);
  }

  /** Whether the inline at an edge is a line break, or a text starting (or ending) with white space. */
  private static boolean isEdge(Inline inline, boolean leading) {
    if (inline instanceof LineBreak) {
      return true;
    }
    if (!(inline instanceof Text)) {
      return false;
    }
    String text = ((Text) inline).text();
    return Chars.isBlank(text.charAt(leading ? 0 : text.length() - 1));
  }

  /**
   * Joins neighbouring texts (collapsing the spaces that meet), drops white space next to a line
   * break and repeated line breaks.
   */
  static List<Inline> merge(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : inlines) {
      Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (inline instanceof Text && last instanceof Text) {
        out.set(out.size() - 1, new Text(Chars.collapse(((Text) last).text() + ((Text) inline).text())));
      } else if (inline instanceof LineBreak && last instanceof LineBreak) {
        continue;
      } else {
        out.add(inline);
      }
    }
    List<Inline> trimmed = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Inline inline = out.get(i);
      if (inline instanceof Text) {
        String text = ((Text) inline).text();
        if (i > 0 && out.get(i - 1) instanceof LineBreak) {
          text = Chars.stripLeading(text);
        }
        if (i + 1 < out.size() && out.get(i + 1) instanceof LineBreak) {
          text = Chars.stripTrailing(text);
        }
        if (text.isEmpty()) {
          continue;
        }
        inline = new Text(text);
      }
      if (inline instanceof LineBreak && !trimmed.isEmpty() && trimmed.get(trimmed.size() - 1) instanceof LineBreak) {
        continue;
      }
      trimmed.add(inline);
    }
    return trimmed;
  }

  /** Without white space and line breaks at either end. */
  static List<Inline> trim(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(merge(inlines));
    while (!out.isEmpty() && isEdge(out.get(0), true)) {
      if (out.get(0) instanceof Text) {
        String rest = Chars.stripLeading(((Text) out.get(0)).text());
        if (!rest.isEmpty()) {
          out.set(0, new Text(rest));
          break;
        }
      }
      out.remove(0);
    }
    while (!out.isEmpty() && isEdge(out.get(out.size() - 1), false)) {
      Inline last = out.get(out.size() - 1);
      if (last instanceof Text) {
        String rest = Chars.stripTrailing(((Text) last).text());
        if (!rest.isEmpty()) {
          out.set(out.size() - 1, new Text(rest));
          break;
        }
      }
      out.remove(out.size() - 1);
    }
    return merge(out);
  }
}
