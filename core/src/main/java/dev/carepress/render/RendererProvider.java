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

  /** The format's name, lower case, e.g. {@code pdf}; unique among the providers in use. */
  String formatId();

  /** The file extension of its output, without the dot. */
  String fileExtension();

  /** The media type of its output. */
  String mediaType();

  /** One line on what the format is for, shown by {@code carepress formats}. */
  String description();

  /** The string settings {@link #create} accepts. */
  List<OptionInfo> options();

  /**
   * Makes a renderer with these settings; unset keys take their defaults.
   *
   * @throws SettingsException for an unknown key or a value that cannot be used
   */
  Renderer create(Settings settings);
}
