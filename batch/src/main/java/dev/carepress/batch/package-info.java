/**
 * Batches of articles: {@link dev.carepress.batch.Batch} renders a set of articles and a book in
 * several formats into a folder, {@link dev.carepress.batch.CheckBatch} checks them; both read and
 * work in parallel and report every {@link dev.carepress.Problem} by file, line and column, in a
 * stable order. The {@code carepress} command runs its batches here.
 */
package dev.carepress.batch;
