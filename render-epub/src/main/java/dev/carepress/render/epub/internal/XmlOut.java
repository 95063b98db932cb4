package dev.carepress.render.epub.internal;

import dev.carepress.text.Xml;
import java.io.IOException;
import java.io.Writer;

/**
 * A small streaming XML writer for the documents around the articles (package, navigation, NCX,
 * cover and title pages): start tags with attributes, text and end tags, escaped as it goes by
 * {@link Xml}, the one escaping rule of Carepress, so hostile text can never make a document
 * unreadable. Unlike render-html's writer it takes any XML name ({@code dc:title}, {@code navPoint})
 * and closes empty elements as {@code />}.
 */
final class XmlOut {
  private final Writer out;
  private boolean inStartTag;

  /** A writer to the stream. */
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
    out.write(Xml.attribute(value));
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
    out.write(Xml.text(text));
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
}
