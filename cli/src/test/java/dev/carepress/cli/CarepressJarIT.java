package dev.carepress.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.render.RendererProvider;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shaded {@code cli/target/carepress.jar} run as a real process, as a user runs it: {@code java
 * -jar carepress.jar}, or {@code java -cp carepress.jar:test-classes dev.carepress.cli.Main} to add the
 * test format {@code fake} the way a user adds a format of their own. Runs after {@code package}
 * (maven-failsafe-plugin); assertions hold for whichever renderers the jar holds.
 */
class CarepressJarIT {
  private static final String SERVICE = "META-INF/services/dev.carepress.render.RendererProvider";
  private static Path jar;
  private static Path testClasses;
  private static Path examples;

  @TempDir Path dir;

  @BeforeAll
  static void findTheJar() {
    jar = Path.of(System.getProperty("carepress.jar", "target/carepress.jar")).toAbsolutePath();
    testClasses = Path.of(System.getProperty("carepress.testClasses", "target/test-classes")).toAbsolutePath();
    examples = Path.of(System.getProperty("carepress.examples", "../examples")).toAbsolutePath().normalize();
    assertThat(jar).as("run mvn package first").isRegularFile();
  }

  /** What a process gave. */
  record Run(int exitCode, String out, String err) {}

  private Run java(List<String> classPathAndMain, String... args) throws IOException, InterruptedException {
    return java(Map.of("LC_ALL", "C.UTF-8"), classPathAndMain, args);
  }

  private Run java(Map<String, String> env, List<String> classPathAndMain, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1"); // as cli/carepress runs it: less JIT work on a busy machine
    command.addAll(classPathAndMain);
    Collections.addAll(command, args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(env);
    Path out = dir.resolve(".stdout");
    Path err = dir.resolve(".stderr");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process = builder.start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished within 3 minutes").isTrue();
    Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private Run carepress(String... args) throws IOException, InterruptedException {
    return java(List.of("-jar", jar.toString()), args);
  }

  private Run withFakeFormat(String... args) throws IOException, InterruptedException {
    return java(List.of("-cp", jar + File.pathSeparator + testClasses, "dev.carepress.cli.Main"), args);
  }

  @Test
  void versionComesFromTheJarManifest() throws Exception {
    Run run = carepress("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("carepress " + System.getProperty("carepress.version") + "\n");
  }

  @Test
  void launcherScriptRunsTheJar() throws Exception {
    Path launcher = Path.of(System.getProperty("carepress.launcher", "carepress")).toAbsolutePath();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "formats", "--json").directory(dir.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output).startsWith("{").doesNotContain("warning").doesNotContain("[cds");
    assertThat(process.exitValue()).isEqualTo(jarProviders().isEmpty() ? 2 : 0);
  }

  @Test
  void helpHasExamplesAndExitsZero() throws Exception {
    Run run = carepress("render", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: carepress render").contains("Examples:");
  }

  @Test
  void theJarKeepsEveryRendererServiceEntryOfItsLibraries() throws IOException {
    TreeSet<String> inLibraries = new TreeSet<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources(SERVICE))) {
      if (!url.toString().contains("test-classes")) {
        inLibraries.addAll(serviceLines(url.openStream()));
      }
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      TreeSet<String> inJar = file.getEntry(SERVICE) == null
          ? new TreeSet<>() : serviceLines(file.getInputStream(file.getEntry(SERVICE)));
      assertThat(inJar).isEqualTo(inLibraries);
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.carepress.cli.Main");
      assertThat(file.stream().map(e -> e.getName()).filter(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")))
          .as("no signature files of the merged jars").isEmpty();
    }
  }

  private static TreeSet<String> serviceLines(InputStream in) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void formatsListsTheRenderersInTheJar() throws Exception {
    Run run = carepress("formats");

    List<RendererProvider> providers = jarProviders();
    if (providers.isEmpty()) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).contains("No renderers found");
      return;
    }
    assertThat(run.exitCode()).isZero();
    for (RendererProvider provider : providers) {
      assertThat(run.out()).contains(provider.format().id() + "  ." + provider.format().extension() + "  " + provider.format().mediaType());
    }
    assertThat(run.out()).doesNotContain("fake");
  }

  @Test
  void formatsFindsAFormatFromAnotherJar() throws Exception {
    Run run = withFakeFormat("formats");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("fake  .txt  text/plain").contains("greeting  a line written first");
  }

  // the providers the jar lists, made from the test class path (which has the same modules)
  private static List<RendererProvider> jarProviders() throws IOException {
    List<RendererProvider> result = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      if (file.getEntry(SERVICE) == null) {
        return result;
      }
      TreeSet<String> names = serviceLines(file.getInputStream(file.getEntry(SERVICE)));
      for (RendererProvider provider : ServiceLoader.load(RendererProvider.class)) {
        if (names.contains(provider.getClass().getName())) {
          result.add(provider);
        }
      }
    }
    return result;
  }

  private List<String> formatIds() throws IOException {
    List<String> ids = new ArrayList<>();
    jarProviders().forEach(p -> ids.add(p.format().id()));
    ids.add("fake");
    return ids;
  }

  @Test
  void rendersTheExamplesInEveryFormatWithExitZero() throws Exception {
    Run run = withFakeFormat("render", examples.resolve("articles").toString(), "--out", "out");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> files = files(dir.resolve("out"));
    for (String slug : List.of("hand-washing", "la-gripe", "type-2-diabetes")) {
      for (RendererProvider provider : jarProviders()) {
        assertThat(files).contains(slug + "." + provider.format().extension());
      }
      assertThat(files).contains(slug + ".txt");
    }
    if (formatIds().contains("html")) {
      assertThat(files).contains("index.html");
    }
    assertThat(run.err()).containsPattern("6 articles → " + files.size() + " files in \\d+\\.\\d s");
  }

  @Test
  void badArticleGivesFileLineColumnExitTwoAndTheOthersRender() throws Exception {
    Path bad = dir.resolve("bad.md");
    Files.writeString(bad, "---\ntitle: Bad\nviews: many\n---\nText.\n");
    Path good = examples.resolve("articles/hand-washing.md");

    Run run = withFakeFormat("render", "bad.md", good.toString(), "--out", "out");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).containsPattern("(?m)^bad\\.md:3:8: error: .*views.*$").doesNotContain("\tat ");
    // the good article alone: its files, and the images its lone HTML page shows
    assertThat(files(dir.resolve("out"))).allMatch(f -> f.startsWith("hand-washing.") || f.startsWith("media/"))
        .contains("hand-washing.txt");
  }

  @Test
  void articleFailingInOneFormatLeavesNoFileInAnyFormat() throws Exception {
    // the fake format fails on an article titled "Explode" after writing part of its output
    Path boom = dir.resolve("boom.md");
    Files.writeString(boom, "---\ntitle: Explode\nsummary: Fails in the fake format.\n---\nText.\n");
    Path good = dir.resolve("good.md");
    Files.writeString(good, "---\ntitle: Good\nsummary: Renders everywhere.\n---\nText.\n");

    Run run = withFakeFormat("render", "boom.md", "good.md", "--out", "out");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("boom.md:7:3: error: the image 'x.png' cannot be found");
    List<String> files = files(dir.resolve("out"));
    assertThat(files).noneMatch(f -> f.contains("boom") || f.contains(".part") || f.contains(".carepress"));
    assertThat(files).contains("good.txt");
  }

  @Test
  void parallelOutputIsByteIdenticalToOneJob() throws Exception {
    Run one = withFakeFormat("render", examples.resolve("articles").toString(), "--out", "one", "--jobs", "1");
    Run three = withFakeFormat("render", examples.resolve("articles").toString(), "--out", "three", "--jobs", "3");

    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(three.exitCode()).as(three.err()).isZero();
    Map<String, byte[]> a = contents(dir.resolve("one"));
    Map<String, byte[]> b = contents(dir.resolve("three"));
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void usageErrorExitsTwo() throws Exception {
    Run run = carepress("render", "--jobs", "many", "x.md");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--jobs").contains("Try 'carepress render --help'");
  }

  @Test
  void checkExitsZeroWhenPlainOneWhenTooHardAndTwoWhenInvalid() throws Exception {
    Files.writeString(dir.resolve("water.md"),
        dev.carepress.cli.internal.CheckCommandTest.plainArticle("Water", "Water is good for you."));
    Run plain = carepress("check", "water.md");
    assertThat(plain.exitCode()).as(plain.out()).isZero();
    assertThat(plain.out()).startsWith("water.md: passed (Flesch-Kincaid grade ");

    Run hard = carepress("check", "water.md", "--max-grade", "0.5");
    assertThat(hard.exitCode()).as(hard.out()).isEqualTo(1);
    assertThat(hard.out()).startsWith("water.md: fell short (");

    // every report form runs from the jar: the JSON and HTML writers need libraries a test class path
    // has anyway (a dependency given test scope once kept jackson-databind out of the shaded jar)
    Run json = carepress("check", "water.md", "--json", "--html-report", "report");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(json.out());
    assertThat(report.path("articles").isArray()).as(json.out()).isTrue();
    assertThat(Files.list(dir.resolve("report")).map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".html"));

    Files.writeString(dir.resolve("bad.md"), "---\ntitle: Bad\nviews: many\n---\n");
    Run bad = carepress("check", "bad.md", "--json");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.out()).contains("\"line\": 3").contains("\"column\": 8").contains("\"invalid\": 1");
  }

  @Test
  void withoutUtf8TheClosingLineUsesAnAsciiArrow() throws Exception {
    Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nsummary: S.\n---\nText.\n");
    Run run = java(Map.of("LC_ALL", "C", "LANG", "C"),
        List.of("-cp", jar + File.pathSeparator + testClasses, "dev.carepress.cli.Main"),
        "render", "a.md", "--format", "fake", "--out", "out");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 article -> 1 file in");
  }

  private static List<String> files(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted()
          .collect(Collectors.toList());
    }
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> map = new TreeMap<>();
    for (String file : files(root)) {
      map.put(file, Files.readAllBytes(root.resolve(file)));
    }
    return map;
  }
}
