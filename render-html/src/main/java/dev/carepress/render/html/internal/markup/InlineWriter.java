package dev.carepress.render.html.internal.markup;

import dev.carepress.model.Code;
import dev.carepress.model.Emphasis;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryTerm;
import dev.carepress.model.Inline;
import dev.carepress.model.InlineVisitor;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import dev.carepress.render.html.internal.Urls;
import dev.carepress.render.html.markup.MarkupWriter;
import dev.carepress.text.UrlPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Writes inlines. Inside a link nothing else becomes a link (HTML forbids nested links): links
 * keep their text, glossary terms are not linked and footnote references are plain numbers.
 */
final class InlineWriter implements InlineVisitor<Void> {
  private final Target target;
  private final MarkupWriter out;
  private final boolean insideLink;

  /** A writer for the target's inlines, inside a link or not. */
  InlineWriter(Target target, boolean insideLink) {
    this.target = target;
    this.out = target.out();
    this.insideLink = insideLink;
  }

  /** Writes the inlines. */
  void write(List<Inline> inlines) {
    for (Inline inline : inlines) {
      inline.accept(this);
    }
  }

  private void wrap(String tag, List<Inline> content) {
    out.start(tag);
    write(content);
    out.end(tag);
  }

  @Override
  public Void visit(Text text) {
    out.text(text.text());
    return null;
  }

  @Override
  public Void visit(Emphasis emphasis) {
    wrap("em", emphasis.content());
    return null;
  }

  @Override
  public Void visit(Strong strong) {
    wrap("strong", strong.content());
    return null;
  }

  @Override
  public Void visit(Strikethrough strikethrough) {
    wrap("s", strikethrough.content());
    return null;
  }

  @Override
  public Void visit(Code code) {
    out.start("code").text(code.code()).end("code");
    return null;
  }

  @Override
  public Void visit(LineBreak lineBreak) {
    out.empty("br");
    return null;
  }

  @Override
  public Void visit(Link link) {
    Optional<String> href = insideLink ? Optional.empty() : target(link);
    if (href.isEmpty()) {
      write(link.content());
      return null;
    }
    out.start("a").attr("href", href.get());
    link.title().ifPresent(title -> out.attr("title", title));
    target.linkContent(link.content());
    out.end("a");
    return null;
  }

  /** Where the link points, if its target is allowed and available; reported when not. */
  private Optional<String> target(Link link) {
    Optional<String> href = target.options().linkTarget().apply(link.url()).flatMap(Urls::safeLink);
    if (href.isEmpty()) {
      target.plan().warn("link-left-out",
          "the link to '" + link.url() + "' is shown as text: " + (UrlPolicy.isSafeLink(link.url())
              ? "its target is not available here" : "only http, https, mailto and relative links are allowed"),
          "link to an http(s) or mailto address, or to a page by a relative path");
    }
    return href;
  }

  @Override
  public Void visit(FootnoteReference reference) {
    int number = target.plan().article().footnoteNumber(reference.label());
    if (number == 0) {
      target.plan().warn("footnote-missing",
          "the footnote '" + reference.label() + "' is referred to but does not exist",
          "add [^" + reference.label() + "]: … or remove the reference");
      return null;
    }
    if (insideLink) {
      out.start("sup").text(String.valueOf(number)).end("sup");
      return null;
    }
    int count = target.state().referToNote(reference.label());
    String prefix = target.options().idPrefix();
    String refId = prefix + (count == 1 ? "fnref-" + number : "fnref-" + number + "-" + count);
    out.start("sup").attr("class", "cp-noteref").start("a").attr("id", refId)
        .attr("href", "#" + prefix + "fn-" + number)
        .attr("aria-label", target.labels().format("footnoteRef", number));
    target.dialect().noteReference(out);
    out.text(String.valueOf(number)).end("a").end("sup");
    return null;
  }

  /** The first use of a glossary term outside a link links to its entry; other uses are its text. */
  @Override
  public Void visit(GlossaryTerm term) {
    Optional<String> termId = target.plan().termId(term.term());
    if (termId.isEmpty() || insideLink || !target.state().linkTerm(termId.get())) {
      write(term.content());
      return null;
    }
    out.start("a").attr("class", "cp-term").attr("href", "#" + target.options().idPrefix() + termId.get());
    target.dialect().termReference(out);
    target.linkContent(term.content());
    out.end("a");
    return null;
  }
}
