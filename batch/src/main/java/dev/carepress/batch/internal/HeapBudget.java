package dev.carepress.batch.internal;

/**
 * How many articles' models a run may hold at once before it streams instead (reads every article
 * twice: once for what the whole needs, once to render): as many as fit in a quarter of the largest
 * heap, at about 20 KB a 600-word article. With the 6 GB default heap of a 24 GB machine that is
 * about 75,000 articles; with {@code -Xmx512m}, about 6,500. Streaming costs about 1–1.5 ms of CPU
 * an article for the second read, so it is kept for runs whose memory would otherwise be at risk.
 */
final class HeapBudget {
  /** What one article's model is taken to weigh (a 600-word article: about 18 KB). */
  static final long MODEL_BYTES = 20_000;

  private HeapBudget() {}

  /** How many articles may be held whole: the system property {@code key} if set, else a quarter of the heap's worth. */
  static int articles(String key) {
    long fit = Runtime.getRuntime().maxMemory() / 4 / MODEL_BYTES;
    return property(key, (int) Math.min(Integer.MAX_VALUE, fit));
  }

  /** A whole-number tuning property (for measurements and tests), or {@code otherwise} when unset or not a number. */
  static int property(String key, int otherwise) {
    try {
      return Integer.parseInt(System.getProperty(key, Integer.toString(otherwise)).strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
