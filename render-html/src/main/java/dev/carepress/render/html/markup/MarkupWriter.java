package dev.carepress.render.html.markup;

import dev.carepress.text.Xml;
import java.util.Objects;

/**
 * Writes polyglot markup — valid both as HTML5 and as XHTML5 (XML) — into a {@link StringBuilder}:
 * lower-case names, every attribute value quoted, void elements closed as {@code <br />}, and every
 * text and attribute value escaped by {@link Xml}, the one escaping rule of Carepress ({@code &amp;
 * &lt; &gt;}, plus {@code &quot; &#39;} in attributes; characters XML or HTML forbid become U+FFFD).
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * MarkupWriter.to(out).start("p").attr("class", "note").text("5 < 7 & 7 > 5").end("p");
 * // <p class="note">5 &lt; 7 &amp; 7 &gt; 5</p>
 * }</pre>
 *
 * <p>It refuses what would let markup run script: event-handler attributes ({@code on…}), {@code
 * style} attributes and {@code script}, {@code style}, {@code iframe}, {@code object} and {@code
 * embed} elements. {@link #trusted(String)} is the one way around that, for markup the caller
 * wrote itself. A start tag stays open for attributes until the next call; {@link #finish()}
 * completes it. Not thread-safe; make one per output.
 */
public final class MarkupWriter {
  private final StringBuilder out;
  /** 0: no tag open; 1: a start tag open for attributes; 2: a void element open for attributes. */
  private int open;

  private MarkupWriter(StringBuilder out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** A writer appending to the builder. */
  public static MarkupWriter to(StringBuilder out) {
    return new MarkupWriter(out);
  }

  /** The builder written to, with any open start tag completed. */
  public StringBuilder out() {
    finishTag();
    return out;
  }

  /**
   * Completes a start tag left open for attributes. A tag is completed by whatever is written
   * next; call this (or {@link #out()}) before reading the builder when the last thing written was
   * a start tag or a void element.
   */
  public MarkupWriter finish() {
    finishTag();
    return this;
  }

  /** Opens an element: {@code <name}; attributes may follow until content or the end is written. */
  public MarkupWriter start(String name) {
    finishTag();
    checkElement(name);
    out.append('<').append(name);
    open = 1;
    return this;
  }

  /** Writes a void element such as {@code img} or {@code br}; attributes may follow; it closes as {@code />}. */
  public MarkupWriter empty(String name) {
    finishTag();
    checkElement(name);
    out.append('<').append(name);
    open = 2;
    return this;
  }

  /** Adds an attribute to the element just opened; the value is escaped. */
  public MarkupWriter attr(String name, String value) {
    if (open == 0) {
      throw new IllegalStateException("attribute '" + name + "' written outside a start tag");
    }
    checkAttribute(name);
    out.append(' ').append(name).append("=\"");
    out.append(Xml.attribute(value)); // the same String when nothing needs escaping: one bulk copy
    out.append('"');
    return this;
  }

  /** Adds a boolean attribute in its unminimized form, {@code name="name"}, when {@code present}. */
  public MarkupWriter flag(String name, boolean present) {
    return present ? attr(name, name) : this;
  }

  /** Writes escaped text. */
  public MarkupWriter text(String text) {
    finishTag();
    out.append(Xml.text(text)); // the same String when nothing needs escaping: one bulk copy
    return this;
  }

  /** Writes a character of text (escaped). */
  public MarkupWriter text(char c) {
    return text(String.valueOf(c));
  }

  /** Closes an element: {@code </name>}. */
  public MarkupWriter end(String name) {
    finishTag();
    out.append("</").append(name).append('>');
    return this;
  }

  /** Writes {@code <name>text</name>}. */
  public MarkupWriter element(String name, String text) {
    return start(name).text(text).end(name);
  }

  /** Writes a line break between elements, to keep the source readable. */
  public MarkupWriter newline() {
    finishTag();
    out.append('\n');
    return this;
  }

  /**
   * Writes markup as it is, unchecked. Only for markup the program itself wrote (a site header, a
   * stylesheet), never for content: it is the one way around this writer's escaping and checks,
   * and it must itself be polyglot markup for the output to stay valid XHTML.
   */
  public MarkupWriter trusted(String markup) {
    finishTag();
    out.append(markup);
    return this;
  }

  private void finishTag() {
    if (open == 1) {
      out.append('>');
    } else if (open == 2) {
      out.append(" />");
    }
    open = 0;
  }

  private static void checkElement(String name) {
    checkName(name, "element");
    switch (name) {
      case "script": case "style": case "iframe": case "object": case "embed": case "frame": case "frameset":
      case "base":
        throw new IllegalArgumentException(
            "<" + name + "> can load or run code; write it with trusted(..) if your own code means it");
      default:
    }
  }

  private static void checkAttribute(String name) {
    checkName(name, "attribute");
    if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")) {
      throw new IllegalArgumentException(
          "attribute '" + name + "' can run script or defeat a Content-Security-Policy; it is never written");
    }
  }

  private static void checkName(String name, String what) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException(what + " name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || i > 0 && (c >= '0' && c <= '9' || c == '-' || c == ':');
      if (!ok) {
        throw new IllegalArgumentException(
            what + " name '" + name + "' must be lower-case ASCII letters, digits, '-' or ':'");
      }
    }
  }
}
