package io.github.esspetiteenfance.json;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.Timeline;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Generates the JSON Schemas (draft 2020-12) of a {@link JsonModel}'s documents with victools'
 * jsonschema-generator and its Jackson and Jakarta Validation modules.
 *
 * <p>The build runs {@link #main(String[])} to write the schemas of {@link JsonModel#standard()}
 * into the jar ({@code io/github/esspetiteenfance/json/schema/<document>.schema.json}); read them
 * with {@link EssJsonSchemas}. Applications that extend the model can generate their own schemas,
 * with victools 4.38 (an optional dependency of this artifact) on their classpath.
 *
 * <p>The schema follows the JSON form of {@link EssPetiteEnfanceModule}: identifiers are strings
 * with the pattern of their canonical text, enums list their codes, polymorphic interfaces are a
 * {@code oneOf} of records whose {@code "type"} is a {@code const}, optional components are not
 * {@code required}, unknown properties are forbidden, and {@code null} is never allowed.
 *
 * <p>This class is immutable and thread-safe once built.
 */
public final class JsonSchemaGenerator {

  /** The prefix of the schemas' {@code $id}. */
  public static final String ID_PREFIX = "https://ess-petite-enfance.github.io/schema/";

  private final JsonModel model;
  private final SchemaGenerator generator;

  /**
   * Creates a generator for a model.
   *
   * @param model the model, not null
   */
  public JsonSchemaGenerator(JsonModel model) {
    this.model = Objects.requireNonNull(model, "model");
    SchemaGeneratorConfigBuilder b =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(
                new JacksonModule(
                    JacksonOption.SKIP_SUBTYPE_LOOKUP, JacksonOption.IGNORE_TYPE_INFO_TRANSFORM))
            .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            .without(
                Option.FLATTENED_OPTIONALS,
                Option.NULLABLE_FIELDS_BY_DEFAULT,
                Option.NULLABLE_ARRAY_ITEMS_ALLOWED);
    b.forTypesInGeneral().withCustomDefinitionProvider(new Definitions());
    b.forTypesInGeneral()
        .withPropertySorter(Comparator.comparingInt(JsonSchemaGenerator::declarationIndex));
    b.forFields().withRequiredCheck(this::isRequired);
    b.forFields().withNullableCheck(f -> Boolean.FALSE);
    b.forFields()
        .withTargetTypeOverridesResolver(
            f -> {
              Class<?> raw = f.getType().getErasedType();
              if (raw == Optional.class) {
                return List.of(f.getTypeParameterFor(Optional.class, 0));
              }
              Class<?> inner =
                  raw == OptionalInt.class
                      ? int.class
                      : raw == OptionalLong.class
                          ? long.class
                          : raw == OptionalDouble.class ? double.class : null;
              return inner == null ? null : List.of(f.getContext().resolve(inner));
            });
    b.forFields().withIgnoreCheck(f -> !isComponent(f));
    b.forFields()
        .withArrayUniqueItemsResolver(
            f -> Set.class.isAssignableFrom(f.getType().getErasedType()) ? Boolean.TRUE : null);
    this.generator = new SchemaGenerator(b.build());
  }

  /**
   * Generates the schema of a document type.
   *
   * @param name the document name, used in the {@code $id}; not null
   * @param type the Java type of the document, not null
   * @return the schema, not null
   */
  public ObjectNode generate(String name, Type type) {
    ObjectNode generated = generator.generateSchema(type);
    ObjectNode schema = generated.objectNode();
    schema.set("$schema", generated.get("$schema"));
    schema.put("$id", ID_PREFIX + name + ".schema.json");
    schema.put("title", name);
    schema.put(
        "description",
        "ess-petite-enfance JSON document '" + name + "' (" + type.getTypeName() + ")");
    generated
        .properties()
        .forEach(
            e -> {
              if (!schema.has(e.getKey())) {
                schema.set(e.getKey(), e.getValue());
              }
            });
    portablePatterns(schema);
    return schema;
  }

  /**
   * Rewrites the Java-only regular expressions that Bean Validation constraints bring (the inline
   * flag {@code (?s)}) into their ECMA-262 equivalent, the dialect of JSON Schema {@code pattern}.
   */
  private static void portablePatterns(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode pattern = object.get("pattern");
      if (pattern != null && pattern.isTextual()) {
        object.put("pattern", ecmaPattern(pattern.textValue()));
      }
      object.properties().forEach(e -> portablePatterns(e.getValue()));
    } else if (node instanceof ArrayNode array) {
      array.forEach(JsonSchemaGenerator::portablePatterns);
    }
  }

  /**
   * Returns a Java regular expression in ECMA-262 form: a leading {@code (?s)} is removed and every
   * {@code .} outside a character class becomes {@code [\s\S]}.
   *
   * @param regex the Java regular expression, not null
   * @return the equivalent ECMA-262 expression, not null
   */
  static String ecmaPattern(String regex) {
    if (!regex.startsWith("(?s)")) {
      return regex;
    }
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 4; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
      } else if (c == '[') {
        inClass = true;
        out.append(c);
      } else if (c == ']') {
        inClass = false;
        out.append(c);
      } else if (c == '.' && !inClass) {
        out.append("[\\s\\S]");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Generates the schemas of every document of the model.
   *
   * @return the schemas by document name, in the model's order, not null
   */
  public Map<String, ObjectNode> generateAll() {
    Map<String, ObjectNode> all = new LinkedHashMap<>();
    model.documents().forEach((name, type) -> all.put(name, generate(name, type)));
    return all;
  }

  /**
   * Writes the schemas of the standard model as {@code <document>.schema.json} files, pretty
   * printed, into a directory.
   *
   * @param args one argument: the output directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: JsonSchemaGenerator <output directory>");
    }
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    ObjectMapper printer = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    for (Map.Entry<String, ObjectNode> e :
        new JsonSchemaGenerator(JsonModel.standard()).generateAll().entrySet()) {
      Files.writeString(
          dir.resolve(e.getKey() + EssJsonSchemas.SUFFIX),
          printer.writeValueAsString(e.getValue()) + "\n",
          StandardCharsets.UTF_8);
    }
  }

  private static int declarationIndex(MemberScope<?, ?> member) {
    RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
    if (components != null) {
      for (int i = 0; i < components.length; i++) {
        if (components[i].getName().equals(member.getDeclaredName())) {
          return i;
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  private RecordComponent component(FieldScope field) {
    Class<?> owner = field.getDeclaringType().getErasedType();
    if (!owner.isRecord() || field.isStatic()) {
      return null;
    }
    for (RecordComponent c : owner.getRecordComponents()) {
      if (c.getName().equals(field.getDeclaredName())) {
        return c;
      }
    }
    return null;
  }

  private boolean isComponent(FieldScope field) {
    return field.isFakeContainerItemScope() || component(field) != null;
  }

  private boolean isRequired(FieldScope field) {
    RecordComponent c = component(field);
    return c != null && !model.isOptional(c);
  }

  /** The definitions of the types whose JSON form is not that of a plain object. */
  private final class Definitions implements CustomDefinitionProviderV2 {

    @Override
    public CustomDefinition provideCustomSchemaDefinition(
        ResolvedType type, SchemaGenerationContext context) {
      Class<?> raw = type.getErasedType();
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      if (model.isIdentifier(raw)) {
        node.put("type", "string");
        model.identifierPattern(raw).ifPresent(p -> node.put("pattern", p));
        node.put("description", raw.getSimpleName() + ", in its canonical form");
        return definition(node, CustomDefinition.DefinitionType.STANDARD);
      }
      if (raw.isEnum()) {
        node.put("type", "string");
        ArrayNode values = node.putArray("enum");
        model.enumCodes(raw).keySet().forEach(values::add);
        return definition(node, CustomDefinition.DefinitionType.STANDARD);
      }
      ObjectNode special = special(raw);
      if (special != null) {
        return definition(special, CustomDefinition.DefinitionType.INLINE);
      }
      if (raw == Timeline.class) {
        ResolvedType dated =
            context.getTypeContext().resolve(Dated.class, type.getTypeParameters().get(0));
        node.put("type", "array");
        node.set("items", context.createDefinitionReference(dated));
        return definition(node, CustomDefinition.DefinitionType.INLINE);
      }
      if (java.util.Map.class.isAssignableFrom(raw)) {
        return definition(map(type, context), CustomDefinition.DefinitionType.INLINE);
      }
      Map<String, Class<?>> subtypes = model.subtypesOf(raw);
      if (!subtypes.isEmpty()) {
        ArrayNode oneOf = node.putArray("oneOf");
        subtypes
            .values()
            .forEach(
                sub ->
                    oneOf.add(
                        context.createDefinitionReference(context.getTypeContext().resolve(sub))));
        return definition(node, CustomDefinition.DefinitionType.STANDARD);
      }
      String typeName = model.typeName(raw).orElse(null);
      if (typeName != null) {
        ObjectNode standard = context.createStandardDefinition(type, this);
        return definition(withType(standard, typeName), CustomDefinition.DefinitionType.STANDARD);
      }
      return null;
    }

    private CustomDefinition definition(ObjectNode node, CustomDefinition.DefinitionType kind) {
      return new CustomDefinition(node, kind, CustomDefinition.AttributeInclusion.NO);
    }

    private ObjectNode special(Class<?> raw) {
      ObjectNode node = new ObjectMapper().createObjectNode();
      if (raw == LocalDate.class) {
        return node.put("type", "string").put("format", "date").put("pattern", Shapes.DATE_REGEX);
      }
      if (raw == LocalTime.class) {
        return node.put("type", "string").put("pattern", Shapes.TIME_REGEX);
      }
      if (raw == YearMonth.class) {
        return node.put("type", "string").put("pattern", Shapes.YEAR_MONTH_REGEX);
      }
      if (raw == Period.class) {
        return node.put("type", "string").put("pattern", Shapes.PERIOD_REGEX);
      }
      if (raw == Year.class) {
        return integer(node, Year.MIN_VALUE, Year.MAX_VALUE);
      }
      if (raw == int.class || raw == Integer.class) {
        return integer(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
      }
      if (raw == long.class || raw == Long.class) {
        return integer(node, Long.MIN_VALUE, Long.MAX_VALUE);
      }
      if (raw == short.class || raw == Short.class) {
        return integer(node, Short.MIN_VALUE, Short.MAX_VALUE);
      }
      if (raw == byte.class || raw == Byte.class) {
        return integer(node, Byte.MIN_VALUE, Byte.MAX_VALUE);
      }
      if (raw == BigInteger.class) {
        return node.put("type", "integer");
      }
      return null;
    }

    private ObjectNode integer(ObjectNode node, long min, long max) {
      return node.put("type", "integer").put("minimum", min).put("maximum", max);
    }

    private ObjectNode map(ResolvedType type, SchemaGenerationContext context) {
      ObjectNode node = context.getGeneratorConfig().createObjectNode();
      node.put("type", "object");
      Class<?> key = type.getTypeParameters().get(0).getErasedType();
      ObjectNode names = node.putObject("propertyNames");
      if (key.isEnum()) {
        ArrayNode values = names.putArray("enum");
        model.enumCodes(key).keySet().forEach(values::add);
      } else {
        model.identifierPattern(key).ifPresent(p -> names.put("pattern", p));
      }
      if (names.isEmpty()) {
        node.remove("propertyNames");
      }
      node.set(
          "additionalProperties",
          context.createDefinitionReference(type.getTypeParameters().get(1)));
      return node;
    }

    private ObjectNode withType(ObjectNode standard, String typeName) {
      ObjectNode properties = standard.objectNode();
      properties.putObject(JsonModel.TYPE_PROPERTY).put("const", typeName);
      JsonNode existing = standard.get("properties");
      if (existing != null) {
        existing.properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
      }
      ArrayNode required = standard.arrayNode().add(JsonModel.TYPE_PROPERTY);
      JsonNode existingRequired = standard.get("required");
      if (existingRequired != null) {
        existingRequired.forEach(required::add);
      }
      ObjectNode result = standard.objectNode();
      standard
          .properties()
          .forEach(
              e -> {
                if (e.getKey().equals("properties")) {
                  result.set("properties", properties);
                } else if (e.getKey().equals("required")) {
                  result.set("required", required);
                } else {
                  result.set(e.getKey(), e.getValue());
                }
              });
      if (!result.has("properties")) {
        result.set("properties", properties);
      }
      if (!result.has("required")) {
        result.set("required", required);
      }
      return result;
    }
  }
}
