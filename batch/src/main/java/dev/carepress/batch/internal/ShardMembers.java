package dev.carepress.batch.internal;

import dev.carepress.batch.BatchPlan;
import dev.carepress.batch.Shard;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which articles of a batch belong to its shard. The hash is taken of the input's path relative to
 * the folder it was found in (the first folder given that holds it, else the book's folder), or of
 * its file name, so that every machine splits a library the same way wherever it is checked out.
 */
final class ShardMembers {
  private final Shard shard;
  private final List<Path> roots = new ArrayList<>();

  ShardMembers(BatchPlan plan) {
    this.shard = plan.shard();
    for (Path input : plan.inputs()) {
      if (Files.isDirectory(input)) {
        roots.add(input.normalize());
      }
    }
    plan.book().map(Path::getParent).ifPresent(roots::add);
  }

  /** The shard of the batch. */
  Shard shard() {
    return shard;
  }

  /** Whether the input of this name (as the batch shows it) is in the shard. */
  boolean contains(String name) {
    return shard.isAll() || shard.contains(key(name));
  }

  /** What is hashed for the input of this name. */
  String key(String name) {
    Path path;
    try {
      path = Path.of(name).normalize();
    } catch (InvalidPathException e) {
      return name;
    }
    for (Path root : roots) {
      if (path.startsWith(root) && !path.equals(root)) {
        return root.relativize(path).toString().replace('\\', '/');
      }
    }
    return path.getFileName() == null ? name : path.getFileName().toString();
  }
}
