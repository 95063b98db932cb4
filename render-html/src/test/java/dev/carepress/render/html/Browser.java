package dev.carepress.render.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code src/test/js/browser.mjs} (playwright-core and axe-core from npm, with Debian's
 * Chromium). When Chromium or Node.js is missing the browser tests are skipped with a message,
 * unless the system property {@code carepress.requireBrowser=true} is set (CI sets it): then they
 * fail. The npm packages are installed from the committed lock file on first use ({@code npm ci}).
 */
final class Browser {
  static final Path DIR = Path.of("src/test/js");
  private static final boolean REQUIRED = Boolean.getBoolean("carepress.requireBrowser");
  private static String unavailable;
  private static boolean checked;

  private Browser() {}

  /** Skips (or, when required, fails) the calling test if the browser tools are not there. */
  static synchronized void assumeAvailable() {
    if (!checked) {
      checked = true;
      unavailable = findProblem();
    }
    if (unavailable != null) {
      String message = "browser test skipped: " + unavailable
          + " (install Debian's chromium and Node.js; -Dcarepress.requireBrowser=true makes this a failure)";
      if (REQUIRED) {
        fail(message);
      }
      Assumptions.abort(message);
    }
  }

  private static String findProblem() {
    String chromium = chromium();
    if (!new File(chromium).canExecute()) {
      return "no Chromium at " + chromium + " (set CHROMIUM_PATH to use another)";
    }
    if (!onPath("node") || !onPath("npm")) {
      return "Node.js (node and npm) is not on the PATH";
    }
    if (!Files.isDirectory(DIR.resolve("node_modules/playwright-core"))
        || !Files.isDirectory(DIR.resolve("node_modules/axe-core"))) {
      try {
        Result r = exec(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
        if (r.code != 0) {
          return "npm ci in " + DIR + " failed: " + r.err;
        }
      } catch (IOException e) {
        return "npm ci in " + DIR + " failed: " + e.getMessage();
      }
    }
    return null;
  }

  static String chromium() {
    String path = System.getenv("CHROMIUM_PATH");
    return path == null || path.isBlank() ? "/usr/bin/chromium" : path;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (new File(dir, program).canExecute()) {
        return true;
      }
    }
    return false;
  }

  /** Runs the script with the arguments and parses what it prints as JSON. */
  static JsonNode run(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("node", "browser.mjs"));
    for (String arg : args) {
      command.add(arg);
    }
    Result r = exec(command, 300);
    if (r.code != 0) {
      throw new AssertionError("browser.mjs " + String.join(" ", args) + " failed (" + r.code + "): " + r.err);
    }
    return JsonMapper.builder().build().readTree(r.out);
  }

  private record Result(int code, String out, String err) {}

  private static Result exec(List<String> command, int seconds) throws IOException {
    Path out = Files.createTempFile("browser", ".out");
    Path err = Files.createTempFile("browser", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("CHROMIUM_PATH", chromium());
      Process process = builder.start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish in " + seconds + " s");
      }
      return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
