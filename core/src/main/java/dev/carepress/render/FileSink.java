package dev.carepress.render;

import dev.carepress.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where a multi-file output goes (see {@link Renderer#renderSite}): each file is opened by its
 * relative path, written and closed.
 */
@FunctionalInterface
public interface FileSink {

  /**
   * Opens the file at the relative path ({@code /}-separated, no {@code ..}) for writing; the
   * caller closes the stream.
   */
  OutputStream open(String relativePath) throws IOException;

  /**
   * Whether the file at the relative path is wanted: a renderer may leave out the work of a file
   * that is not (an incremental run that keeps most pages of a site as they are); one it writes
   * anyway is discarded or kept as the sink decides. Default: every file is wanted.
   */
  default boolean wants(String relativePath) {
    return true;
  }

  /**
   * A sink writing into a folder. Each file is written atomically when its stream is closed, so a
   * failed render leaves no partial file.
   */
  static FileSink directory(Path dir) {
    return relativePath -> {
      if (relativePath.startsWith("/") || relativePath.contains("\\")
          || ("/" + relativePath + "/").contains("/../")) {
        throw new IllegalArgumentException("not a safe relative path: " + relativePath);
      }
      Path target = dir.resolve(relativePath);
      return new ByteArrayOutputStream() {
        private boolean closed;

        @Override
        public void close() throws IOException {
          if (!closed) {
            closed = true;
            AtomicFiles.write(target, out -> writeTo(out));
          }
        }
      };
    };
  }
}
