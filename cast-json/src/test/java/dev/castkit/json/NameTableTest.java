package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.json.CastJsonException.Code;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents whose field names defeat Jackson's table of names (many names of one hash) read as any
 * other: castkit reads them again without the table.
 */
class NameTableTest {
  private static final String HEAD =
      "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\", \"x-keys\": {";

  /**
   * 2^bits names of 2 * bits characters made of two pairs that have one hash in Jackson's table of
   * names for text (its multiplier is 33: "Aa" and "B@" give the same hash, whatever the seed).
   */
  private static List<String> collidingInText(int bits) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 1 << bits; i++) {
      StringBuilder name = new StringBuilder();
      for (int b = 0; b < bits; b++) {
        name.append(((i >> b) & 1) == 0 ? "Aa" : "B@");
      }
      names.add(name.toString());
    }
    return names;
  }

  /**
   * The 924 names of a 12-byte prefix and 12 four-byte groups of which 6 are "aaaa" and 6 "bbbb":
   * Jackson's table of names for bytes adds up the groups after the third, so they share a hash and
   * fill the table's spill-over area (a suspected attack, which Jackson refuses).
   */
  private static List<String> collidingInBytes() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 1 << 12; i++) {
      if (Integer.bitCount(i) == 6) {
        StringBuilder name = new StringBuilder("x.name.key..");
        for (int b = 0; b < 12; b++) {
          name.append(((i >> b) & 1) == 0 ? "aaaa" : "bbbb");
        }
        names.add(name.toString());
      }
    }
    return names;
  }

  private static String document(List<String> names) {
    StringBuilder doc = new StringBuilder(HEAD);
    for (int i = 0; i < names.size(); i++) {
      doc.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append("\": ").append(i);
    }
    return doc.append("}}").toString();
  }

  private static void assertKeys(CastAnalysis read, List<String> names) {
    Map<String, ExtensionValue> members =
        ((ExtensionValue.ObjectValue) read.extensions().get("x-keys")).members();
    assertThat(members.keySet()).containsExactlyInAnyOrderElementsOf(names);
    for (int i = 0; i < names.size(); i++) {
      assertThat(members.get(names.get(i))).isEqualTo(ExtensionValue.number(Integer.toString(i)));
    }
  }

  @Test
  void textWithManyNamesOfOneHashReadsAfterAnotherSuchText() {
    // Reading 512 such names and then 1,024 with one factory made Jackson's table fail
    // ("Internal error on SymbolTable.rehash(): had 192 entries; now have 191", jackson-core
    // 2.23), which was reported as a syntax error in a well-formed document.
    CastJson json = CastJson.builder().build();
    for (int bits = 9; bits <= 10; bits++) {
      List<String> names = collidingInText(bits);
      assertKeys(json.read(document(names)), names);
    }
    // and the factory still reads other documents
    List<String> plain = List.of("a", "b", "c");
    assertKeys(json.read(document(plain)), plain);
    assertKeys(json.read(document(plain).getBytes(StandardCharsets.UTF_8)), plain);
  }

  @Test
  void bytesWithManyNamesOfOneHashAreReadWithoutTheTable() {
    List<String> names = collidingInBytes();
    byte[] doc = document(names).getBytes(StandardCharsets.UTF_8);
    assertKeys(CastJson.builder().build().read(doc), names);
  }

  @Test
  void readWithoutTheTableTheBytesAreStillCheckedAsUtf8() {
    List<String> names = collidingInBytes();
    byte[] doc = document(names).getBytes(StandardCharsets.UTF_8);
    // an overlong '/' (0xC0 0xAF) in the last name, which the table overflows before it reaches
    int at = document(names).lastIndexOf("aaaa");
    byte[] broken = new byte[doc.length + 2];
    System.arraycopy(doc, 0, broken, 0, at);
    broken[at] = (byte) 0xC0;
    broken[at + 1] = (byte) 0xAF;
    System.arraycopy(doc, at, broken, at + 2, doc.length - at);
    CastJsonException e =
        catchThrowableOfType(
            CastJsonException.class, () -> CastJson.builder().build().read(broken));
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(at + 1);
    assertThat(e.detail()).contains("invalid UTF-8").contains("0xc0");
  }
}
