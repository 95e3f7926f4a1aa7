package dev.castkit.json.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON pointer: {@code ""} for the whole document, else {@code /}-separated reference
 * tokens in which {@code ~1} is {@code /} and {@code ~0} is {@code ~}. Not API. Immutable.
 */
public final class Pointer {
  /** The whole document. */
  public static final Pointer ROOT = new Pointer(List.of(), "");

  private final List<String> tokens;
  private final String text;

  private Pointer(List<String> tokens, String text) {
    this.tokens = tokens;
    this.text = text;
  }

  /**
   * Parses a pointer.
   *
   * @param text the pointer
   * @return the pointer
   * @throws IllegalArgumentException when it is not one, with what is wrong
   */
  public static Pointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "\""
              + CastReader.abbreviate(text)
              + "\" is not a JSON pointer: it must be empty or start with '/'");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 1; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '/';
      if (c == '/') {
        tokens.add(token.toString());
        token.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException(
              "\""
                  + CastReader.abbreviate(text)
                  + "\" is not a JSON pointer: '~' at "
                  + i
                  + " must be followed by 0 or 1");
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    return new Pointer(List.copyOf(tokens), text);
  }

  /**
   * Escapes one reference token.
   *
   * @param token the token
   * @return it with {@code ~} as {@code ~0} and {@code /} as {@code ~1}
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer one token further down.
   *
   * @param token an unescaped token (a member name or an array index)
   * @return the child pointer
   */
  public Pointer child(String token) {
    List<String> more = new ArrayList<>(tokens.size() + 1);
    more.addAll(tokens);
    more.add(token);
    return new Pointer(List.copyOf(more), text + "/" + escape(token));
  }

  /**
   * The pointer to an array item.
   *
   * @param index the index
   * @return the child pointer
   */
  public Pointer child(int index) {
    return child(Integer.toString(index));
  }

  /**
   * The pointer to the value holding the one this pointer names.
   *
   * @param length how many tokens to keep, at most {@code tokens().size()}
   * @return the pointer of the first {@code length} tokens
   */
  public Pointer prefix(int length) {
    if (length == tokens.size()) {
      return this;
    }
    StringBuilder prefix = new StringBuilder();
    for (String token : tokens.subList(0, length)) {
      prefix.append('/').append(escape(token));
    }
    return new Pointer(tokens.subList(0, length), prefix.toString());
  }

  /**
   * The unescaped reference tokens.
   *
   * @return the tokens, none for the whole document
   */
  public List<String> tokens() {
    return tokens;
  }

  /**
   * Whether this pointer names a value strictly inside the one another names.
   *
   * @param ancestor another pointer
   * @return whether it is a proper prefix of this one
   */
  public boolean isStrictlyInside(Pointer ancestor) {
    return tokens.size() > ancestor.tokens.size()
        && tokens.subList(0, ancestor.tokens.size()).equals(ancestor.tokens);
  }

  /** Returns the pointer as written. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pointer p && p.tokens.equals(tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }
}
