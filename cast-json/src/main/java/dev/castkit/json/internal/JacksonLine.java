package dev.castkit.json.internal;

import com.fasterxml.jackson.core.Version;

/**
 * The Jackson 2 line found at run time, and what the codec may use of it. Not API.
 *
 * <p>cast-json is compiled against the newest Jackson 2 but runs on every line from {@link
 * #FLOOR_MINOR 2.15} on. Every use of an API newer than 2.15 sits in {@link Since216} or {@link
 * Since218} and runs only when the line has it (the JVM links a call only when it runs, so a
 * missing method is never reached); the guarantee it gives is kept by castkit itself on older
 * lines:
 *
 * <ul>
 *   <li>the length of field names (2.16's {@code maxNameLength}): the reader checks every name;
 *   <li>the size of a document (2.16's {@code maxDocumentLength}): {@code CastJson} checks bytes,
 *       text and streams before parsing, SnakeYAML's code point limit bounds YAML;
 *   <li>the nesting depth of what is written (2.16's {@code StreamWriteConstraints}): the writer
 *       counts the depth of extension values, the only open-ended nesting;
 *   <li>characters outside the BMP written as UTF-8 rather than as escaped surrogate pairs (2.18's
 *       {@code COMBINE_UNICODE_SURROGATES_IN_UTF8}): the document is written as text and encoded by
 *       castkit;
 *   <li>strict UTF-8 in field names (checked by the byte parser from 2.23 on): a document that is
 *       not UTF-8 is checked by castkit ({@code Utf8}), unless Jackson found the error itself;
 *   <li>the canonical layout ({@code "key": value}, {@code []}, {@code {}}: 2.16 and 2.17's {@code
 *       Separators}): castkit's own {@link CanonicalPrinter}.
 * </ul>
 *
 * <p>An older line than 2.15 lacks the read limits themselves ({@code StreamReadConstraints}); it
 * is refused when a codec or the module is made, with a message naming the versions.
 */
public final class JacksonLine {
  private JacksonLine() {}

  /** The oldest Jackson 2 minor line cast-json runs on (2.15, the line of Spring Boot 3.1). */
  static final int FLOOR_MINOR = 15;

  /** jackson-core's version, as its jar reports it. */
  static final Version CORE = com.fasterxml.jackson.core.json.PackageVersion.VERSION;

  /** 2.16: {@code StreamWriteConstraints}, {@code maxNameLength}, {@code maxDocumentLength}. */
  static final boolean WRITE_CONSTRAINTS_AND_NAME_LIMIT = atLeast(CORE, 16);

  /** 2.18: {@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8}. */
  static final boolean COMBINES_SURROGATES = atLeast(CORE, 18);

  /** 2.23: the byte parser checks the UTF-8 of field names too (before, only of values). */
  static final boolean CHECKS_UTF8_OF_NAMES = atLeast(CORE, 23);

  /**
   * Whether a version is on a line at least as new as 2.{@code minor}. A version that is not known
   * (0.0.0, from a jar whose version was lost, such as a repackaged one) counts as new: the calls
   * that depend on it then fail as they always did rather than being refused without cause.
   */
  static boolean atLeast(Version v, int minor) {
    if (v.isUnknownVersion() || v.getMajorVersion() == 0) {
      return true;
    }
    return v.getMajorVersion() > 2 || v.getMinorVersion() >= minor;
  }

  /**
   * Refuses a Jackson component older than the floor.
   *
   * @param artifact the Maven coordinates of the component, for the message
   * @param found the version found
   * @throws IllegalStateException when it is older than 2.15
   */
  public static void require(String artifact, Version found) {
    if (!atLeast(found, FLOOR_MINOR)) {
      throw new IllegalStateException(
          "castkit's cast-json needs "
              + artifact
              + " 2."
              + FLOOR_MINOR
              + " or newer (a Jackson 2 line from 2."
              + FLOOR_MINOR
              + " on); found "
              + found
              + ". Upgrade Jackson (with Spring Boot: 3.1 or newer, or set the property"
              + " jackson-bom.version)");
    }
  }

  /** Refuses a jackson-core older than the floor. */
  public static void requireCore() {
    require("com.fasterxml.jackson.core:jackson-core", CORE);
  }
}
