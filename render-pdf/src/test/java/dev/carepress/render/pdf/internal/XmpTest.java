package dev.carepress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmpTest {
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  private static Document parse(byte[] packet) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(packet));
  }

  @Test
  void metadataWithMarkupAndControlCharactersIsWellFormedXmlThatReadsBackAsWritten() throws Exception {
    DocumentInfo info = new DocumentInfo("Salt & <sodium> \"facts\"", "en", List.of("Ana O'Neil", "B\u0001ob"),
        Optional.of("line one\r\nline two\uD800"), List.of("a&b", "c<d"), Optional.of(LocalDate.of(2025, 3, 4)),
        Optional.empty());
    Document xmp = parse(Xmp.packet(info, "Carepress"));
    assertThat(xmp.getElementsByTagNameNS(DC, "title").item(0).getTextContent())
        .isEqualTo("Salt & <sodium> \"facts\"");
    // what XML cannot hold becomes the replacement character; a CR LF line end is a line feed
    assertThat(xmp.getElementsByTagNameNS(DC, "creator").item(0).getTextContent()).isEqualTo("Ana O'Neil, B\uFFFDob");
    assertThat(xmp.getElementsByTagNameNS(DC, "description").item(0).getTextContent())
        .isEqualTo("line one\nline two\uFFFD");
    assertThat(xmp.getElementsByTagNameNS(DC, "subject").item(0).getTextContent()).isEqualTo("a&bc<d");
    assertThat(xmp.getElementsByTagNameNS("http://ns.adobe.com/xap/1.0/", "CreateDate").item(0).getTextContent())
        .isEqualTo("2025-03-04T00:00:00Z");
  }

  @Test
  void declaresPdfA2aAndPdfUa1() throws Exception {
    DocumentInfo info = new DocumentInfo("T", "es", List.of(), Optional.empty(), List.of(), Optional.empty(),
        Optional.empty());
    Document xmp = parse(Xmp.packet(info, "Carepress"));
    assertThat(xmp.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/id/", "part").item(0).getTextContent())
        .isEqualTo("2");
    assertThat(xmp.getElementsByTagNameNS("http://www.aiim.org/pdfa/ns/id/", "conformance").item(0).getTextContent())
        .isEqualTo("A");
    assertThat(xmp.getElementsByTagNameNS("http://www.aiim.org/pdfua/ns/id/", "part").item(0).getTextContent())
        .isEqualTo("1");
    assertThat(xmp.getElementsByTagNameNS(DC, "language").item(0).getTextContent()).isEqualTo("es");
  }
}
