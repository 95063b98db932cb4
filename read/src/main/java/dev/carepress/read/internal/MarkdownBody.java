package dev.carepress.read.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.carepress.model.Block;
import dev.carepress.model.BulletList;
import dev.carepress.model.Callout;
import dev.carepress.model.Code;
import dev.carepress.model.CodeBlock;
import dev.carepress.model.Emphasis;
import dev.carepress.model.Figure;
import dev.carepress.model.Footnote;
import dev.carepress.model.FootnoteReference;
import dev.carepress.model.GlossaryEntry;
import dev.carepress.model.Inline;
import dev.carepress.model.LineBreak;
import dev.carepress.model.Link;
import dev.carepress.model.ListItem;
import dev.carepress.model.OrderedList;
import dev.carepress.model.Paragraph;
import dev.carepress.model.PlainText;
import dev.carepress.model.Quote;
import dev.carepress.model.Section;
import dev.carepress.model.Slugs;
import dev.carepress.model.Strikethrough;
import dev.carepress.model.Strong;
import dev.carepress.model.Table;
import dev.carepress.model.TableCell;
import dev.carepress.model.TableRow;
import dev.carepress.model.Text;
import dev.carepress.model.ThematicBreak;
import dev.carepress.text.UrlPolicy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place Flexmark's node types meet the model's: turns a parsed Markdown body into the
 * introduction, sections and footnotes of an {@link ArticleDraft}, and key points given as text into
 * inlines. Every convention of the source format (see {@code MarkdownArticleReader}) is applied here.
 */
public final class MarkdownBody {
  /** How deep blocks (quotes, lists) and inlines may nest before the rest is left out. */
  static final int MAX_DEPTH = 40;

  private static final Parser PARSER = createParser(Autolinks.create());
  private static final Pattern ALERT = Pattern.compile("\\[!([A-Za-z]+)\\][ \\t]*");
  private static final Pattern SCRIPT_OR_STYLE =
      Pattern.compile("(?is)<(script|style|template|noscript|iframe|object)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "(?i)</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|dl|dt|dd|figure|figcaption)"
          + "\\b[^>]*>");
  private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
  private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern LINK_DEFINITION_START = Pattern.compile("^\\[[^\\]]+\\]:");
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
  /** Punctuation that is only text inside a line of Markdown (a line starting with '-', '+' or '=' is escaped first). */
  private static final String PLAIN_PUNCTUATION = ".,;?'\"()-/%+=$\u2018\u2019\u201c\u201d\u2013\u2014\u2026";

  private final Diagnostics diagnostics;
  private final Positions positions;
  private final boolean markTerms;
  private GlossaryMarker marker = new GlossaryMarker(List.of());
  private final List<String> referenced = new ArrayList<>();
  private final Map<String, Pos> firstReference = new LinkedHashMap<>();
  private IntFunction<Pos> locate = offset -> Pos.UNKNOWN;
  private Document document;
  private boolean tooDeepReported;

  public MarkdownBody(Diagnostics diagnostics, Positions positions, boolean markTerms) {
    this.diagnostics = diagnostics;
    this.positions = positions;
    this.markTerms = markTerms;
  }

  /** The glossary whose terms' first uses in the body are marked. */
  public void useGlossary(List<GlossaryEntry> glossary) {
    marker = new GlossaryMarker(glossary);
  }

  /** The parser, with the given extension for bare links (tests compare {@link Autolinks} with Flexmark's). */
  static Parser createParser(Parser.ParserExtension autolinks) {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(TablesExtension.create(), StrikethroughExtension.create(), autolinks, FootnoteExtension.create()));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.MIN_HEADER_ROWS, 1);
    options.set(TablesExtension.MAX_HEADER_ROWS, 1);
    return Parser.builder(options).build();
  }

  // ---------------------------------------------------------------- key points

  /**
   * A key point written as a line of inline Markdown. Block syntax at the start of the line (a
   * {@code -} or {@code 1.}) is taken as text; problems are reported at the key point's position.
   */
  public List<Inline> inlineLine(String text, Pos pos) {
    String line = keyPointLine(text);
    if (isPlainText(line)) {
      return line.isEmpty() ? List.of() : List.of(new Text(line));
    }
    IntFunction<Pos> before = locate;
    locate = offset -> pos;
    try {
      Document doc = PARSER.parse(line);
      Document saved = document;
      document = doc;
      List<Inline> inlines = new ArrayList<>();
      for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
        if (block instanceof com.vladsch.flexmark.ast.Paragraph) {
          inlines.addAll(inlines(block, 0));
        }
      }
      document = saved;
      return trim(merge(inlines));
    } finally {
      locate = before;
    }
  }

  /** The key point's text on one line, block syntax at its start escaped. */
  static String keyPointLine(String text) {
    String line = text.strip();
    if (hasLineBreak(line)) {
      line = LINE_BREAKS.matcher(line).replaceAll(" ");
    }
    if (!line.isEmpty() && isBlockStart(line)) {
      int digits = 0;
      while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
        digits++;
      }
      line = digits > 0 ? line.substring(0, digits) + "\\" + line.substring(digits) : "\\" + line;
    }
    return line;
  }

  /**
   * Whether the line is plain text to Markdown, so that parsing it would give one text node with
   * the line's characters: it has only letters, digits, spaces and punctuation that means nothing
   * inside a line of Markdown, and no {@code www.} (which would become a link). Most key points
   * are; they then skip the parser, whose set-up costs more than the parsing of a line.
   */
  static boolean isPlainText(String line) {
    int w = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == 'w') {
        w++;
        continue;
      }
      if (c == '.' && w >= 3) {
        return false;
      }
      w = 0;
      if (c != ' ' && PLAIN_PUNCTUATION.indexOf(c) < 0 && !Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text has a character {@code \R} matches: without one, {@link #LINE_BREAKS} cannot match. */
  private static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlockStart(String line) {
    char c = line.charAt(0);
    if ("#>-+*=|`~<".indexOf(c) >= 0 || LINK_DEFINITION_START.matcher(line).find()) {
      return true;
    }
    int i = 0;
    while (i < line.length() && i < 10 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    return i > 0 && i < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')');
  }

  // ---------------------------------------------------------------- body

  /**
   * Reads the body into the draft.
   *
   * @param body the whole file's text with the front matter blanked out, so offsets map to the file
   * @param title the article's title, to drop a leading {@code # Title}; null when it is missing
   *     (already reported), so that a leading heading is dropped without a warning
   */
  public void body(SourceText original, String title, ArticleDraft draft) {
    SourceText body = limitNesting(original);
    locate = body::pos;
    document = PARSER.parse(body.text());
    Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
    collectDefinitions(document, definitions);

    SectionBuilder root = new SectionBuilder(null, null, 1, Pos.START);
    Deque<SectionBuilder> stack = new ArrayDeque<>();
    stack.push(root);
    Set<String> ids = new HashSet<>();
    boolean first = true;
    List<Block> pendingBlocks = root.blocks;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading) {
        Heading heading = (Heading) node;
        Pos pos = pos(node);
        String text = headingText(heading);
        if (first && heading.getLevel() == 1) {
          first = false;
          if (title != null && !sameTitle(text, title)) {
            diagnostics.warning(
                "title-heading", pos,
                "the first heading '# " + text + "' is not the title '" + title + "'; it was left out",
                "the title comes from the front matter: change 'title:' or remove the '#' line");
          }
          continue;
        }
        first = false;
        if (text.isBlank()) {
          diagnostics.warning(
              "empty-heading", pos, "a heading without text was left out", "write the heading's text or remove it");
          continue;
        }
        int level = heading.getLevel();
        if (level == 1) {
          diagnostics.warning(
              "extra-title", pos, "'# " + text + "' is a second top-level heading; it was read as a '##' section",
              "use '##' for sections: the one '#' heading is the title");
          level = 2;
        }
        while (stack.peek().level >= level) {
          stack.pop();
        }
        SectionBuilder parent = stack.peek();
        if (level > parent.level + 1) {
          diagnostics.warning(
              "skipped-level", pos,
              "the heading '" + "#".repeat(level) + " " + text + "' skips a level (it follows "
                  + (parent == root ? "no '##' heading" : "a '" + "#".repeat(parent.level) + "' heading") + ")",
              "use '" + "#".repeat(parent.level + 1) + "' here, so screen readers and tables of contents follow");
        }
        SectionBuilder section = new SectionBuilder(Slugs.unique(text, ids), text, level, pos);
        parent.subsections.add(section);
        stack.push(section);
        pendingBlocks = section.blocks;
        continue;
      }
      if (!(node instanceof HtmlCommentBlock) && !(node instanceof com.vladsch.flexmark.ast.Reference)
          && !(node instanceof FootnoteBlock)) {
        first = false;
      }
      addBlock(node, pendingBlocks, 0);
    }
    draft.introduction.addAll(root.blocks);
    for (SectionBuilder section : root.subsections) {
      draft.sections.add(section.build());
    }
    footnotes(definitions, draft);
  }

  /**
   * Cuts the container markers ({@code >}, list bullets) at the start of a line to {@link
   * #MAX_DEPTH}: Flexmark's tree walkers recurse once per level and overflow the stack on
   * thousands. Line numbers stay the same.
   */
  private SourceText limitNesting(SourceText body) {
    String text = body.text();
    StringBuilder out = null;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int prefixEnd = containerPrefixEnd(text, lineStart, lineEnd);
      if (prefixEnd - lineStart > MAX_DEPTH) {
        int markers = 0;
        int cut = lineStart;
        for (int i = lineStart; i < prefixEnd; i++) {
          char c = text.charAt(i);
          if (c == '>' || c == '-' || c == '*' || c == '+') {
            markers++;
            if (markers > MAX_DEPTH + 1) {
              break;
            }
          }
          cut = i + 1;
        }
        if (markers > MAX_DEPTH + 1) {
          if (out == null) {
            out = new StringBuilder(text.substring(0, lineStart));
            tooDeep(body.pos(lineStart));
          }
          out.append(text, lineStart, cut).append(text, prefixEnd, lineEnd);
          out.append(lineEnd < text.length() ? "\n" : "");
          lineStart = lineEnd + 1;
          continue;
        }
      }
      if (out != null) {
        out.append(text, lineStart, lineEnd).append(lineEnd < text.length() ? "\n" : "");
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? body : SourceText.of(out.toString());
  }

  /** Where the run of quote markers, bullets and blanks at the start of a line ends (no regex: it recurses). */
  private static int containerPrefixEnd(String text, int start, int end) {
    int i = start;
    int last = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '>') {
        last = ++i;
      } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
        last = ++i;
      } else {
        break;
      }
    }
    return last;
  }

  private static boolean sameTitle(String heading, String title) {
    return normalize(heading).equals(normalize(title));
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").replaceAll("[.!?:]+$", "").toLowerCase(Locale.ROOT);
  }

  private String headingText(Heading heading) {
    return collapseBlanks(PlainText.of(inlines(heading, 0)).strip());
  }

  /** The text with every run of {@code \\s} (space, tab, line break, form feed, vertical tab) one space. */
  static String collapseBlanks(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean blank = c == ' ' || (c >= '\t' && c <= '\r');
      if (blank && (c != ' ' || (i + 1 < text.length() && isBlank(text.charAt(i + 1))))) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(' ');
        while (i + 1 < text.length() && isBlank(text.charAt(i + 1))) {
          i++;
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private void collectDefinitions(Node parent, Map<String, FootnoteBlock> definitions) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof FootnoteBlock) {
        FootnoteBlock block = (FootnoteBlock) node;
        String label = block.getText().toString();
        if (definitions.containsKey(label)) {
          diagnostics.warning(
              "duplicate-footnote", pos(node), "the footnote [^" + label + "] is defined twice; the first is used",
              "remove one definition or give it another label");
        } else {
          definitions.put(label, block);
        }
      }
    }
  }

  private void footnotes(Map<String, FootnoteBlock> definitions, ArticleDraft draft) {
    Set<String> done = new LinkedHashSet<>();
    for (int i = 0; i < referenced.size(); i++) { // grows while footnotes refer to other footnotes
      String label = referenced.get(i);
      FootnoteBlock definition = definitions.get(label);
      if (definition == null || !done.add(label)) {
        continue;
      }
      List<Block> blocks = new ArrayList<>();
      for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
        addBlock(child, blocks, 1, false);
      }
      if (blocks.isEmpty()) {
        diagnostics.error(
            "empty-footnote", pos(definition), "the footnote [^" + label + "] has no text",
            "write the note after '[^" + label + "]:'");
        continue;
      }
      draft.footnotes.add(positions.at(new Footnote(label, blocks), pos(definition)));
    }
    for (Map.Entry<String, FootnoteBlock> entry : definitions.entrySet()) {
      if (!firstReference.containsKey(entry.getKey())) {
        diagnostics.warning(
            "unused-footnote", pos(entry.getValue()),
            "the footnote [^" + entry.getKey() + "] is never referred to; it was left out",
            "refer to it in the text with [^" + entry.getKey() + "], or remove it");
      }
    }
  }

  // ---------------------------------------------------------------- blocks

  private void addBlock(Node node, List<Block> out, int depth) {
    addBlock(node, out, depth, markTerms);
  }

  private void addBlock(Node node, List<Block> out, int depth, boolean mark) {
    if (depth > MAX_DEPTH) {
      tooDeep(node);
      return;
    }
    Block block = block(node, out, depth, mark);
    if (block != null) {
      out.add(positions.at(block, pos(node)));
    }
  }

  /** The block for the node, or null when it adds nothing (or changed the previous block). */
  private Block block(Node node, List<Block> siblings, int depth, boolean mark) {
    if (node instanceof com.vladsch.flexmark.ast.Paragraph) {
      return paragraph(node, siblings, depth, mark);
    }
    if (node instanceof BlockQuote) {
      return quote(node, depth, mark);
    }
    if (node instanceof com.vladsch.flexmark.ast.BulletList) {
      List<ListItem> items = items(node, depth, mark);
      return items.isEmpty() ? null : new BulletList(items);
    }
    if (node instanceof com.vladsch.flexmark.ast.OrderedList) {
      List<ListItem> items = items(node, depth, mark);
      int start = Math.max(0, ((com.vladsch.flexmark.ast.OrderedList) node).getStartNumber());
      return items.isEmpty() ? null : new OrderedList(start, items);
    }
    if (node instanceof FencedCodeBlock) {
      FencedCodeBlock fenced = (FencedCodeBlock) node;
      String info = fenced.getInfo().unescape().strip();
      String language = info.isEmpty() ? "" : info.split("\\s+")[0];
      return new CodeBlock(
          language.isEmpty() ? Optional.empty() : Optional.of(language), code(fenced.getContentChars().toString()));
    }
    if (node instanceof IndentedCodeBlock) {
      return CodeBlock.of(code(((IndentedCodeBlock) node).getContentChars().toString()));
    }
    if (node instanceof com.vladsch.flexmark.ast.ThematicBreak) {
      return new ThematicBreak();
    }
    if (node instanceof TableBlock) {
      return table((TableBlock) node, depth, mark);
    }
    if (node instanceof Heading) { // inside a quote or list: keep its text, as strong text
      List<Inline> content = trim(inlines(node, depth));
      return content.isEmpty() ? null : new Paragraph(List.of(new Strong(content)));
    }
    if (node instanceof HtmlCommentBlock || node instanceof com.vladsch.flexmark.ast.Reference
        || node instanceof FootnoteBlock) {
      return null; // comments are dropped silently; definitions are not content
    }
    if (node instanceof HtmlBlock) {
      List<String> paragraphs = htmlText(node.getChars().toString());
      diagnostics.warning(
          "raw-html", pos(node), "raw HTML " + excerpt(node.getChars().toString()) + " was "
              + (paragraphs.isEmpty() ? "left out" : "turned into plain text (its tags were left out)"),
          "write it in Markdown; Carepress never passes HTML through");
      for (int i = 0; i < paragraphs.size() - 1; i++) {
        List<Inline> text = List.of(new Text(paragraphs.get(i)));
        siblings.add(positions.at(new Paragraph(mark ? marker.mark(text) : text), pos(node)));
      }
      if (paragraphs.isEmpty()) {
        return null;
      }
      List<Inline> last = List.of(new Text(paragraphs.get(paragraphs.size() - 1)));
      return new Paragraph(mark ? marker.mark(last) : last);
    }
    if (node.getChars().isBlank()) {
      return null;
    }
    diagnostics.warning(
        "unsupported", pos(node), "this Markdown (" + node.getNodeName() + ") is not supported and was read as text",
        "");
    return new Paragraph(List.of(new Text(node.getChars().toString().strip())));
  }

  private Block paragraph(Node node, List<Block> siblings, int depth, boolean mark) {
    Optional<Block> figure = figure(node);
    if (figure.isPresent()) {
      return figure.get();
    }
    List<Inline> content = trim(inlines(node, depth));
    String plain = PlainText.of(content).strip();
    if (!siblings.isEmpty() && siblings.get(siblings.size() - 1) instanceof Table && plain.startsWith("Table:")) {
      Table table = (Table) siblings.get(siblings.size() - 1);
      String caption = plain.substring("Table:".length()).strip();
      if (table.caption().isEmpty() && !caption.isEmpty()) {
        Table captioned = table.withCaption(caption);
        siblings.set(siblings.size() - 1, positions.at(captioned, positions.of(table)));
        return null;
      }
    }
    if (content.isEmpty()) {
      return null;
    }
    return new Paragraph(mark ? marker.mark(content) : content);
  }

  private Optional<Block> figure(Node paragraph) {
    List<Node> parts = new ArrayList<>();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof com.vladsch.flexmark.ast.Text && child.getChars().isBlank())
          && !(child instanceof SoftLineBreak)) {
        parts.add(child);
      }
    }
    if (parts.size() != 1) {
      return Optional.empty();
    }
    Node only = parts.get(0);
    boolean linked = false;
    if (only instanceof com.vladsch.flexmark.ast.Link && only.getFirstChild() != null
        && only.getFirstChild() == only.getLastChild() && isImage(only.getFirstChild())) {
      linked = true;
      only = only.getFirstChild();
    }
    if (!isImage(only)) {
      return Optional.empty();
    }
    String src = imageUrl(only);
    String alt = PlainText.of(inlines(only, 0)).strip();
    String title = imageTitle(only);
    Pos pos = pos(only);
    if (src.isBlank()) {
      return Optional.empty(); // read as an image in running text: its alt text, with a warning
    }
    if (linked) {
      diagnostics.warning(
          "linked-image", pos, "the link around the image was left out; the image became a figure",
          "put the link in the caption or in a sentence next to the image");
    }
    return Optional.of(new Figure(src, alt, title.isBlank() ? Optional.empty() : Optional.of(title.strip())));
  }

  private static boolean isImage(Node node) {
    return node instanceof com.vladsch.flexmark.ast.Image
        || (node instanceof ImageRef && ((ImageRef) node).isDefined());
  }

  private String imageUrl(Node image) {
    if (image instanceof com.vladsch.flexmark.ast.Image) {
      return ((com.vladsch.flexmark.ast.Image) image).getUrl().unescape();
    }
    com.vladsch.flexmark.ast.Reference ref = ((ImageRef) image).getReferenceNode(document);
    return ref == null ? "" : ref.getUrl().unescape();
  }

  private String imageTitle(Node image) {
    if (image instanceof com.vladsch.flexmark.ast.Image) {
      return ((com.vladsch.flexmark.ast.Image) image).getTitle().unescape();
    }
    com.vladsch.flexmark.ast.Reference ref = ((ImageRef) image).getReferenceNode(document);
    return ref == null ? "" : ref.getTitle().unescape();
  }

  private Block quote(Node node, int depth, boolean mark) {
    Node first = node.getFirstChild();
    Callout.Kind kind = null;
    boolean skipFirstLine = false;
    if (first instanceof com.vladsch.flexmark.ast.Paragraph) {
      String firstLine = first.getChars().toString().split("\n", 2)[0].strip();
      Matcher m = ALERT.matcher(firstLine);
      if (m.matches()) {
        Optional<Callout.Kind> found = Callout.Kind.fromId(m.group(1));
        if (found.isPresent()) {
          kind = found.get();
          skipFirstLine = true;
        } else {
          List<String> kinds = Arrays.stream(Callout.Kind.values()).map(k -> k.name()).toList();
          diagnostics.warning(
              "unknown-callout", pos(first), "'[!" + m.group(1) + "]' is not a kind of callout; it was read as a quote"
                  + dev.carepress.text.Suggestions.closest(m.group(1), kinds)
                      .or(() -> kinds.stream().filter(k -> k.startsWith(m.group(1).toUpperCase(Locale.ROOT))).findFirst())
                      .map(s -> "; did you mean '[!" + s + "]'?").orElse(""),
              "write one of [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]");
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (Node child = first; child != null; child = child.getNext()) {
      if (child == first && skipFirstLine) {
        List<Inline> rest = new ArrayList<>();
        boolean afterBreak = false;
        for (Node inline = child.getFirstChild(); inline != null; inline = inline.getNext()) {
          if (!afterBreak) {
            afterBreak = inline instanceof SoftLineBreak || inline instanceof HardLineBreak;
            continue;
          }
          rest.addAll(inline(inline, depth + 1));
        }
        List<Inline> merged = trim(merge(rest));
        if (!merged.isEmpty()) {
          blocks.add(new Paragraph(mark ? marker.mark(merged) : merged));
        }
        continue;
      }
      addBlock(child, blocks, depth + 1, mark);
    }
    if (blocks.isEmpty()) {
      if (kind != null) {
        diagnostics.error(
            "empty-callout", pos(node), "the [!" + kind.name() + "] callout has no text",
            "write its text on the '>' lines after '> [!" + kind.name() + "]', or remove it");
      }
      return null;
    }
    return kind != null ? new Callout(kind, blocks) : new Quote(blocks);
  }

  private List<ListItem> items(Node list, int depth, boolean mark) {
    List<ListItem> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      List<Block> blocks = new ArrayList<>();
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        addBlock(child, blocks, depth + 1, mark);
      }
      if (blocks.isEmpty()) {
        diagnostics.warning("empty-item", pos(item), "an empty list item was left out", "write the item or remove it");
      } else {
        items.add(new ListItem(blocks));
      }
    }
    return items;
  }

  private Block table(TableBlock node, int depth, boolean mark) {
    List<TableRow> header = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>();
    List<Pos> rowPositions = new ArrayList<>();
    List<Table.Alignment> alignments = new ArrayList<>();
    for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableSeparator || part instanceof TableCaption) {
        continue;
      }
      boolean head = part instanceof TableHead;
      if (!head && !(part instanceof TableBody)) {
        continue;
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (head && header.isEmpty()) {
            alignments.add(alignment((com.vladsch.flexmark.ext.tables.TableCell) cell));
          }
          List<Inline> content = trim(inlines(cell, depth + 1));
          cells.add(new TableCell(mark ? marker.mark(content) : content));
        }
        if (cells.isEmpty()) {
          continue;
        }
        if (head && header.isEmpty()) {
          header.add(new TableRow(cells));
        } else {
          rows.add(new TableRow(cells));
          rowPositions.add(pos(row));
        }
      }
    }
    if (header.isEmpty()) {
      diagnostics.warning("empty-table", pos(node), "a table without a header row was left out", "");
      return null;
    }
    int width = header.get(0).cells().size();
    List<TableRow> shaped = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<TableCell> cells = new ArrayList<>(rows.get(r).cells());
      if (cells.size() > width) {
        diagnostics.warning(
            "table-shape", rowPositions.get(r), "a table row has " + cells.size() + " cells but the header has " + width
                + "; the extra cells were left out",
            "give every row as many cells as the header");
        cells = cells.subList(0, width);
      }
      while (cells.size() < width) {
        cells.add(new TableCell(List.of()));
      }
      shaped.add(new TableRow(cells));
    }
    return new Table(header.get(0), shaped, alignments, Optional.empty());
  }

  private static Table.Alignment alignment(com.vladsch.flexmark.ext.tables.TableCell cell) {
    if (cell.getAlignment() == null) {
      return Table.Alignment.NONE;
    }
    switch (cell.getAlignment()) {
      case LEFT:
        return Table.Alignment.LEFT;
      case CENTER:
        return Table.Alignment.CENTER;
      case RIGHT:
        return Table.Alignment.RIGHT;
      default:
        return Table.Alignment.NONE;
    }
  }

  private static String code(String content) {
    String code = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    return code;
  }

  // ---------------------------------------------------------------- inlines

  private List<Inline> inlines(Node parent, int depth) {
    List<Inline> out = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      out.addAll(inline(child, depth + 1));
    }
    return merge(out);
  }

  private List<Inline> inline(Node node, int depth) {
    if (depth > MAX_DEPTH) {
      tooDeep(node);
      return List.of();
    }
    if (node instanceof com.vladsch.flexmark.ast.Text) {
      String text = node.getChars().unescape();
      return text.isEmpty() ? List.of() : List.of(new Text(text));
    }
    if (node instanceof TextBase) {
      return inlines(node, depth);
    }
    if (node instanceof SoftLineBreak) {
      return List.of(new Text(" "));
    }
    if (node instanceof HardLineBreak) {
      return List.of(new LineBreak());
    }
    if (node instanceof com.vladsch.flexmark.ast.Emphasis) {
      List<Inline> content = inlines(node, depth);
      return content.isEmpty() ? List.of() : List.of(new Emphasis(content));
    }
    if (node instanceof StrongEmphasis) {
      List<Inline> content = inlines(node, depth);
      return content.isEmpty() ? List.of() : List.of(new Strong(content));
    }
    if (node instanceof com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough) {
      List<Inline> content = inlines(node, depth);
      return content.isEmpty() ? List.of() : List.of(new Strikethrough(content));
    }
    if (node instanceof com.vladsch.flexmark.ast.Code) {
      String code = ((com.vladsch.flexmark.ast.Code) node).getText().toString().replace('\n', ' ');
      if (code.length() >= 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
        code = code.substring(1, code.length() - 1);
      }
      return code.isEmpty() ? List.of() : List.of(new Code(code));
    }
    if (node instanceof com.vladsch.flexmark.ast.Link) {
      com.vladsch.flexmark.ast.Link link = (com.vladsch.flexmark.ast.Link) node;
      return List.of(link(node, link.getUrl().unescape(), link.getTitle().unescape(), depth));
    }
    if (node instanceof LinkRef) {
      LinkRef ref = (LinkRef) node;
      com.vladsch.flexmark.ast.Reference target = ref.isDefined() ? ref.getReferenceNode(document) : null;
      if (target == null) {
        String text = node.getChars().unescape();
        return text.isEmpty() ? List.of() : List.of(new Text(text));
      }
      return List.of(link(node, target.getUrl().unescape(), target.getTitle().unescape(), depth));
    }
    if (node instanceof AutoLink) {
      String text = ((AutoLink) node).getText().unescape();
      String url = ((AutoLink) node).getUrl().unescape();
      if (url.isEmpty()) {
        url = text;
      }
      if (!UrlPolicy.hasScheme(url) && url.startsWith("www.")) {
        url = "http://" + url;
      }
      return List.of(positions.at(Link.of(url, text.isEmpty() ? url : text), pos(node)));
    }
    if (node instanceof MailLink) {
      String address = ((MailLink) node).getText().unescape();
      return List.of(positions.at(Link.of("mailto:" + address, address), pos(node)));
    }
    if (node instanceof com.vladsch.flexmark.ast.Image || node instanceof ImageRef) {
      String alt = PlainText.of(inlines(node, depth)).strip();
      diagnostics.warning(
          "image-in-text", pos(node),
          "an image inside running text is not supported; " + (alt.isEmpty() ? "it was left out"
              : "its alt text '" + alt + "' was kept as text"),
          "put the image in a paragraph of its own to make it a figure");
      return alt.isEmpty() ? List.of() : List.of(new Text(alt));
    }
    if (node instanceof com.vladsch.flexmark.ext.footnotes.Footnote) {
      String label = ((com.vladsch.flexmark.ext.footnotes.Footnote) node).getText().toString();
      if (!firstReference.containsKey(label)) {
        firstReference.put(label, pos(node));
        referenced.add(label);
      }
      return List.of(positions.at(new FootnoteReference(label), pos(node)));
    }
    if (node instanceof HtmlEntity) {
      return List.of(new Text(node.getChars().unescape()));
    }
    if (node instanceof HtmlInlineComment) {
      return List.of();
    }
    if (node instanceof HtmlInline) {
      String tag = node.getChars().toString();
      if (BREAK_TAG.matcher(tag).matches()) {
        return List.of(new LineBreak());
      }
      diagnostics.warning(
          "raw-html", pos(node), "the HTML tag " + excerpt(tag) + " was left out (the text around it is kept)",
          "use Markdown: *emphasis*, **strong**, [link](url)");
      return List.of();
    }
    String text = node.getChars().unescape();
    return text.isEmpty() ? List.of() : List.of(new Text(text));
  }

  private Inline link(Node node, String url, String title, int depth) {
    List<Inline> content = inlines(node, depth);
    if (content.isEmpty()) {
      content = List.of(new Text(url.isEmpty() ? "link" : url));
    }
    return positions.at(new Link(url, title.isBlank() ? Optional.empty() : Optional.of(title), content), pos(node));
  }

  /** Joins neighbouring text, so that terms and words split across lines are found whole. */
  private static List<Inline> merge(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines.size());
    StringBuilder text = null;
    for (Inline inline : inlines) {
      if (inline instanceof Text) {
        if (text == null) {
          text = new StringBuilder();
        }
        text.append(((Text) inline).text());
      } else {
        if (text != null) {
          out.add(new Text(text.toString()));
          text = null;
        }
        out.add(inline);
      }
    }
    if (text != null) {
      out.add(new Text(text.toString()));
    }
    return out;
  }

  /** Leaves out white space at the ends of a block's content (soft line breaks, indentation). */
  private static List<Inline> trim(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines);
    // a paragraph's soft line breaks at the ends are not content
    if (!out.isEmpty() && out.get(0) instanceof Text) {
      String stripped = ((Text) out.get(0)).text().stripLeading();
      if (stripped.isEmpty()) {
        out.remove(0);
      } else {
        out.set(0, new Text(stripped));
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text) {
      String stripped = ((Text) out.get(out.size() - 1)).text().stripTrailing();
      if (stripped.isEmpty()) {
        out.remove(out.size() - 1);
      } else {
        out.set(out.size() - 1, new Text(stripped));
      }
    }
    return out;
  }

  private void tooDeep(Node node) {
    tooDeep(pos(node));
  }

  private void tooDeep(Pos pos) {
    if (!tooDeepReported) {
      tooDeepReported = true;
      diagnostics.error(
          "too-deep", pos, "quotes, lists or emphasis nest more than " + MAX_DEPTH + " levels deep here;"
              + " the deeper content was left out",
          "flatten the structure");
    }
  }

  private Pos pos(Node node) {
    return locate.apply(node.getStartOffset());
  }

  /**
   * The text of an HTML block as paragraphs: script and style elements and comments are left out
   * with their content, every other tag is left out and the text between tags kept; block-level
   * tags separate paragraphs. Nothing of the HTML stays active.
   */
  static List<String> htmlText(String html) {
    String text = SCRIPT_OR_STYLE.matcher(html).replaceAll(" ");
    text = HTML_COMMENT.matcher(text).replaceAll(" ");
    text = BLOCK_TAG.matcher(text).replaceAll("\n\n");
    text = ANY_TAG.matcher(text).replaceAll("");
    text = com.vladsch.flexmark.util.sequence.Escaping.unescapeHtml(text);
    List<String> paragraphs = new ArrayList<>();
    for (String chunk : text.split("\\n\\s*\\n")) {
      String paragraph = chunk.strip().replaceAll("\\s+", " ");
      if (!paragraph.isEmpty()) {
        paragraphs.add(paragraph);
      }
    }
    return paragraphs;
  }

  private static String excerpt(String html) {
    String line = html.strip().split("\n", 2)[0];
    return "'" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "'";
  }

  /** A section being built: headings nest by level. */
  private final class SectionBuilder {
    final String id;
    final String title;
    final int level;
    final Pos pos;
    final List<Block> blocks = new ArrayList<>();
    final List<SectionBuilder> subsections = new ArrayList<>();

    SectionBuilder(String id, String title, int level, Pos pos) {
      this.id = id;
      this.title = title;
      this.level = level;
      this.pos = pos;
    }

    Section build() {
      List<Section> built = new ArrayList<>();
      for (SectionBuilder sub : subsections) {
        built.add(sub.build());
      }
      return positions.at(new Section(id, title, blocks, built), pos);
    }
  }
}
