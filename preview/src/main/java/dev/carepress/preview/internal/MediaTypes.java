package dev.carepress.preview.internal;

import dev.carepress.render.Resource;
import java.util.Locale;

/** The media type of a site file, by its extension; an image the site copied, by its bytes. */
final class MediaTypes {
  private MediaTypes() {}

  static String of(String path, byte[] bytes) {
    String name = path.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html")) {
      return Responses.HTML;
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (name.endsWith(".json")) {
      return "application/json";
    }
    if (name.endsWith(".txt")) {
      return Responses.TEXT;
    }
    return Resource.sniff(bytes);
  }
}
