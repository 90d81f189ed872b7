package io.github.esspetiteenfance.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.esspetiteenfance.legal.Dated;
import io.github.esspetiteenfance.legal.Timeline;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves and caches the {@link Shape} of each Java type of a {@link JsonModel}. Thread-safe: a
 * shape is published only once it and everything it refers to are complete.
 */
final class Shapes {

  /** The ISO-8601 text formats accepted for JDK date and time values, with their regex. */
  static final String DATE_REGEX = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  static final String TIME_REGEX = "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$";
  static final String YEAR_MONTH_REGEX = "^[0-9]{4}-[0-9]{2}$";
  static final String PERIOD_REGEX =
      "^P(?=-?[0-9])(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?$";

  private final JsonModel model;
  private final Map<JavaType, Shape> cache = new ConcurrentHashMap<>();
  private Map<JavaType, Shape> building;

  Shapes(JsonModel model) {
    this.model = model;
  }

  /**
   * Returns the shape of a type.
   *
   * @throws IllegalStateException if the type, or a type it contains, is not mapped
   */
  Shape of(JavaType type) {
    Shape known = cache.get(type);
    return known != null ? known : resolveTopLevel(type);
  }

  private synchronized Shape resolveTopLevel(JavaType type) {
    Shape known = cache.get(type);
    if (known != null) {
      return known;
    }
    building = new HashMap<>();
    try {
      Shape shape = resolve(type);
      cache.putAll(building);
      return shape;
    } finally {
      building = null;
    }
  }

  private Shape resolve(JavaType type) {
    Shape known = cache.get(type);
    if (known == null) {
      known = building.get(type);
    }
    if (known != null) {
      return known;
    }
    Shape shape = create(type);
    building.put(type, shape);
    return shape;
  }

  private Shape create(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return new Shape.Text(type);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return new Shape.Bool(type);
    }
    Shape number = number(type, raw);
    if (number != null) {
      return number;
    }
    Shape time = time(type, raw);
    if (time != null) {
      return time;
    }
    TextCodec codec = model.textCodec(raw);
    if (codec != null) {
      return new Shape.Identifier(type, codec);
    }
    if (raw.isEnum()) {
      return new Shape.EnumCode(type, model.enumCodes(raw));
    }
    if (raw == Timeline.class) {
      JavaType dated =
          TypeFactory.defaultInstance()
              .constructParametricType(Dated.class, type.containedTypeOrUnknown(0));
      return new Shape.TimelineArray(type, resolve(dated));
    }
    if (type.isCollectionLikeType() && Collection.class.isAssignableFrom(raw)) {
      return new Shape.Array(type, resolve(type.getContentType()), Set.class.isAssignableFrom(raw));
    }
    if (type.isMapLikeType() && Map.class.isAssignableFrom(raw)) {
      Shape key = resolve(type.getKeyType());
      if (!(key instanceof Shape.Text
          || key instanceof Shape.Identifier
          || key instanceof Shape.EnumCode)) {
        throw unmapped(type, "map keys must be strings, codes or identifiers");
      }
      return new Shape.MapObject(type, key, resolve(type.getContentType()));
    }
    Map<String, Class<?>> subtypes = model.subtypesOf(raw);
    if (!subtypes.isEmpty()) {
      Shape.Polymorphic shape = new Shape.Polymorphic(type);
      building.put(type, shape);
      subtypes.forEach(
          (name, sub) ->
              shape.add(
                  name,
                  (Shape.RecordObject) resolve(TypeFactory.defaultInstance().constructType(sub))));
      return shape;
    }
    if (raw.isRecord() && model.isModelType(raw)) {
      return record(type, raw);
    }
    throw unmapped(type, "not part of the model");
  }

  private Shape record(JavaType type, Class<?> raw) {
    Shape.RecordObject shape = new Shape.RecordObject(type, model.typeName(raw).orElse(null));
    building.put(type, shape);
    TypeFactory tf = TypeFactory.defaultInstance();
    for (RecordComponent c : raw.getRecordComponents()) {
      JavaType componentType = tf.resolveMemberType(c.getGenericType(), type.getBindings());
      boolean optional = model.isOptional(c);
      Class<?> componentRaw = componentType.getRawClass();
      if (componentRaw == Optional.class) {
        componentType = componentType.containedTypeOrUnknown(0);
      } else if (componentRaw == OptionalInt.class) {
        componentType = tf.constructType(int.class);
      } else if (componentRaw == OptionalLong.class) {
        componentType = tf.constructType(long.class);
      } else if (componentRaw == OptionalDouble.class) {
        componentType = tf.constructType(double.class);
      }
      shape.add(new Shape.Property(c.getName(), resolve(componentType), !optional));
    }
    return shape;
  }

  private static Shape number(JavaType type, Class<?> raw) {
    if (raw == int.class || raw == Integer.class) {
      return integral(type, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (raw == long.class || raw == Long.class) {
      return integral(type, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (raw == short.class || raw == Short.class) {
      return integral(type, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    if (raw == byte.class || raw == Byte.class) {
      return integral(type, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }
    if (raw == BigInteger.class) {
      return new Shape.Integral(type, null, null);
    }
    if (raw == Year.class) {
      return integral(type, Year.MIN_VALUE, Year.MAX_VALUE);
    }
    if (raw == BigDecimal.class
        || raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class) {
      return new Shape.Decimal(type);
    }
    return null;
  }

  private static Shape integral(JavaType type, long min, long max) {
    return new Shape.Integral(type, BigInteger.valueOf(min), BigInteger.valueOf(max));
  }

  private static Shape time(JavaType type, Class<?> raw) {
    if (raw == LocalDate.class) {
      return new Shape.Formatted(type, "YYYY-MM-DD (ISO-8601)", IsoText::localDate);
    }
    if (raw == LocalTime.class) {
      return new Shape.Formatted(type, "HH:MM[:SS] (ISO-8601)", IsoText::localTime);
    }
    if (raw == YearMonth.class) {
      return new Shape.Formatted(type, "YYYY-MM (ISO-8601)", IsoText::yearMonth);
    }
    if (raw == Period.class) {
      return new Shape.Formatted(type, "PnYnMnD (ISO-8601)", IsoText::period);
    }
    return null;
  }

  /** Returns the codes of an enum's constants: their {@code code()} if given, else their name. */
  static Map<String, Object> enumCodes(Class<?> enumType, Method code) {
    Map<String, Object> codes = new LinkedHashMap<>();
    for (Object constant : enumType.getEnumConstants()) {
      try {
        String text = code == null ? ((Enum<?>) constant).name() : (String) code.invoke(constant);
        if (codes.put(text, constant) != null) {
          throw new IllegalStateException("duplicate code " + text + " in " + enumType);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return codes;
  }

  /** Returns the public {@code String code()} method of an enum, or null. */
  static Method codeMethod(Class<?> enumType) {
    try {
      Method m = enumType.getMethod("code");
      return m.getReturnType() == String.class && !Modifier.isStatic(m.getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static IllegalStateException unmapped(JavaType type, String why) {
    return new IllegalStateException("No JSON mapping for " + type + ": " + why);
  }
}
