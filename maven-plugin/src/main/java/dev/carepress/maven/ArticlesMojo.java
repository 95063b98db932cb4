package dev.carepress.maven;

import dev.carepress.maven.internal.ArticleFiles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the plugin's goals share: which articles (a folder with includes and excludes, and an
 * optional book), how many threads, and {@code skip}.
 */
public abstract class ArticlesMojo extends AbstractMojo {
  /** The folder of the articles. */
  @Parameter(property = "carepress.sourceDirectory", defaultValue = "${project.basedir}/src/main/articles")
  private File sourceDirectory;

  /**
   * The articles in {@code sourceDirectory}, as patterns of their relative paths. Default:
   * {@code **}{@code /*.md}, {@code **}{@code /*.markdown}, {@code **}{@code /*.json}.
   */
  @Parameter
  private List<String> includes = new ArrayList<>();

  /** Files of {@code sourceDirectory} to leave out, as patterns of their relative paths. */
  @Parameter
  private List<String> excludes = new ArrayList<>();

  /** A {@code book.yaml}: rendered (or checked) as a whole too, its articles added to the others. */
  @Parameter(property = "carepress.book")
  private File book;

  /** How many articles are handled at a time. Default (0): the number of processors. */
  @Parameter(property = "carepress.jobs", defaultValue = "0")
  private int jobs;

  /** Skips the goal. */
  @Parameter(property = "carepress.skip", defaultValue = "false")
  private boolean skip;

  /** Made by Maven. */
  protected ArticlesMojo() {}

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Carepress: skipped (skip is set)");
      return;
    }
    if (book != null && !book.isFile()) {
      throw new MojoExecutionException("Carepress: <book>" + book + "</book>: "
          + (book.exists() ? "not a file" : "no such file"));
    }
    List<Path> articles;
    try {
      articles = ArticleFiles.find(sourceDirectory.toPath(), includes, excludes);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Carepress: " + e.getMessage());
    }
    if (articles.isEmpty() && book == null) {
      getLog().info("Carepress: no articles in " + sourceDirectory
          + (Files.isDirectory(sourceDirectory.toPath()) ? "" : " (no such folder)") + ", nothing to do");
      return;
    }
    run(articles, book == null ? null : book.toPath().normalize());
  }

  /** The threads to use, 1 or more. */
  protected final int jobs() {
    return jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
  }

  /**
   * Does the goal's work.
   *
   * @param articles the article files found, sorted
   * @param bookFile the book, or null
   */
  protected abstract void run(List<Path> articles, Path bookFile) throws MojoExecutionException, MojoFailureException;
}
