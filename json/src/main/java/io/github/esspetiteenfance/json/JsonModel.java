package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.esspetiteenfance.Fraction;
import io.github.esspetiteenfance.diagnostic.Argument;
import io.github.esspetiteenfance.diagnostic.FindingKind;
import io.github.esspetiteenfance.identifier.CategorieJuridique;
import io.github.esspetiteenfance.identifier.CodeCommune;
import io.github.esspetiteenfance.identifier.CodeDepartement;
import io.github.esspetiteenfance.identifier.CodeNaf;
import io.github.esspetiteenfance.identifier.CodePostal;
import io.github.esspetiteenfance.identifier.CodeRegion;
import io.github.esspetiteenfance.identifier.FinessNumber;
import io.github.esspetiteenfance.identifier.Nic;
import io.github.esspetiteenfance.identifier.RnaNumber;
import io.github.esspetiteenfance.identifier.Siren;
import io.github.esspetiteenfance.identifier.Siret;
import io.github.esspetiteenfance.indicator.Amount;
import io.github.esspetiteenfance.indicator.CheckCode;
import io.github.esspetiteenfance.indicator.Count;
import io.github.esspetiteenfance.indicator.CountRange;
import io.github.esspetiteenfance.indicator.IndicatorValue;
import io.github.esspetiteenfance.indicator.RoundedCount;
import io.github.esspetiteenfance.indicator.RoundedPercentage;
import io.github.esspetiteenfance.indicator.Share;
import io.github.esspetiteenfance.indicator.ShareRange;
import io.github.esspetiteenfance.legal.ValidityPeriod;
import io.github.esspetiteenfance.organization.LegalForm;
import io.github.esspetiteenfance.regulation.FindingCode;
import io.github.esspetiteenfance.structure.Structure;
import io.github.esspetiteenfance.structure.StructureKind;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The description of the JSON format: which types are identifiers, which interfaces are polymorphic
 * and under which {@code "type"} names, which record components may be absent, and which types are
 * top-level documents.
 *
 * <p>Everything else follows from the Java types by convention: a record is a JSON object whose
 * properties are its components, in declaration order; an {@link Optional} component may be absent;
 * an enum is a string (its {@code code()} if it has one, its name otherwise); a list is an array; a
 * set is an array without duplicates.
 *
 * <p>{@link #standard()} describes the library's model; it drives the Jackson module ({@link
 * EssPetiteEnfanceModule}), the validating reader ({@link EssJsonReader}) and the JSON Schemas, so
 * that the three always agree. A builder lets tests and extensions describe more types.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonModel {

  /** The name of the discriminator property of polymorphic objects. */
  public static final String TYPE_PROPERTY = "type";

  private static final Pattern TYPE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String BASE_PACKAGE = "io.github.esspetiteenfance";

  private static final JsonModel STANDARD = standardModel();

  private final Map<Class<?>, TextCodec> textTypes;
  private final Map<Class<?>, Map<String, Class<?>>> polymorphic;
  private final Map<Class<?>, String> subtypeNames;
  private final Set<String> nullable;
  private final Set<Class<?>> nullableRecords;
  private final Map<String, Type> documents;
  private final List<String> packages;
  private final Map<Class<?>, Optional<TextCodec>> textCodecs = new ConcurrentHashMap<>();
  private final Map<Class<?>, Map<String, Class<?>>> subtypesOf = new ConcurrentHashMap<>();
  private final Shapes shapes;

  private JsonModel(Builder b) {
    this.textTypes = Collections.unmodifiableMap(new LinkedHashMap<>(b.textTypes));
    Map<Class<?>, Map<String, Class<?>>> poly = new LinkedHashMap<>();
    b.polymorphic.forEach((root, names) -> poly.put(root, Collections.unmodifiableMap(names)));
    this.polymorphic = Collections.unmodifiableMap(poly);
    Map<Class<?>, String> subs = new LinkedHashMap<>();
    b.polymorphic.values().forEach(m -> m.forEach((name, sub) -> subs.put(sub, name)));
    this.subtypeNames = Collections.unmodifiableMap(subs);
    this.nullable = Set.copyOf(b.nullable);
    this.nullableRecords = Set.copyOf(b.nullableRecords);
    this.documents = Collections.unmodifiableMap(new LinkedHashMap<>(b.documents));
    this.packages = List.copyOf(b.packages);
    this.shapes = new Shapes(this);
  }

  /** The codes of findings a document may hold, by their stable code. */
  private static final Map<String, FindingKind> FINDING_CODES = findingCodes();

  /** The pattern of a finding's code. */
  private static final String FINDING_CODE = "^[a-z]+(?:\\.[a-z0-9-]+)+$";

  private static Map<String, FindingKind> findingCodes() {
    Map<String, FindingKind> codes = new LinkedHashMap<>();
    for (FindingKind[] all : List.<FindingKind[]>of(FindingCode.values(), CheckCode.values())) {
      for (FindingKind code : all) {
        codes.put(code.code(), code);
      }
    }
    return Collections.unmodifiableMap(codes);
  }

  private static FindingKind findingCode(String text) {
    FindingKind code = FINDING_CODES.get(text);
    if (code == null) {
      throw new IllegalArgumentException("not a code of a finding");
    }
    return code;
  }

  private static JsonModel standardModel() {
    Builder b =
        builder()
            .identifier(Siren.class, "^[0-9]{9}$")
            .identifier(Siret.class, "^[0-9]{14}$")
            .identifier(Nic.class, "^[0-9]{5}$")
            .identifier(RnaNumber.class, "^W[0-9A-Z]{9}$")
            .identifier(CodeNaf.class, "^[0-9]{2}\\.[0-9]{2}[A-Z]$")
            .identifier(CategorieJuridique.class, "^[0-9]{4}$")
            .identifier(CodeCommune.class, "^(?:[0-9]{2}|2[AB])[0-9]{3}$")
            .identifier(CodeDepartement.class, "^(?:[0-9]{2,3}|2[AB])$")
            .identifier(CodeRegion.class, "^[0-9]{2}$")
            .identifier(CodePostal.class, "^[0-9]{5}$")
            .identifier(FinessNumber.class, "^(?:[0-9]{2}|2[AB])[0-9]{7}$")
            .identifier(Fraction.class, "^-?[0-9]+(?:/[0-9]+)?$")
            .text(TerritoryText.codec())
            .nullable(ValidityPeriod.class, "start")
            .nullable(ValidityPeriod.class, "end");
    for (StructureKind kind : StructureKind.values()) {
      b.subtype(Structure.class, kind.recordType(), kind.code());
    }
    b.subtype(LegalForm.class, LegalForm.Coded.class, "coded")
        .subtype(LegalForm.class, LegalForm.Declared.class, "declared");
    b.subtype(IndicatorValue.class, Count.class, "count")
        .subtype(IndicatorValue.class, Amount.class, "amount")
        .subtype(IndicatorValue.class, CountRange.class, "count-range")
        .subtype(IndicatorValue.class, Share.class, "share")
        .subtype(IndicatorValue.class, ShareRange.class, "share-range")
        .subtype(IndicatorValue.class, RoundedPercentage.class, "rounded-percentage")
        .subtype(IndicatorValue.class, RoundedCount.class, "rounded-count");
    // the arguments of a finding: one name per kind, so that a report reads back exactly
    b.subtype(Argument.class, Argument.IntegerValue.class, "integer")
        .subtype(Argument.class, Argument.DecimalValue.class, "decimal")
        .subtype(Argument.class, Argument.TextValue.class, "text")
        .subtype(Argument.class, Argument.DateValue.class, "date")
        .subtype(Argument.class, Argument.MonthValue.class, "month")
        .subtype(Argument.class, Argument.TermValue.class, "term")
        .subtype(Argument.class, Argument.PhraseValue.class, "phrase");
    // the code of a finding: its stable code, among the codes of every package's findings
    b.text(FindingKind.class, FindingKind::code, JsonModel::findingCode, FINDING_CODE);
    for (EssDocument<?> document : EssDocument.values()) {
      b.document(document.name(), document.type());
    }
    return b.build();
  }

  /**
   * Returns the description of the library's model.
   *
   * <p>Its polymorphic interfaces are {@code Structure} (named by {@code StructureKind.code()}),
   * {@code LegalForm} ({@code "coded"}, {@code "declared"}), {@code IndicatorValue} and {@code
   * diagnostic.Argument}: the message arguments of every finding, one record per kind ({@code
   * "integer"}, {@code "decimal"}, {@code "text"}, {@code "date"}, {@code "month"}, {@code "term"}
   * with its vocabulary and constant name, {@code "phrase"} with its English and French texts), so
   * that a {@code compliance-report}, a {@code consistency-report} or a {@code finding} is read
   * back with the exact kind of each argument rather than guessed from a bare JSON value. The code
   * of a finding ({@code diagnostic.FindingKind}) is its stable code text, among the codes of
   * {@code regulation.FindingCode} and {@code indicator.CheckCode}; a finding whose arguments do
   * not match its code's argument table is refused with the code's typed error at its pointer.
   * {@code indicator-finding} is the same document as {@code finding} (a finding about figures).
   * Its documents are those of the module's README.
   *
   * @return the standard model, not null
   */
  public static JsonModel standard() {
    return STANDARD;
  }

  /**
   * Returns an empty builder that knows the library's package only.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with this model, to extend it.
   *
   * @return a new builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.textTypes.putAll(textTypes);
    polymorphic.forEach((root, names) -> b.polymorphic.put(root, new LinkedHashMap<>(names)));
    b.nullable.addAll(nullable);
    b.nullableRecords.addAll(nullableRecords);
    b.documents.putAll(documents);
    b.packages.clear();
    b.packages.addAll(packages);
    return b;
  }

  /**
   * Returns the top-level document types, by document name (the schema file name without {@code
   * .schema.json}).
   *
   * @return the document types, in registration order, unmodifiable
   */
  public Map<String, Type> documents() {
    return documents;
  }

  /**
   * Returns the polymorphic interfaces and, for each, its subtypes by {@code "type"} name.
   *
   * @return the polymorphic types, unmodifiable
   */
  public Map<Class<?>, Map<String, Class<?>>> polymorphicTypes() {
    return polymorphic;
  }

  /**
   * Returns the {@code "type"} name of a subtype of a polymorphic interface.
   *
   * @param type the subtype, not null
   * @return the name, empty if the type is not a registered subtype
   */
  public Optional<String> typeName(Class<?> type) {
    return Optional.ofNullable(subtypeNames.get(type));
  }

  /**
   * Returns the regular expression that the canonical text of a text-mapped type matches.
   *
   * @param type the type, not null
   * @return the pattern, empty if the type is not written as text or has no registered pattern
   */
  public Optional<String> identifierPattern(Class<?> type) {
    TextCodec codec = textCodec(type);
    return codec == null ? Optional.empty() : Optional.ofNullable(codec.pattern());
  }

  /**
   * Checks if a type is written as a JSON string holding its canonical text: a registered
   * identifier or text type (or a subtype of one), or a final class of the model with a public
   * static {@code parse(String)} or {@code of(String)} factory and a canonical {@code toString()}.
   *
   * @param type the type, not null
   * @return true if the type is written as text
   */
  public boolean isIdentifier(Class<?> type) {
    return textCodec(type) != null;
  }

  /**
   * Returns the registered subtypes of a polymorphic interface, or of an interface that extends one
   * (such as a sealed sub-interface), by {@code "type"} name.
   *
   * @param type the interface, not null
   * @return the subtypes assignable to the type, empty if the type is not polymorphic
   */
  public Map<String, Class<?>> subtypesOf(Class<?> type) {
    return subtypesOf.computeIfAbsent(
        type,
        t -> {
          if (!t.isInterface()) {
            return Map.of();
          }
          Map<String, Class<?>> all = polymorphic.get(t);
          if (all != null) {
            return all;
          }
          for (Map.Entry<Class<?>, Map<String, Class<?>>> e : polymorphic.entrySet()) {
            if (e.getKey().isAssignableFrom(t)) {
              Map<String, Class<?>> some = new LinkedHashMap<>();
              e.getValue()
                  .forEach(
                      (name, sub) -> {
                        if (t.isAssignableFrom(sub)) {
                          some.put(name, sub);
                        }
                      });
              return Collections.unmodifiableMap(some);
            }
          }
          return Map.of();
        });
  }

  /**
   * Checks if a record component may be absent from the JSON (it is an {@link Optional}, or it is
   * nullable and registered so).
   *
   * @param component the component, not null
   * @return true if the property is optional
   */
  public boolean isOptional(RecordComponent component) {
    Class<?> type = component.getType();
    return type == Optional.class
        || type == OptionalInt.class
        || type == OptionalLong.class
        || type == OptionalDouble.class
        || nullable.contains(key(component.getDeclaringRecord(), component.getName()));
  }

  /**
   * Checks if a class belongs to the model: it is in one of the model's packages or registered.
   *
   * @param type the class, not null
   * @return true if the class belongs to the model
   */
  public boolean isModelType(Class<?> type) {
    String name = type.getName();
    for (String p : packages) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return textTypes.containsKey(type)
        || polymorphic.containsKey(type)
        || subtypeNames.containsKey(type);
  }

  /**
   * Returns the JSON codes of an enum's constants: their {@code code()} for an enum of the model
   * that has a public {@code String code()} method, their name otherwise.
   *
   * @param enumType the enum class, not null
   * @return the constants by code, in declaration order, unmodifiable
   * @throws IllegalArgumentException if the class is not an enum
   * @throws IllegalStateException if two constants have the same code
   */
  public Map<String, Object> enumCodes(Class<?> enumType) {
    if (!enumType.isEnum()) {
      throw new IllegalArgumentException(enumType + " is not an enum");
    }
    return Collections.unmodifiableMap(
        Shapes.enumCodes(enumType, isModelType(enumType) ? Shapes.codeMethod(enumType) : null));
  }

  /**
   * Checks if an enum is written as its {@code code()} rather than its name.
   *
   * @param enumType the enum class, not null
   * @return true for an enum of the model with a public {@code String code()} method
   */
  boolean hasCodes(Class<?> enumType) {
    return enumType.isEnum() && isModelType(enumType) && Shapes.codeMethod(enumType) != null;
  }

  /** Returns how a type is written as text, or null if it is not. */
  TextCodec textCodec(Class<?> type) {
    return textCodecs
        .computeIfAbsent(type, t -> Optional.ofNullable(findTextCodec(t)))
        .orElse(null);
  }

  private TextCodec findTextCodec(Class<?> type) {
    TextCodec exact = textTypes.get(type);
    if (exact != null) {
      return exact;
    }
    for (TextCodec codec : textTypes.values()) {
      if (codec.type().isAssignableFrom(type)) {
        return codec;
      }
    }
    if (isModelType(type)
        && Modifier.isFinal(type.getModifiers())
        && !type.isRecord()
        && !type.isEnum()) {
      MethodHandle factory = textFactory(type);
      return factory == null ? null : identifierCodec(type, factory, null);
    }
    return null;
  }

  /** Returns the public static {@code parse(String)}, else {@code of(String)}, of a type. */
  static MethodHandle textFactory(Class<?> type) {
    for (String name : List.of("parse", "of")) {
      try {
        return MethodHandles.publicLookup()
            .findStatic(type, name, MethodType.methodType(type, String.class));
      } catch (NoSuchMethodException | IllegalAccessException e) {
        // try the next name
      }
    }
    return null;
  }

  static TextCodec identifierCodec(Class<?> type, MethodHandle factory, String pattern) {
    return new TextCodec(type, Object::toString, text -> Codecs.invoke(factory, text), pattern);
  }

  /** Returns the records that have nullable components. */
  Set<Class<?>> recordsWithNullables() {
    return nullableRecords;
  }

  Shapes shapes() {
    return shapes;
  }

  JavaType javaType(Type type) {
    return TypeFactory.defaultInstance().constructType(type);
  }

  private static String key(Class<?> record, String component) {
    return record.getName() + "#" + component;
  }

  /** Builds a {@link JsonModel}. This class is mutable and not thread-safe. */
  public static final class Builder {
    private final Map<Class<?>, TextCodec> textTypes = new LinkedHashMap<>();
    private final Map<Class<?>, Map<String, Class<?>>> polymorphic = new LinkedHashMap<>();
    private final Set<String> nullable = new HashSet<>();
    private final Set<Class<?>> nullableRecords = new HashSet<>();
    private final Map<String, Type> documents = new LinkedHashMap<>();
    private final List<String> packages = new ArrayList<>(List.of(BASE_PACKAGE + "."));

    private Builder() {}

    /**
     * Registers an identifier type: a class with a public static {@code parse(String)} or {@code
     * of(String)} factory and a canonical {@code toString()}, written as a JSON string.
     *
     * @param type the identifier type, not null
     * @param pattern the regular expression its canonical text matches (for the JSON Schema), not
     *     null
     * @return this builder
     * @throws IllegalArgumentException if the type has no such factory
     */
    public Builder identifier(Class<?> type, String pattern) {
      Objects.requireNonNull(type, "type");
      Pattern.compile(Objects.requireNonNull(pattern, "pattern"));
      MethodHandle factory = textFactory(type);
      if (factory == null) {
        throw new IllegalArgumentException(
            type + " has no public static parse(String) or of(String)");
      }
      textTypes.put(type, identifierCodec(type, factory, pattern));
      return this;
    }

    /**
     * Registers a type (and its subtypes) written as a JSON string by two functions.
     *
     * @param <T> the type
     * @param type the type, not null
     * @param format gives the canonical text of a value, not null
     * @param parse obtains a value from its text, throwing a core exception if it is invalid; not
     *     null
     * @param pattern the regular expression the canonical text matches, not null
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public <T> Builder text(
        Class<T> type,
        java.util.function.Function<? super T, String> format,
        java.util.function.Function<String, ? extends T> parse,
        String pattern) {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(parse, "parse");
      Pattern.compile(Objects.requireNonNull(pattern, "pattern"));
      textTypes.put(
          type, new TextCodec(type, v -> format.apply((T) v), t -> parse.apply(t), pattern));
      return this;
    }

    Builder text(TextCodec codec) {
      textTypes.put(codec.type(), codec);
      return this;
    }

    /**
     * Registers a subtype of a polymorphic interface under a {@code "type"} name.
     *
     * @param root the polymorphic interface, not null
     * @param subtype a record implementing it, not null
     * @param name the stable kebab-case name, such as {@code "micro-creche"}; not null
     * @return this builder
     * @throws IllegalArgumentException if the name is not kebab-case, is already used for the root,
     *     or the subtype does not implement the root
     */
    public Builder subtype(Class<?> root, Class<?> subtype, String name) {
      if (!root.isInterface() || !root.isAssignableFrom(subtype) || !subtype.isRecord()) {
        throw new IllegalArgumentException(subtype + " is not a record implementing " + root);
      }
      if (!TYPE_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("type name not in kebab-case: " + name);
      }
      Map<String, Class<?>> names = polymorphic.computeIfAbsent(root, r -> new LinkedHashMap<>());
      if (names.containsKey(name) || names.containsValue(subtype)) {
        throw new IllegalArgumentException("duplicate subtype " + name + " of " + root);
      }
      names.put(name, subtype);
      return this;
    }

    /**
     * Registers a record component that may be null (written absent) although it is not an {@link
     * Optional}.
     *
     * @param record the record, not null
     * @param component the component name, not null
     * @return this builder
     * @throws IllegalArgumentException if the record has no such component
     */
    public Builder nullable(Class<? extends Record> record, String component) {
      boolean exists = false;
      for (RecordComponent c : record.getRecordComponents()) {
        exists |= c.getName().equals(component);
      }
      if (!exists) {
        throw new IllegalArgumentException(record + " has no component " + component);
      }
      nullable.add(key(record, component));
      nullableRecords.add(record);
      return this;
    }

    /**
     * Registers a top-level document type, for which a JSON Schema is published.
     *
     * @param name the document name, in kebab-case, such as {@code "establishment"}; not null
     * @param type the Java type, possibly generic; not null
     * @return this builder
     */
    public Builder document(String name, Type type) {
      if (!TYPE_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("document name not in kebab-case: " + name);
      }
      documents.put(name, Objects.requireNonNull(type, "type"));
      return this;
    }

    /**
     * Adds a package whose records, enums and identifier-like classes belong to the model.
     *
     * @param packageName the package name, not null
     * @return this builder
     */
    public Builder modelPackage(String packageName) {
      packages.add(packageName + ".");
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the model, not null
     * @throws IllegalStateException if a sealed polymorphic interface has a permitted subclass that
     *     has no name
     */
    public JsonModel build() {
      polymorphic.forEach(
          (root, names) -> {
            checkSealed(root, names);
            for (Class<?> sub : names.values()) {
              for (RecordComponent c : sub.getRecordComponents()) {
                if (c.getName().equals(TYPE_PROPERTY)) {
                  throw new IllegalStateException(
                      sub + " has a component named '" + TYPE_PROPERTY + "', the discriminator");
                }
              }
            }
          });
      return new JsonModel(this);
    }

    private static void checkSealed(Class<?> type, Map<String, Class<?>> names) {
      if (!type.isSealed()) {
        return;
      }
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        if (permitted.isInterface()) {
          checkSealed(permitted, names);
        } else if (!names.containsValue(permitted)) {
          throw new IllegalStateException(
              permitted + " of sealed " + type + " has no registered type name");
        }
      }
    }
  }
}
