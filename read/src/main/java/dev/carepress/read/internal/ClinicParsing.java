package dev.carepress.read.internal;

import dev.carepress.read.ClinicDetails;
import dev.carepress.read.ReadResult;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.source.Pos;
import dev.carepress.read.internal.source.Positions;
import dev.carepress.read.internal.source.SourceText;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeParser;
import dev.carepress.read.internal.tree.TreeReading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads a clinic's YAML file into {@link ClinicDetails}, reporting every problem at its position. */
public final class ClinicParsing {
  /** The keys of a clinic file, in the order the documentation lists them. */
  public static final List<String> KEYS = List.of("name", "phone", "address", "web", "logo", "callUs");
  private static final long MAX_BYTES = 1 << 20;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ClinicParsing() {}

  /**
   * Parses the clinic file.
   *
   * @throws IOException if it cannot be read
   */
  public static ReadResult<ClinicDetails> parse(Path file) throws IOException {
    ArticleParsing.requireFile(file, "a clinic file", "its clinic.yaml");
    Diagnostics diagnostics = new Diagnostics(file.toString());
    Optional<TreeNode> root = tree(file, diagnostics);
    if (root.isEmpty()) {
      return ReadResult.failure(diagnostics.sorted());
    }
    TreeReading reading =
        new TreeReading(diagnostics, new Positions(), TreeReading.Mode.BOOK, (t, p) -> List.of());
    TreeNode object = root.get();
    reading.checkKeys(object, KEYS, "clinic file");
    ClinicDetails details = new ClinicDetails(
        reading.optionalText(object, "name"), reading.optionalText(object, "phone"),
        reading.optionalText(object, "address"), reading.optionalText(object, "web"),
        logo(file, object, reading), reading.optionalText(object, "callUs"));
    return diagnostics.hasErrors() ? ReadResult.failure(diagnostics.sorted())
        : ReadResult.of(details, diagnostics.sorted());
  }

  private static Optional<Path> logo(Path file, TreeNode object, TreeReading reading) {
    Optional<TreeNode> node = reading.optional(object, "logo");
    Optional<String> text = reading.optionalText(object, "logo");
    if (node.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    Path folder = Optional.ofNullable(file.getParent()).orElse(Path.of(""));
    try {
      Path logo = folder.resolve(text.get()).normalize();
      if (Files.isRegularFile(logo) && isPngOrJpeg(logo)) {
        return Optional.of(logo);
      }
      if (Files.isRegularFile(logo)) {
        reading.diagnostics().error("image-format", node.get().pos(), "the logo '" + text.get()
            + "' is not a PNG or JPEG image (" + logo + ")", "convert it to PNG or JPEG, or give the path of one");
        return Optional.empty();
      }
      reading.diagnostics().error("no-file", node.get().pos(), "the logo '" + text.get() + "' names no file ("
          + logo + ")", "give the path of a PNG or JPEG file, relative to the clinic file's folder");
    } catch (InvalidPathException e) {
      reading.diagnostics().error("bad-path", node.get().pos(), "the logo '" + text.get() + "' is not a path",
          "give the path of a PNG or JPEG file, relative to the clinic file's folder");
    }
    return Optional.empty();
  }

  /** Whether the file starts as a PNG or a JPEG does (an unreadable file is neither). */
  private static boolean isPngOrJpeg(Path file) {
    byte[] start = new byte[PNG.length];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(start, 0, start.length);
    } catch (IOException e) {
      return false;
    }
    boolean png = n == PNG.length && Arrays.equals(start, PNG);
    boolean jpeg = n >= 3 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xD8 && (start[2] & 0xFF) == 0xFF;
    return png || jpeg;
  }

  private static Optional<TreeNode> tree(Path file, Diagnostics diagnostics) throws IOException {
    if (Files.size(file) > MAX_BYTES) {
      diagnostics.error("too-large", Pos.START, "the clinic file is larger than 1 MB", "keep only its details");
      return Optional.empty();
    }
    Optional<SourceText> text = SourceText.decode(Files.readAllBytes(file), diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.get().text().isBlank()) {
      diagnostics.error("empty", Pos.START, "the clinic file is empty",
          "write the clinic's details, one a line: name: …, phone: …, address: …, web: …, logo: …, callUs: …");
      return Optional.empty();
    }
    Optional<TreeNode> root;
    try {
      root = TreeParser.yaml(text.get().text(), 0, "clinic file", diagnostics);
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.error("unreadable", Pos.START, "the clinic file could not be read: " + e, "");
      return Optional.empty();
    }
    if (root.isPresent() && root.get().kind() != TreeNode.Kind.OBJECT) {
      diagnostics.error("wrong-type", root.get().pos(), "the clinic file must be a map of key: value pairs",
          "write 'name: …', 'phone: …' and so on at the start of lines");
      return Optional.empty();
    }
    return root;
  }
}
