package dev.carepress.render;

import java.util.List;

/**
 * A format's entry point, found through {@link java.util.ServiceLoader}: a renderer module lists
 * its provider in {@code META-INF/services/dev.carepress.render.RendererProvider} (and in its
 * {@code module-info} as {@code provides}).
 *
 * <p>A provider must have a public no-argument constructor, be cheap to create (do heavy set-up
 * in {@link #create}) and be thread-safe.
 */
public interface RendererProvider {

  /** What the format is called and what its files are: the same value its renderers give. */
  Format format();

  /** The settings {@link #create} accepts, as declared. */
  List<Option<?>> options();

  /**
   * Makes a renderer with these settings; unset keys take their defaults.
   *
   * @throws SettingsException for an unknown key or a value that cannot be used
   */
  Renderer create(Settings settings);
}
