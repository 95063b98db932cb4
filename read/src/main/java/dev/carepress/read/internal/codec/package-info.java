/**
 * The JSON form of the model, stated once: one codec per model type with its keys, how it is read
 * from a parsed tree (front matter and JSON articles alike) and how it is written through {@link
 * dev.carepress.text.JsonWriter}. A test compares the codecs with the model's records and with
 * {@code article.schema.json}.
 */
package dev.carepress.read.internal.codec;
