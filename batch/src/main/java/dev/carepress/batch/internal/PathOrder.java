package dev.carepress.batch.internal;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * The order of the files a run lists (written, removed): by their text. A plain lambda rather than
 * {@code Comparator.comparing(Path::toString)}, whose serializable lambda Java 17's class-data
 * archive does not keep, so it was made anew, cold, at the end of every run.
 */
final class PathOrder {
  /** By the path's text. */
  static final Comparator<Path> BY_TEXT = (a, b) -> a.toString().compareTo(b.toString());

  private PathOrder() {}
}
