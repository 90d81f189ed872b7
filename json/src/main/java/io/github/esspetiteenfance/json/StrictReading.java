package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The reading rules that make Jackson's streaming binding exactly as strict as the shape check of
 * {@link EssJsonReader}: strict ISO-8601 dates (the same readers, {@link IsoText}), years as
 * integers only, decimals within the scale limit, sets without duplicates, and no {@code null}
 * token anywhere ({@link NoNulls}).
 */
final class StrictReading {

  private StrictReading() {}

  /** Returns the module of the strict deserializers, to register after the model's module. */
  static SimpleModule module(JsonModel model, JsonLimits limits) {
    SimpleModule m =
        new SimpleModule("EssPetiteEnfanceStrictReading") {
          private static final long serialVersionUID = 1L;

          @Override
          public void setupModule(SetupContext context) {
            super.setupModule(context);
            context.addDeserializers(new ExactEnums(model));
            context.addKeyDeserializers(
                (type, config, beanDesc) ->
                    type.isEnumType()
                        ? new Codecs.EnumCodeKeyDeserializer(
                            type.getRawClass(), model.enumCodes(type.getRawClass()))
                        : null);
          }
        };
    m.addDeserializer(
        LocalDate.class, new IsoDeserializer<>(LocalDate.class, IsoText::localDate, "YYYY-MM-DD"));
    m.addDeserializer(
        LocalTime.class, new IsoDeserializer<>(LocalTime.class, IsoText::localTime, "HH:MM[:SS]"));
    m.addDeserializer(
        YearMonth.class, new IsoDeserializer<>(YearMonth.class, IsoText::yearMonth, "YYYY-MM"));
    m.addDeserializer(
        Period.class, new IsoDeserializer<>(Period.class, IsoText::period, "PnYnMnD"));
    m.addDeserializer(Year.class, new YearDeserializer());
    m.addDeserializer(BigDecimal.class, new ScaledDecimalDeserializer(limits.maxDecimalScale()));
    m.setDeserializerModifier(new SetsWithoutDuplicates());
    return m;
  }

  /**
   * Reads every enum (of the model or of the JDK, such as {@code DayOfWeek}) from its exact code or
   * name: Jackson's own enum deserializer also accepts the name with spaces around it.
   */
  static final class ExactEnums extends com.fasterxml.jackson.databind.deser.Deserializers.Base {
    private final JsonModel model;

    ExactEnums(JsonModel model) {
      this.model = model;
    }

    @Override
    public JsonDeserializer<?> findEnumDeserializer(
        Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return new Codecs.EnumCodeDeserializer(type, model.enumCodes(type));
    }
  }

  /** Reads a JDK value from its strict ISO-8601 text. */
  static final class IsoDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;
    private final String format;

    IsoDeserializer(Class<T> type, Function<String, T> parse, String format) {
      super(type);
      this.parse = parse;
      this.format = format;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (T) ctxt.handleUnexpectedToken(_valueClass, p);
      }
      T value = parse.apply(p.getText());
      return value != null
          ? value
          : (T) ctxt.handleWeirdStringValue(_valueClass, p.getText(), "expected %s", format);
    }
  }

  /** Reads a year from a JSON integer only. */
  static final class YearDeserializer extends StdDeserializer<Year> {
    private static final long serialVersionUID = 1L;

    YearDeserializer() {
      super(Year.class);
    }

    @Override
    public Year deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)
          || p.getNumberType() != JsonParser.NumberType.INT) {
        return (Year) ctxt.handleUnexpectedToken(Year.class, p);
      }
      int year = p.getIntValue();
      if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
        return (Year) ctxt.handleWeirdNumberValue(Year.class, year, "out of range");
      }
      return Year.of(year);
    }
  }

  /** Reads a decimal, refusing a scale beyond the limit ({@code 1e999999999}). */
  static final class ScaledDecimalDeserializer extends StdDeserializer<BigDecimal> {
    private static final long serialVersionUID = 1L;
    private final int maxScale;

    ScaledDecimalDeserializer(int maxScale) {
      super(BigDecimal.class);
      this.maxScale = maxScale;
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isNumeric()) {
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
      }
      BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt);
      if (Math.abs(value.scale()) > maxScale) {
        throw new InputCoercionException(
            p, "decimal scale beyond " + maxScale, JsonToken.VALUE_NUMBER_FLOAT, BigDecimal.class);
      }
      return value;
    }
  }

  /** Reads sets as arrays without duplicates: a duplicate is an error, never dropped. */
  static final class SetsWithoutDuplicates extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
        DeserializationConfig config,
        CollectionType type,
        BeanDescription beanDesc,
        JsonDeserializer<?> deserializer) {
      Class<?> raw = type.getRawClass();
      if (Set.class.isAssignableFrom(raw) && raw.isAssignableFrom(LinkedHashSet.class)) {
        return new UniqueSetDeserializer(type, null);
      }
      return deserializer;
    }
  }

  /** Reads an array into a list, then refuses it if two elements are equal. */
  static final class UniqueSetDeserializer extends StdDeserializer<Set<Object>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final JavaType setType;
    private final transient JsonDeserializer<Object> list;

    UniqueSetDeserializer(JavaType setType, JsonDeserializer<Object> list) {
      super(setType);
      this.setType = setType;
      this.list = list;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws JsonMappingException {
      JavaType listType =
          ctxt.getTypeFactory().constructCollectionType(List.class, setType.getContentType());
      return new UniqueSetDeserializer(
          setType, ctxt.findContextualValueDeserializer(listType, property));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      List<Object> elements = (List<Object>) list.deserialize(p, ctxt);
      int n = elements.size();
      if (n == 0) {
        return Set.of();
      }
      if (n == 1) {
        return Set.of(elements.get(0));
      }
      Set<Object> set = new LinkedHashSet<>(elements);
      if (set.size() != elements.size()) {
        return (Set<Object>) ctxt.reportInputMismatch(this, "duplicate element in a set");
      }
      return set;
    }
  }

  /**
   * A parser that refuses every {@code null} token (the format has none, so a {@code null} anywhere
   * is an error, which the shape check reports with its pointer) and every duplicate key.
   *
   * <p>Duplicate keys are found by a linear scan of the keys of each open object, which for the
   * model's small objects is cheaper than Jackson's {@code STRICT_DUPLICATE_DETECTION} (a hash set
   * per object); objects with many keys switch to a hash set.
   */
  static final class StrictParser extends JsonParserDelegate {
    private static final int SCAN_LIMIT = 16;

    private String[][] names = new String[8][];
    private int[] counts = new int[8];
    private java.util.Set<String>[] large = newLargeArray(8);
    private int depth = -1;

    StrictParser(JsonParser parser) {
      super(parser);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Set<String>[] newLargeArray(int n) {
      return new java.util.Set[n];
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken t = delegate.nextToken();
      if (t == null) {
        return null;
      }
      switch (t) {
        case VALUE_NULL:
          throw new com.fasterxml.jackson.core.JsonParseException(this, "null is not allowed");
        case START_OBJECT:
          open();
          break;
        case END_OBJECT:
          if (large[depth] != null) {
            large[depth] = null;
          }
          depth--;
          break;
        case FIELD_NAME:
          name(delegate.currentName());
          break;
        default:
          break;
      }
      return t;
    }

    private void open() {
      depth++;
      if (depth == names.length) {
        names = java.util.Arrays.copyOf(names, depth * 2);
        counts = java.util.Arrays.copyOf(counts, depth * 2);
        large = java.util.Arrays.copyOf(large, depth * 2);
      }
      counts[depth] = 0;
    }

    private void name(String name) throws IOException {
      java.util.Set<String> set = large[depth];
      if (set != null) {
        if (!set.add(name)) {
          duplicate(name);
        }
        return;
      }
      String[] seen = names[depth];
      int n = counts[depth];
      for (int i = 0; i < n; i++) {
        // Jackson canonicalizes names, so equal names are usually the same object, and names of
        // different lengths differ at once: no hash is computed
        if (seen[i].equals(name)) {
          duplicate(name);
        }
      }
      if (n == SCAN_LIMIT) {
        set = new java.util.HashSet<>(java.util.Arrays.asList(seen));
        set.add(name);
        large[depth] = set;
        return;
      }
      if (seen == null) {
        seen = new String[SCAN_LIMIT];
        names[depth] = seen;
      }
      seen[n] = name;
      counts[depth] = n + 1;
    }

    private void duplicate(String name) throws IOException {
      throw new com.fasterxml.jackson.core.JsonParseException(
          this, "Duplicate field '" + name + "'");
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.FIELD_NAME ? nextToken() : t;
    }

    @Override
    public String nextTextValue() throws IOException {
      return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }

    @Override
    public int nextIntValue(int defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
    }

    @Override
    public long nextLongValue(long defaultValue) throws IOException {
      return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
    }

    @Override
    public Boolean nextBooleanValue() throws IOException {
      JsonToken t = nextToken();
      return t == JsonToken.VALUE_TRUE
          ? Boolean.TRUE
          : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    @Override
    public String nextFieldName() throws IOException {
      return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(com.fasterxml.jackson.core.SerializableString str)
        throws IOException {
      return nextToken() == JsonToken.FIELD_NAME && str.getValue().equals(currentName());
    }

    @Override
    public JsonParser skipChildren() throws IOException {
      JsonToken t = currentToken();
      if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
        return this;
      }
      int open = 1;
      while (open > 0) {
        JsonToken next = nextToken();
        if (next == null) {
          return this;
        }
        if (next.isStructStart()) {
          open++;
        } else if (next.isStructEnd()) {
          open--;
        }
      }
      return this;
    }
  }
}
