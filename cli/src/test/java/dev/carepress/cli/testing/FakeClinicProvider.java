package dev.carepress.cli.testing;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.Format;
import dev.carepress.render.Option;
import dev.carepress.render.OptionValues;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A format {@code card} for the tests of {@code --clinic}: it knows three of the clinic settings
 * ({@code clinicName}, {@code clinicPhone}, {@code clinicLogo}) and writes their values, one a line,
 * as {@code key=value}. Added by hand, not through {@link java.util.ServiceLoader}.
 */
public final class FakeClinicProvider implements RendererProvider {
  private static final List<Option<?>> OPTIONS = List.of(
      Option.text("clinicName", "", "the clinic's name"), Option.text("clinicPhone", "", "its phone"),
      Option.text("clinicLogo", "", "its logo file"));
  private static final Format FORMAT = Format.of("card", "card", "text/plain", "The clinic's card, for tests");

  @Override
  public Format format() {
    return FORMAT;
  }

  @Override
  public List<Option<?>> options() {
    return OPTIONS;
  }

  @Override
  public Renderer create(Settings settings) {
    OptionValues values = OptionValues.builder(OPTIONS).apply(FORMAT.id(), settings).build();
    StringBuilder text = new StringBuilder();
    for (Option<?> option : OPTIONS) {
      text.append(option.key()).append('=').append(values.get(option)).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    return new Renderer() {
      @Override
      public Format format() {
        return FORMAT;
      }

      @Override
      public void render(Article article, OutputStream out, RenderContext context) throws IOException {
        out.write(bytes);
      }

      @Override
      public void renderBook(Book book, OutputStream out, RenderContext context) throws IOException {
        out.write(bytes);
      }
    };
  }
}
