package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging folder: nothing reaches the output folder before a commit, nothing stays after. */
class StagingTest {
  @TempDir Path out;

  @Test
  void committedBatchIsMovedIntoPlaceAndDroppedBatchLeavesNothing() throws IOException {
    try (Staging staging = Staging.in(out)) {
      Staging.Batch kept = staging.batch();
      kept.write("a.txt", s -> s.write("A".getBytes(StandardCharsets.UTF_8)));
      try (OutputStream page = kept.sink().open("site/page.html")) {
        page.write('p');
      }
      Staging.Batch dropped = staging.batch();
      dropped.write("b.txt", s -> s.write('B'));
      assertThat(out.resolve("a.txt")).doesNotExist();

      kept.commit();
      dropped.drop();
    }
    assertThat(out.resolve("a.txt")).hasContent("A");
    assertThat(out.resolve("site/page.html")).hasContent("p");
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "site");
    }
  }

  @Test
  void batchesWritingTheSameNameKeepTheirOwnBytesAndADroppedBatchLeavesNoStagedFile() throws IOException {
    try (Staging staging = Staging.in(out)) {
      Staging.Batch first = staging.batch();
      Staging.Batch second = staging.batch();
      first.write("page.html", s -> s.write('1'));
      second.write("page.html", s -> s.write('2'));
      second.write("images/a.png", s -> s.write('i'));
      second.drop();
      try (Stream<Path> staged = Files.walk(stagingFolder())) {
        assertThat(staged.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
            .as("only the first batch's file is still staged").containsExactly("0.page.html");
      }
      first.commit();
    }
    assertThat(out.resolve("page.html")).hasContent("1");
    assertThat(out.resolve("images")).doesNotExist();
  }

  private Path stagingFolder() throws IOException {
    try (Stream<Path> children = Files.list(out)) {
      return children.filter(p -> p.getFileName().toString().startsWith(".carepress-")).findFirst().orElseThrow();
    }
  }

  @Test
  void unsafePathsAreRefused() throws IOException {
    try (Staging staging = Staging.in(out)) {
      Staging.Batch batch = staging.batch();
      assertThatThrownBy(() -> batch.open("../escape.txt")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> batch.open("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void stagingFolderOfAProcessThatIsGoneIsRemovedAndALiveOneIsKept() throws IOException {
    long dead = 999_999_999L;
    while (ProcessHandle.of(dead).isPresent()) {
      dead--;
    }
    Path abandoned = Files.createDirectories(out.resolve(".carepress-" + dead + "-0/0"));
    Path live = Files.createDirectories(out.resolve(".carepress-" + ProcessHandle.current().pid() + "-7"));

    try (Staging staging = Staging.in(out)) {
      assertThat(abandoned.getParent()).doesNotExist();
      assertThat(live).exists();
    }
  }
}
