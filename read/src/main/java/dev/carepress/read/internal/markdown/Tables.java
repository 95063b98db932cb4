package dev.carepress.read.internal.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Flexmark's GFM tables extension, with one paragraph pre-processor for every document a parser
 * parses. The extension makes a new one per document, and each compiles the regular expression of
 * a header separator line: a third of the whole cost of parsing a short document. The
 * pre-processor holds only the parser's table options and that expression, never anything of a
 * document, so one serves them all (and every thread). Tables are found exactly as the extension
 * finds them: it is the extension's own pre-processor, in the extension's place.
 */
final class Tables implements Parser.ParserExtension {
  private final TablesExtension extension = (TablesExtension) TablesExtension.create();

  private Tables() {}

  static Tables create() {
    return new Tables();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {
    extension.parserOptions(options);
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.paragraphPreProcessorFactory(new SharedFactory(TableParagraphPreProcessor.Factory()));
  }

  /** The extension's factory, applied once: the first document's pre-processor serves the others. */
  private static final class SharedFactory implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory factory;
    /** Made from the first document's state; any two made by one parser are alike, so a race is harmless. */
    private volatile ParagraphPreProcessor shared;

    SharedFactory(ParagraphPreProcessorFactory factory) {
      this.factory = factory;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      ParagraphPreProcessor preProcessor = shared;
      if (preProcessor == null) {
        preProcessor = factory.apply(state);
        shared = preProcessor;
      }
      return preProcessor;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return factory.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return factory.getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return factory.affectsGlobalScope();
    }
  }
}
