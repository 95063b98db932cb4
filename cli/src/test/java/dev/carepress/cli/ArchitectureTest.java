package dev.carepress.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the architecture, checked on the main classes of every module (the command's
 * test class path holds them all): no module uses another's {@code internal} package, core needs
 * nothing but the JDK, renderers know no reader, check, batch or command, nothing depends on the
 * examples or the benchmarks, and each module depends only on the modules below it. A class in a
 * package of no known module fails the test, so a new module is added here on purpose.
 */
class ArchitectureTest {
  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importLocations(carepressLocations());

  // The class path entries that hold Carepress classes (the modules' jars or class folders): much
  // faster to import than scanning every library on the class path for the package.
  private static Set<Location> carepressLocations() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Set<Location> locations = new LinkedHashSet<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (Files.isDirectory(path.resolve("dev/carepress"))) {
        locations.add(Location.of(path));
      } else if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
        try (JarFile jar = new JarFile(path.toFile())) {
          if (jar.stream().anyMatch(e -> e.getName().startsWith("dev/carepress/"))) {
            locations.add(Location.of(new JarFile(path.toFile())));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return locations;
  }

  /** The modules that must be on the test class path for the rules to mean anything. */
  static final List<String> PRESENT =
      List.of("core", "read", "check", "batch", "importer", "render-html", "render-pdf", "render-epub", "preview", "cli",
          "maven-plugin");

  /** Which modules each module may use (besides itself): the layers of the architecture. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("core", Set.of()),
      Map.entry("read", Set.of("core")),
      Map.entry("check", Set.of("core")),
      Map.entry("render-html", Set.of("core")),
      Map.entry("render-pdf", Set.of("core")),
      Map.entry("render-epub", Set.of("core", "render-html")),
      Map.entry("batch", Set.of("core", "read", "check")),
      Map.entry("importer", Set.of("core", "read")),
      Map.entry("preview", Set.of("core", "read", "check", "batch")),
      Map.entry("cli", Set.of("core", "read", "check", "batch", "importer", "preview")),
      Map.entry("maven-plugin", Set.of("core", "read", "check", "batch")));

  /**
   * The module a package belongs to, by its root package; {@code "?"} for a package of no module.
   * Core is {@code dev.carepress} itself and {@code .model}, {@code .render}, {@code .io} and
   * {@code .text}; every other module has one root package.
   */
  static String moduleOf(String pkg) {
    for (Map.Entry<String, String> root : ROOTS.entrySet()) {
      if (pkg.equals(root.getKey()) || pkg.startsWith(root.getKey() + ".")) {
        return root.getValue();
      }
    }
    if (pkg.equals("dev.carepress") || pkg.equals("dev.carepress.render") || pkg.startsWith("dev.carepress.model")
        || pkg.startsWith("dev.carepress.io") || pkg.startsWith("dev.carepress.text")) {
      return "core";
    }
    return "?";
  }

  private static final Map<String, String> ROOTS = Map.ofEntries(
      Map.entry("dev.carepress.read", "read"),
      Map.entry("dev.carepress.check", "check"),
      Map.entry("dev.carepress.batch", "batch"),
      Map.entry("dev.carepress.render.html", "render-html"),
      Map.entry("dev.carepress.render.pdf", "render-pdf"),
      Map.entry("dev.carepress.render.epub", "render-epub"),
      Map.entry("dev.carepress.cli", "cli"),
      Map.entry("dev.carepress.importer", "importer"),
      Map.entry("dev.carepress.preview", "preview"),
      Map.entry("dev.carepress.maven", "maven-plugin"),
      Map.entry("dev.carepress.examples", "examples"),
      Map.entry("dev.carepress.benchmarks", "benchmarks"));

  static boolean isCarepress(String pkg) {
    return pkg.equals("dev.carepress") || pkg.startsWith("dev.carepress.");
  }

  static boolean isInternal(String pkg) {
    return ("." + pkg + ".").contains(".internal.");
  }

  @Test
  void everyModuleIsOnTheClassPathAndEveryPackageBelongsToOne() {
    Map<String, Set<String>> packages = new TreeMap<>();
    for (JavaClass c : CLASSES) {
      packages.computeIfAbsent(moduleOf(c.getPackageName()), m -> new TreeSet<>()).add(c.getPackageName());
    }
    assertThat(packages).as("packages by module").containsKeys(PRESENT.toArray(String[]::new)).doesNotContainKey("?");
  }

  @Test
  void noModuleUsesAnotherModulesInternalPackage() {
    classes().should(dependOnlyWhere("not use another module's internal package", true,
            (from, to) -> !isInternal(to) || moduleOf(from).equals(moduleOf(to))))
        .check(CLASSES);
  }

  @Test
  void eachModuleUsesOnlyTheModulesBelowIt() {
    classes().should(dependOnlyWhere("use only the modules below their own", true,
            (from, to) -> moduleOf(from).equals(moduleOf(to))
                || ALLOWED.getOrDefault(moduleOf(from), Set.of()).contains(moduleOf(to))))
        .check(CLASSES);
  }

  @Test
  void renderersUseNoReaderCheckBatchOrCommand() {
    noClasses().that().resideInAnyPackage("dev.carepress.render.html..", "dev.carepress.render.pdf..",
            "dev.carepress.render.epub..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.carepress.read..", "dev.carepress.check..",
            "dev.carepress.batch..", "dev.carepress.cli..", "dev.carepress.importer..", "com.vladsch..",
            "tools.jackson..", "org.snakeyaml..")
        .check(CLASSES);
  }

  @Test
  void coreUsesNothingButTheJdk() {
    classes().that(inModule("core"))
        .should(dependOnlyWhere("use nothing but the JDK and core", false,
            (from, to) -> to.startsWith("java.") || to.startsWith("javax.") || moduleOf(to).equals("core")))
        .check(CLASSES);
  }

  @Test
  void nothingDependsOnTheExamplesOrTheBenchmarks() {
    noClasses().that().resideOutsideOfPackages("dev.carepress.examples..", "dev.carepress.benchmarks..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.carepress.examples..", "dev.carepress.benchmarks..")
        .check(CLASSES);
  }

  @Test
  void onlyTheReadersInsidesUseFlexmarkJacksonAndSnakeYaml() {
    noClasses().that().resideOutsideOfPackages("dev.carepress.read.internal..", "dev.carepress.importer.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("com.vladsch..", "tools.jackson..", "org.snakeyaml..")
        .check(CLASSES);
  }

  @Test
  void noLibraryPrintsToTheConsole() {
    noClasses().that().resideOutsideOfPackages("dev.carepress.cli..", "dev.carepress.examples..",
            "dev.carepress.benchmarks..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(CLASSES);
  }

  @Test
  void noEngineTypeAppearsInAPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass javaClass : CLASSES) {
      Class<?> type = javaClass.reflect();
      if (!Modifier.isPublic(type.getModifiers()) || isInternal(type.getPackageName())) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())) {
          leak(type, method.getName(), method.getGenericReturnType(), leaks);
          for (Type parameter : method.getGenericParameterTypes()) {
            leak(type, method.getName(), parameter, leaks);
          }
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers())) {
          for (Type parameter : constructor.getGenericParameterTypes()) {
            leak(type, "<init>", parameter, leaks);
          }
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isPublic(field.getModifiers())) {
          leak(type, field.getName(), field.getGenericType(), leaks);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void leak(Class<?> owner, String member, Type type, List<String> leaks) {
    String name = type.getTypeName();
    for (String engine : List.of("com.vladsch.", "tools.jackson.", "org.snakeyaml.", "org.apache.pdfbox.",
        "org.apache.fontbox.", "picocli.")) {
      if (name.contains(engine)) {
        leaks.add(owner.getName() + "." + member + ": " + name);
      }
    }
  }

  private static DescribedPredicate<JavaClass> inModule(String module) {
    return DescribedPredicate.describe("are in module " + module, c -> moduleOf(c.getPackageName()).equals(module));
  }

  /**
   * A condition on every dependency of a class on another class: {@code allowed} is given the two
   * packages. With {@code carepressOnly}, dependencies on the JDK and libraries are not looked at.
   */
  private static ArchCondition<JavaClass> dependOnlyWhere(String description, boolean carepressOnly,
      BiPredicate<String, String> allowed) {
    return new ArchCondition<>(description) {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          if (target.isPrimitive()) {
            continue;
          }
          String from = origin.getPackageName();
          String to = target.getPackageName();
          boolean carepress = isCarepress(to);
          if ((carepress || !carepressOnly) && !allowed.test(from, to)) {
            events.add(SimpleConditionEvent.violated(dependency,
                "[" + moduleOf(from) + " -> " + (carepress ? moduleOf(to) : to) + "] " + dependency.getDescription()));
          }
        }
      }
    };
  }
}
