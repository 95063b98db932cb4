/**
 * Carepress batches: render a set of articles (and a book) in every format into a folder, or check
 * them, in parallel on every core, with every problem reported by file, line and column. The
 * {@code carepress} command runs its batches here, and so can any other tool.
 */
module dev.carepress.batch {
  requires transitive dev.carepress.core;
  requires transitive dev.carepress.check;
  requires transitive dev.carepress.read;

  exports dev.carepress.batch;
}
