package dev.castkit.core.internal;

import dev.castkit.core.CastModelException;

/** Id syntax and ordering shared by every typed id. Not API. */
public final class Ids {
  /** The longest id accepted. */
  public static final int MAX_LENGTH = 128;

  /** The id syntax as a regular expression, for documentation and schemas. */
  public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

  private Ids() {}

  /**
   * Returns {@code value} when it is a well-formed id.
   *
   * @throws CastModelException with {@code NULL_ATTRIBUTE} when it is null, {@code BLANK_TEXT} when
   *     it is empty or only white space, {@code MALFORMED_ID} otherwise
   */
  public static String require(String type, String value) {
    if (value == null) {
      throw new CastModelException(
          CastModelException.Code.NULL_ATTRIBUTE,
          type,
          "value",
          type + " is null: an id needs a value (for example H-1 or SC-1.a)");
    }
    if (value.isBlank()) {
      throw new CastModelException(
          CastModelException.Code.BLANK_TEXT,
          type,
          "value",
          type
              + " is "
              + (value.isEmpty() ? "empty" : "only white space")
              + ": an id needs 1 to "
              + MAX_LENGTH
              + " letters, digits, '.', '_', ':' or '-' (for example H-1 or SC-1.a)");
    }
    if (!isValid(value)) {
      throw new CastModelException(
          CastModelException.Code.MALFORMED_ID,
          type,
          "value",
          type
              + " '"
              + Texts.abbreviate(value)
              + "' is not a valid id: use 1 to "
              + MAX_LENGTH
              + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit"
              + " (for example H-1 or SC-1.a)");
    }
    return value;
  }

  /** Whether {@code value} is a well-formed id. */
  public static boolean isValid(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    char first = value.charAt(0);
    if (first >= 128 || ID_CHAR[first] != ALPHANUMERIC) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 128 || ID_CHAR[c] == 0) {
        return false;
      }
    }
    return true;
  }

  private static final byte ALPHANUMERIC = 1;
  private static final byte PUNCTUATION = 2;

  /** For each ASCII character: 0 when an id cannot hold it, else what it is. */
  private static final byte[] ID_CHAR = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      ID_CHAR[c] =
          alphanumeric
              ? ALPHANUMERIC
              : (c == '.' || c == '_' || c == ':' || c == '-') ? PUNCTUATION : 0;
    }
  }

  /**
   * Natural order: runs of digits compare by numeric value, so {@code H-2} sorts before {@code
   * H-10}; ties (such as {@code H-01} and {@code H-1}) fall back to plain string order, so the
   * order is total and consistent with equals.
   */
  public static int compareNatural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb)) {
        int si = i;
        int sj = j;
        while (si < a.length() && a.charAt(si) == '0') {
          si++;
        }
        while (sj < b.length() && b.charAt(sj) == '0') {
          sj++;
        }
        int ei = si;
        int ej = sj;
        while (ei < a.length() && isDigit(a.charAt(ei))) {
          ei++;
        }
        while (ej < b.length() && isDigit(b.charAt(ej))) {
          ej++;
        }
        int lengthDifference = (ei - si) - (ej - sj);
        if (lengthDifference != 0) {
          return lengthDifference;
        }
        for (int k = 0; k < ei - si; k++) {
          int d = a.charAt(si + k) - b.charAt(sj + k);
          if (d != 0) {
            return d;
          }
        }
        i = ei;
        j = ej;
      } else {
        if (ca != cb) {
          return ca - cb;
        }
        i++;
        j++;
      }
    }
    int remaining = (a.length() - i) - (b.length() - j);
    return remaining != 0 ? remaining : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
