package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Severity;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Which version a writer writes, and what a field name that 1.1 added means in a document of 1.0:
 * an extension, as its writer meant it.
 */
class FormatVersionsTest {
  private static final CastJson JSON = CastJson.standard();

  private static String doc(String version, String extra) {
    return "{\n"
        + "  \"formatVersion\": \""
        + version
        + "\",\n"
        + "  \"id\": \"CAST-1\",\n"
        + "  \"title\": \"t\""
        + extra
        + "\n}\n";
  }

  @Test
  void anAnalysisThatUsesNothingOf11IsWrittenAs10AndOneThatDoesAs11() {
    CastAnalysis plain = JSON.read(doc("1.0", ""));
    assertThat(JSON.write(plain)).startsWith("{\n  \"formatVersion\": \"1.0\",");
    CastAnalysis zoned = plain.toBuilder().timeZone(ZoneId.of("Europe/Berlin")).build();
    assertThat(JSON.write(zoned)).startsWith("{\n  \"formatVersion\": \"1.1\",");
    assertThat(CastJson.FORMAT_VERSION).isEqualTo("1.1");
  }

  @Test
  void aFieldNameThat11AddedIsAnExtensionInA10DocumentAndWrittenBackByteForByte() {
    String v10 = doc("1.0", ",\n  \"severity\": \"SEV-2\",\n  \"timeZone\": \"somewhere\"");
    CastAnalysis a = JSON.read(v10);
    assertThat(a.severity()).isEmpty();
    assertThat(a.timeZone()).isEmpty();
    assertThat(a.extensions())
        .containsEntry("severity", ExtensionValue.of("SEV-2"))
        .containsEntry("timeZone", ExtensionValue.of("somewhere"));
    assertThat(JSON.write(a)).isEqualTo(v10);
  }

  @Test
  void inA11DocumentTheSameNameIsTheFieldAndItsValueIsChecked() {
    CastJsonException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CastJsonException.class, () -> JSON.read(doc("1.1", ",\n  \"severity\": \"SEV-2\"")));
    assertThat(e.code()).isEqualTo(CastJsonException.Code.WRONG_TYPE);
    assertThat(e.jsonPointer()).isEqualTo("/severity");
    assertThat(JSON.read(doc("1.1", ",\n  \"severity\": {\"label\": \"SEV-2\"}")).severity())
        .contains(Severity.builder().label("SEV-2").build());
  }

  @Test
  void anExtensionNamedLikeA11FieldCannotBeWrittenInA11Document() {
    CastAnalysis a =
        JSON.read(doc("1.0", ",\n  \"severity\": \"SEV-2\"")).toBuilder()
            .timeZone(ZoneId.of("UTC"))
            .build();
    assertThatThrownBy(() -> JSON.write(a))
        .isInstanceOfSatisfying(
            CastJsonException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CastJsonException.Code.EXTENSION_KEY_CONFLICT);
              assertThat(e.jsonPointer()).isEqualTo("/severity");
            });
  }

  @Test
  void aKeyThatNamesA10FieldIsStillRefusedAtBuild() {
    assertThatThrownBy(
            () ->
                CastAnalysis.builder()
                    .id(dev.castkit.core.AnalysisId.of("CAST-1"))
                    .title("t")
                    .putExtension("title", ExtensionValue.of("x"))
                    .build())
        .isInstanceOf(dev.castkit.core.CastModelException.class);
  }
}
