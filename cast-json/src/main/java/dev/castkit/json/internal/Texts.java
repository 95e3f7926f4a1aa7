package dev.castkit.json.internal;

/** Text checks shared by the reader and the writer. Not API. */
final class Texts {
  private Texts() {}

  /** Whether the text holds a surrogate that is not part of a pair (not Unicode text). */
  static boolean hasUnpairedSurrogate(String s) {
    int n = s.length();
    int all = 0;
    for (int i = 0; i < n; i++) {
      all |= s.charAt(i);
    }
    if (all < Character.MIN_SURROGATE) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** The same over a parser's character buffer. */
  static boolean hasUnpairedSurrogate(char[] chars, int offset, int length) {
    int end = offset + length;
    // Fast path, a loop the JIT can vectorize: when no character reaches U+D800, none is a
    // surrogate. Most texts (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic) never get further.
    int all = 0;
    for (int i = offset; i < end; i++) {
      all |= chars[i];
    }
    if (all < Character.MIN_SURROGATE) {
      return false;
    }
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }
}
