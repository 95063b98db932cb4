package dev.carepress.maven;

import dev.carepress.Problem;
import dev.carepress.batch.Batch;
import dev.carepress.batch.BatchResult;
import dev.carepress.batch.InputReader;
import dev.carepress.batch.OutputFolderException;
import dev.carepress.maven.internal.FormatChoice;
import dev.carepress.maven.internal.ProblemLines;
import dev.carepress.read.ClinicDetails;
import dev.carepress.read.ClinicReader;
import dev.carepress.read.ReadResult;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import dev.carepress.render.UnknownFormatException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the articles to HTML pages (a site with an index and category pages when there are two
 * or more), PDF handouts and EPUB e-books, and an optional book as a whole, into the output folder:
 * the same files as {@code carepress render}. Incremental by default: a run renders only what
 * changed since the last one and removes the files of deleted articles. An article with errors
 * fails the build, each problem printed as {@code file:line:column: error: message (hint)}.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public final class RenderMojo extends ArticlesMojo {
  /** The folder the files are written to. */
  @Parameter(property = "carepress.outputDirectory", defaultValue = "${project.build.directory}/carepress")
  private File outputDirectory;

  /**
   * The formats to render, by id: {@code html}, {@code pdf}, {@code epub}, or that of a renderer on the
   * plugin's {@code <dependencies>}. Default: every format found.
   */
  @Parameter(property = "carepress.formats")
  private List<String> formats = new ArrayList<>();

  /** The paper size of PDF handouts: {@code A4} or {@code LETTER}. Default: A4. */
  @Parameter(property = "carepress.pageSize")
  private String pageSize;

  /** Large-print PDF handouts (bigger type, same content). */
  @Parameter(property = "carepress.largePrint", defaultValue = "false")
  private boolean largePrint;

  /** The URL the site is published at: canonical links in HTML, the footer of PDF handouts. */
  @Parameter(property = "carepress.baseUrl")
  private String baseUrl;

  /**
   * Renderer settings, each {@code FORMAT.KEY=VALUE} for one format or {@code KEY=VALUE} for every
   * rendered format that has the key, exactly as {@code carepress render --set}; e.g.
   * {@code <setting>epub.tocDepth=1</setting>}. {@code carepress formats} lists them.
   */
  @Parameter
  private List<String> settings = new ArrayList<>();

  /**
   * The title of the site's index page when there is no book. Default: "Health articles", in the
   * articles' language when they share one.
   */
  @Parameter(property = "carepress.siteTitle")
  private String siteTitle;

  /** Render only what changed since the last run (a manifest in the output folder records it). */
  @Parameter(property = "carepress.incremental", defaultValue = "true")
  private boolean incremental;

  /**
   * Fail an article or book that has a warning, as if it were an error, and render nothing of it
   * (for CI), as {@code carepress render --strict} does.
   */
  @Parameter(property = "carepress.strict", defaultValue = "false")
  private boolean strict;

  /**
   * A clinic file ({@code clinic.yaml}: {@code name}, {@code phone}, {@code address}, {@code web},
   * {@code logo}, {@code callUs}), as {@code carepress render --clinic}: its details become the
   * settings {@code clinicName}, {@code clinicPhone} … of every rendered format that has them, its logo
   * found relative to the file. A {@code <setting>} of the same key wins. A problem in the file fails
   * the build at its line and column, with nothing written.
   */
  @Parameter(property = "carepress.clinic")
  private File clinic;

  /** Made by Maven. */
  public RenderMojo() {}

  @Override
  protected void run(List<Path> articles, Path bookFile) throws MojoExecutionException, MojoFailureException {
    Renderers renderers = Renderers.builder().classLoader(RenderMojo.class.getClassLoader()).build();
    Batch.Builder batch = Batch.builder().inputs(articles).out(outputDirectory.toPath()).renderers(renderers)
        .jobs(jobs()).incremental(incremental).reader(reader());
    if (bookFile != null) {
      batch.book(bookFile);
    }
    if (siteTitle != null) {
      batch.siteTitle(siteTitle);
    }
    BatchResult result;
    Map<String, String> clinicSettings = clinicSettings();
    try {
      formatSettings(renderers, clinicSettings).forEach(batch::format);
      result = batch.build().run();
    } catch (SettingsException | UnknownFormatException e) {
      throw new MojoExecutionException("Carepress: " + e.getMessage());
    } catch (OutputFolderException e) {
      throw new MojoExecutionException("Carepress: cannot write to " + outputDirectory + ": " + e.reason()
          + " (set <outputDirectory>)");
    }
    ProblemLines.report(result.problems(), getLog()::error, getLog()::warn);
    if (result.hasErrors()) {
      List<String> errors = ProblemLines.errors(result.problems());
      throw new MojoFailureException("Carepress: " + failed(result) + ", "
          + CheckMojo.count(errors.size(), "error") + "; the first: " + errors.get(0));
    }
    getLog().info(summary(result));
  }

  /**
   * What was not rendered: the articles, the book, or both ("0 of 2 articles not rendered" when only
   * the book failed, a book listing a file that does not exist, read as if nothing had failed).
   */
  static String failed(BatchResult result) {
    int articles = result.articles() - result.rendered() - result.unchanged();
    boolean book = result.book() == BatchResult.BookOutcome.NOT_RENDERED;
    String those = articles + " of " + CheckMojo.count(result.articles(), "article") + " not rendered";
    if (!book) {
      return those;
    }
    return articles == 0 ? "the book not rendered" : those + " and the book not rendered";
  }

  /** How the articles are read: strictly when {@code strict} is set. */
  InputReader reader() {
    return strict ? InputReader.standard().strict() : InputReader.standard();
  }

  /** The clinic file's details as settings, none without one; its problems are printed. */
  private Map<String, String> clinicSettings() throws MojoExecutionException {
    if (clinic == null) {
      return Map.of();
    }
    if (!clinic.isFile()) {
      throw new MojoExecutionException("Carepress: <clinic>" + clinic + "</clinic>: "
          + (clinic.exists() ? "not a file" : "no such file") + " (give the path of a clinic.yaml)");
    }
    ReadResult<ClinicDetails> result;
    try {
      result = ClinicReader.parse(clinic.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Carepress: <clinic>" + clinic + "</clinic>: cannot be read: " + e.getMessage(), e);
    }
    List<String> errors = new ArrayList<>();
    for (Problem problem : result.problems()) {
      String line = ProblemLines.line(problem);
      if (problem.isError()) {
        errors.add(line);
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    if (result.value().isEmpty()) {
      throw new MojoExecutionException("Carepress: <clinic>" + clinic + "</clinic>: fix the clinic file; the first: "
          + (errors.isEmpty() ? "it could not be read" : errors.get(0)));
    }
    return result.value().get().settings();
  }

  private Map<String, Settings> formatSettings(Renderers renderers, Map<String, String> clinicSettings) {
    List<RendererProvider> providers = FormatChoice.select(renderers, formats);
    Map<String, Map.Entry<String, String>> named = new LinkedHashMap<>();
    if (pageSize != null) {
      named.put("pageSize", Map.entry("pageSize", pageSize));
    }
    if (largePrint) {
      named.put("largePrint", Map.entry("largePrint", "true"));
    }
    if (baseUrl != null) {
      named.put("baseUrl", Map.entry("baseUrl", baseUrl));
    }
    return FormatChoice.settings(renderers, providers, named, clinicSettings, settings);
  }

  private String summary(BatchResult result) {
    if (result.nothingChanged()) {
      return "Carepress: nothing changed, " + CheckMojo.count(result.unchanged(), "article") + " up to date in "
          + outputDirectory;
    }
    String line = "Carepress: " + result.rendered() + " of " + CheckMojo.count(result.articles(), "article")
        + " rendered"
        + (result.book() == BatchResult.BookOutcome.RENDERED ? " and the book" : "")
        + ", " + CheckMojo.count(result.written().size(), "file") + " written to " + outputDirectory;
    if (result.unchanged() > 0) {
      line += "; " + result.unchanged() + " up to date";
    }
    if (!result.removed().isEmpty()) {
      line += "; " + result.removed().size() + " removed";
    }
    return line;
  }
}
