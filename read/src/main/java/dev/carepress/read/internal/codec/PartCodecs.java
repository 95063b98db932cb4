package dev.carepress.read.internal.codec;

import dev.carepress.model.Crumb;
import dev.carepress.model.Image;
import dev.carepress.model.Person;
import dev.carepress.model.Subject;
import dev.carepress.read.internal.tree.TreeNode;
import dev.carepress.read.internal.tree.TreeReading;
import dev.carepress.text.JsonWriter;
import java.util.List;
import java.util.Optional;

/**
 * The codecs of the small values metadata is made of: a person, a breadcrumb step, a subject and an
 * image. Each may also be written as a single text (a name, a label, a path), as in front matter.
 */
public final class PartCodecs {
  public static final PersonCodec PERSON = new PersonCodec();
  public static final CrumbCodec CRUMB = new CrumbCodec();
  public static final SubjectCodec SUBJECT = new SubjectCodec();
  public static final ImageCodec IMAGE = new ImageCodec();

  private PartCodecs() {}

  /** A person: {@code {name, credentials, url}}, or a name. */
  public static final class PersonCodec extends Codec<Person> {
    private PersonCodec() {
      super(Person.class, "/$defs/person", Property.key("name"), Property.key("credentials"), Property.key("url"));
    }

    /** Reads a person listed under the key ({@code authors}, {@code reviewers}); null when not valid (reported). */
    public Person read(TreeNode node, String key, TreeReading in) {
      if (node.isScalar()) {
        String name = in.text(node, key);
        return name == null ? null : in.located(Person.of(name), node);
      }
      if (!in.requireObject(node, "each of '" + key + "'")) {
        return null;
      }
      in.checkKeys(node, keys(), key + " entry");
      String name = in.requiredText(node, "name", key + " entry", in.pair("name", "Dana Okafor"));
      if (name == null) {
        return null;
      }
      return in.located(new Person(name, in.optionalText(node, "credentials"), in.optionalText(node, "url")), node);
    }

    /** The people listed under the key, none when it is absent. */
    public List<Person> readList(TreeNode object, String key, TreeReading in) {
      return in.listOf(object, key, p -> read(p, key, in));
    }

    @Override
    public void write(Person person, JsonWriter out) {
      out.beginObject().name("name").value(person.name());
      optional(out, "credentials", person.credentials());
      optional(out, "url", person.url());
      out.endObject();
    }
  }

  /** A breadcrumb step: {@code {label, url}}, or a label. */
  public static final class CrumbCodec extends Codec<Crumb> {
    private CrumbCodec() {
      super(Crumb.class, "/properties/breadcrumb/items", Property.key("label"), Property.key("url"));
    }

    /** Reads one step; null when not valid (reported). */
    public Crumb read(TreeNode node, TreeReading in) {
      if (node.isScalar()) {
        String label = in.text(node, "breadcrumb");
        return label == null ? null : in.located(Crumb.of(label), node);
      }
      if (!in.requireObject(node, "each breadcrumb step")) {
        return null;
      }
      in.checkKeys(node, keys(), "breadcrumb step");
      String label = in.requiredText(node, "label", "breadcrumb step", in.pair("label", "Home"));
      return label == null ? null : in.located(new Crumb(label, in.optionalText(node, "url")), node);
    }

    @Override
    public void write(Crumb crumb, JsonWriter out) {
      out.beginObject().name("label").value(crumb.label());
      optional(out, "url", crumb.url());
      out.endObject();
    }
  }

  /** What an article is about: {@code {name, type}} (type {@code condition} or {@code topic}), or a condition's name. */
  public static final class SubjectCodec extends Codec<Subject> {
    private SubjectCodec() {
      super(Subject.class, "/properties/about/items", Property.key("name"), Property.key("kind", "type"));
    }

    /** Reads one subject; null when not valid (reported). */
    public Subject read(TreeNode node, TreeReading in) {
      if (node.isScalar()) {
        String name = in.text(node, "about");
        return name == null ? null : Subject.condition(name);
      }
      if (!in.requireObject(node, "each of 'about'")) {
        return null;
      }
      in.checkKeys(node, keys(), "about entry");
      String name = in.requiredText(node, "name", "about entry", in.pair("name", "multiple sclerosis"));
      Subject.Kind kind = Subject.Kind.CONDITION;
      Optional<TreeNode> type = in.optional(node, "type");
      if (type.isPresent()) {
        String id = in.text(type.get(), "type");
        Optional<Subject.Kind> found = id == null ? Optional.empty() : Subject.Kind.fromId(id.strip());
        if (found.isEmpty() && id != null) {
          in.diagnostics().error(
              "invalid-value", type.get().pos(), "'" + id + "'" + in.at(type.get()) + " is not a kind of subject",
              "write " + in.pair("type", "condition") + " or " + in.pair("type", "topic"));
        }
        kind = found.orElse(kind);
      }
      return name == null ? null : new Subject(name, kind);
    }

    @Override
    public void write(Subject subject, JsonWriter out) {
      out.beginObject().name("name").value(subject.name()).name("type").value(subject.kind().id()).endObject();
    }
  }

  /** An image: {@code {src, alt}}, or a path. */
  public static final class ImageCodec extends Codec<Image> {
    private ImageCodec() {
      super(Image.class, "/$defs/image", Property.key("src"), Property.key("alt"));
    }

    /** Reads the image under the key ({@code image}, {@code cover}); null when not valid (reported). */
    public Image read(TreeNode node, String key, TreeReading in) {
      if (node.isScalar()) {
        String src = in.text(node, key);
        return src == null ? null : in.located(new Image(src, ""), node);
      }
      if (!in.requireObject(node, "'" + key + "'")) {
        return null;
      }
      in.checkKeys(node, keys(), key);
      String src = in.requiredText(node, "src", key, in.pair("src", "images/lungs.png"));
      return src == null ? null : in.located(new Image(src, in.optionalText(node, "alt").orElse("")), node);
    }

    @Override
    public void write(Image image, JsonWriter out) {
      out.beginObject().name("src").value(image.src());
      if (!image.alt().isEmpty()) {
        out.name("alt").value(image.alt());
      }
      out.endObject();
    }
  }
}
