package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void writesThroughATemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("sub/out.txt");
    AtomicFiles.write(target, out -> out.write("hello".getBytes()));
    assertThat(target).hasContent("hello");
    assertThat(listing(dir.resolve("sub"))).containsExactly("out.txt");
  }

  @Test
  void aFailureLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes());
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(target).hasContent("old");
    assertThat(listing(dir)).containsExactly("out.txt");
    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("new.txt"), out -> {
      throw new IllegalStateException("bug");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(listing(dir)).containsExactly("out.txt");
  }

  private static java.util.List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
