package dev.carepress.preview.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.preview.testing.Folders;
import dev.carepress.render.Renderers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quick rebuild (the edited article's page rendered in full, the others as stand-ins) gives
 * exactly the site a whole render gives, for every kind of edit that keeps the site's shape.
 */
class PublishedTest {
  @TempDir Path dir;
  private Workspace workspace;
  private SiteRender render;
  private Published published;
  private Snapshot current;
  private ExecutorService pool;

  @BeforeEach
  void build() throws IOException {
    Folders.copyOfExamples(dir);
    SourceFiles sources = new SourceFiles(dir);
    CachedResources resources = new CachedResources(sources.realRoot());
    workspace = new Workspace(sources, Optional.of(dir.resolve("book.yaml")), resources);
    pool = Executors.newFixedThreadPool(2);
    workspace.loadAll(pool);
    render = new SiteRender(Renderers.discover().require("html"), resources);
    published = new Published(sources, Optional.empty());
    Published.Outcome first = published.build(workspace, render, false, Snapshot.empty("test"));
    assertThat(first.check()).as("the first build renders the whole site").isEmpty();
    current = first.snapshot();
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "articles/hand-washing.md | Your hands touch a lot in a day | Your hands touch plenty in a day",
    "articles/hand-washing.md | title: Hand washing | title: Clean hands",
    "articles/hand-washing.md | category: Staying well | category: Brand new category",
    "articles/hand-washing.md | category: Staying well | category: Heart and circulation",
    "articles/hand-washing.md | summary: >- | summary: >-\\n  A new first line.",
    "articles/type-2-diabetes.md | language: en | language: en-GB",
    "articles/la-gripe.md | ## | ![The steps](images/hand-washing-steps.png)\\n\\n## ",
    "articles/high-blood-pressure.md | ## | ![Missing](images/none.png)\\n\\n## ",
  })
  void aQuickRebuildGivesTheSiteAWholeRenderGives(String file, String from, String to) throws IOException {
    Folders.edit(dir.resolve(file), from, to.replace("\\n", "\n"));
    Workspace.Changes changes = workspace.apply(Set.of(dir.resolve(file)));
    assertThat(changes.files()).hasSize(1);
    Published.Outcome quick = published.build(workspace, render, changes.images(), current);
    assertThat(quick.failure()).isEmpty();
    SiteInput input = quick.check().orElseThrow(() -> new AssertionError("not a quick rebuild"));
    assertThat(published.check(input, render.render(input), quick.snapshot()))
        .as("pages a whole render would have made differently").isEmpty();
    assertThat(quick.snapshot().changedSince(current)).contains(file.replace("articles/", "").replace(".md", ".html"));
  }
}
