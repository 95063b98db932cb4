/**
 * The live preview for writers: {@link dev.carepress.preview.PreviewServer} serves a folder's
 * articles as a web site on this computer, rebuilds what changed when a file is saved and makes open
 * pages reload themselves once the new version is ready.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.builder().folder(Path.of("articles")).build().start()) {
 *   System.out.println("Open " + server.url());
 *   server.awaitClosed();
 * }
 * }</pre>
 */
package dev.carepress.preview;
