package dev.carepress.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A TrueType or OpenType font file to draw text with: one of the faces of the text family, or a
 * fallback font for characters the family lacks (a CJK font, say).
 *
 * <pre>{@code
 * PdfFont cjk = PdfFont.file(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
 * PdfRenderer pdf = PdfRenderer.builder().fallbackFont(cjk).build();
 * }</pre>
 *
 * <p>A font collection ({@code .ttc}) holds several fonts: name the one to use with {@link
 * #file(Path, String)}, or the first is taken. Fonts must allow embedding; PDF/A and PDF/UA need
 * every font embedded, and Carepress embeds the subset of glyphs a document uses. The file is read
 * when the font is made, so a missing file fails here and not in the middle of a render. A value:
 * two {@code PdfFont}s with the same bytes and name are equal.
 */
public final class PdfFont {
  private final String name;
  private final byte[] bytes;
  private final Optional<String> fontName;
  private final String digest;

  private PdfFont(String name, byte[] bytes, Optional<String> fontName) {
    this.name = name;
    this.bytes = bytes;
    this.fontName = fontName;
    this.digest = sha256(bytes) + fontName.map(n -> "#" + n).orElse("");
  }

  /**
   * A font read from a {@code .ttf}, {@code .otf} or {@code .ttc} file (the first font of a
   * collection).
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PdfFont file(Path file) {
    return new PdfFont(file.toString(), read(file), Optional.empty());
  }

  /**
   * The font with this PostScript name from a font collection ({@code .ttc}), e.g. {@code
   * NotoSansCJKsc-Regular}.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PdfFont file(Path file, String fontName) {
    Objects.requireNonNull(fontName, "fontName must not be null");
    return new PdfFont(file.toString(), read(file), Optional.of(fontName));
  }

  /** A font from bytes already in memory; {@code name} is used in messages. The array is copied. */
  public static PdfFont of(String name, byte[] bytes) {
    Objects.requireNonNull(name, "name must not be null");
    return new PdfFont(name, bytes.clone(), Optional.empty());
  }

  /** Where the font came from (a path or the name given), for messages. */
  public String name() {
    return name;
  }

  /** The PostScript name of the font chosen inside a collection, if one was named. */
  public Optional<String> fontName() {
    return fontName;
  }

  /** The font file's bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** A stable key for the content: the SHA-256 of the bytes plus the collection font name. */
  String digest() {
    return digest;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PdfFont && digest.equals(((PdfFont) other).digest);
  }

  @Override
  public int hashCode() {
    return digest.hashCode();
  }

  @Override
  public String toString() {
    return "PdfFont[" + name + fontName.map(n -> " " + n).orElse("") + "]";
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font file " + file, e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
