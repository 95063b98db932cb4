package dev.carepress.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of {@code count} stable parts of a batch, so that several machines (CI jobs, a job queue) can
 * each render a part of a large library into the same output: an article belongs to the part its
 * input's path hashes to (the SHA-256 of the path relative to the folder given that holds it, or
 * to the book's folder, else of the file name; {@code /} between folders), so the split does not
 * depend on where the library is, the order, the number of threads or the other articles. The
 * site's shared files (index, category pages, stylesheet, images) and the book belong to part 1.
 *
 * <pre>{@code
 * Batch.builder().input(Path.of("articles")).out(Path.of("site")).shard(Shard.parse("2/4")).build().run();
 * }</pre>
 *
 * @param index which part, from 1 to {@code count}
 * @param count how many parts, 1 or more
 */
public record Shard(int index, int count) {
  /** The whole batch, in one part. */
  public static final Shard ALL = new Shard(1, 1);

  /** Validates the components. */
  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, not " + index + "/" + count);
    }
  }

  /**
   * The shard written as {@code K/N}, e.g. {@code 2/4}.
   *
   * @throws IllegalArgumentException if the text is not K/N with 1 &le; K &le; N
   */
  public static Shard parse(String text) {
    int slash = text.indexOf('/');
    try {
      if (slash > 0) {
        return new Shard(Integer.parseInt(text.substring(0, slash).trim()),
            Integer.parseInt(text.substring(slash + 1).trim()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N (e.g. 2/4), not '" + text + "'");
  }

  /** Whether this shard is the whole batch. */
  public boolean isAll() {
    return count == 1;
  }

  /** Whether this shard holds the site's shared files and the book: shard 1. */
  public boolean holdsShared() {
    return index == 1;
  }

  /** Whether the input with this key (its path relative to the folder given) belongs to this shard. */
  public boolean contains(String key) {
    return isAll() || of(key, count) == index;
  }

  /** The shard, from 1 to {@code count}, that the input with this key belongs to. */
  public static int of(String key, int count) {
    byte[] hash = sha256(key.replace('\\', '/'));
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (hash[i] & 0xff);
    }
    return (int) Long.remainderUnsigned(value, count) + 1;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
