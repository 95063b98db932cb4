package dev.carepress.batch;

import dev.carepress.CarepressException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A batch cannot write to its output folder at all (it is a file, or cannot be created or written),
 * so it wrote nothing. Problems of single files are reported in the result instead.
 */
public final class OutputFolderException extends CarepressException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param folder the output folder
   * @param reason what went wrong, in words, without the folder's name ("permission denied")
   * @param cause the exception behind it
   */
  public OutputFolderException(Path folder, String reason, Throwable cause) {
    super("cannot write to the output folder " + folder + ": " + reason, cause);
    this.folder = Objects.requireNonNull(folder, "folder");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The output folder. */
  public Path folder() {
    return folder;
  }

  /** What went wrong, in words, without the folder's name. */
  public String reason() {
    return reason;
  }
}
