package dev.carepress.render.epub;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A parsed XML document queried with XPath; prefixes opf, dc, h (XHTML), epub and ncx. */
final class Xml {
  private static final Map<String, String> NAMESPACES = Map.of(
      "opf", "http://www.idpf.org/2007/opf",
      "dc", "http://purl.org/dc/elements/1.1/",
      "h", "http://www.w3.org/1999/xhtml",
      "epub", "http://www.idpf.org/2007/ops",
      "ncx", "http://www.daisy.org/z3986/2005/ncx/",
      "xml", XMLConstants.XML_NS_URI);

  private final Document document;
  private final XPath xpath;

  private Xml(Document document) {
    this.document = document;
    this.xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
  }

  /** Parses the text (namespace-aware; the DOCTYPE is not loaded). */
  static Xml parse(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return new Xml(factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
    }
  }

  /** The string value of the expression. */
  String string(String expression) {
    try {
      return (String) xpath.evaluate(expression, document, XPathConstants.STRING);
    } catch (Exception e) {
      throw new AssertionError(expression, e);
    }
  }

  /** The text of every node the expression selects. */
  List<String> strings(String expression) {
    try {
      NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
      List<String> values = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        values.add(nodes.item(i).getTextContent());
      }
      return values;
    } catch (Exception e) {
      throw new AssertionError(expression, e);
    }
  }

  /** The number of nodes the expression selects. */
  int count(String expression) {
    return strings(expression).size();
  }
}
