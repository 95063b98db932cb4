package dev.carepress.batch;

import dev.carepress.batch.internal.CheckRun;
import dev.carepress.check.LiteracyChecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a set of articles, and a book, as {@code carepress check} does: every article is read and,
 * when it is valid, checked for health literacy, in parallel; an HTML report per article is written
 * if asked.
 *
 * <pre>{@code
 * CheckBatchResult result = CheckBatch.builder()
 *     .input(Path.of("articles"))
 *     .checks(LiteracyChecks.builder().maxGrade(6).build())
 *     .build()
 *     .run();
 * if (result.invalid() + result.fellShort() > 0) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe; the same inputs, checks and clock give the same result whatever
 * {@code jobs} is.
 */
public final class CheckBatch {
  private final CheckPlan plan;
  private final InputReader reader;

  private CheckBatch(CheckPlan plan, InputReader reader) {
    this.plan = plan;
    this.reader = reader;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** What the batch does. */
  public CheckPlan plan() {
    return plan;
  }

  /** Runs the batch. */
  public CheckBatchResult run() {
    return run(BatchListener.none());
  }

  /** Runs the batch, telling the listener how far it is. */
  public CheckBatchResult run(BatchListener listener) {
    return CheckRun.run(plan, reader, Objects.requireNonNull(listener, "listener"));
  }

  /** Builds a {@link CheckBatch}. Not thread-safe. */
  public static final class Builder {
    private final List<Path> inputs = new ArrayList<>();
    private Optional<Path> book = Optional.empty();
    private LiteracyChecks checks;
    private Optional<Path> htmlReports = Optional.empty();
    private int jobs = Runtime.getRuntime().availableProcessors();
    private InputReader reader = InputReader.standard();

    private Builder() {}

    /** Adds an article file or a folder of them. */
    public Builder input(Path input) {
      inputs.add(Objects.requireNonNull(input, "input"));
      return this;
    }

    /** Adds article files and folders of them. */
    public Builder inputs(Collection<Path> more) {
      more.forEach(this::input);
      return this;
    }

    /** A book to check as well, whose articles are added to the inputs. Default: none. */
    public Builder book(Path bookFile) {
      this.book = Optional.of(bookFile);
      return this;
    }

    /** The health-literacy checks. Default: {@link LiteracyChecks#create()}, when the batch is built. */
    public Builder checks(LiteracyChecks literacyChecks) {
      this.checks = Objects.requireNonNull(literacyChecks, "literacyChecks");
      return this;
    }

    /** A folder to write an HTML report per article into, {@code <slug>.check.html}. Default: none. */
    public Builder htmlReports(Path folder) {
      this.htmlReports = Optional.of(folder);
      return this;
    }

    /** How many articles are read and checked at a time. Default: the number of processors. */
    public Builder jobs(int threads) {
      this.jobs = threads;
      return this;
    }

    /** How inputs are read. Default: {@link InputReader#standard()}. */
    public Builder reader(InputReader inputReader) {
      this.reader = Objects.requireNonNull(inputReader, "inputReader");
      return this;
    }

    /**
     * The batch.
     *
     * @throws IllegalArgumentException if there is nothing to check or fewer than one job
     */
    public CheckBatch build() {
      LiteracyChecks literacy = checks != null ? checks : LiteracyChecks.create();
      return new CheckBatch(new CheckPlan(inputs, book, literacy, htmlReports, jobs), reader);
    }
  }
}
