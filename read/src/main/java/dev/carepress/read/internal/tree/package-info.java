/**
 * YAML front matter, JSON and {@code book.yaml} parsed with Jackson into a tree that remembers
 * where each value was, and the typed reading of that tree with a problem for every value at fault.
 */
package dev.carepress.read.internal.tree;
