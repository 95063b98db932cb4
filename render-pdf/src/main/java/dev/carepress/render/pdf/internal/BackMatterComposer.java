package dev.carepress.render.pdf.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Footnote;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.Inline;
import dev.carepress.model.Link;
import dev.carepress.model.Reference;
import dev.carepress.model.RelatedLink;
import dev.carepress.model.Strong;
import dev.carepress.model.Text;
import dev.carepress.render.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What follows an article's sections: the glossary, the numbered notes, the references, related
 * content, the "medically reviewed by" line, the next review date and the disclaimer.
 */
final class BackMatterComposer {
  private final Composers kit;
  private final Composition composition;
  private final Article article;
  private final Labels labels;
  private final Theme theme;
  private final float width;

  BackMatterComposer(Composers kit) {
    this.kit = kit;
    this.composition = kit.composition;
    this.article = kit.scope.article();
    this.labels = kit.scope.labels();
    this.theme = composition.theme;
    this.width = theme.page().contentWidth();
  }

  void compose(StructNode container, List<Box> out) {
    if (!article.glossary().isEmpty()) {
      composition.diagnostics.where("the glossary");
      glossary(section(container, "glossary", "glossary", out), out);
    }
    if (!article.footnotes().isEmpty()) {
      composition.diagnostics.where("the notes");
      notes(section(container, "footnotes", "footnotes", out), out);
    }
    if (!article.references().isEmpty()) {
      composition.diagnostics.where("the references");
      references(section(container, "references", "references", out), out);
    }
    if (!article.related().isEmpty()) {
      composition.diagnostics.where("the related content");
      related(section(container, "related", "related", out), out);
    }
    composition.diagnostics.where("the review line");
    review(container, out);
    article.disclaimer().ifPresent(disclaimer -> {
      composition.diagnostics.where("the disclaimer");
      disclaimer(disclaimer, container, out);
    });
  }

  /** A back-matter section with its heading, titled by the label. */
  private StructNode section(StructNode container, String label, String id, List<Box> out) {
    StructNode sect = container.child("Sect");
    out.add(kit.headings.section(labels.get(label), 2, id, sect));
    return sect;
  }

  private void glossary(StructNode sect, List<Box> out) {
    for (GlossaryEntry entry : article.glossary()) {
      StructNode p = sect.child("P");
      List<Inline> content = List.of(new Strong(List.of(new Text(entry.term()))),
          new Text(" \u2013 " + entry.definition()));
      Box.Text t = kit.inlines.text(content, composition.styles.body(p), 0f, width, theme.type().leading());
      t.spaceAfter = theme.space().entryAfter();
      out.add(t);
    }
  }

  /** Numbered notes, tagged Note with ids, the number hanging in the margin; footnote references link here. */
  private void notes(StructNode sect, List<Box> out) {
    int n = 1;
    for (Footnote note : article.footnotes()) {
      StructNode noteNode = sect.child("Note");
      noteNode.id = kit.scope.anchor("fn-" + n);
      List<Box> content = new ArrayList<>();
      Style small = composition.styles.small(null);
      float indent = composition.typesetter.width("00.", small) + theme.indents().noteGap();
      kit.blocks.compose(note.blocks(), indent, width - indent, noteNode, content, true);
      kit.lists.label(content, noteNode.child("Lbl"), n + ".", indent, small, indent);
      if (!content.isEmpty() && content.get(0) instanceof Box.Text) {
        ((Box.Text) content.get(0)).anchor = kit.scope.anchor("fn-" + n);
      }
      out.addAll(content);
      n++;
    }
  }

  private void references(StructNode sect, List<Box> out) {
    List<List<Inline>> items = new ArrayList<>();
    for (Reference ref : article.references()) {
      List<Inline> inl = new ArrayList<>();
      inl.add(new Text(ref.title() + labels.fullStop()));
      String gap = labels.fullStopAndSpace().substring(labels.fullStop().length()); // " ", or none after "。"
      String detail = ref.publisher().orElse("");
      if (ref.year().isPresent()) {
        String year = String.valueOf(ref.year().getAsInt());
        detail = detail.isEmpty() ? year : labels.commaJoin(detail, year);
      }
      if (!detail.isEmpty()) {
        inl.add(new Text(gap + detail + labels.fullStop()));
      }
      ref.url().ifPresent(url -> {
        if (!gap.isEmpty()) {
          inl.add(new Text(gap));
        }
        inl.add(Link.of(url, url));
      });
      items.add(inl);
    }
    kit.lists.simple(items, true, 0f, width, sect, out, composition.styles.small(null));
  }

  /** Related content: a link into the booklet when the article is in it, else to its URL. */
  private void related(StructNode sect, List<Box> out) {
    List<List<Inline>> items = new ArrayList<>();
    for (RelatedLink rel : article.related()) {
      List<Inline> inl = new ArrayList<>();
      Optional<String> target = rel.slug().filter(composition.bookSlugs::contains).map(s -> "#" + Anchors.article(s))
          .or(rel::url);
      if (target.isPresent()) {
        inl.add(new Link(target.get(), Optional.empty(), List.of(new Text(rel.title()))));
      } else {
        inl.add(new Text(rel.title()));
      }
      rel.summary().ifPresent(s -> inl.add(new Text(" \u2013 " + s)));
      items.add(inl);
    }
    kit.lists.simple(items, false, 0f, width, sect, out, composition.styles.body(null));
  }

  /** "Medically reviewed by … on …" (or "Last reviewed …"), then "Next review …". */
  private void review(StructNode container, List<Box> out) {
    List<String> reviewers = article.metadata().reviewers().stream().map(labels::displayName)
        .collect(Collectors.toList());
    Styles styles = composition.styles;
    float leading = theme.type().leading();
    StructNode review = null;
    if (!reviewers.isEmpty()) {
      String names = labels.joinNames(reviewers);
      String line = article.metadata().lastReviewed()
          .map(d -> labels.format("reviewedBy", names, labels.date(d)))
          .orElse(labels.format("reviewedByUndated", names));
      review = container.child("P");
      Style style = styles.body(review).withRole(Fonts.BOLD).withColor(Palette.MUTED);
      Box.Text t = composition.typesetter.text(line, style, 0f, width, leading);
      t.spaceBefore = theme.space().reviewBefore();
      t.spaceAfter = theme.space().reviewAfter();
      out.add(t);
    } else if (article.metadata().lastReviewed().isPresent()) {
      review = container.child("P");
      String line = labels.format("lastReviewed", labels.date(article.metadata().lastReviewed().get()));
      Box.Text t = composition.typesetter.text(line, styles.body(review).withColor(Palette.MUTED), 0f, width, leading);
      t.spaceBefore = theme.space().reviewBefore();
      out.add(t);
    }
    if (article.metadata().nextReview().isPresent()) {
      String line = labels.format("nextReview", labels.date(article.metadata().nextReview().get()));
      Box.Text t = composition.typesetter.text(line, styles.small(container.child("P")), 0f, width, leading);
      t.spaceBefore = review == null ? theme.space().nextReviewBefore() : 0f;
      t.spaceAfter = theme.space().nextReviewAfter();
      out.add(t);
    }
  }

  private void disclaimer(String disclaimer, StructNode container, List<Box> out) {
    StructNode p = container.child("P");
    List<Inline> content = List.of(new Strong(List.of(new Text(labels.labelled(labels.get("disclaimer"))))),
        new Text(disclaimer));
    Box.Text t = kit.inlines.text(content, composition.styles.small(p), 0f, width, theme.type().leading());
    t.spaceBefore = theme.space().disclaimerBefore();
    out.add(t);
  }
}
