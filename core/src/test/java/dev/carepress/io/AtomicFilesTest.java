package dev.carepress.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
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
  void aFolderAsTargetIsRefusedBeforeTheContentIsWrittenNamingTheFolder(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    boolean[] written = {false};
    assertThatThrownBy(() -> AtomicFiles.write(out, stream -> written[0] = true))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(out + ": is a folder; give the path of the file to write (a file name in it, say), not of a folder");
    assertThat(written[0]).isFalse();
    assertThat(listing(dir)).containsExactly("out");
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

  @Test
  void aNewFileGetsTheUsualPermissionsAndAReplacedOneKeepsItsOwn(@TempDir Path dir) throws Exception {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "POSIX permissions");
    Path plain = Files.createFile(dir.resolve("plain.txt")); // as the user's umask makes any new file
    Path target = dir.resolve("page.html");
    AtomicFiles.write(target, out -> out.write(1));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain))
        .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    Set<PosixFilePermission> groupReadable = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(target, groupReadable);
    AtomicFiles.write(target, out -> out.write(2));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(groupReadable);
    assertThat(target).hasBinaryContent(new byte[] {2});
  }

  private static java.util.List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
