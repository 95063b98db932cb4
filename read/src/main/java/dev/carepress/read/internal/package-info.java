/**
 * The readers' engines, not API (the module does not export them): reading one article or book
 * and the checks shared with {@link dev.carepress.read.ArticleValidator}. The parts live in
 * sub-packages: {@code source} (source text, positions, problems, the draft of an article), {@code
 * tree} (YAML and JSON parsed into a tree that remembers positions, and the typed reading of it),
 * {@code codec} (the JSON form of each model type, read and written) and {@code markdown} (Flexmark's
 * tree mapped to the model).
 */
package dev.carepress.read.internal;
