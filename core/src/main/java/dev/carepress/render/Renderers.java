package dev.carepress.render;

import dev.carepress.CarepressException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * The renderers available: those found on the classpath (or module path) through {@link
 * ServiceLoader}, and those registered by hand.
 *
 * <pre>{@code
 * Renderers renderers = Renderers.discover();
 * Renderer pdf = renderers.require("pdf");
 * Renderers only = Renderers.builder().discover(false).add(new MyFormatProvider()).build();
 * }</pre>
 *
 * <p>Two providers with the same format id fail at once; asking for an unknown id fails with the
 * list of those available. A {@code Renderers} is immutable and thread-safe.
 */
public final class Renderers {
  private final Map<String, RendererProvider> providers;

  private Renderers(Map<String, RendererProvider> providers) {
    this.providers = Collections.unmodifiableMap(providers);
  }

  /** The renderers found by {@link ServiceLoader} with this class's class loader. */
  public static Renderers discover() {
    return builder().build();
  }

  /** A builder: discovery on by default, plus any providers added. */
  public static Builder builder() {
    return new Builder();
  }

  /** The providers, sorted by format id. */
  public List<RendererProvider> providers() {
    return List.copyOf(providers.values());
  }

  /** The format ids, sorted. */
  public Set<String> formatIds() {
    return providers.keySet();
  }

  /** The provider of the format, if there is one. */
  public Optional<RendererProvider> provider(String formatId) {
    return Optional.ofNullable(providers.get(formatId));
  }

  /**
   * The provider of the format.
   *
   * @throws UnknownFormatException listing the formats available
   */
  public RendererProvider requireProvider(String formatId) {
    Objects.requireNonNull(formatId, "formatId must not be null: give a format id such as \"pdf\" (formatIds() lists them)");
    RendererProvider provider = providers.get(formatId);
    if (provider == null) {
      throw new UnknownFormatException(formatId, providers.keySet());
    }
    return provider;
  }

  /** A renderer of the format with its default settings. */
  public Renderer require(String formatId) {
    return require(formatId, Settings.empty());
  }

  /**
   * A renderer of the format with these settings.
   *
   * @throws UnknownFormatException listing the formats available
   * @throws SettingsException for an unknown key or unusable value
   */
  public Renderer require(String formatId, Settings settings) {
    return requireProvider(formatId).create(settings);
  }

  /** Builds a {@link Renderers}. */
  public static final class Builder {
    private boolean discover = true;
    private ClassLoader classLoader = Renderers.class.getClassLoader();
    private final List<RendererProvider> added = new ArrayList<>();

    private Builder() {}

    /** Whether to find providers through {@link ServiceLoader}; default {@code true}. */
    public Builder discover(boolean discover) {
      this.discover = discover;
      return this;
    }

    /** The class loader discovery uses; default the one that loaded Carepress. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /** Registers a provider besides those discovered. */
    public Builder add(RendererProvider provider) {
      added.add(provider);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @throws CarepressException if two providers claim the same format id
     */
    public Renderers build() {
      List<RendererProvider> all = new ArrayList<>();
      if (discover) {
        ServiceLoader.load(RendererProvider.class, classLoader).forEach(all::add);
      }
      all.addAll(added);
      Map<String, RendererProvider> byId = new TreeMap<>();
      for (RendererProvider provider : all) {
        RendererProvider before = byId.putIfAbsent(provider.format().id(), provider);
        if (before != null) {
          throw new CarepressException(
              "two renderers claim the format '" + provider.format().id() + "': " + before.getClass().getName()
                  + " and " + provider.getClass().getName() + "; remove one from the classpath or build the"
                  + " registry by hand with Renderers.builder().discover(false)");
        }
      }
      return new Renderers(byId);
    }
  }
}
