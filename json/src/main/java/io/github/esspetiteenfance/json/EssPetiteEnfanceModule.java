package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.esspetiteenfance.legal.Timeline;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Jackson 2 module of the ess-petite-enfance model: it gives every type of the model its JSON
 * form, with no Jackson annotation in the model itself.
 *
 * <h2>The JSON form</h2>
 *
 * <ul>
 *   <li>a record is an object whose properties are its components, named as in Java (camelCase) and
 *       written in declaration order; methods that are not components are never written;
 *   <li>an empty {@link Optional} (and a nullable component that is null) is left out; the format
 *       has no {@code null};
 *   <li>an identifier or a code of the model (SIREN, SIRET, code commune...) is a string holding
 *       its canonical text ({@code toString()}), read back through its {@code of(String)} factory,
 *       which must accept it unchanged;
 *   <li>an enum is a string: its {@code code()} if it has one, its constant name otherwise;
 *   <li>a polymorphic interface (such as {@code Structure}) is an object whose {@code "type"}
 *       property holds the registered kebab-case name of the record, such as {@code
 *       "micro-creche"}; only registered names are accepted, never a class name;
 *   <li>dates are ISO-8601 strings ({@code "2026-01-01"}, {@code "2026-01"}, {@code "08:30"},
 *       {@code "P3M"}); a {@link Year} is an integer;
 *   <li>amounts and rates are JSON numbers, read as exact {@link java.math.BigDecimal}s;
 *   <li>a list is an array; a set is an array without duplicates, written in a stable order; a
 *       timeline is the array of its dated values.
 * </ul>
 *
 * <p>The module registers Jackson's {@link Jdk8Module} and {@link JavaTimeModule} as dependencies.
 * It gives the shape; the strictness (unknown properties, duplicate keys, trailing content,
 * limits...) is configured on the mapper: use {@link EssJson#mapper()} or {@link
 * EssJson#reader(Class)} rather than registering the module by hand. The module is found by {@code
 * ObjectMapper.findAndRegisterModules()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EssPetiteEnfanceModule extends Module {

  private final JsonModel model;

  /** Creates the module for the library's model ({@link JsonModel#standard()}). */
  public EssPetiteEnfanceModule() {
    this(JsonModel.standard());
  }

  /**
   * Creates the module for a model.
   *
   * @param model the model, not null
   */
  public EssPetiteEnfanceModule(JsonModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /**
   * Returns the model this module maps.
   *
   * @return the model, not null
   */
  public JsonModel model() {
    return model;
  }

  @Override
  public String getModuleName() {
    return "EssPetiteEnfanceModule";
  }

  @Override
  public Version version() {
    return new Version(
        0, 1, 0, "SNAPSHOT", "io.github.ess-petite-enfance", "ess-petite-enfance-json");
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new ModelSerializers());
    context.addKeySerializers(new ModelKeySerializers());
    context.addDeserializers(new ModelDeserializers());
    context.addKeyDeserializers(new ModelKeyDeserializers());
    context.addBeanSerializerModifier(new RecordSerializerModifier());
    context.addBeanDeserializerModifier(new RecordDeserializerModifier());

    for (Map.Entry<Class<?>, Map<String, Class<?>>> e : model.polymorphicTypes().entrySet()) {
      context.setMixInAnnotations(e.getKey(), PolymorphicMixIn.class);
      List<NamedType> named = new ArrayList<>();
      e.getValue().forEach((name, sub) -> named.add(new NamedType(sub, name)));
      context.registerSubtypes(named.toArray(new NamedType[0]));
    }

    JsonInclude.Value nonAbsent =
        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
    context.configOverride(Optional.class).setIncludeAsProperty(nonAbsent);
    for (Class<?> record : model.recordsWithNullables()) {
      context.configOverride(record).setInclude(nonAbsent);
    }
    for (Class<?> type : List.of(LocalDate.class, LocalTime.class, YearMonth.class, Period.class)) {
      context.configOverride(type).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }
    context
        .configOverride(Year.class)
        .setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.NUMBER_INT));
  }

  /** The polymorphic interfaces carry their registered name in a {@code "type"} property. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  interface PolymorphicMixIn {}

  private final class ModelSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (raw == Timeline.class) {
        return new Codecs.TimelineSerializer(null);
      }
      if (model.hasCodes(raw)) {
        return new Codecs.EnumCodeSerializer(raw, model.enumCodes(raw), false);
      }
      TextCodec codec = model.textCodec(raw);
      return codec == null ? null : new Codecs.TextSerializer(codec, false);
    }
  }

  private final class ModelKeySerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (model.hasCodes(raw)) {
        return new Codecs.EnumCodeSerializer(raw, model.enumCodes(raw), true);
      }
      TextCodec codec = model.textCodec(raw);
      return codec == null ? null : new Codecs.TextSerializer(codec, true);
    }
  }

  private final class ModelDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      if (model.hasCodes(type)) {
        return new Codecs.EnumCodeDeserializer(type, model.enumCodes(type));
      }
      return null;
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (raw == Timeline.class) {
        return new Codecs.TimelineDeserializer(null);
      }
      TextCodec codec = model.textCodec(raw);
      return codec == null ? null : new Codecs.IdentifierDeserializer(raw, codec);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return valueType == Timeline.class || model.isIdentifier(valueType);
    }
  }

  private final class ModelKeyDeserializers implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (model.hasCodes(raw)) {
        return new Codecs.EnumCodeKeyDeserializer(raw, model.enumCodes(raw));
      }
      TextCodec codec = model.textCodec(raw);
      return codec == null ? null : new Codecs.IdentifierKeyDeserializer(raw, codec);
    }
  }

  /** Writes only the components of the model's records, in declaration order. */
  private final class RecordSerializerModifier extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> changeProperties(
        SerializationConfig config, BeanDescription beanDesc, List<BeanPropertyWriter> props) {
      Class<?> raw = beanDesc.getBeanClass();
      if (!raw.isRecord() || !model.isModelType(raw)) {
        return props;
      }
      Map<String, Integer> order = componentOrder(raw);
      List<BeanPropertyWriter> kept = new ArrayList<>();
      for (BeanPropertyWriter w : props) {
        if (order.containsKey(w.getName())) {
          kept.add(w);
        }
      }
      kept.sort(Comparator.comparing(w -> order.get(w.getName())));
      return kept;
    }

    @Override
    public JsonSerializer<?> modifyCollectionSerializer(
        SerializationConfig config,
        CollectionType valueType,
        BeanDescription beanDesc,
        JsonSerializer<?> serializer) {
      if (Set.class.isAssignableFrom(valueType.getRawClass())
          && isOrderable(valueType.getContentType().getRawClass())) {
        return new Codecs.SortedCollectionSerializer(serializer);
      }
      return serializer;
    }

    @Override
    public JsonSerializer<?> modifyMapSerializer(
        SerializationConfig config,
        MapType valueType,
        BeanDescription beanDesc,
        JsonSerializer<?> serializer) {
      if (isOrderable(valueType.getKeyType().getRawClass())) {
        return new Codecs.SortedMapSerializer(serializer);
      }
      return serializer;
    }

    private boolean isOrderable(Class<?> element) {
      return model.isModelType(element) || element.isEnum() || element == String.class;
    }
  }

  /**
   * Reads only the components of the model's records, and refuses a record whose required component
   * is missing (whatever its constructor checks).
   */
  private final class RecordDeserializerModifier extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription beanDesc, BeanDeserializerBuilder builder) {
      Class<?> raw = beanDesc.getBeanClass();
      if (raw.isRecord() && model.isModelType(raw) && builder.getValueInstantiator() != null) {
        builder.setValueInstantiator(
            new RequiredComponents(builder.getValueInstantiator(), requiredComponents(raw)));
      }
      return builder;
    }

    @Override
    public List<BeanPropertyDefinition> updateProperties(
        DeserializationConfig config,
        BeanDescription beanDesc,
        List<BeanPropertyDefinition> propDefs) {
      Class<?> raw = beanDesc.getBeanClass();
      if (!raw.isRecord() || !model.isModelType(raw)) {
        return propDefs;
      }
      Map<String, Integer> order = componentOrder(raw);
      List<BeanPropertyDefinition> kept = new ArrayList<>();
      for (BeanPropertyDefinition d : propDefs) {
        if (order.containsKey(d.getName())) {
          kept.add(d);
        }
      }
      return kept;
    }
  }

  private Set<String> requiredComponents(Class<?> record) {
    Set<String> required = new java.util.HashSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      if (!model.isOptional(c)) {
        required.add(c.getName());
      }
    }
    return required;
  }

  /** Refuses to create a record when a required component is missing. */
  private static final class RequiredComponents extends ValueInstantiator.Delegating {
    private static final long serialVersionUID = 1L;
    private final Set<String> required;

    RequiredComponents(ValueInstantiator delegate, Set<String> required) {
      super(delegate);
      this.required = required;
    }

    @Override
    public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription desc)
        throws JsonMappingException {
      ValueInstantiator d = _delegate.createContextual(ctxt, desc);
      return d == _delegate ? this : new RequiredComponents(d, required);
    }

    @Override
    public Object createFromObjectWith(
        DeserializationContext ctxt, SettableBeanProperty[] props, PropertyValueBuffer buffer)
        throws IOException {
      Object[] args = buffer.getParameters(props);
      for (int i = 0; i < props.length; i++) {
        if (args[i] == null && props[i] != null && required.contains(props[i].getName())) {
          // only a missing value costs a look-up
          return ctxt.reportInputMismatch(
              props[i].getType(), "missing required property '%s'", props[i].getName());
        }
      }
      return _delegate.createFromObjectWith(ctxt, args);
    }
  }

  private static Map<String, Integer> componentOrder(Class<?> record) {
    RecordComponent[] components = record.getRecordComponents();
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < components.length; i++) {
      order.put(components[i].getName(), i);
    }
    return order;
  }
}
