package dev.carepress.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.text.UrlPolicy;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input that tries to run script — raw tags, event attributes, javascript: and data: URLs, iframes,
 * SVG with script, broken tags — comes out as inert text, checked in the page source and in a real
 * browser with the page's own Content-Security-Policy turned off (so escaping alone must hold).
 */
class HostileInputTest {
  private static final HtmlRenderer NO_CSP =
      HtmlRenderer.builder().contentSecurityPolicy(false).build();

  @Test
  void theSourceHasNoActiveMarkup() throws Exception {
    String page = NO_CSP.renderToString(HostileArticles.article());
    // The page is well-formed XML as well as HTML, so an XML parser sees exactly its elements.
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));
    List<String> active = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      String name = e.getLocalName();
      boolean ownStyle = name.equals("style") && e.getParentNode().getNodeName().equals("head")
          && e.getTextContent().equals(NO_CSP.stylesheet());
      if (name.equals("script") && !e.getAttribute("type").equals("application/ld+json")
          || Set.of("iframe", "svg", "object", "embed", "math", "base", "frame", "form", "style").contains(name)
          && !ownStyle) {
        active.add("<" + name + ">");
      }
      NamedNodeMap attributes = e.getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        String attribute = attributes.item(j).getNodeName();
        String value = attributes.item(j).getNodeValue();
        if (attribute.startsWith("on") || attribute.equals("style") || attribute.equals("srcdoc")) {
          active.add(name + "@" + attribute);
        }
        if (attribute.equals("href") && !UrlPolicy.isSafeLink(value)
            || attribute.equals("src") && !UrlPolicy.isSafeImage(value)) {
          active.add(name + "@" + attribute + "=" + value);
        }
      }
    }
    assertThat(active).isEmpty();
    assertThat(doc.getElementsByTagName("script").getLength()).isEqualTo(1);
    String jsonLd = doc.getElementsByTagName("script").item(0).getTextContent();
    assertThat(jsonLd).doesNotContain("<").doesNotContain("\u2028");
    JsonMapper.builder().build().readTree(jsonLd); // still valid JSON
  }

  @Test
  void nothingRunsInTheBrowser() throws Exception {
    Browser.assumeAvailable();
    Article article = HostileArticles.article();
    Path file = SamplePages.ROOT.resolve("hostile/hostile.html").toAbsolutePath();
    NO_CSP.render(article, file);
    JsonNode report = Browser.run("hostile", file.toString()).get(file.toString());
    assertThat(report.get("dialogs").toString()).isEqualTo("[]");
    assertThat(report.get("requests").toString()).isEqualTo("[]");
    assertThat(report.get("consoleErrors").toString()).isEqualTo("[]");
    assertThat(report.get("pageErrors").toString()).isEqualTo("[]");
    JsonNode dom = report.get("dom");
    assertThat(dom.get("scripts").asInt()).isZero();
    assertThat(dom.get("eventAttributes").toString()).isEqualTo("[]");
    assertThat(dom.get("styleAttributes").asInt()).isZero();
    assertThat(dom.get("embedded").asInt()).isZero();
    assertThat(dom.get("unsafeUrls").toString()).isEqualTo("[]");
    assertThat(dom.get("title").asString()).isEqualTo("</title><script>alert('title')</script> Hostile");
  }

  @Test
  void hostileMarkdownRunsNothingInTheBrowser() throws Exception {
    Browser.assumeAvailable();
    Article article = MarkdownArticleReader.create().parse(HostileArticles.MARKDOWN, "hostile.md").orThrow();
    Path file = SamplePages.ROOT.resolve("hostile/hostile-markdown.html").toAbsolutePath();
    NO_CSP.render(article, file);
    String page = java.nio.file.Files.readString(file);
    assertThat(page).contains("plain js").contains("careful").contains("<h1 id=\"title\" class=\"cp-title\">Hostile");
    JsonNode report = Browser.run("hostile", file.toString()).get(file.toString());
    assertThat(report.get("dialogs").toString()).isEqualTo("[]");
    assertThat(report.get("requests").toString()).isEqualTo("[]");
    assertThat(report.get("consoleErrors").toString()).isEqualTo("[]");
    assertThat(report.get("pageErrors").toString()).isEqualTo("[]");
    JsonNode dom = report.get("dom");
    assertThat(dom.get("scripts").asInt()).isZero();
    assertThat(dom.get("eventAttributes").toString()).isEqualTo("[]");
    assertThat(dom.get("styleAttributes").asInt()).isZero();
    assertThat(dom.get("embedded").asInt()).isZero();
    assertThat(dom.get("unsafeUrls").toString()).isEqualTo("[]");
  }

  @Test
  void samplePagesRaiseNoConsoleErrorUnderTheirOwnPolicy() throws Exception {
    Browser.assumeAvailable();
    List<String> files = new ArrayList<>();
    SamplePages.all().forEach(p -> files.add(p.toAbsolutePath().toString()));
    JsonNode reports = Browser.run(AxeTest.prepend("hostile", files));
    for (String page : files) {
      JsonNode report = reports.get(page);
      assertThat(report.get("consoleErrors").toString()).as(page).isEqualTo("[]");
      assertThat(report.get("pageErrors").toString()).as(page).isEqualTo("[]");
      assertThat(report.get("requests").toString()).as(page).doesNotContain("http");
    }
  }
}
