/**
 * The renderer SPI: how a format plugs into Carepress.
 *
 * <pre>{@code
 * Renderer pdf = Renderers.discover().require("pdf");
 * try (OutputStream out = Files.newOutputStream(Path.of("asthma.pdf"))) {
 *   pdf.render(article, out);
 * }
 * }</pre>
 *
 * <p>A format is a {@link dev.carepress.render.RendererProvider} found through
 * {@link java.util.ServiceLoader} (or registered by hand with {@link
 * dev.carepress.render.Renderers#builder()}), which makes {@link dev.carepress.render.Renderer}s
 * from string {@link dev.carepress.render.Settings}; each renderer module also offers typed
 * options for direct use. Shared helpers every renderer needs live here too: the
 * {@link dev.carepress.text.UrlPolicy} that keeps unsafe links inert, the localized
 * {@link dev.carepress.render.Labels}, and {@link dev.carepress.render.ResourceResolver} for images.
 * This package depends on no format library.
 */
package dev.carepress.render;
