package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteLinkRefProcessor;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's footnotes extension, with a footnote definition's label ending where a link label
 * ends: at the first {@code ]} that no backslash escapes. Flexmark takes everything up to the
 * <em>last</em> {@code ]:} of the line for the label, so a paragraph that starts with a footnote
 * reference and has {@code ]:} later — in a code span, where no escape can reach — became a
 * definition with a label nobody refers to, and its text was lost; and a definition whose note
 * holds {@code ]:} got a wrong label and lost the start of its note. Here a line is a definition
 * only when that first {@code ]} is followed by {@code :}, and its label is what comes before it.
 * Every line whose label Flexmark reads without an unescaped {@code ]} in it is left to Flexmark's
 * own parser, so that what it read right is read as before.
 */
final class FootnoteDefinitions implements Parser.ParserExtension {
  private FootnoteDefinitions() {}

  static FootnoteDefinitions create() {
    return new FootnoteDefinitions();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    FootnoteExtension.create().parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.customBlockParserFactory(new Factory(new FootnoteBlockParser.Factory()));
    parserBuilder.linkRefProcessorFactory(new FootnoteLinkRefProcessor.Factory());
  }

  /**
   * Where the label of a definition starting at {@code start} ends: the index of the first
   * unescaped {@code ]} after {@code [^}, or -1 when the line has none.
   */
  static int labelEnd(CharSequence line, int start) {
    for (int i = start + 2; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }

  /** Flexmark's factory, in its place, with the label checked first. */
  private static final class Factory implements CustomBlockParserFactory {
    private final CustomBlockParserFactory flexmark;

    Factory(CustomBlockParserFactory flexmark) {
      this.flexmark = flexmark;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      return new Starts(flexmark.apply(options), new FootnoteOptions(options));
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return flexmark.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return flexmark.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return flexmark.affectsGlobalScope();
    }
  }

  /**
   * Leaves a line to Flexmark's factory unless Flexmark would read its label wrongly: then the line
   * starts a definition whose label ends at the first unescaped {@code ]}, or none at all. Holds
   * only the parser's options.
   */
  private static final class Starts implements BlockParserFactory {
    /** The lines Flexmark takes for a definition, its label running to the line's last {@code ]:}. */
    private static final Pattern FLEXMARK_DEFINITION = Pattern.compile("^\\[\\^\\s*(.*)\\s*\\]:");
    private final BlockParserFactory flexmark;
    private final FootnoteOptions options;

    Starts(BlockParserFactory flexmark, FootnoteOptions options) {
      this.flexmark = flexmark;
      this.options = options;
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      BasedSequence line = state.getLine();
      int open = state.getNextNonSpaceIndex();
      Matcher definition = FLEXMARK_DEFINITION.matcher(line.subSequence(open, line.length()));
      if (state.getIndent() >= 4 || !definition.find()) {
        return flexmark.tryStart(state, matched);
      }
      int flexmarkEnd = open + definition.end() - 2;
      int end = labelEnd(line, open);
      if (end < 0 || end >= flexmarkEnd) {
        return flexmark.tryStart(state, matched); // Flexmark's label holds no ] (but maybe an escaped one)
      }
      if (line.charAt(end + 1) != ':') {
        return BlockStart.none(); // a paragraph starting with a footnote reference
      }
      // the definition Flexmark would make, its label ending at the first ] (the content indent
      // given here is not used: continuation lines follow the options' indent)
      FootnoteBlockParser parser = new FootnoteBlockParser(options, 4);
      FootnoteBlock block = (FootnoteBlock) parser.getBlock();
      block.setOpeningMarker(line.subSequence(open, open + 2));
      block.setText(line.subSequence(open + 2, end).trim());
      block.setClosingMarker(line.subSequence(end, end + 2));
      return BlockStart.of(parser).atIndex(end + 2);
    }
  }
}
