package dev.carepress.read.internal.codec;

import dev.carepress.model.Article;
import dev.carepress.text.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every codec, one per model type with a JSON form, and the canonical JSON of an article. The
 * reader of JSON and front matter and the writer of JSON go through these codecs, so each key is
 * stated once; a test compares them with the model's records and with {@code article.schema.json}.
 */
public final class Codecs {
  /** Every codec. */
  public static final List<Codec<?>> ALL = all();

  private static final Map<Class<?>, Codec<?>> BY_TYPE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Codec::type, Function.identity()));

  private Codecs() {}

  private static List<Codec<?>> all() {
    List<Codec<?>> all = new ArrayList<>();
    all.add(ArticleCodec.ARTICLE);
    all.add(MetadataCodec.METADATA);
    all.add(PartCodecs.CRUMB);
    all.add(PartCodecs.PERSON);
    all.add(PartCodecs.SUBJECT);
    all.add(PartCodecs.IMAGE);
    all.add(ContentCodecs.KEY_POINT);
    all.add(ContentCodecs.GLOSSARY_ENTRY);
    all.add(ContentCodecs.REFERENCE);
    all.add(ContentCodecs.RELATED);
    all.add(BodyCodecs.SECTION);
    all.add(BodyCodecs.FOOTNOTE);
    all.addAll(BlockCodecs.ALL);
    all.add(BlockCodecs.LIST_ITEM);
    all.add(TableCodecs.ROW);
    all.add(TableCodecs.CELL);
    all.addAll(InlineCodecs.ALL);
    return List.copyOf(all);
  }

  /** The codec of the model type, if it has a JSON form. */
  public static Optional<Codec<?>> forType(Class<?> type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** The article as canonical JSON with the given escaping, with a final newline. */
  public static String json(Article article, JsonWriter.Escaping escaping) {
    JsonWriter out = JsonWriter.create(escaping);
    ArticleCodec.ARTICLE.write(article, out);
    return out.finish() + "\n";
  }
}
