/**
 * What every reader works with: the decoded source text and its line index, 1-based positions,
 * the problems found, the positions of the model objects made, and the draft of an article.
 */
package dev.carepress.read.internal.source;
