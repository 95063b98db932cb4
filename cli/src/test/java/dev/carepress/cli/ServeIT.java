package dev.carepress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code carepress serve} as a user runs it, from the shaded jar: it prints the address, serves the
 * site, logs a rebuild in one line when a file is saved, and stops cleanly on a termination signal
 * (what Ctrl-C sends to the foreground process; both run the shutdown hook).
 */
class ServeIT {
  private static Path jar;
  private static Path examples;

  @TempDir Path dir;

  @BeforeAll
  static void findTheJar() {
    jar = Path.of(System.getProperty("carepress.jar", "target/carepress.jar")).toAbsolutePath();
    examples = Path.of(System.getProperty("carepress.examples", "../examples")).toAbsolutePath().normalize();
    assertThat(jar).as("run mvn package first").isRegularFile();
  }

  private Process serve(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "serve"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(dir.resolve(".stderr").toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().put("LC_ALL", "C.UTF-8");
    return builder.start();
  }

  @Test
  void servesTheFolderLogsEachRebuildAndStopsOnASignal() throws Exception {
    Path site = dir.resolve("site");
    copy(examples.resolve("articles"), site.resolve("articles"));
    Process process = serve(site.toString(), "--port", "0");
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertThat(first).matches("Serving .*site at http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C to stop\\)");
    Matcher url = Pattern.compile("(http://\\S+/)").matcher(first);
    assertThat(url.find()).isTrue();
    URI base = URI.create(url.group(1));
    HttpURLConnection index = (HttpURLConnection) base.toURL().openConnection();
    assertThat(index.getResponseCode()).isEqualTo(200);
    assertThat(new String(index.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("Hand washing", "Carepress preview");

    Path article = site.resolve("articles/hand-washing.md");
    Files.writeString(article, Files.readString(article).replace("Your hands touch a lot", "Your hands touch plenty"));
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.readString(dir.resolve(".stderr")).contains("articles/hand-washing.md: ") && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    try (var page = base.resolve("/hand-washing.html").toURL().openStream()) {
      assertThat(new String(page.readAllBytes(), StandardCharsets.UTF_8)).contains("Your hands touch plenty");
    }

    process.destroy(); // SIGTERM: the shutdown hook closes the server
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped").isTrue();
    String err = Files.readString(dir.resolve(".stderr"));
    assertThat(err).containsPattern("\\d\\d:\\d\\d:\\d\\d 6 articles (→|->) 12 pages in ")
        .containsPattern("\\d\\d:\\d\\d:\\d\\d articles/hand-washing.md: \\d+ pages? updated in \\d+ ms")
        .containsPattern("\\d\\d:\\d\\d:\\d\\d stopped");
  }

  @Test
  void aTakenPortOrAMissingFolderIsAnErrorThatSaysWhatToDo() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Files.createDirectories(dir.resolve("site"));
      Process process = serve("site", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(2);
      assertThat(Files.readString(dir.resolve(".stderr"))).contains("port " + taken.getLocalPort(),
          "choose another port");
    }
    Process missing = serve("no-such-folder");
    assertThat(missing.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(missing.exitValue()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve(".stderr"))).contains("no-such-folder: no such folder");
  }

  @Test
  void bindingAnotherAddressWarnsThatTheNetworkCanReadTheArticles() throws Exception {
    Files.createDirectories(dir.resolve("site"));
    Process process = serve("site", "--port", "0", "--bind", "0.0.0.0");
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).contains("at http://127.0.0.1:");
    process.destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(dir.resolve(".stderr")))
        .contains("warning: --bind 0.0.0.0: anyone who can reach this computer on the network can read these articles");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
