package dev.carepress.render.html.internal;

import dev.carepress.render.Option;
import dev.carepress.render.SettingsException;
import dev.carepress.text.UrlPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the HTML renderer's text settings must be, in one place for the typed builder and the
 * text form. Each rule returns the value to keep or throws an {@link IllegalArgumentException}
 * saying what is wrong (the caller puts the setting's name before it).
 */
public final class SettingRules {
  private SettingRules() {}

  /** The value a rule gives, or its {@link IllegalArgumentException} with the option's key put first. */
  public static <T> T named(Option<?> option, Supplier<T> rule) {
    try {
      return rule.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option.key() + " " + e.getMessage(), e);
    }
  }

  /** An absolute http(s) URL, kept with a final {@code /}. */
  public static String baseUrl(String url) {
    String scheme = UrlPolicy.scheme(url).orElse("");
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("must be an absolute http or https URL, not '" + url + "'");
    }
    String stripped = url.strip();
    return stripped.endsWith("/") ? stripped : stripped + "/";
  }

  /** The text form of the base URL: empty for none. */
  public static String baseUrlText(String text) {
    return text.isBlank() ? "" : baseUrl(text);
  }

  /** A stylesheet link: relative, http or https. */
  public static String stylesheetLink(String href) {
    if (!UrlPolicy.isSafeImage(href)) {
      throw new IllegalArgumentException("must be relative, http or https, not '" + href + "'");
    }
    return href;
  }

  /** The text form of the stylesheet links: separated by spaces (a space in a URL is written %20). */
  public static List<String> stylesheetLinks(String text) {
    List<String> links = new ArrayList<>();
    for (String href : text.strip().split("\\s+")) {
      if (!href.isEmpty()) {
        links.add(stylesheetLink(href));
      }
    }
    return List.copyOf(links);
  }

  /** A plain file name ending in {@code .css}. */
  public static String stylesheetName(String name) {
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*\\.css")) {
      throw new IllegalArgumentException("must be a plain file name ending in .css, not '" + name + "'");
    }
    return name;
  }

  /** CSS that cannot end the {@code <style>} element it is embedded in. */
  public static String css(String css) {
    if (css.contains("</") || css.contains("<!--")) {
      throw new IllegalArgumentException("must not contain '</' or '<!--'");
    }
    return css;
  }

  /**
   * The text of a CSS file named by a setting.
   *
   * @throws SettingsException naming the setting and the file when it cannot be read or used
   */
  public static String cssFile(String key, String file) {
    String css;
    try {
      css = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | InvalidPathException e) {
      throw new SettingsException(
          "setting '" + key + "': cannot read the file '" + file + "' (" + e.getMessage() + ")");
    }
    try {
      return css(css);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("setting '" + key + "' cannot be '" + file + "': the stylesheet " + e.getMessage());
    }
  }
}
