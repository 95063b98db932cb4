package dev.carepress.read.internal.codec;

import dev.carepress.model.Block;
import dev.carepress.model.Footnote;
import dev.carepress.model.Section;
import dev.carepress.model.Slugs;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The codecs of the parts of an article's body besides its blocks: sections (nested) and
 * footnotes. JSON sets them; Markdown makes them from headings and {@code [^label]:} definitions.
 */
public final class BodyCodecs {
  public static final SectionCodec SECTION = new SectionCodec();
  public static final FootnoteCodec FOOTNOTE = new FootnoteCodec();

  private BodyCodecs() {}

  /** A section: {@code {id, title, blocks, subsections}}; ids are unique across the article. */
  public static final class SectionCodec extends Codec<Section> {
    private SectionCodec() {
      super(Section.class, "/$defs/section", Property.key("id"), Property.key("title"), Property.key("blocks"),
          Property.key("subsections"));
    }

    /** Reads one section and its subsections; null when it is not valid (reported). */
    public Section read(TreeNode node, TreeReading in, int depth) {
      if (!in.requireObject(node, "each section") || !in.notTooDeep(node, depth)) {
        return null;
      }
      in.checkKeys(node, keys(), "section");
      String title = in.requiredText(node, "title", "section", "\"title\": \"Symptoms\"");
      String id = id(node, title, in);
      List<Block> blocks = BlockCodecs.readBlocks(node, "blocks", in, depth);
      List<Section> subsections = in.listOf(node, "subsections", x -> read(x, in, depth + 1));
      return title == null ? null : in.make(node, () -> new Section(id, title, blocks, subsections));
    }

    /** The id given, if valid and free; else (reported if given) a free one made of the title or the id. */
    private static String id(TreeNode node, String title, TreeReading in) {
      Set<String> ids = in.sectionIds();
      Optional<TreeNode> idNode = in.optional(node, "id");
      String id = idNode.map(n -> in.text(n, "id")).orElse(null);
      if (id == null || id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
        if (idNode.isPresent()) {
          in.diagnostics().error(
              "invalid-id", idNode.get().pos(), "the section id '" + idNode.get().text() + "'" + in.at(idNode.get())
                  + " must be non-empty and hold no spaces",
              "write an id such as \"" + Slugs.slugify(title == null ? "section" : title) + "\"");
        }
        return Slugs.unique(title == null ? "section" : title, ids);
      }
      if (!ids.add(id)) {
        in.diagnostics().error(
            "duplicate-id", idNode.get().pos(), "two sections have the id '" + id + "'" + in.at(idNode.get()),
            "give each section its own id");
        return Slugs.unique(id, ids);
      }
      return id;
    }

    @Override
    public void write(Section section, JsonWriter out) {
      out.beginObject().name("id").value(section.id()).name("title").value(section.title());
      BlockCodecs.writeList(out, "blocks", section.blocks());
      array(out, "subsections", section.subsections(), this::write);
      out.endObject();
    }
  }

  /** A footnote: {@code {label, blocks}}; labels are unique across the article. */
  public static final class FootnoteCodec extends Codec<Footnote> {
    private FootnoteCodec() {
      super(Footnote.class, "/properties/footnotes/items", Property.key("label"), Property.key("blocks"));
    }

    /** Reads one footnote; null when it is not valid (reported). */
    public Footnote read(TreeNode node, TreeReading in) {
      if (!in.requireObject(node, "each footnote")) {
        return null;
      }
      in.checkKeys(node, keys(), "footnote");
      String label = in.requiredText(node, "label", "footnote", "\"label\": \"1\"");
      List<Block> blocks = BlockCodecs.readBlocks(node, "blocks", in, 0);
      if (label == null) {
        return null;
      }
      if (!in.footnoteLabels().add(label)) {
        in.diagnostics().error(
            "duplicate-footnote", node.pos(), "two footnotes have the label '" + label + "'" + in.at(node),
            "give each footnote its own label");
        return null;
      }
      if (blocks.isEmpty()) {
        in.diagnostics().error("empty", node.pos(), "the footnote '" + label + "'" + in.at(node) + " has no content",
            "give it \"blocks\"");
        return null;
      }
      return in.located(new Footnote(label, blocks), node);
    }

    @Override
    public void write(Footnote footnote, JsonWriter out) {
      out.beginObject().name("label").value(footnote.label());
      BlockCodecs.writeList(out, "blocks", footnote.blocks());
      out.endObject();
    }
  }
}
