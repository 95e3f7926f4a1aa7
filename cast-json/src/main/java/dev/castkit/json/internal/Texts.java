package dev.castkit.json.internal;

/** Text checks shared by the reader and the writer. Not API. */
final class Texts {
  private Texts() {}

  /** Whether the text holds a surrogate that is not part of a pair (not Unicode text). */
  static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
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
    for (int i = offset, end = offset + length; i < end; i++) {
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
