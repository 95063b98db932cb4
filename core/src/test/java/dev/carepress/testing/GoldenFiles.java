package dev.carepress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A folder of expected outputs ("golden files") that tests compare what they render with, byte for
 * byte. With the system property {@code carepress.updateGolden=true} the comparison writes the
 * actual output into the folder instead, so an intended change is made by regenerating the files
 * and reviewing their diff:
 *
 * <pre>
 * mvn -o -B -pl render-html -am verify -Dtest=ExamplePagesGoldenTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dcarepress.updateGolden=true
 * </pre>
 *
 * <p>The folder is a source folder (e.g. {@code src/test/resources/…/golden}), read and written
 * relative to the module, not through the class path, so a regenerated file is compared at once.
 */
public final class GoldenFiles {
  /** The system property that turns comparing into regenerating. */
  public static final String UPDATE = "carepress.updateGolden";

  private final Path folder;

  private GoldenFiles(Path folder) {
    this.folder = folder;
  }

  /** The golden files in this folder. */
  public static GoldenFiles in(Path folder) {
    return new GoldenFiles(Objects.requireNonNull(folder, "folder"));
  }

  /** Whether this run regenerates the files rather than comparing with them. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE);
  }

  /**
   * Compares the text with the golden file of that name (UTF-8), or writes it when {@linkplain
   * #updating() regenerating}.
   *
   * @throws AssertionError naming the file and the first line that differs, or saying how to
   *     create a missing file
   */
  public void check(String name, String actual) {
    Path file = folder.resolve(name);
    try {
      if (updating()) {
        Files.createDirectories(folder);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        throw new AssertionError("no golden file " + file + "; create it with -D" + UPDATE + "=true");
      }
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      if (!expected.equals(actual)) {
        throw new AssertionError(file + " differs: " + firstDifference(expected, actual)
            + "\n(if the change is intended, regenerate with -D" + UPDATE + "=true and review the diff)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the files in the folder, sorted (empty when it does not exist). */
  public List<String> files() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first line that differs, expected and actual, with its number. */
  static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "(end of file)";
      String g = i < got.length ? got[i] : "(end of file)";
      if (!w.equals(g)) {
        return "line " + (i + 1) + "\n  expected: " + w + "\n  actual:   " + g;
      }
    }
    return "same lines, different bytes";
  }
}
