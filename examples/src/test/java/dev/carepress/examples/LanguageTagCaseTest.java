package dev.carepress.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.read.MarkdownArticleReader;
import dev.carepress.render.Renderers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

/**
 * An article whose front matter writes its language tag in another case ({@code ZH-hans}) renders
 * exactly as the one that writes {@code zh-Hans}: every output carries the canonical tag, and the
 * handout draws its Han characters with the same (Simplified Chinese) face. Read through the
 * reader and rendered by the discovered renderers, as a user's program does.
 */
class LanguageTagCaseTest {
  private static final String ARTICLE = """
      ---
      title: 哮喘
      language: %s
      ---
      哮喘是一种慢性疾病，会使气道变窄。

      ## 症状

      咳嗽、气喘和胸闷。
      """;

  static Article read(String tag) {
    return MarkdownArticleReader.create().parse(ARTICLE.formatted(tag), "asthma.md").value().orElseThrow();
  }

  static byte[] render(String format, String tag) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Renderers.discover().require(format).render(read(tag), out);
    return out.toByteArray();
  }

  @Test
  void theCaseATagIsWrittenInChangesNoByte() throws Exception {
    for (String format : List.of("html", "epub", "pdf")) {
      assertThat(Arrays.equals(render(format, "ZH-hans"), render(format, "zh-Hans"))).as(format).isTrue();
    }
  }

  @Test
  void thePageCarriesTheCanonicalTag() throws Exception {
    String html = new String(render("html", "ZH-hans"), StandardCharsets.UTF_8);
    assertThat(html).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-Hans\"")
        .doesNotContain("ZH-hans");
  }

  @Test
  void theBookCarriesTheCanonicalTag() throws Exception {
    List<String> documents = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(render("epub", "ZH-hans")))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().matches(".*\\.(opf|xhtml|ncx)")) {
          documents.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(documents).isNotEmpty().noneMatch(d -> d.contains("ZH-hans"))
        .anyMatch(d -> d.contains("<dc:language>zh-Hans</dc:language>"));
  }

  @Test
  void theHandoutCarriesTheCanonicalTagAndTheSimplifiedChineseFace() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(render("pdf", "ZH-hans"))) {
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-Hans");
      PDResources resources = pdf.getPage(0).getResources();
      List<String> fonts = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name).getName());
      }
      assertThat(fonts).anyMatch(f -> f.endsWith("NotoSansCJKsc-Regular"))
          .noneMatch(f -> f.matches(".*NotoSansCJK(tc|hk|jp|kr)-Regular"));
    }
  }
}
