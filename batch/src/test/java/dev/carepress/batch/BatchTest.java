package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.Problem;
import dev.carepress.render.Settings;
import dev.carepress.render.SettingsException;
import dev.carepress.render.UnknownFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A render batch through its public API, with the Carepress readers and the test formats. */
class BatchTest {
  @TempDir Path dir;

  private Path article(String name, String title) throws IOException {
    Path file = dir.resolve("articles").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\ntitle: " + title + "\nsummary: About " + title + ".\n---\nSome text about "
        + title + ".\n", StandardCharsets.UTF_8);
    return file;
  }

  private Path out() {
    return dir.resolve("out");
  }

  private Batch.Builder batch() {
    return Batch.builder().input(dir.resolve("articles")).out(out()).renderers(TestRenderers.both()).jobs(2);
  }

  private Map<String, String> outputs() {
    try (Stream<Path> walk = Files.walk(out())) {
      Map<String, String> files = new TreeMap<>();
      for (Path file : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
        files.put(out().relativize(file).toString(), Files.readString(file));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyArticleInEveryFormatWithOneSiteOfThemAll() throws IOException {
    article("asthma.md", "Asthma");
    article("flu.md", "Flu");

    BatchResult result = batch().siteTitle("Our leaflets").build().run();

    assertThat(result.articles()).isEqualTo(2);
    assertThat(result.rendered()).isEqualTo(2);
    assertThat(result.book()).isEqualTo(BatchResult.BookOutcome.NONE);
    assertThat(result.hasErrors()).isFalse();
    assertThat(outputs()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "asthma.html", "Asthma\n", "asthma.txt", "Asthma\n", "flu.html", "Flu\n", "flu.txt", "Flu\n",
        "index.html", "Our leaflets\nasthma\nflu\n")));
    assertThat(result.written()).extracting(p -> out().relativize(p).toString())
        .containsExactly("asthma.html", "asthma.txt", "flu.html", "flu.txt", "index.html");
  }

  @Test
  void anUntitledSiteOfSpanishArticlesIsTitledInSpanish() throws IOException {
    for (String name : List.of("asma", "gripe")) {
      Path file = dir.resolve("articles").resolve(name + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: " + name + "\nlanguage: es\nsummary: Sobre " + name + ".\n---\nTexto.\n");
    }

    batch().build().run();

    assertThat(outputs().get("index.html")).isEqualTo("Artículos de salud\nasma\ngripe\n");
  }

  @Test
  void anArticleThatFailsInOneFormatLeavesNoFileAndTheSiteIsMadeWithoutIt() throws IOException {
    article("asthma.md", "Asthma");
    Path broken = article("broken.md", "Broken");
    article("flu.md", "Flu");

    BatchResult result = batch().build().run();

    assertThat(result.rendered()).isEqualTo(2);
    assertThat(result.hasErrors()).isTrue();
    assertThat(outputs()).containsOnlyKeys("asthma.html", "asthma.txt", "flu.html", "flu.txt", "index.html");
    assertThat(outputs().get("index.html")).isEqualTo("Health articles\nasthma\nflu\n");
    List<Problem> problems = result.problems().problems(broken.toString());
    assertThat(problems).extracting(Problem::location).containsExactly(broken + ":3:1");
    assertThat(problems.get(0).message()).isEqualTo("this article is broken");
  }

  @Test
  void anArticleWhoseSitePageFailsAfterItsOtherFilesWereMovedIntoPlaceHasThemTakenOutAgain() throws IOException {
    article("asthma.md", "Asthma");
    Path bad = article("badpage.md", "Badpage");
    article("flu.md", "Flu");

    BatchResult result = batch().build().run();

    assertThat(result.rendered()).isEqualTo(2);
    assertThat(result.problems().problems(bad.toString())).extracting(Problem::location).containsExactly(bad + ":4:2");
    // badpage.txt rendered, and was moved into place as soon as it was; the site's failure took it out
    assertThat(outputs()).containsOnlyKeys("asthma.html", "asthma.txt", "flu.html", "flu.txt", "index.html");
    assertThat(result.written()).extracting(p -> out().relativize(p).toString())
        .containsExactly("asthma.html", "asthma.txt", "flu.html", "flu.txt", "index.html");
  }

  @Test
  void problemsComeByFileInInputOrderWhateverTheJobs() throws IOException {
    for (int i = 0; i < 12; i++) {
      article("a" + (char) ('a' + i) + ".md", i % 3 == 0 ? "Shaky" : "Article " + i);
    }
    Path bad = article("zz.md", "Broken");

    BatchResult one = batch().jobs(1).build().run();
    Map<String, String> first = outputs();
    BatchResult four = batch().jobs(4).build().run();

    assertThat(four.problems()).isEqualTo(one.problems());
    assertThat(outputs()).isEqualTo(first);
    assertThat(one.problems().files()).extracting(FileProblems::file).startsWith(
        dir.resolve("articles/aa.md").toString(), dir.resolve("articles/ab.md").toString());
    assertThat(one.problems().errors()).isEqualTo(1);
    assertThat(one.problems().warnings()).isEqualTo(4);
    assertThat(one.problems().hasErrors(bad.toString())).isTrue();
  }

  @Test
  void theListenerCountsEveryStepOfEachPhase() throws IOException {
    article("asthma.md", "Asthma");
    article("flu.md", "Flu");
    article("gout.md", "Gout");
    List<String> events = new ArrayList<>();
    AtomicInteger steps = new AtomicInteger();

    batch().build().run(new BatchListener() {
      @Override
      public synchronized void started(Phase phase, int count) {
        events.add(phase + " " + count + " after " + steps.getAndSet(0));
      }

      @Override
      public void stepDone() {
        steps.incrementAndGet();
      }
    });

    // reading: 3 files; rendering: 3 articles in txt and one site
    assertThat(events).containsExactly("READING 3 after 0", "RENDERING 4 after 3");
    assertThat(steps.get()).isEqualTo(4);
  }

  @Test
  void settingsReachTheRendererAndRenderersAreMadeOnceForEveryRun() throws IOException {
    article("asthma.md", "Asthma");
    Batch batch = Batch.builder().input(dir.resolve("articles")).out(out()).renderers(TestRenderers.text())
        .format("txt", Settings.of(Map.of("prefix", "Re:"))).build();
    int before = TestRenderers.MADE.get();

    batch.run();
    batch.run();

    assertThat(outputs()).containsExactlyEntriesOf(Map.of("asthma.txt", "Re:Asthma\n"));
    assertThat(TestRenderers.MADE.get() - before).isEqualTo(1);
  }

  @Test
  void withoutFormatsEveryFormatOfTheRenderersIsRendered() {
    Batch batch = batch().build();
    assertThat(batch.plan().formatIds()).containsExactly("site", "txt");
    assertThat(batch.toBuilder().build().plan()).isEqualTo(batch.plan());
  }

  @Test
  void aBadSettingOrFormatFailsTheRunBeforeAnythingIsWritten() throws IOException {
    article("asthma.md", "Asthma");

    assertThatThrownBy(() -> batch().format("txt", Settings.of(Map.of("colour", "red"))).build().run())
        .isInstanceOf(SettingsException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> batch().format("pdf").build().run()).isInstanceOf(UnknownFormatException.class);
    assertThat(out()).doesNotExist();
  }

  @Test
  void anOutputFolderThatIsAFileFailsTheRun() throws IOException {
    article("asthma.md", "Asthma");
    Files.writeString(out(), "a file");

    assertThatThrownBy(() -> batch().build().run()).isInstanceOf(OutputFolderException.class)
        .hasMessageStartingWith("cannot write to the output folder " + out() + ": ");
  }

  @Test
  void aPlanNeedsSomethingToRenderAFolderAndOneJob() {
    assertThatThrownBy(() -> Batch.builder().out(out()).renderers(TestRenderers.both()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("nothing to render");
    assertThatThrownBy(() -> Batch.builder().input(dir).renderers(TestRenderers.both()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out(Path)");
    assertThatThrownBy(() -> batch().jobs(0).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> batch().format("txt").format("txt").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }

  @Test
  void formatsAreInTheOrderOfTheirIds() {
    BatchPlan plan = batch().format("txt").format("site").build().plan();
    assertThat(plan.formatIds()).containsExactly("site", "txt");
  }
}
