/** Implementation of the health-literacy checks: text analysis, formulas, checks and report writers. Not API. */
package dev.carepress.check.internal;
