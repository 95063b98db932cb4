package dev.carepress.render.epub.internal;

import dev.carepress.model.Article;
import dev.carepress.model.PlainText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.UUID;

/**
 * Identifiers for publications that do not bring their own: a name-based UUID (RFC 9562 version 5)
 * of the title, the language and every article's slug, title and text, so the same content always
 * gets the same identifier and changed content a new one.
 */
public final class Identifiers {
  /** The namespace of Carepress publication UUIDs: the version-5 UUID of the URL {@code https://carepress.dev/epub}. */
  static final UUID NAMESPACE = UUID.fromString("7b20caa0-941c-53ee-bf67-488717ed67e0");

  private Identifiers() {}

  /** {@code urn:uuid:…} for this content. */
  public static String derive(String title, String language, List<Article> articles) {
    Digest digest = new Digest(title, language);
    articles.forEach(digest::add);
    return digest.identifier();
  }

  /** The same identifier as {@link #derive}, its articles added one at a time (not kept). */
  static final class Digest {
    private final MessageDigest sha1;

    Digest(String title, String language) {
      try {
        sha1 = MessageDigest.getInstance("SHA-1");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-1", e);
      }
      sha1.update(toBytes(NAMESPACE));
      update(sha1, title);
      update(sha1, language);
    }

    /** Adds the next article in reading order. */
    void add(Article article) {
      update(sha1, article.slug());
      update(sha1, article.title());
      update(sha1, PlainText.ofBody(article));
    }

    /** {@code urn:uuid:…} for the content added. */
    String identifier() {
      byte[] hash = sha1.digest();
      hash[6] = (byte) ((hash[6] & 0x0F) | 0x50); // version 5
      hash[8] = (byte) ((hash[8] & 0x3F) | 0x80); // IETF variant
      long msb = 0;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        msb = (msb << 8) | (hash[i] & 0xFF);
        lsb = (lsb << 8) | (hash[i + 8] & 0xFF);
      }
      return "urn:uuid:" + new UUID(msb, lsb);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0); // separator, so ("ab","c") and ("a","bc") differ
  }

  private static byte[] toBytes(UUID uuid) {
    byte[] bytes = new byte[16];
    long msb = uuid.getMostSignificantBits();
    long lsb = uuid.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (msb >>> (56 - 8 * i));
      bytes[i + 8] = (byte) (lsb >>> (56 - 8 * i));
    }
    return bytes;
  }
}
