package dev.carepress.preview;

import dev.carepress.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Something the preview did, for a log: it built the site, rebuilt it after files changed, failed
 * inside (and carried on), or stopped. {@link #summary()} is the one line {@code carepress serve}
 * prints.
 *
 * <pre>{@code
 * PreviewServer.builder().folder(dir).listener(e -> System.err.println(e.summary())).build().start();
 * }</pre>
 *
 * @param kind what happened
 * @param files the files that changed, relative to the folder ({@code articles/asthma.md})
 * @param pages the pages whose content changed (and which open pages reload)
 * @param articles how many articles the site shows
 * @param problems the problems the changed files have now (every file's, after the first build),
 *     with their source relative to the folder
 * @param took how long the build took, from the last change seen to the new version being served
 */
public record PreviewEvent(
    Kind kind, List<String> files, List<String> pages, int articles, List<Problem> problems, Duration took) {

  /** What happened. */
  public enum Kind {
    /** The first build is served. */
    STARTED,
    /**
     * Files changed and the new version is served; with no {@link #files()}, a whole render of the
     * site, made after a quick rebuild, corrected some pages.
     */
    REBUILT,
    /** A rebuild failed inside the preview; the last version is still served. */
    FAILED,
    /** The server stopped. */
    STOPPED
  }

  /** Validates and copies the components. */
  public PreviewEvent {
    Objects.requireNonNull(kind, "kind");
    files = List.copyOf(files);
    pages = List.copyOf(pages);
    problems = List.copyOf(problems);
    Objects.requireNonNull(took, "took");
  }

  /** The errors among {@link #problems()}. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /**
   * One line saying what happened: {@code asthma.md: 1 page updated in 212 ms}, or the first error
   * and how many more there are.
   */
  public String summary() {
    String time = millis(took);
    switch (kind) {
      case STARTED:
        return articles + (articles == 1 ? " article" : " articles") + " → " + pages.size()
            + (pages.size() == 1 ? " page" : " pages") + " in " + time + problemsNote();
      case STOPPED:
        return "stopped";
      case FAILED:
        return "the preview failed to rebuild" + (files.isEmpty() ? "" : " after " + String.join(", ", files))
            + (problems.isEmpty() ? "" : ": " + problems.get(0).message()) + "; the last version is still served";
      default:
        if (files.isEmpty()) {
          return "the whole site, rendered again: " + pages.size() + (pages.size() == 1 ? " page" : " pages")
              + " corrected in " + time;
        }
        String what = files.size() <= 3 ? String.join(", ", files)
            : files.get(0) + " and " + (files.size() - 1) + " more files";
        List<Problem> errors = errors();
        if (!errors.isEmpty()) {
          return errors.get(0) + (errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : "")
              + " — shown in the page";
        }
        String pagesText = pages.isEmpty() ? "no page changed"
            : pages.size() + (pages.size() == 1 ? " page" : " pages") + " updated";
        return what + ": " + pagesText + " in " + time + problemsNote();
    }
  }

  private String problemsNote() {
    long errors = errors().size();
    long warnings = problems.size() - errors;
    if (errors + warnings == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder("; ");
    if (errors > 0) {
      out.append(errors).append(errors == 1 ? " error" : " errors");
    }
    if (warnings > 0) {
      out.append(errors > 0 ? ", " : "").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    return out.append(" (shown in the pages)").toString();
  }

  private static String millis(Duration duration) {
    long ms = duration.toMillis();
    return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
