package dev.carepress.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Shard}: K/N parsed and checked, and a split that is stable, complete and even. */
class ShardTest {

  @Test
  void parsesKOverNAndRejectsAnythingElse() {
    assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
    assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(Shard.ALL);
    for (String bad : new String[] {"0/4", "5/4", "2", "a/b", "/4", "2/", "-1/3"}) {
      assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("K/N");
    }
  }

  @Test
  void theShardOfAPathIsTheSha256OfItsUtf8BytesSoItNeverChangesBetweenVersions() {
    // computed independently with Python's hashlib: first 8 bytes of SHA-256, unsigned, mod N, plus 1
    assertThat(Shard.of("a.md", 4)).isEqualTo(2);
    assertThat(Shard.of("a.md", 7)).isEqualTo(5);
    assertThat(Shard.of("articles/asthma.md", 4)).isEqualTo(1);
    assertThat(Shard.of("x/y/z.markdown", 4)).isEqualTo(4);
    assertThat(Shard.of("x\\y\\z.markdown", 4)).as("Windows separators").isEqualTo(4);
  }

  @Test
  void everyPathIsInExactlyOneShardAndTheShardsAreAboutEven() {
    int[] sizes = new int[4];
    for (int i = 0; i < 4000; i++) {
      String key = "articles/topic-" + i + ".md";
      int holders = 0;
      for (int k = 1; k <= 4; k++) {
        if (new Shard(k, 4).contains(key)) {
          holders++;
          sizes[k - 1]++;
        }
      }
      assertThat(holders).as(key).isEqualTo(1);
    }
    for (int size : sizes) {
      assertThat(size).isBetween(900, 1100);
    }
  }

  @Test
  void onlyTheFirstShardHoldsTheSharedFilesAndTheWholeBatchHoldsEverything() {
    assertThat(new Shard(1, 3).holdsShared()).isTrue();
    assertThat(new Shard(2, 3).holdsShared()).isFalse();
    assertThat(Shard.ALL.contains("anything.md")).isTrue();
    assertThat(new Shard(2, 3)).hasToString("2/3");
  }
}
