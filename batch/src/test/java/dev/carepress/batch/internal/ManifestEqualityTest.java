package dev.carepress.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleFacts} and {@link Manifest.Entry} write out their equals and hashCode (a record's own
 * are slow on their first call); these tests change one component at a time, found by reflection,
 * so that a component added to either record and left out of its equals fails here.
 */
class ManifestEqualityTest {

  @Test
  void articleFactsDifferingInAnyOneComponentAreNotEqual() throws Exception {
    assertEachComponentCounts(ArticleFacts.class);
  }

  @Test
  void manifestEntriesDifferingInAnyOneComponentAreNotEqual() throws Exception {
    assertEachComponentCounts(Manifest.Entry.class);
  }

  @Test
  void manifestsWithEqualEntriesAreTheSame() {
    ArticleFacts facts = new ArticleFacts("s", "en", Optional.of("c"), "T", Optional.empty(), Optional.of("a.png"),
        List.of("b.png"));
    ArticleFacts copy = new ArticleFacts("s", "en", Optional.of("c"), "T", Optional.empty(), Optional.of("a.png"),
        List.of("b.png"));
    Manifest one = new Manifest("run", java.util.Map.of("a.md", new Manifest.Entry("f", List.of("s.pdf"),
        Optional.of(facts))));
    Manifest two = new Manifest("run", java.util.Map.of("a.md", new Manifest.Entry("f", List.of("s.pdf"),
        Optional.of(copy))));
    assertThat(one.sameAs(two)).isTrue();
    assertThat(one.sameAs(new Manifest("run", java.util.Map.of("a.md", new Manifest.Entry("f", List.of("s.pdf"),
        Optional.empty()))))).isFalse();
  }

  private static void assertEachComponentCounts(Class<? extends Record> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Constructor<?> canonical = type.getDeclaredConstructor(
        java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    Object[] base = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      base[i] = value(components[i].getGenericType(), 0);
    }
    Object original = canonical.newInstance(base);
    Object copy = canonical.newInstance(base.clone());
    assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original);
    for (int i = 0; i < components.length; i++) {
      Object[] changed = base.clone();
      changed[i] = value(components[i].getGenericType(), 1);
      assertThat(canonical.newInstance(changed)).as(components[i].getName()).isNotEqualTo(original);
    }
  }

  // Two different values (variant 0 and 1) of a component's type.
  private static Object value(Type type, int variant) {
    if (type == String.class) {
      return variant == 0 ? "a" : "b";
    }
    if (type == ArticleFacts.class) {
      return new ArticleFacts((String) value(String.class, variant), "en", Optional.empty(), "T", Optional.empty(),
          Optional.empty(), List.of());
    }
    ParameterizedType generic = (ParameterizedType) type;
    Type element = generic.getActualTypeArguments()[0];
    if (generic.getRawType() == List.class) {
      return List.of(value(element, variant));
    }
    if (generic.getRawType() == Optional.class) {
      return variant == 0 ? Optional.of(value(element, 0)) : Optional.empty();
    }
    throw new IllegalArgumentException("no test values for " + type);
  }
}
