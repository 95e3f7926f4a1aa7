package dev.castkit.json.internal;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.TimePrecision;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.Model;
import dev.castkit.json.CastJsonException;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a {@link CastAnalysis} as canonical format version 1, walking the {@link Model}. Not API.
 * Not thread-safe; one instance writes one analysis.
 *
 * <p>Canonical: fields in the description's order; absent optionals, empty collections and default
 * values left out; sets of ids in the ids' natural order; extension keys sorted.
 */
public final class CastWriter {
  private final TokenWriter g;
  private final int maxDepth;
  private int baseDepth;

  /** The minor version written: the lowest that holds the analysis being written. */
  private int writtenMinor = Integer.MAX_VALUE;

  /**
   * Creates a writer.
   *
   * @param tokens where the tokens go, positioned where a value may be written
   * @param maxNestingDepth the deepest nesting of objects and arrays to write
   */
  public CastWriter(TokenWriter tokens, int maxNestingDepth) {
    this.g = tokens;
    this.maxDepth = maxNestingDepth;
  }

  /**
   * Writes the analysis as one object.
   *
   * @param a the analysis
   * @throws IOException from the generator
   * @throws CastJsonException when the analysis cannot be written in the format
   */
  public void write(CastAnalysis a) throws IOException {
    baseDepth = g.depth();
    writtenMinor = Model.minorVersionNeeded(a);
    object(Model.ANALYSIS, a);
  }

  private void object(ElementType<?, ?> type, Object element) throws IOException {
    g.startObject();
    for (int i = 0, n = type.fields().size(); i < n; i++) {
      Field f = type.field(i);
      switch (f.shape()) {
        case REQUIRED -> {
          g.name(f.number());
          single(f, f.get(element));
        }
        case OPTIONAL -> {
          Optional<?> value = (Optional<?>) f.get(element);
          if (value.isPresent()) {
            g.name(f.number());
            single(f, value.get());
          }
        }
        case DEFAULTED -> {
          Object value = f.get(element);
          if (!value.equals(f.defaultValue())) {
            g.name(f.number());
            single(f, value);
          }
        }
        case LIST -> {
          List<?> values = (List<?>) f.get(element);
          if (!values.isEmpty()) {
            g.name(f.number());
            g.startArray();
            for (Object v : values) {
              single(f, v);
            }
            g.endArray();
          }
        }
        case SET -> ids(f, (Set<?>) f.get(element));
      }
    }
    extensions(type, type.extensions(element));
    g.endObject();
  }

  private void single(Field f, Object value) throws IOException {
    switch (f.kind()) {
      case VERSION -> string(writtenMinor == 0 ? "1.0" : CastReader.FORMAT_VERSION);
      case TEXT, ANY_ID -> string((String) value);
      case ID -> string(((ElementId) value).value());
      case ENUM -> string(((Enum<?>) value).name());
      case INT -> g.number((Integer) value);
      case BOOLEAN -> g.bool((Boolean) value);
      case TIME -> {
        EventTime time = (EventTime) value;
        if (!Times.writable(time.at())) {
          throw invalid(
              f.name(),
              "the time " + time.at() + " is outside the years 0000 to 9999 the format allows");
        }
        string(Times.format(time.at(), time.precision() == TimePrecision.MILLISECOND));
      }
      case DATE -> {
        LocalDate date = (LocalDate) value;
        if (!Times.writable(date)) {
          throw invalid(f.name(), "the date " + date + " is outside the years 0000 to 9999");
        }
        string(Times.format(date));
      }
      case ZONE -> string(((ZoneId) value).getId());
      case DURATION -> string(((Duration) value).toString());
      case DECIMAL -> g.numberLiteral(((BigDecimal) value).toPlainString());
      case OBJECT -> object(f.elementType(), value);
    }
  }

  private void string(String value) throws IOException {
    if (Texts.hasUnpairedSurrogate(value)) {
      throw unpaired(g.pointer());
    }
    g.string(value);
  }

  private void ids(Field f, Collection<?> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    g.name(f.number());
    g.startArray();
    if (ids.size() == 1) {
      // most sets hold one id: nothing to sort
      g.string(((ElementId) ids.iterator().next()).value());
    } else {
      ElementId[] sorted = ids.toArray(new ElementId[0]);
      Arrays.sort(sorted);
      for (ElementId id : sorted) {
        g.string(id.value());
      }
    }
    g.endArray();
  }

  private void extensions(ElementType<?, ?> type, Map<String, ExtensionValue> extensions)
      throws IOException {
    if (extensions.isEmpty()) {
      return;
    }
    String[] keys = extensions.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    for (String key : keys) {
      Field field = type.field(key);
      // a key that names a field of a later minor version than the one written is only a key
      if (field != null && field.since() <= writtenMinor) {
        throw new CastJsonException(
            Code.EXTENSION_KEY_CONFLICT,
            "the extension key '"
                + CastReader.abbreviate(key)
                + "' of a "
                + type.name()
                + " is also the name of a known field; rename the extension (for example with an"
                + " \"x-\" prefix)",
            g.memberPointer(key),
            CastJsonException.UNKNOWN_POSITION,
            CastJsonException.UNKNOWN_POSITION,
            null);
      }
      name(key);
      value(extensions.get(key));
    }
  }

  private void name(String name) throws IOException {
    if (Texts.hasUnpairedSurrogate(name)) {
      throw unpaired(g.memberPointer(name));
    }
    g.name(name);
  }

  private void value(ExtensionValue v) throws IOException {
    if (v instanceof ExtensionValue.StringValue s) {
      string(s.value());
    } else if (v instanceof ExtensionValue.NumberValue n) {
      g.numberLiteral(n.literal());
    } else if (v instanceof ExtensionValue.BooleanValue b) {
      g.bool(b.value());
    } else if (v instanceof ExtensionValue.NullValue) {
      g.nullValue();
    } else if (v instanceof ExtensionValue.ArrayValue a) {
      checkDepth();
      g.startArray();
      for (ExtensionValue e : a.elements()) {
        value(e);
      }
      g.endArray();
    } else {
      ExtensionValue.ObjectValue o = (ExtensionValue.ObjectValue) v;
      checkDepth();
      g.startObject();
      for (Map.Entry<String, ExtensionValue> e : o.members().entrySet()) {
        name(e.getKey());
        value(e.getValue());
      }
      g.endObject();
    }
  }

  private void checkDepth() {
    if (g.depth() - baseDepth + 1 > maxDepth) {
      throw new CastJsonException(
          Code.NESTING_TOO_DEEP,
          "an extension value is nested deeper than the limit of " + maxDepth,
          g.pointer(),
          CastJsonException.UNKNOWN_POSITION,
          CastJsonException.UNKNOWN_POSITION,
          null);
    }
  }

  private static CastJsonException unpaired(String at) {
    return new CastJsonException(
        Code.INVALID_VALUE,
        "a text holds an unpaired UTF-16 surrogate, which is not Unicode text and cannot be"
            + " written as UTF-8",
        at,
        CastJsonException.UNKNOWN_POSITION,
        CastJsonException.UNKNOWN_POSITION,
        null);
  }

  private CastJsonException invalid(String field, String detail) {
    return new CastJsonException(
        Code.INVALID_VALUE,
        detail,
        g.memberPointer(field),
        CastJsonException.UNKNOWN_POSITION,
        CastJsonException.UNKNOWN_POSITION,
        null);
  }
}
