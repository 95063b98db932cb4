package dev.carepress.cli.internal;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version from the jar's manifest, and the Java running it. */
public final class Version implements IVersionProvider {

  /** Made by picocli. */
  public Version() {}

  /** The version in the jar's manifest, or {@code development build} when run from classes. */
  public static String number() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "carepress " + number(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
