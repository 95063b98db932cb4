package dev.carepress.render.epub;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.RenderContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Test helpers: render to bytes, and read a container's entries back. */
final class Epubs {
  private Epubs() {}

  static byte[] book(EpubRenderer renderer, Book book, RenderContext context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.renderBook(book, out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] book(Book book) {
    return book(EpubRenderer.create(), book, RenderContext.defaults());
  }

  static byte[] article(EpubRenderer renderer, Article article, RenderContext context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(article, out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] article(Article article) {
    return article(EpubRenderer.create(), article, RenderContext.defaults());
  }

  /** Every entry's name with its content, in container order. */
  static Map<String, byte[]> entries(byte[] epub) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** One entry as UTF-8 text. */
  static String text(byte[] epub, String name) {
    byte[] bytes = entries(epub).get(name);
    if (bytes == null) {
      throw new AssertionError("no entry " + name + " in " + entries(epub).keySet());
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
