package io.github.esspetiteenfance.json;

/**
 * A location in a JSON document, rendered as a JSON Pointer (RFC 6901) only when a problem is
 * reported. This class is immutable and thread-safe.
 */
final class JsonPath {

  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final JsonPath parent;
  private final String name;
  private final int index;

  private JsonPath(JsonPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  JsonPath property(String propertyName) {
    return new JsonPath(this, propertyName, -1);
  }

  JsonPath index(int arrayIndex) {
    return new JsonPath(this, null, arrayIndex);
  }

  String pointer() {
    if (parent == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    append(out);
    return out.toString();
  }

  private void append(StringBuilder out) {
    if (parent == null) {
      return;
    }
    parent.append(out);
    out.append('/');
    if (name == null) {
      out.append(index);
    } else {
      escape(name, out);
    }
  }

  static String escape(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    escape(segment, out);
    return out.toString();
  }

  private static void escape(String segment, StringBuilder out) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '~') {
        out.append("~0");
      } else if (c == '/') {
        out.append("~1");
      } else {
        out.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return pointer();
  }
}
