package dev.carepress.read.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carepress.model.Article;
import dev.carepress.model.Block;
import dev.carepress.model.Inline;
import dev.carepress.read.internal.source.Diagnostics;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON format is stated once, by the codecs, and nothing of the model is missing from it: every
 * record of the model package (found by reflection, not listed here) has a codec that maps each of
 * its components, every key a codec writes is described in {@code article.schema.json}, and the
 * schema describes nothing no codec writes. A block or inline type added to the model without a
 * codec or a schema entry fails here.
 */
class CodecCoverageTest {
  /** Records of the model with no JSON form, and why. */
  private static final Map<Class<?>, String> NO_JSON_FORM =
      Map.of(
          dev.carepress.model.Book.class, "a book is read from book.yaml, never written as JSON",
          dev.carepress.model.BookMetadata.class, "the keys of book.yaml (BookMetadataReading), not of an article");

  private static final TreeNode SCHEMA = schema();

  @Test
  void everyRecordOfTheModelHasACodecOrIsKnownToHaveNoJsonForm() throws IOException {
    Set<Class<?>> records = modelRecords();
    assertThat(records).as("records found in dev.carepress.model").contains(Article.class).hasSizeGreaterThan(20);
    records.addAll(reachableFrom(Article.class));
    List<String> missing = new ArrayList<>();
    for (Class<?> type : records) {
      if (Codecs.forType(type).isEmpty() && !NO_JSON_FORM.containsKey(type)) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("records without a codec (add one in internal.codec and to Codecs.ALL)").isEmpty();
    assertThat(records).as("the records said to have no JSON form exist").containsAll(NO_JSON_FORM.keySet());
    assertThat(NO_JSON_FORM.keySet()).allMatch(t -> Codecs.forType(t).isEmpty());
  }

  @Test
  void everyComponentOfEveryRecordIsMappedByItsCodecOnce() {
    for (Codec<?> codec : Codecs.ALL) {
      List<String> components =
          Arrays.stream(codec.type().getRecordComponents()).map(RecordComponent::getName).toList();
      List<String> mapped = codec.properties().stream().map(Property::component).toList();
      assertThat(mapped).as(codec.type().getSimpleName() + ": one property per record component")
          .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(components);
    }
  }

  @Test
  void everyKeyACodecWritesIsInTheSchemaAndTheSchemaHasNoOtherKey() {
    Map<String, Set<String>> keysBySchemaEntry = new LinkedHashMap<>();
    for (Codec<?> codec : Codecs.ALL) {
      TreeNode entry = schemaEntry(codec);
      Set<String> schemaKeys = properties(entry).keySet();
      for (Property property : codec.properties()) {
        String where = codec.type().getSimpleName() + "." + property.component();
        switch (property.form()) {
          case KEY:
            assertThat(schemaKeys).as(where + " is written as \"" + property.key() + "\"").contains(property.key());
            break;
          case ELEMENTS:
            assertThat(text(entry, "type")).as(where + " is written as a JSON array").isEqualTo("array");
            break;
          case ENTRY_NAME:
          case ENTRY_VALUE:
            assertThat(entry.entries()).as(where + " is a name: value pair of an object").containsKey("additionalProperties");
            break;
          case FLATTENED:
            Class<?> flattened = componentType(codec.type(), property.component());
            assertThat(Codecs.forType(flattened)).as(where + " has a codec").isPresent();
            assertThat(Codecs.forType(flattened).get().schema()).as(where + " is written into the same object")
                .isEqualTo(codec.schema());
            break;
          default:
            break;
        }
      }
      String key = codec instanceof TypedCodec ? codec.schema() + "#" + ((TypedCodec<?>) codec).typeName() : codec.schema();
      keysBySchemaEntry.computeIfAbsent(key, k -> new TreeSet<>(properties(entry).keySet()));
      keysBySchemaEntry.computeIfAbsent(key + " written", k -> new TreeSet<>()).addAll(codec.keys());
    }
    for (Map.Entry<String, Set<String>> entry : keysBySchemaEntry.entrySet()) {
      if (!entry.getKey().endsWith(" written")) {
        assertThat(keysBySchemaEntry.get(entry.getKey() + " written")).as("the keys written for " + entry.getKey())
            .containsExactlyInAnyOrderElementsOf(entry.getValue());
      }
    }
  }

  @Test
  void everyKindOfBlockAndInlineHasOneCodecAndOneSchemaAlternative() {
    assertKinds(Block.class, BlockCodecs.ALL, "/$defs/block");
    assertKinds(Inline.class, InlineCodecs.ALL, "/$defs/inline");
  }

  @Test
  void enumValuesInTheSchemaAreTheModelsIds() throws Exception {
    for (Codec<?> codec : Codecs.ALL) {
      Map<String, TreeNode> schemaProperties = properties(schemaEntry(codec));
      for (Property property : codec.properties()) {
        if (property.form() != Property.Form.KEY) {
          continue;
        }
        Class<?> type = elementType(codec.type(), property.component());
        if (!type.isEnum()) {
          continue;
        }
        List<String> ids = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
          ids.add((String) type.getMethod("id").invoke(constant));
        }
        TreeNode described = schemaProperties.get(property.key());
        TreeNode values = described.entries().containsKey("enum") ? described
            : described.entries().get("items").value();
        assertThat(values.entries().get("enum").value().elements()).extracting(TreeNode::text)
            .as(codec.type().getSimpleName() + "." + property.component()).containsExactlyElementsOf(ids);
      }
    }
  }

  private static void assertKinds(Class<?> sealed, List<? extends TypedCodec<?>> codecs, String pointer) {
    List<Class<?>> types = codecs.stream().<Class<?>>map(Codec::type).toList();
    assertThat(types).as(sealed.getSimpleName() + " kinds, in order")
        .containsExactlyElementsOf(Arrays.asList(sealed.getPermittedSubclasses()));
    List<String> alternatives = resolve(pointer).entries().get("oneOf").value().elements().stream()
        .map(a -> text(properties(a).get("type"), "const")).toList();
    assertThat(alternatives).as(pointer + " in the schema")
        .containsExactlyInAnyOrderElementsOf(codecs.stream().map(TypedCodec::typeName).toList());
  }

  // ---------------------------------------------------------------- the model, by reflection

  /** Every record class in the model's package, read from its class files (a folder or a jar). */
  private static Set<Class<?>> modelRecords() throws IOException {
    Path location;
    try {
      location = Path.of(Article.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Set<Class<?>> records = new LinkedHashSet<>();
    if (Files.isDirectory(location)) {
      addRecords(location.resolve("dev/carepress/model"), records);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of())) {
        addRecords(jar.getPath("/dev/carepress/model"), records);
      }
    }
    return records;
  }

  private static void addRecords(Path folder, Set<Class<?>> records) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.equals("package-info.class")) {
          try {
            Class<?> type = Class.forName("dev.carepress.model." + name.substring(0, name.length() - 6));
            if (type.isRecord()) {
              records.add(type);
            }
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
  }

  /** The records an article is made of: through record components and sealed interfaces' permitted classes. */
  private static Set<Class<?>> reachableFrom(Class<?> root) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!type.getPackageName().equals("dev.carepress.model") || !seen.add(type)) {
        continue;
      }
      if (type.isSealed()) {
        todo.addAll(Arrays.asList(type.getPermittedSubclasses()));
      }
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          addTypes(component.getGenericType(), todo);
        }
      }
    }
    seen.removeIf(t -> !t.isRecord());
    return seen;
  }

  private static void addTypes(Type type, Deque<Class<?>> todo) {
    if (type instanceof Class) {
      todo.add((Class<?>) type);
    } else if (type instanceof ParameterizedType) {
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        addTypes(argument, todo);
      }
    }
  }

  private static Class<?> componentType(Class<?> record, String component) {
    return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
        .orElseThrow().getType();
  }

  /** The component's type, or the type of its elements for a list or optional. */
  private static Class<?> elementType(Class<?> record, String component) {
    Type type = Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
        .orElseThrow().getGenericType();
    if (type instanceof ParameterizedType) {
      type = ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    return type instanceof Class ? (Class<?>) type : Object.class;
  }

  // ---------------------------------------------------------------- the schema

  private static TreeNode schema() {
    try (InputStream in = CodecCoverageTest.class.getResourceAsStream("/dev/carepress/read/article.schema.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Diagnostics diagnostics = new Diagnostics("article.schema.json");
      TreeNode root = TreeParser.json(text, diagnostics).orElseThrow();
      assertThat(diagnostics.sorted()).isEmpty();
      return root;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The schema's description of the codec's type: its pointer, and for a block or inline kind the alternative of that type. */
  private static TreeNode schemaEntry(Codec<?> codec) {
    TreeNode entry = resolve(codec.schema());
    if (!(codec instanceof TypedCodec)) {
      return entry;
    }
    String typeName = ((TypedCodec<?>) codec).typeName();
    return entry.entries().get("oneOf").value().elements().stream()
        .filter(a -> typeName.equals(text(properties(a).get("type"), "const")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no alternative with \"type\": \"" + typeName + "\" in " + codec.schema()));
  }

  /** The value at a JSON pointer of the schema, following a {@code $ref} there. */
  private static TreeNode resolve(String pointer) {
    TreeNode node = SCHEMA;
    for (String part : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      TreeNode.Entry entry = node.entries().get(part);
      assertThat(entry).as("the schema has " + pointer).isNotNull();
      node = entry.value();
    }
    if (node.entries().containsKey("$ref")) {
      return resolve(node.entries().get("$ref").value().text().substring(1));
    }
    return node;
  }

  /** The properties an object schema describes, also those of an {@code allOf}. */
  private static Map<String, TreeNode> properties(TreeNode schema) {
    Map<String, TreeNode> properties = new LinkedHashMap<>();
    TreeNode.Entry own = schema.entries().get("properties");
    if (own != null) {
      own.value().entries().forEach((k, v) -> properties.put(k, v.value()));
    }
    TreeNode.Entry allOf = schema.entries().get("allOf");
    if (allOf != null) {
      allOf.value().elements().forEach(part -> properties.putAll(properties(part)));
    }
    return properties;
  }

  private static String text(TreeNode object, String key) {
    TreeNode.Entry entry = object == null ? null : object.entries().get(key);
    return entry == null ? null : entry.value().text();
  }
}
