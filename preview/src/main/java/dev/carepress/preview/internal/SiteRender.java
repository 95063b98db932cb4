package dev.carepress.preview.internal;

import dev.carepress.ContentException;
import dev.carepress.Problem;
import dev.carepress.render.FileSink;
import dev.carepress.render.RenderContext;
import dev.carepress.render.Renderer;
import dev.carepress.render.ResourceResolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Renders the whole site into memory with the HTML renderer's own {@code renderSite}, so the
 * preview shows exactly the pages {@code carepress render} writes. Each rebuild renders every page
 * (the renderer has no public way to render one page of a site) and the caller publishes only the
 * pages whose bytes changed.
 */
final class SiteRender {
  private final Renderer html;
  private final ResourceResolver resources;

  SiteRender(Renderer html, ResourceResolver resources) {
    this.html = html;
    this.resources = resources;
  }

  /**
   * What a render gave: the files, and the warnings by source; or, when it failed, the articles to
   * blame (with their problems) or the failure.
   */
  record Result(Optional<Map<String, byte[]>> files, Map<String, List<Problem>> warnings,
      Map<Path, List<Problem>> blamed, Optional<String> failure) {}

  /** Renders the site; when it fails, finds the articles it failed on. */
  Result render(SiteInput input) {
    ConcurrentLinkedQueue<Problem> warnings = new ConcurrentLinkedQueue<>();
    Map<String, byte[]> files = Collections.synchronizedMap(new TreeMap<>());
    FileSink sink = path -> new ByteArrayOutputStream() {
      @Override
      public void close() {
        files.put(path, toByteArray());
      }
    };
    try {
      html.renderSite(input.book(), sink, context(warnings::add));
      return new Result(Optional.of(new TreeMap<>(files)), bySource(warnings), Map.of(), Optional.empty());
    } catch (ContentException e) {
      return blame(input, e, e.problems());
    } catch (IOException | RuntimeException e) {
      return blame(input, e, List.of());
    }
  }

  private Result blame(SiteInput input, Exception failure, List<Problem> problems) {
    Map<Path, List<Problem>> blamed = new LinkedHashMap<>();
    for (SiteInput.Entry entry : input.entries()) {
      String source = entry.file().toString();
      List<Problem> own = problems.stream().filter(p -> p.source().equals(source)).toList();
      if (!own.isEmpty()) {
        blamed.put(entry.file(), own);
      }
    }
    if (blamed.isEmpty()) {
      for (SiteInput.Entry entry : input.entries()) {
        probe(entry).ifPresent(p -> blamed.put(entry.file(), List.of(p)));
      }
    }
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return new Result(Optional.empty(), Map.of(), blamed, Optional.of(message));
  }

  // Renders the article's page alone, to see whether it is the one the site failed on.
  private Optional<Problem> probe(SiteInput.Entry entry) {
    try {
      html.render(entry.article(), OutputStream.nullOutputStream(), context(p -> {}));
      return Optional.empty();
    } catch (ContentException e) {
      return e.errors().stream().findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.of(Problem.error("render-failed", entry.file().toString(), 0, 0,
          "the page could not be made: " + (e.getMessage() == null ? e.toString() : e.getMessage()),
          "please report this with the article"));
    }
  }

  private RenderContext context(java.util.function.Consumer<Problem> warnings) {
    return RenderContext.defaults().withResources(resources).withWarnings(warnings);
  }

  private static Map<String, List<Problem>> bySource(Iterable<Problem> warnings) {
    Map<String, List<Problem>> out = new LinkedHashMap<>();
    for (Problem p : warnings) {
      out.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
