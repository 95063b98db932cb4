package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Flexmark set up for the source format: CommonMark with GFM tables (one header row, no column
 * spans, rows kept as written), strikethrough, autolinks and footnotes (a definition's label ends
 * at its first {@code ]}: see {@link FootnoteDefinitions}). Immutable and shared.
 */
final class MarkdownParser {
  private static final Parser PARSER = create(Autolinks.create());

  private MarkdownParser() {}

  /** Parses Markdown text. */
  static Document parse(String text) {
    return PARSER.parse(text);
  }

  /** The parser, with the given extension for bare links (tests compare {@link Autolinks} with Flexmark's). */
  static Parser create(Parser.ParserExtension autolinks) {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(Tables.create(), StrikethroughExtension.create(), autolinks, FootnoteDefinitions.create()));
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.MIN_HEADER_ROWS, 1);
    options.set(TablesExtension.MAX_HEADER_ROWS, 1);
    return Parser.builder(options).build();
  }
}
