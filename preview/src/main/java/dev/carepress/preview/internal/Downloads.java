package dev.carepress.preview.internal;

import dev.carepress.model.Article;
import dev.carepress.model.Book;
import dev.carepress.render.Option;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.RendererProvider;
import dev.carepress.render.Renderers;
import dev.carepress.render.ResourceResolver;
import dev.carepress.render.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The files made on request from the current text: {@code NAME.pdf}, {@code NAME.epub} — any format
 * on the class path but the site's — of an article or of the book, with the renderer's settings
 * from the address ({@code ?pageSize=LETTER&largePrint=true}), read by the renderer's own declared
 * options. The last few files made are kept, and a file asked for by many at once is made once.
 */
final class Downloads {
  private static final int KEPT_FILES = 16;
  private static final int KEPT_RENDERERS = 16;

  private final Map<String, RendererProvider> byExtension = new LinkedHashMap<>();
  private final ResourceResolver resources;
  private final Map<List<Object>, CompletableFuture<byte[]>> files = lru(KEPT_FILES);
  private final Map<List<Object>, Renderer> renderers = lru(KEPT_RENDERERS);

  /** @param siteFormat the format of the site, left out (its pages are the site itself) */
  Downloads(Renderers all, String siteFormat, ResourceResolver resources) {
    for (RendererProvider provider : all.providers()) {
      if (!provider.format().id().equals(siteFormat)) {
        byExtension.putIfAbsent(provider.format().extension(), provider);
      }
    }
    this.resources = resources;
  }

  /** The formats offered: the handout first (what writers print most), then the others by id. */
  List<RendererProvider> formats() {
    List<RendererProvider> formats = new ArrayList<>(byExtension.values());
    formats.sort(java.util.Comparator.comparing((RendererProvider p) -> !p.format().id().equals("pdf"))
        .thenComparing(p -> p.format().id()));
    return formats;
  }

  /** The format whose files end in this extension, if one is offered. */
  Optional<RendererProvider> format(String extension) {
    return Optional.ofNullable(byExtension.get(extension));
  }

  /** Whether the format declares a setting with this key. */
  static boolean declares(RendererProvider provider, String key) {
    return provider.options().stream().anyMatch(o -> o.matches(key));
  }

  /**
   * A renderer of the format with these settings, checked by its declared options.
   *
   * @throws dev.carepress.render.SettingsException naming the key and what would work
   */
  Renderer renderer(RendererProvider provider, Map<String, String> settings) {
    List<Object> key = List.of(provider.format().id(), settings);
    synchronized (renderers) {
      Renderer made = renderers.get(key);
      if (made != null) {
        return made;
      }
    }
    Renderer made = provider.create(Settings.of(settings));
    synchronized (renderers) {
      renderers.put(key, made);
    }
    return made;
  }

  /** What a format's settings are, for an answer to a bad one. */
  static String describe(RendererProvider provider) {
    List<String> lines = new ArrayList<>();
    for (Option<?> option : provider.options()) {
      String values = option.values().isEmpty() ? option.type() : String.join(", ", option.values());
      lines.add("  " + (option.isPrefixed() ? option.key() + ".KEY" : option.key()) + " (" + values + ")"
          + (option.defaultText().isEmpty() ? "" : ", default " + option.defaultText()) + ": " + option.description());
    }
    return lines.isEmpty() ? "  (none)" : String.join("\n", lines);
  }

  /**
   * The article's file in the renderer's format, made now or kept from an earlier request for the
   * same version of the article and the same settings.
   *
   * @throws dev.carepress.ContentException if the article cannot be made into this format
   * @throws IOException if the renderer failed
   */
  byte[] article(Renderer renderer, Map<String, String> settings, Article article) throws IOException {
    return make(List.of(renderer.format().id(), settings, new Same(article)), out ->
        renderer.render(article, out, context()));
  }

  /** The book's file; see {@link #article}. */
  byte[] book(Renderer renderer, Map<String, String> settings, Book book) throws IOException {
    return make(List.of(renderer.format().id(), settings, new Same(book)), out ->
        renderer.renderBook(book, out, context()));
  }

  private RenderContext context() {
    return RenderContext.defaults().withResources(resources);
  }

  /** Writes a file. */
  private interface Work {
    void write(ByteArrayOutputStream out) throws IOException;
  }

  private byte[] make(List<Object> key, Work work) throws IOException {
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> theirs;
    synchronized (files) {
      theirs = files.putIfAbsent(key, mine);
    }
    if (theirs == null) {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        work.write(out);
        mine.complete(out.toByteArray());
      } catch (IOException | RuntimeException | Error e) {
        synchronized (files) {
          files.remove(key, mine);
        }
        mine.completeExceptionally(e);
        throw e;
      }
      return mine.join();
    }
    try {
      return theirs.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the file", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof IOException) {
        throw new IOException(cause.getMessage(), cause);
      }
      throw (Error) cause;
    }
  }

  /** A key part equal only to the very same object: a new version of an article is a new object. */
  private static final class Same {
    private final Object value;

    Same(Object value) {
      this.value = value;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Same && ((Same) other).value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  private static <K, V> Map<K, V> lru(int size) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > size;
      }
    };
  }
}
