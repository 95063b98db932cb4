package dev.carepress.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carepress.CarepressException;
import dev.carepress.model.Article;
import dev.carepress.model.Book;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {
  static final class TextProvider implements RendererProvider {
    private final String id;

    TextProvider(String id) {
      this.id = id;
    }

    @Override public Format format() { return Format.of(id, "txt", "text/plain", "titles as text"); }
    @Override public List<Option<?>> options() { return List.of(); }

    @Override
    public Renderer create(Settings settings) {
      OptionValues.builder(options()).apply(id, settings);
      Format format = format();
      return new Renderer() {
        @Override public Format format() { return format; }

        @Override
        public void render(Article article, OutputStream out, RenderContext context) throws java.io.IOException {
          out.write(article.title().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void renderBook(Book book, OutputStream out, RenderContext context) throws java.io.IOException {
          for (Article article : book.articles()) {
            render(article, out, context);
          }
        }
      };
    }
  }

  @Test
  void providersAddedByHandAreFound() {
    Renderers renderers = Renderers.builder().discover(false).add(new TextProvider("text")).build();
    assertThat(renderers.formatIds()).containsExactly("text");
    Renderer renderer = renderers.require("text");
    assertThat(new String(renderer.renderToBytes(Article.builder().title("Hi").build()), StandardCharsets.UTF_8))
        .isEqualTo("Hi");
  }

  @Test
  void twoProvidersWithOneIdFailAtOnce() {
    assertThatThrownBy(() -> Renderers.builder().discover(false).add(new TextProvider("x")).add(new TextProvider("x")).build())
        .isInstanceOf(CarepressException.class)
        .hasMessageContaining("two renderers claim the format 'x'");
  }

  @Test
  void anUnknownIdListsThoseAvailable() {
    Renderers renderers = Renderers.builder().discover(false).add(new TextProvider("b")).add(new TextProvider("a")).build();
    assertThatThrownBy(() -> renderers.require("pdf"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessage("no renderer for format 'pdf'; available: a, b");
    assertThatThrownBy(() -> Renderers.builder().discover(false).build().require("pdf"))
        .hasMessageContaining("none is on the classpath");
  }

  @Test
  void aMistypedOrUpperCaseIdSuggestsTheFormatMeant() {
    Renderers renderers = Renderers.builder().discover(false).add(new TextProvider("pdf")).add(new TextProvider("html")).build();
    assertThatThrownBy(() -> renderers.require("pfd"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessage("no renderer for format 'pfd'; did you mean 'pdf'? available: html, pdf");
    assertThatThrownBy(() -> renderers.require("PDF"))
        .hasMessage("no renderer for format 'PDF'; did you mean 'pdf'? available: html, pdf");
  }

  @Test
  void aSettingWithANullValueIsNamed() {
    java.util.Map<String, String> fromAConfigFile = new java.util.HashMap<>();
    fromAConfigFile.put("pageSize", null);
    assertThatThrownBy(() -> Settings.of(fromAConfigFile))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("setting 'pageSize' has no value (null): give its text, e.g. pageSize=…, or leave the key out for the default");
  }

  @Test
  void aNullIdSaysWhatToGive() {
    Renderers renderers = Renderers.builder().discover(false).add(new TextProvider("pdf")).build();
    assertThatThrownBy(() -> renderers.require(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("formatId must not be null");
  }

  @Test
  void unknownSettingsAreRefusedByTheProvider() {
    Renderers renderers = Renderers.builder().discover(false).add(new TextProvider("text")).build();
    assertThatThrownBy(() -> renderers.require("text", Settings.parse(List.of("x=1"))))
        .isInstanceOf(SettingsException.class).hasMessageContaining("it has no settings");
  }
}
