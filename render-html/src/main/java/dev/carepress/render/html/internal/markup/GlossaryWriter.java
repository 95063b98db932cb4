package dev.carepress.render.html.internal.markup;

import dev.carepress.model.GlossaryEntry;
import dev.carepress.render.html.markup.MarkupWriter;

/** Writes the glossary as a definition list with each term in {@code <dfn>}; nothing when it is empty. */
public final class GlossaryWriter {
  private GlossaryWriter() {}

  public static void write(Target target) {
    if (target.plan().article().glossary().isEmpty()) {
      return;
    }
    MarkupWriter out = target.out();
    target.openPart(MarkupDialect.Part.GLOSSARY, "glossary", "cp-glossary", "glossary");
    out.start("dl").newline();
    for (GlossaryEntry entry : target.plan().article().glossary()) {
      out.start("dt").attr("id", target.options().idPrefix() + target.plan().entryId(entry));
      target.dialect().glossaryTerm(out);
      out.start("dfn").text(entry.term()).end("dfn").end("dt").newline();
      out.start("dd");
      target.dialect().glossaryDefinition(out);
      out.text(entry.definition()).end("dd").newline();
    }
    out.end("dl").newline();
    out.end("section").newline();
  }
}
