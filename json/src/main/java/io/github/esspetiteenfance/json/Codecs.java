package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.Timeline;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Jackson serializers and deserializers of the model's special types. */
final class Codecs {

  private Codecs() {}

  /** Calls an identifier's {@code of(String)}, letting its (unchecked) exceptions through. */
  static Object invoke(MethodHandle factory, String text) {
    try {
      return factory.invoke(text);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a value as its canonical text (as a value, or as a map key). */
  static final class TextSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient TextCodec codec;
    private final boolean asKey;

    TextSerializer(TextCodec codec, boolean asKey) {
      super(Object.class);
      this.codec = codec;
      this.asKey = asKey;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      String text;
      try {
        text = codec.format().apply(value);
      } catch (RuntimeException e) {
        throw com.fasterxml.jackson.databind.JsonMappingException.from(provider, e.getMessage(), e);
      }
      if (asKey) {
        gen.writeFieldName(text);
      } else {
        gen.writeString(text);
      }
    }
  }

  /** Reads an identifier from its canonical text. */
  static final class IdentifierDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient TextCodec codec;

    IdentifierDeserializer(Class<?> type, TextCodec codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.handleUnexpectedToken(_valueClass, p);
      }
      String text = p.getText();
      Object value = codec.parse().apply(text);
      if (!_valueClass.isInstance(value)) {
        return ctxt.handleWeirdStringValue(_valueClass, text, "not a %s", _valueClass.getName());
      }
      String canonical = codec.canonical().apply(value);
      if (!canonical.equals(text)) {
        return ctxt.handleWeirdStringValue(
            _valueClass, text, "not canonical, expected %s", canonical);
      }
      return value;
    }
  }

  /** Reads an identifier used as a map key. */
  static final class IdentifierKeyDeserializer extends KeyDeserializer {
    private final Class<?> type;
    private final TextCodec codec;

    IdentifierKeyDeserializer(Class<?> type, TextCodec codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      Object value = codec.parse().apply(key);
      if (!type.isInstance(value) || !codec.canonical().apply(value).equals(key)) {
        return ctxt.handleWeirdKey(type, key, "not canonical, expected %s", value);
      }
      return value;
    }
  }

  /** Writes an enum as its code. */
  static final class EnumCodeSerializer extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;
    private final transient Map<Object, String> codes;
    private final boolean asKey;

    EnumCodeSerializer(Class<?> type, Map<String, Object> constants, boolean asKey) {
      super(type, false);
      this.codes = new IdentityHashMap<>();
      constants.forEach((code, constant) -> codes.put(constant, code));
      this.asKey = asKey;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (asKey) {
        gen.writeFieldName(codes.get(value));
      } else {
        gen.writeString(codes.get(value));
      }
    }
  }

  /** Reads an enum from its exact code. */
  static final class EnumCodeDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private static final int SCAN_LIMIT = 24;
    private final transient Map<String, Object> constants;
    private final transient char[][] codes;
    private final transient Object[] values;

    EnumCodeDeserializer(Class<?> type, Map<String, Object> constants) {
      super(type);
      this.constants = constants;
      this.codes = new char[constants.size()][];
      this.values = new Object[constants.size()];
      int i = 0;
      for (Map.Entry<String, Object> e : constants.entrySet()) {
        codes[i] = e.getKey().toCharArray();
        values[i++] = e.getValue();
      }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.handleUnexpectedToken(_valueClass, p);
      }
      if (codes.length <= SCAN_LIMIT) {
        Object found = scan(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (found != null) {
          return found;
        }
      }
      Object value = constants.get(p.getText());
      return value != null
          ? value
          : ctxt.handleWeirdStringValue(
              _valueClass, p.getText(), "not one of %s", constants.keySet());
    }

    /** Finds the constant whose code is the text, without allocating a string. */
    private Object scan(char[] text, int offset, int length) {
      for (int i = 0; i < codes.length; i++) {
        char[] code = codes[i];
        if (code.length == length
            && java.util.Arrays.equals(code, 0, length, text, offset, offset + length)) {
          return values[i];
        }
      }
      return null;
    }
  }

  /** Reads an enum used as a map key from its exact code. */
  static final class EnumCodeKeyDeserializer extends KeyDeserializer {
    private final Class<?> type;
    private final Map<String, Object> constants;

    EnumCodeKeyDeserializer(Class<?> type, Map<String, Object> constants) {
      this.type = type;
      this.constants = constants;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      Object value = constants.get(key);
      return value != null
          ? value
          : ctxt.handleWeirdKey(type, key, "not one of %s", constants.keySet());
    }
  }

  /** Writes a timeline as the array of its dated values. */
  static final class TimelineSerializer extends StdSerializer<Timeline<?>>
      implements ContextualSerializer {
    private static final long serialVersionUID = 1L;
    private final transient JsonSerializer<Object> values;

    TimelineSerializer(JsonSerializer<Object> values) {
      super(Timeline.class, false);
      this.values = values;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      JavaType type = property == null ? null : property.getType();
      if (type == null || type.getRawClass() != Timeline.class) {
        return this;
      }
      return new TimelineSerializer(provider.findValueSerializer(listOf(type), property));
    }

    @Override
    public void serialize(Timeline<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (values == null) {
        provider.defaultSerializeValue(value.values(), gen);
      } else {
        values.serialize(value.values(), gen, provider);
      }
    }
  }

  /** Reads a timeline from the array of its dated values. */
  static final class TimelineDeserializer extends StdDeserializer<Timeline<?>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient JsonDeserializer<Object> values;

    TimelineDeserializer(JsonDeserializer<Object> values) {
      super(Timeline.class);
      this.values = values;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      JavaType type = ctxt.getContextualType();
      if (type == null && property != null) {
        type = property.getType();
      }
      if (type == null || type.getRawClass() != Timeline.class) {
        return this;
      }
      return new TimelineDeserializer(ctxt.findContextualValueDeserializer(listOf(type), property));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Timeline<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (values == null) {
        return ctxt.reportInputMismatch(this, "the value type of the timeline is unknown");
      }
      return Timeline.of((List) values.deserialize(p, ctxt));
    }
  }

  static JavaType listOf(JavaType timeline) {
    TypeFactory tf = TypeFactory.defaultInstance();
    return tf.constructCollectionType(
        List.class, tf.constructParametricType(Dated.class, timeline.containedTypeOrUnknown(0)));
  }

  /** Orders values the same way on every run: natural order if comparable, else by text. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static final Comparator<Object> STABLE_ORDER =
      (a, b) -> {
        if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass()) {
          return ca.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
      };

  /**
   * Writes a set in a stable order (an immutable JDK set iterates in an order that changes from one
   * run to the next).
   */
  static final class SortedCollectionSerializer extends StdSerializer<Collection<?>>
      implements ContextualSerializer {
    private static final long serialVersionUID = 1L;
    private final transient JsonSerializer<Object> delegate;

    @SuppressWarnings("unchecked")
    SortedCollectionSerializer(JsonSerializer<?> delegate) {
      super(Collection.class, false);
      this.delegate = (JsonSerializer<Object>) delegate;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      return new SortedCollectionSerializer(
          provider.handleSecondaryContextualization(delegate, property));
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Collection<?> value) {
      return value.isEmpty();
    }

    @Override
    public void serialize(Collection<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      List<Object> sorted = new ArrayList<>(value);
      sorted.sort(STABLE_ORDER);
      delegate.serialize(sorted, gen, provider);
    }
  }

  /** Writes a map with its keys in a stable order. */
  static final class SortedMapSerializer extends StdSerializer<Map<?, ?>>
      implements ContextualSerializer {
    private static final long serialVersionUID = 1L;
    private final transient JsonSerializer<Object> delegate;

    @SuppressWarnings("unchecked")
    SortedMapSerializer(JsonSerializer<?> delegate) {
      super(Map.class, false);
      this.delegate = (JsonSerializer<Object>) delegate;
    }

    @Override
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws com.fasterxml.jackson.databind.JsonMappingException {
      return new SortedMapSerializer(provider.handleSecondaryContextualization(delegate, property));
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Map<?, ?> value) {
      return value.isEmpty();
    }

    @Override
    public void serialize(Map<?, ?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      List<Object> keys = new ArrayList<>(value.keySet());
      keys.sort(STABLE_ORDER);
      Map<Object, Object> sorted = new LinkedHashMap<>();
      for (Object k : keys) {
        sorted.put(k, value.get(k));
      }
      delegate.serialize(sorted, gen, provider);
    }
  }
}
