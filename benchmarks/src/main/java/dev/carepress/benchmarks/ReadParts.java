package dev.carepress.benchmarks;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.read.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * The parts of reading a Markdown article, each alone, on the same articles held in memory, so that
 * what our own mapping costs beside the libraries it calls is visible: Flexmark's parse of the body
 * (as the reader configures it, and with Flexmark's default options and the same extensions), the
 * YAML parse of the front matter (Jackson's YAML token stream, as the reader pulls it, and the
 * SnakeYAML engine's events under it) and the whole reader ({@code MarkdownArticleReader.parse} of
 * the text: front matter, body, checks). {@link ReadPartsBenchmarks} runs them under JMH, {@link
 * ReadCpuTime} in CPU time, against older builds too: this class uses only the readers' public API
 * and finds the reader's own Flexmark parser by name.
 */
public final class ReadParts {
  /** Where the reader keeps its Flexmark parser (not API: found by name, used only here). */
  static final String READER_PARSER = "dev.carepress.read.internal.markdown.MarkdownParser";

  /** One article: its text, its body as the reader hands it to Flexmark, its front matter's YAML. */
  record Source(String name, String text, String body, String yaml) {}

  private final List<Source> sources;
  private final MarkdownArticleReader reader = MarkdownArticleReader.create();
  private final Optional<MethodHandle> readerParser = readerParser();
  private final Parser defaultParser = defaultParser();
  private final YAMLFactory jacksonYaml = YAMLFactory.builder().build();
  private final LoadSettings yamlSettings = LoadSettings.builder().build();

  /** The articles of the folder ({@code .md} files in name order), read into memory. */
  public ReadParts(Path folder) {
    this.sources = load(folder);
  }

  /** How many articles there are. */
  public int size() {
    return sources.size();
  }

  /** Whether the reader's own Flexmark parser was found (not in builds before the read module was split up). */
  boolean hasReaderParser() {
    return readerParser.isPresent();
  }

  /** Flexmark's parse of the body, with the parser the reader uses. */
  Object flexmarkAsReader(int i) {
    try {
      return readerParser.orElseThrow().invoke(sources.get(i).body());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Flexmark's parse of the body with its default options and the reader's extensions (Flexmark's own autolinks). */
  Object flexmarkDefault(int i) {
    return defaultParser.parse(sources.get(i).body());
  }

  /** Jackson's YAML tokens of the front matter, each name and scalar's text taken, as the reader takes them. */
  Object jacksonYaml(int i) {
    long sum = 0;
    try (JsonParser p = jacksonYaml.createParser(ObjectReadContext.empty(), sources.get(i).yaml())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        sum += t == JsonToken.PROPERTY_NAME ? p.currentName().length()
            : t.isScalarValue() ? p.getText().length() + p.currentTokenLocation().getLineNr() : 1;
      }
    }
    return sum;
  }

  /** The SnakeYAML engine's events of the front matter (what Jackson's YAML parser reads). */
  Object snakeYaml(int i) {
    long sum = 0;
    for (Event event : new Parse(yamlSettings).parseString(sources.get(i).yaml())) {
      sum += event.getEventId().ordinal();
    }
    return sum;
  }

  /** The whole reader on the article's text. */
  Object reader(int i) {
    Source source = sources.get(i);
    ReadResult<Article> result = reader.parse(source.text(), source.name());
    if (result.hasErrors()) {
      throw new IllegalStateException(source.name() + " has errors: " + result.errors());
    }
    return result.value().orElseThrow();
  }

  /**
   * The parts by name, in the order they are measured: each reads the article of the index it is
   * given. The Flexmark parser the reader uses is left out when this build has none by that name.
   */
  public Map<String, IntFunction<Object>> operations() {
    Map<String, IntFunction<Object>> ops = new LinkedHashMap<>();
    ops.put("flexmark, default options", this::flexmarkDefault);
    if (hasReaderParser()) {
      ops.put("flexmark, as the reader", this::flexmarkAsReader);
    }
    ops.put("jackson yaml tokens", this::jacksonYaml);
    ops.put("snakeyaml engine events", this::snakeYaml);
    ops.put("whole reader", this::reader);
    return ops;
  }

  private static List<Source> load(Path folder) {
    List<Source> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        sources.add(split(file.getFileName().toString(), text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no .md articles in " + folder);
    }
    return sources;
  }

  /** The article's front matter (between its first two {@code ---} lines) and its body with those lines blanked, as the reader does. */
  static Source split(String name, String text) {
    List<String> lines = text.lines().toList();
    int close = lines.get(0).strip().equals("---") ? lines.subList(1, lines.size()).indexOf("---") + 1 : 0;
    if (close <= 0) {
      throw new IllegalStateException(name + " has no front matter");
    }
    String yaml = String.join("\n", lines.subList(1, close)) + "\n";
    String body = "\n".repeat(close + 1) + text.substring(nthLineStart(text, close + 1));
    return new Source(name, text, body, yaml);
  }

  private static int nthLineStart(String text, int lineIndex) {
    int offset = 0;
    for (int line = 0; line < lineIndex; line++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return offset;
  }

  private static Optional<MethodHandle> readerParser() {
    try {
      Method parse = Class.forName(READER_PARSER).getDeclaredMethod("parse", String.class);
      parse.setAccessible(true);
      return Optional.of(MethodHandles.lookup().unreflect(parse).asType(MethodType.methodType(Object.class,
          String.class)));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Parser defaultParser() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
        AutolinkExtension.create(), FootnoteExtension.create()));
    return Parser.builder(options).build();
  }
}
