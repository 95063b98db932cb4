package dev.carepress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Paragraph;
import dev.carepress.render.RenderContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The embedFonts option (off by default) puts the bundled fonts for the scripts a book uses, and
 * only those, into the container, lists them in the package document as font/ttf, declares them
 * in the stylesheet under the names the font stacks use, and keeps EPUBCheck at 0 errors, 0 warnings.
 */
class EmbeddedFontsTest {
  private static final EpubRenderer EMBEDDING = EpubRenderer.builder().embedFonts(true).build();

  @Test
  void byDefaultNoFontIsEmbedded() {
    assertThat(EpubRenderer.create().options().get(EpubRenderer.EMBED_FONTS)).isFalse();
    Map<String, byte[]> entries = Epubs.entries(Epubs.book(MixedLanguageBook.book("en")));
    assertThat(entries.keySet()).noneMatch(name -> name.startsWith("EPUB/fonts/"));
    assertThat(new String(entries.get("EPUB/css/carepress.css"))).doesNotContain("@font-face");
  }

  @Test
  void mixedBookEmbedsArabicOnlyAndStaysValid() {
    byte[] epub = Epubs.book(EMBEDDING, MixedLanguageBook.book("en"), RenderContext.defaults());
    Map<String, byte[]> entries = Epubs.entries(epub);
    assertThat(entries.keySet()).filteredOn(name -> name.startsWith("EPUB/fonts/"))
        .containsExactly("EPUB/fonts/NotoSansArabic-Bold.ttf", "EPUB/fonts/NotoSansArabic-Regular.ttf");
    assertThat(entries.get("EPUB/fonts/NotoSansArabic-Regular.ttf")).hasSizeGreaterThan(100_000);
    assertThat(Epubs.text(epub, "EPUB/package.opf"))
        .contains("href=\"fonts/NotoSansArabic-Regular.ttf\" media-type=\"font/ttf\"");
    assertThat(Epubs.text(epub, "EPUB/css/carepress.css"))
        .contains("@font-face { font-family: \"Noto Sans Arabic\"; src: url(\"../fonts/NotoSansArabic-Bold.ttf\"); "
            + "font-weight: bold; font-style: normal; }")
        .contains("[lang]:lang(ar)").contains("\"Noto Sans Arabic\"");
    assertThat(EpubCheckSupport.check(epub, "mixed-fonts.epub").errors()).isEmpty();
  }

  @Test
  void amharicArticleEmbedsEthiopicFontsNamedAsTheStackNamesThem() {
    Article amharic = Article.builder().title("እጅ መታጠብ").slug("ej").language("am")
        .introduction(Paragraph.of("እጅዎን በሳሙና እና በውሃ ቢያንስ ለ20 ሰከንድ ይታጠቡ።")).build();
    byte[] epub = Epubs.article(EMBEDDING, amharic, RenderContext.defaults());
    assertThat(Epubs.entries(epub).keySet()).filteredOn(name -> name.startsWith("EPUB/fonts/"))
        .containsExactly("EPUB/fonts/NotoSansEthiopic-Bold.ttf", "EPUB/fonts/NotoSansEthiopic-Regular.ttf");
    assertThat(Epubs.text(epub, "EPUB/css/carepress.css")).contains("font-family: \"Noto Sans Ethiopic\"");
    assertThat(EpubCheckSupport.check(epub, "amharic-fonts.epub").errors()).isEmpty();
  }
}
