/**
 * Carepress health-literacy checks: readability formulas and plain-language structure checks for
 * articles, with text, JSON and HTML reports.
 */
module dev.carepress.check {
  requires transitive dev.carepress.core;
  requires com.ibm.icu;

  exports dev.carepress.check;
}
