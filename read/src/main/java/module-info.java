/**
 * Carepress readers: Markdown with YAML front matter, JSON and {@code book.yaml} read into the
 * Carepress model, the canonical JSON writer and the article JSON Schema.
 *
 * <p>Flexmark 0.64 has no module name: it is required here by the automatic names Java derives
 * from its jar files ({@code flexmark}, {@code flexmark.ext.tables} …), which hold as long as the
 * jars keep their Maven file names.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.carepress.read {
  requires transitive dev.carepress.core;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires flexmark;
  requires flexmark.ext.autolink;
  requires flexmark.ext.footnotes;
  requires flexmark.ext.gfm.strikethrough;
  requires flexmark.ext.tables;
  requires flexmark.util.ast;
  requires flexmark.util.data;
  requires flexmark.util.sequence;

  exports dev.carepress.read;
}
