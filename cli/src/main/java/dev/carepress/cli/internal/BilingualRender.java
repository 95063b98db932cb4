package dev.carepress.cli.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.batch.BatchProblems;
import dev.carepress.batch.FileProblems;
import dev.carepress.batch.InputReader;
import dev.carepress.io.AtomicFiles;
import dev.carepress.model.Article;
import dev.carepress.read.ReadResult;
import dev.carepress.render.BilingualRenderer;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code carepress render ARTICLE --bilingual OTHER}: one PDF handout of an article and its
 * translation side by side, {@code <slug>.<language>-<language>.pdf} in the output folder. Problems
 * are printed as {@code file:line:column: severity: message}; nothing is written when either
 * article or the render has an error (or, with {@code --strict}, a warning).
 *
 * <p>The command knows renderers only through the SPI (they are found by {@code ServiceLoader} and
 * the command may not use a renderer module), so it calls the PDF renderer's public {@code
 * renderBilingual(Article, Article, OutputStream, RenderContext)} by its name.
 */
final class BilingualRender {
  /** The format of bilingual handouts. */
  static final String PDF = "pdf";

  private final Console console;
  private final OutputOptions output;
  private final boolean strict;

  BilingualRender(Console console, OutputOptions output, boolean strict) {
    this.console = console;
    this.output = output;
    this.strict = strict;
  }

  /**
   * Checks how the command line asks for a bilingual handout: one article file, PDF only, no book.
   *
   * @throws UsageException naming the option or file that cannot be used
   */
  static void checkUsage(List<Path> inputs, Path other, List<String> formats, Path book, String shard) {
    String bilingual = "--bilingual " + other;
    if (book != null) {
      throw new UsageException(bilingual + " and --book " + book + ": a bilingual handout pairs two articles;"
          + " render the book without --bilingual");
    }
    if (shard != null) {
      throw new UsageException(bilingual + " and --shard: a bilingual handout is one file; drop --shard");
    }
    for (String format : formats) {
      if (!format.strip().equals(PDF)) {
        throw new UsageException(bilingual + " and --format " + format + ": bilingual handouts are PDF only;"
            + " give -f pdf or no --format");
      }
    }
    if (inputs.size() != 1) {
      throw new UsageException(bilingual + ": give exactly one article to pair it with, not " + inputs.size());
    }
    for (Path file : List.of(inputs.get(0), other)) {
      if (Files.isDirectory(file)) {
        throw new UsageException(file + ": " + bilingual + " pairs two article files, not a folder; give the"
            + " original article's file and its translation's");
      }
      if (!Files.isRegularFile(file)) {
        throw new UsageException(file + ": no such file");
      }
    }
    if (sameFile(inputs.get(0), other)) {
      throw new UsageException(bilingual + ": the translation is the article itself (" + inputs.get(0) + "); give"
          + " the file of its translation");
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false; // reading either then reports the problem with its file
    }
  }

  /** Reads both articles, renders the handout into {@code out}, and returns the exit status. */
  int run(InputReader reader, Path original, Path translation, Renderer pdf, Path out) throws IOException {
    List<FileProblems> problems = new ArrayList<>();
    Optional<Article> first = read(reader, original, problems);
    Optional<Article> second = read(reader, translation, problems);
    if (first.isEmpty() || second.isEmpty()) {
      return report(problems, false);
    }
    sameLanguage(first.get(), second.get(), original, translation).ifPresent(
        p -> problems.add(new FileProblems(translation.toString(), List.of(p), Map.of())));
    List<Problem> found = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      renderBilingual(pdf, first.get(), second.get(), bytes, RenderContext.defaults().withWarnings(found::add));
    } catch (ContentException e) {
      found.addAll(e.problems());
    }
    problems.add(new FileProblems(original.toString(), found, Map.of()));
    boolean failed = problems.stream().flatMap(f -> f.problems().stream()).anyMatch(p -> p.isError() || strict);
    if (failed) {
      return report(problems, false);
    }
    Path file = out.resolve(name(first.get(), second.get()));
    Files.createDirectories(out);
    AtomicFiles.write(file, bytes::writeTo);
    report(problems, true);
    if (!output.quiet()) {
      console.out().println("wrote " + file);
      console.out().flush();
    }
    return ExitCodes.OK;
  }

  // A "translation" in the original's own language is most likely one whose front matter lacks its
  // language (which then defaults to English): a warning at its language line, or at line 1.
  private static Optional<Problem> sameLanguage(Article first, Article second, Path original, Path translation) {
    if (!first.language().equalsIgnoreCase(second.language())) {
      return Optional.empty();
    }
    return Optional.of(Problem.warning("bilingual-same-language", translation.toString(), languageLine(translation), 1,
        "the translation is in '" + second.language() + "', the language of the original (" + original + ")",
        "set its language in the front matter, e.g. language: es, or pair the article with its translation"));
  }

  private static int languageLine(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (LANGUAGE_KEY.matcher(lines.get(i)).lookingAt()) {
          return i + 1;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // it was read a moment ago; the warning then points at the file's start
    }
    return 1;
  }

  private static final Pattern LANGUAGE_KEY =
      Pattern.compile("\\s*\"?language\"?\\s*:");

  private static void renderBilingual(Renderer pdf, Article original, Article translation, OutputStream out,
      RenderContext context) throws IOException {
    if (!(pdf instanceof BilingualRenderer bilingual)) {
      throw new UsageException("--bilingual: the pdf renderer found (" + pdf.getClass().getName() + ") cannot make"
          + " bilingual handouts; put Carepress's carepress-render-pdf on the class path");
    }
    bilingual.renderBilingual(original, translation, out, context);
  }

  /** The handout's file name: the original's slug and the two languages, e.g. {@code asthma.en-es.pdf}. */
  static String name(Article original, Article translation) {
    return original.slug() + "." + original.language() + "-" + translation.language() + ".pdf";
  }

  private Optional<Article> read(InputReader reader, Path file, List<FileProblems> problems) {
    ReadResult<Article> result = reader.article(file);
    if (!result.problems().isEmpty()) {
      problems.add(new FileProblems(file.toString(), result.problems(), Map.of()));
    }
    return result.hasErrors() ? Optional.empty() : result.value();
  }

  private int report(List<FileProblems> problems, boolean written) {
    new ProblemPrinter(console.err(), console.color(), !output.quiet(), output.verbose())
        .print(new BatchProblems(problems));
    return written ? ExitCodes.OK : ExitCodes.INVALID;
  }
}
