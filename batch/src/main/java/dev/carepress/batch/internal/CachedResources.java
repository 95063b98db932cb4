package dev.carepress.batch.internal;

import dev.carepress.render.Resource;
import dev.carepress.render.ResourceResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A resolver that finds each image once per run: a streamed site ({@link StreamedSite}) renders
 * the site once a chunk of articles, and each render names every article's images (their names
 * under {@code media/} depend on the images before), so without it every image would be read again
 * for every chunk. It holds the bytes of every image found, as one render of the whole site does
 * (render-html's {@code SiteMedia} keeps them to make names unique). Thread-safe.
 */
final class CachedResources implements ResourceResolver {
  private record Key(Optional<Path> folder, String src) {}

  private final ResourceResolver resolver;
  private final Map<Key, Optional<Resource>> found = new ConcurrentHashMap<>();

  CachedResources(ResourceResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Optional<Resource> resolve(Optional<Path> from, String src) throws IOException {
    // relative references are resolved against the source's folder: the file's own name is not used
    Key key = new Key(from.map(p -> p.toAbsolutePath().getParent()), src);
    Optional<Resource> resource = found.get(key);
    if (resource == null) {
      resource = resolver.resolve(from, src);
      found.putIfAbsent(key, resource);
    }
    return resource;
  }
}
