package dev.carepress.render.pdf.internal;

import dev.carepress.text.Xml;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The XMP metadata packet: Dublin Core, PDF/A-2 (level A) and PDF/UA-1 identification, and the
 * PDF/A extension schema that declares the {@code pdfuaid} namespace (without it PDF/A validators
 * reject the PDF/UA property). Written as text so that it is byte-for-byte deterministic; text is
 * escaped by core's {@link Xml}, the one rule for every Carepress writer.
 */
final class Xmp {
  private Xmp() {}

  /** The identification as PDF/A-2a and PDF/UA-1, and the extension schema declaring pdfuaid. */
  private static final String IDENTIFICATION =
      "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
      + "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n</rdf:Description>\n"
      + "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
      + "<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n"
      + "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
      + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
      + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
      + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
      + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
      + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
      + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
      + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
      + "<pdfaProperty:name>part</pdfaProperty:name>\n"
      + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
      + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
      + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
      + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
      + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";

  /** The packet for the document, as UTF-8. */
  static byte[] packet(DocumentInfo info, String producer) {
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    dublinCore(x, info);
    x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Producer>").append(Xml.text(producer)).append("</pdf:Producer>\n");
    if (!info.keywords().isEmpty()) {
      x.append("<pdf:Keywords>").append(Xml.text(String.join(", ", info.keywords()))).append("</pdf:Keywords>\n");
    }
    x.append("</rdf:Description>\n");
    if (info.created().isPresent() || info.modified().isPresent()) {
      x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
      x.append("<xmp:CreatorTool>").append(Xml.text(producer)).append("</xmp:CreatorTool>\n");
      info.created().ifPresent(d -> x.append("<xmp:CreateDate>").append(date(d)).append("</xmp:CreateDate>\n"));
      info.modified().ifPresent(d -> x.append("<xmp:ModifyDate>").append(date(d)).append("</xmp:ModifyDate>\n"));
      x.append("</rdf:Description>\n");
    }
    x.append(IDENTIFICATION);
    x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Title, creator, description, subject and language. */
  private static void dublinCore(StringBuilder x, DocumentInfo info) {
    x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    x.append("<dc:format>application/pdf</dc:format>\n");
    x.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(Xml.text(info.title()))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (!info.authors().isEmpty()) {
      x.append("<dc:creator><rdf:Seq><rdf:li>").append(Xml.text(String.join(", ", info.authors())))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    info.description().ifPresent(d -> x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        .append(Xml.text(d)).append("</rdf:li></rdf:Alt></dc:description>\n"));
    if (!info.keywords().isEmpty()) {
      x.append("<dc:subject><rdf:Bag>");
      for (String k : info.keywords()) {
        x.append("<rdf:li>").append(Xml.text(k)).append("</rdf:li>");
      }
      x.append("</rdf:Bag></dc:subject>\n");
    }
    x.append("<dc:language><rdf:Bag><rdf:li>").append(Xml.text(info.language()))
        .append("</rdf:li></rdf:Bag></dc:language>\n");
    x.append("</rdf:Description>\n");
  }

  static String date(LocalDate d) {
    return d + "T00:00:00Z";
  }
}
