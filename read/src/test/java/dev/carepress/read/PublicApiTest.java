package dev.carepress.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readers' API: made one way, and free of the engines' types. */
class PublicApiTest {
  static final List<Class<?>> API =
      List.of(
          ArticleReader.class, ArticleReaders.class, ArticleReaders.Builder.class, MarkdownArticleReader.class,
          MarkdownArticleReader.Builder.class, JsonArticleReader.class, JsonArticleReader.Builder.class,
          JsonArticleWriter.class, JsonArticleWriter.Builder.class, BookReader.class, BookReader.Builder.class,
          ArticleValidator.class, ReadResult.class, ClinicReader.class, ClinicDetails.class);

  @Test
  void everyReaderAndWriterIsMadeWithBuilderOrCreate() throws Exception {
    for (Class<?> type : List.of(MarkdownArticleReader.class, JsonArticleReader.class, JsonArticleWriter.class,
        BookReader.class, ArticleReaders.class)) {
      Method create = type.getMethod("create");
      Method builder = type.getMethod("builder");
      assertThat(Modifier.isStatic(create.getModifiers()) && Modifier.isStatic(builder.getModifiers()))
          .as(type.getSimpleName()).isTrue();
      Method build = builder.getReturnType().getMethod("build");
      assertThat(build.getReturnType()).as(type.getSimpleName() + ".builder().build()")
          .isEqualTo(create.getReturnType());
      assertThat(type.getConstructors()).as(type.getSimpleName() + " has no public constructor").isEmpty();
    }
  }

  @Test
  void noJacksonFlexmarkOrSnakeYamlTypeAppearsInThePublicApi() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : API) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())) {
          check(type, method.getName(), method.getGenericReturnType(), leaks);
          for (Type parameter : method.getGenericParameterTypes()) {
            check(type, method.getName(), parameter, leaks);
          }
          for (Type thrown : method.getGenericExceptionTypes()) {
            check(type, method.getName(), thrown, leaks);
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

  @Test
  void theChecksAboveCoverEveryPublicTypeOfThePackage() throws Exception {
    List<Class<?>> found = new ArrayList<>();
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target/classes/dev/carepress/read"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString().replace(".class", "").replace('$', '.');
        if (name.equals("package-info")) {
          continue;
        }
        Class<?> type = Class.forName("dev.carepress.read." + name.replace('.', '$'));
        if (Modifier.isPublic(type.getModifiers())) {
          found.add(type);
        }
      }
    }
    assertThat(found).as("a new public type belongs in API above").containsExactlyInAnyOrderElementsOf(API);
  }

  private static void check(Class<?> owner, String member, Type type, List<String> leaks) {
    String name = type.getTypeName();
    if (name.contains("com.vladsch") || name.contains("tools.jackson") || name.contains("org.snakeyaml")
        || name.contains(".internal.")) {
      leaks.add(owner.getName() + "." + member + ": " + name);
    }
  }
}
