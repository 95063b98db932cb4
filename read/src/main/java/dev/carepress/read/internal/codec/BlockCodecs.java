package dev.carepress.read.internal.codec;

import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Figure;
import dev.carepress.model.Inline;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.Quote;
import dev.carepress.model.ThematicBreak;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The codecs of the blocks, one per kind, and the reading and writing of any block by its type. */
public final class BlockCodecs {
  static final String SCHEMA = "/$defs/block";

  /** The codec of a list's items. */
  public static final Codec<ListItem> LIST_ITEM = new ListItemCodec();

  /** One codec per kind of block, in the order of {@link Block}'s permitted subclasses. */
  public static final List<TypedCodec<? extends Block>> ALL =
      List.of(
          new ParagraphCodec(), new BulletListCodec(), new OrderedListCodec(), new QuoteCodec(), new CalloutCodec(),
          new FigureCodec(), TableCodecs.TABLE, new CodeBlockCodec(), new ThematicBreakCodec());

  private static final List<String> TYPES = ALL.stream().map(TypedCodec::typeName).toList();
  private static final Map<String, TypedCodec<? extends Block>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(TypedCodec::typeName, c -> c));
  private static final Map<Class<?>, TypedCodec<? extends Block>> BY_CLASS =
      ALL.stream().collect(Collectors.toUnmodifiableMap(TypedCodec::type, c -> c));

  private BlockCodecs() {}

  /** Reads one block of any kind; null when it is not valid (reported). */
  public static Block read(TreeNode node, TreeReading in, int depth) {
    if (!in.requireObject(node, "each block") || !in.notTooDeep(node, depth)) {
      return null;
    }
    String type = in.type(node, TYPES, "block");
    return type == null ? null : BY_NAME.get(type).read(node, in, depth);
  }

  /** Reads a list of blocks, leaving out those that are not valid (reported). */
  public static List<Block> readList(TreeNode node, TreeReading in, int depth) {
    return in.list(node, b -> read(b, in, depth));
  }

  /** The blocks under the key one level deeper, or none. */
  static List<Block> readBlocks(TreeNode node, String key, TreeReading in, int depth) {
    return in.optional(node, key).map(b -> readList(b, in, depth + 1)).orElse(List.of());
  }

  /** Writes a block of any kind. */
  @SuppressWarnings("unchecked")
  public static void write(Block block, JsonWriter out) {
    ((TypedCodec<Block>) BY_CLASS.get(block.getClass())).write(block, out);
  }

  /** Writes the key and the blocks, unless there are none. */
  static void writeList(JsonWriter out, String key, List<Block> blocks) {
    Codec.array(out, key, blocks, BlockCodecs::write);
  }

  private static final class ParagraphCodec extends TypedCodec<Paragraph> {
    ParagraphCodec() {
      super(Paragraph.class, "paragraph", SCHEMA, Property.key("content"));
    }

    @Override
    public Paragraph read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      List<Inline> content = InlineCodecs.readContent(node, "content", in, depth);
      return content.isEmpty() ? in.emptyError(node, typeName()) : in.make(node, () -> new Paragraph(content));
    }

    @Override
    protected void writeProperties(Paragraph paragraph, JsonWriter out) {
      InlineCodecs.writeList(out, "content", paragraph.content());
    }
  }

  private static final class BulletListCodec extends TypedCodec<BulletList> {
    BulletListCodec() {
      super(BulletList.class, "bulletList", SCHEMA, Property.key("items"));
    }

    @Override
    public BulletList read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      List<ListItem> items = in.listOf(node, "items", x -> ListItemCodec.read(x, in, depth));
      return items.isEmpty() ? in.emptyError(node, typeName()) : in.make(node, () -> new BulletList(items));
    }

    @Override
    protected void writeProperties(BulletList list, JsonWriter out) {
      array(out, "items", list.items(), LIST_ITEM::write);
    }
  }

  private static final class OrderedListCodec extends TypedCodec<OrderedList> {
    OrderedListCodec() {
      super(OrderedList.class, "orderedList", SCHEMA, Property.key("start"), Property.key("items"));
    }

    @Override
    public OrderedList read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      List<ListItem> items = in.listOf(node, "items", x -> ListItemCodec.read(x, in, depth));
      if (items.isEmpty()) {
        return in.emptyError(node, typeName());
      }
      int start = in.optional(node, "start").map(s -> in.integer(s, "start")).orElse(1);
      return in.make(node, () -> new OrderedList(start, items));
    }

    @Override
    protected void writeProperties(OrderedList list, JsonWriter out) {
      if (list.start() != 1) {
        out.name("start").value(list.start());
      }
      array(out, "items", list.items(), LIST_ITEM::write);
    }
  }

  private static final class ListItemCodec extends Codec<ListItem> {
    ListItemCodec() {
      super(ListItem.class, "/$defs/listItem", Property.key("blocks"));
    }

    static ListItem read(TreeNode node, TreeReading in, int depth) {
      if (!in.requireObject(node, "each list item")) {
        return null;
      }
      in.checkKeys(node, LIST_ITEM.keys(), "list item");
      List<Block> blocks = readBlocks(node, "blocks", in, depth);
      return blocks.isEmpty() ? in.emptyError(node, "list item") : in.make(node, () -> new ListItem(blocks));
    }

    @Override
    public void write(ListItem item, JsonWriter out) {
      out.beginObject();
      writeList(out, "blocks", item.blocks());
      out.endObject();
    }
  }

  private static final class QuoteCodec extends TypedCodec<Quote> {
    QuoteCodec() {
      super(Quote.class, "quote", SCHEMA, Property.key("blocks"));
    }

    @Override
    public Quote read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      List<Block> blocks = readBlocks(node, "blocks", in, depth);
      return blocks.isEmpty() ? in.emptyError(node, typeName()) : in.make(node, () -> new Quote(blocks));
    }

    @Override
    protected void writeProperties(Quote quote, JsonWriter out) {
      writeList(out, "blocks", quote.blocks());
    }
  }

  private static final class CalloutCodec extends TypedCodec<Callout> {
    CalloutCodec() {
      super(Callout.class, "callout", SCHEMA, Property.key("kind"), Property.key("blocks"));
    }

    @Override
    public Callout read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      String kindId = in.requiredText(node, "kind", "callout", "\"kind\": \"tip\"");
      Optional<Callout.Kind> kind = kindId == null ? Optional.empty() : Callout.Kind.fromId(kindId);
      if (kindId != null && kind.isEmpty()) {
        List<String> ids = Arrays.stream(Callout.Kind.values()).map(Callout.Kind::id).toList();
        TreeNode kindNode = node.entries().get("kind").value();
        in.diagnostics().error(
            "invalid-value", kindNode.pos(),
            "'" + kindId + "'" + in.at(kindNode) + " is not a kind of callout" + TreeReading.didYouMean(kindId, ids),
            "write one of " + String.join(", ", ids));
      }
      List<Block> blocks = readBlocks(node, "blocks", in, depth);
      if (blocks.isEmpty()) { // a soft fault, as in Markdown: left out, with a warning
        kind.ifPresent(k -> in.diagnostics().warning(
            "empty-callout", node.pos(), "the " + k.id() + " callout" + in.at(node) + " has no content; it was left out",
            "give it \"blocks\" with its text, or remove it"));
        return null;
      }
      return kind.isEmpty() ? null : in.make(node, () -> new Callout(kind.get(), blocks));
    }

    @Override
    protected void writeProperties(Callout callout, JsonWriter out) {
      out.name("kind").value(callout.kind().id());
      writeList(out, "blocks", callout.blocks());
    }
  }

  private static final class FigureCodec extends TypedCodec<Figure> {
    FigureCodec() {
      super(Figure.class, "figure", SCHEMA, Property.key("src"), Property.key("alt"), Property.key("caption"));
    }

    @Override
    public Figure read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      String src = in.requiredText(node, "src", "figure", "\"src\": \"images/inhaler.png\"");
      String alt = in.optionalText(node, "alt").orElse("");
      Optional<String> caption = in.optionalText(node, "caption");
      return src == null ? null : in.make(node, () -> new Figure(src, alt, caption));
    }

    @Override
    protected void writeProperties(Figure figure, JsonWriter out) {
      out.name("src").value(figure.src());
      if (!figure.alt().isEmpty()) {
        out.name("alt").value(figure.alt());
      }
      optional(out, "caption", figure.caption());
    }
  }

  private static final class CodeBlockCodec extends TypedCodec<CodeBlock> {
    CodeBlockCodec() {
      super(CodeBlock.class, "codeBlock", SCHEMA, Property.key("language"), Property.key("code"));
    }

    @Override
    public CodeBlock read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      String code = in.optional(node, "code").map(c -> in.rawText(c, "code")).orElse("");
      return in.make(node, () -> new CodeBlock(in.optionalText(node, "language"), code));
    }

    @Override
    protected void writeProperties(CodeBlock codeBlock, JsonWriter out) {
      optional(out, "language", codeBlock.language());
      out.name("code").value(codeBlock.code());
    }
  }

  private static final class ThematicBreakCodec extends TypedCodec<ThematicBreak> {
    ThematicBreakCodec() {
      super(ThematicBreak.class, "thematicBreak", SCHEMA);
    }

    @Override
    public ThematicBreak read(TreeNode node, TreeReading in, int depth) {
      in.checkKeys(node, keys(), typeName());
      return in.make(node, ThematicBreak::new);
    }

    @Override
    protected void writeProperties(ThematicBreak thematicBreak, JsonWriter out) {}
  }
}
