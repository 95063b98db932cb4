package dev.carepress.batch.internal;

import dev.carepress.model.Article;

/**
 * One article of a batch to render.
 *
 * @param name the input as named to the batch, the group of its problems
 * @param article the article read
 */
record Entry(String name, Article article) {}
