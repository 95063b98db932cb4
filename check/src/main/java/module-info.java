/**
 * Carepress health-literacy checks: readability formulas and plain-language structure checks for
 * articles, with text, JSON and HTML reports.
 */
module dev.carepress.check {
  requires transitive dev.carepress.core;

  exports dev.carepress.check;
}
