package dev.carepress.maven;

import dev.carepress.batch.CheckBatch;
import dev.carepress.batch.CheckBatchResult;
import dev.carepress.batch.CheckJson;
import dev.carepress.batch.CheckedInput;
import dev.carepress.check.CheckResult;
import dev.carepress.check.LiteracyChecks;
import dev.carepress.check.LiteracyReport;
import dev.carepress.io.AtomicFiles;
import dev.carepress.maven.internal.ProblemLines;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the articles as {@code carepress check} does: each must be valid (its problems printed as
 * {@code file:line:column: error: message (hint)}) and plain enough for patients (the health-literacy
 * checks: reading grade, sentence and paragraph length, jargon …). Fails the build as {@code failOn}
 * says; optionally writes the whole result as JSON and an HTML report per article.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends ArticlesMojo {
  /** What fails the build. */
  public enum FailOn {
    /** Only an invalid article (an error). */
    ERROR,
    /** An error, or an article that falls short of the health-literacy checks. */
    LITERACY,
    /** An error, a literacy shortfall, or any warning. */
    WARNING
  }

  /**
   * The highest reading grade allowed (Flesch-Kincaid and SMOG). Default: 8, the NIH advice for
   * patient materials; 6 follows the AMA and AAFP.
   */
  @Parameter(property = "carepress.maxGrade")
  private Double maxGrade;

  /** Make every check required, so advice fails the article too. */
  @Parameter(property = "carepress.strict", defaultValue = "false")
  private boolean strict;

  /** What fails the build: {@code error}, {@code literacy} (the default) or {@code warning}. */
  @Parameter(property = "carepress.failOn", defaultValue = "literacy")
  private String failOn;

  /** Where to write the whole result as JSON (as {@code carepress check --json} prints it). Default: none. */
  @Parameter(property = "carepress.jsonReport")
  private File jsonReport;

  /** A folder for an HTML report per article, {@code <slug>.check.html}. Default: none. */
  @Parameter(property = "carepress.htmlReports")
  private File htmlReports;

  /** Made by Maven. */
  public CheckMojo() {}

  @Override
  protected void run(List<Path> articles, Path bookFile) throws MojoExecutionException, MojoFailureException {
    FailOn threshold = failOn();
    CheckBatch.Builder batch = CheckBatch.builder().inputs(articles).checks(checks()).jobs(jobs());
    if (bookFile != null) {
      batch.book(bookFile);
    }
    if (htmlReports != null) {
      batch.htmlReports(htmlReports.toPath());
    }
    CheckBatchResult result = batch.build().run();
    ProblemLines.report(result.problems(), getLog()::error, getLog()::warn);
    for (CheckedInput input : result.inputs()) {
      input.report().filter(r -> !r.passed()).ifPresent(r -> shortfall(input.file(), r, threshold));
    }
    writeJson(result);
    String counts = count(result.articles(), "article") + " checked: " + result.passed() + " passed, "
        + result.fellShort() + " fell short, " + result.invalid() + " invalid; " + count(result.problems().errors(), "error")
        + ", " + count(result.problems().warnings(), "warning");
    boolean fails = result.problems().errors() > 0
        || threshold != FailOn.ERROR && result.fellShort() > 0
        || threshold == FailOn.WARNING && result.problems().warnings() > 0;
    if (fails) {
      throw new MojoFailureException("Carepress: " + counts + " (failOn " + threshold.name().toLowerCase(Locale.ROOT)
          + "; the lines above say what to change)");
    }
    getLog().info("Carepress: " + counts);
  }

  static String count(int n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  private FailOn failOn() throws MojoExecutionException {
    try {
      return FailOn.valueOf(failOn.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Carepress: <failOn>" + failOn + "</failOn>: use error, literacy or warning");
    }
  }

  /** A grade as the user wrote it: {@code 0}, not {@code 0.0}. */
  static String grade(double grade) {
    return grade == Math.rint(grade) && !Double.isInfinite(grade) ? Long.toString((long) grade) : Double.toString(grade);
  }

  private LiteracyChecks checks() throws MojoExecutionException {
    LiteracyChecks.Builder builder = LiteracyChecks.builder().strict(strict);
    if (maxGrade != null) {
      try {
        builder.maxGrade(maxGrade);
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("Carepress: <maxGrade>" + CheckMojo.grade(maxGrade) + "</maxGrade>: give a grade above 0"
            + " and up to 20");
      }
    }
    return builder.build();
  }

  // The article's verdict and each failed check, as carepress check prints them.
  private void shortfall(String file, LiteracyReport report, FailOn threshold) {
    String grade = report.check("reading-grade").map(CheckResult::summary).orElse("");
    List<String> lines = new java.util.ArrayList<>();
    lines.add(file + ": fell short" + (grade.isEmpty() ? "" : " (" + grade + ")"));
    for (CheckResult check : report.failures()) {
      if (!check.id().equals("reading-grade")) {
        lines.add("  " + check.id() + ": " + check.summary());
      }
    }
    lines.forEach(threshold == FailOn.ERROR ? getLog()::warn : getLog()::error);
  }

  private void writeJson(CheckBatchResult result) throws MojoExecutionException {
    if (jsonReport == null) {
      return;
    }
    try {
      Path target = jsonReport.toPath().toAbsolutePath();
      Files.createDirectories(target.getParent());
      byte[] json = (CheckJson.write(result) + "\n").getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(target, stream -> stream.write(json));
      getLog().info("Carepress: wrote " + jsonReport);
    } catch (IOException e) {
      throw new MojoExecutionException("Carepress: cannot write " + jsonReport + ": " + e.getMessage());
    }
  }
}
