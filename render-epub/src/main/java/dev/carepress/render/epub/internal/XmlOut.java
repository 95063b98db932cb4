package dev.carepress.render.epub.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * A small streaming XML writer: start tags with attributes, text and end tags, escaped as it goes.
 * Characters XML 1.0 does not allow (most C0 and C1 controls, unpaired surrogates, U+FFFE/U+FFFF)
 * become U+FFFD, so hostile text can never make a document unreadable.
 */
public final class XmlOut {
  private final Writer out;
  private boolean inStartTag;

  public XmlOut(Writer out) {
    this.out = out;
  }

  /** Opens {@code <name}; attributes may follow until content or an end is written. */
  public XmlOut start(String name) throws IOException {
    closeStartTag();
    out.write('<');
    out.write(name);
    inStartTag = true;
    return this;
  }

  /** Adds an attribute to the open start tag. */
  public XmlOut attr(String name, String value) throws IOException {
    if (!inStartTag) {
      throw new IllegalStateException("attribute " + name + " outside a start tag");
    }
    out.write(' ');
    out.write(name);
    out.write("=\"");
    escape(value, true);
    out.write('"');
    return this;
  }

  /** Closes the open start tag as an empty element ({@code />}). */
  public XmlOut endEmpty() throws IOException {
    if (!inStartTag) {
      throw new IllegalStateException("no start tag to close");
    }
    out.write("/>");
    inStartTag = false;
    return this;
  }

  /** Writes {@code </name>}. */
  public XmlOut end(String name) throws IOException {
    closeStartTag();
    out.write("</");
    out.write(name);
    out.write('>');
    return this;
  }

  /** Writes escaped text. */
  public XmlOut text(String text) throws IOException {
    closeStartTag();
    escape(text, false);
    return this;
  }

  /** Writes markup as it is (trusted constants only). */
  public XmlOut raw(String markup) throws IOException {
    closeStartTag();
    out.write(markup);
    return this;
  }

  /** An element holding only text: {@code <name>text</name>}. */
  public XmlOut element(String name, String text) throws IOException {
    return start(name).text(text).end(name);
  }

  /** Writes a line break between elements, for readable output. */
  public XmlOut nl() throws IOException {
    return raw("\n");
  }

  private void closeStartTag() throws IOException {
    if (inStartTag) {
      out.write('>');
      inStartTag = false;
    }
  }

  private void escape(String text, boolean attribute) throws IOException {
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String replacement;
      if (c >= 0x20 && c < 0x7F) {
        switch (c) {
          case '<': replacement = "&lt;"; break;
          case '>': replacement = "&gt;"; break;
          case '&': replacement = "&amp;"; break;
          case '"': replacement = attribute ? "&quot;" : null; break;
          default: replacement = null;
        }
      } else if (c == '\n' || c == '\t' || c == '\r') {
        replacement = attribute || c == '\r' ? "&#" + (int) c + ";" : null;
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF) {
        replacement = "\uFFFD";
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++; // a valid pair: keep both
          continue;
        }
        replacement = "\uFFFD";
      } else if (Character.isLowSurrogate(c)) {
        replacement = "\uFFFD";
      } else {
        replacement = null;
      }
      if (replacement != null) {
        out.write(text, start, i - start);
        out.write(replacement);
        start = i + 1;
      }
    }
    out.write(text, start, length - start);
  }
}
