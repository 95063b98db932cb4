package dev.carepress.model;

import java.util.Optional;

/**
 * An author or medical reviewer.
 *
 * @param name the person's name
 * @param credentials qualifications shown after the name, e.g. {@code MD, MPH}
 * @param url a page about the person
 */
public record Person(String name, Optional<String> credentials, Optional<String> url) {
  /** Validates the components. */
  public Person {
    Values.text(name, "name");
    Values.present(credentials, "credentials");
    Values.present(url, "url");
  }

  /** A person known by name only. */
  public static Person of(String name) {
    return new Person(name, Optional.empty(), Optional.empty());
  }

  /** A person with credentials. */
  public static Person of(String name, String credentials) {
    return new Person(name, Optional.of(credentials), Optional.empty());
  }

  /** The name followed by the credentials, e.g. {@code Dana Okafor, MD}. */
  public String displayName() {
    return credentials.map(c -> name + ", " + c).orElse(name);
  }
}
