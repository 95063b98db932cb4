package dev.carepress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md, checked on core's main classes. */
class ArchitectureTest {
  static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPath(java.nio.file.Path.of("target/classes"));

  static final String[] ENGINES = {"com.vladsch..", "tools.jackson..", "org.snakeyaml.."};

  @Test
  void coreKnowsNoRenderer() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "dev.carepress.render.html..", "dev.carepress.render.pdf..", "dev.carepress.render.epub..",
            "dev.carepress.cli..", "org.apache.pdfbox..")
        .check(CORE);
  }

  @Test
  void nothingInCorePrintsToTheConsole() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().callMethod(Throwable.class, "printStackTrace")
        .check(CORE);
  }

  @Test
  void onlyTheReadersInternalsUseFlexmarkJacksonAndSnakeYaml() {
    noClasses().that().resideOutsideOfPackage("dev.carepress.read.internal..")
        .should().dependOnClassesThat().resideInAnyPackage(ENGINES)
        .check(CORE);
  }

  @Test
  void theModelAndTheSpiDoNotDependOnTheReaders() {
    noClasses().that().resideInAnyPackage("dev.carepress.model..", "dev.carepress.render..")
        .should().dependOnClassesThat().resideInAPackage("dev.carepress.read..")
        .check(CORE);
  }

  @Test
  void noEngineTypeAppearsInAPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (var javaClass : CORE) {
      Class<?> type = javaClass.reflect();
      if (!Modifier.isPublic(type.getModifiers()) || type.getPackageName().contains(".internal")) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())) {
          check(type, method.getName(), method.getGenericReturnType(), leaks);
          for (Type parameter : method.getGenericParameterTypes()) {
            check(type, method.getName(), parameter, leaks);
          }
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers())) {
          for (Type parameter : constructor.getGenericParameterTypes()) {
            check(type, "<init>", parameter, leaks);
          }
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isPublic(field.getModifiers())) {
          check(type, field.getName(), field.getGenericType(), leaks);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void check(Class<?> owner, String member, Type type, List<String> leaks) {
    String name = type.getTypeName();
    if (name.contains("com.vladsch") || name.contains("tools.jackson") || name.contains("org.snakeyaml")) {
      leaks.add(owner.getName() + "." + member + ": " + name);
    }
  }
}
