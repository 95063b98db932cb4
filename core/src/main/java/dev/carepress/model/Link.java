package dev.carepress.model;

import java.util.List;
import java.util.Optional;

/**
 * A hyperlink. The URL is kept exactly as written; renderers pass it through
 * {@link dev.carepress.text.UrlPolicy} so that a {@code javascript:} or {@code data:} URL never
 * becomes an active link.
 *
 * @param url the target as written (absolute, relative or a {@code #fragment})
 * @param title the advisory title, if any
 * @param content the link text, not empty
 */
public record Link(String url, Optional<String> title, List<Inline> content) implements Inline {
  /** Validates and copies the components. */
  public Link {
    Values.present(url, "url");
    Values.present(title, "title");
    content = Values.list(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a link needs text");
    }
  }

  /** A link with plain text and no title. */
  public static Link of(String url, String text) {
    return new Link(url, Optional.empty(), List.of(new Text(text)));
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
