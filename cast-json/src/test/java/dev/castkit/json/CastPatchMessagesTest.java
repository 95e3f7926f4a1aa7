package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.AnalysisId;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.json.CastJsonException.Code;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a failing JSON Patch says: which step of a pointer names nothing, how many items an array
 * has, why a token is no index, and the nesting bound on what a patch may build.
 */
class CastPatchMessagesTest {
  private static final CastAnalysis THREE =
      CastAnalysis.builder()
          .id(AnalysisId.of("CAST-1"))
          .title("t")
          .putExtension(
              "x-list",
              ExtensionValue.array(
                  List.of(ExtensionValue.of("a"), ExtensionValue.of("b"), ExtensionValue.of("c"))))
          .putExtension("x-one", ExtensionValue.array(List.of(ExtensionValue.of("a"))))
          .putExtension(
              "x-obj", ExtensionValue.object(java.util.Map.of("k", ExtensionValue.of(true))))
          .putExtension(
              "x-nest",
              ExtensionValue.object(
                  java.util.Map.of(
                      "a", ExtensionValue.object(java.util.Map.of("b", ExtensionValue.of("1"))))))
          .build();

  private static CastJsonException applyFails(String... operations) {
    CastPatch patch = CastPatch.parse("[" + String.join(",", operations) + "]");
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> patch.applyTo(THREE));
    assertThat(e).as("applying fails with a CastJsonException").isNotNull();
    return e;
  }

  @Test
  void anIndexPastTheLastItemNamesNoItemAndCountsTheItems() {
    CastJsonException e = applyFails("{\"op\": \"remove\", \"path\": \"/x-list/3\"}");
    assertThat(e.code()).isEqualTo(Code.PATCH_TARGET_NOT_FOUND);
    assertThat(e.detail())
        .contains("\"/x-list/3\" names no item: the array has 3 items")
        .doesNotContain("not an index");
    // the last item itself exists
    assertThat(
            CastPatch.parse("[{\"op\": \"remove\", \"path\": \"/x-list/2\"}]")
                .applyTo(THREE)
                .extensions()
                .get("x-list"))
        .isEqualTo(ExtensionValue.array(List.of(ExtensionValue.of("a"), ExtensionValue.of("b"))));
  }

  @Test
  void addingMayNameThePlaceAfterTheLastItemButNotBeyond() {
    assertThat(
            CastPatch.parse("[{\"op\": \"add\", \"path\": \"/x-list/3\", \"value\": \"d\"}]")
                .applyTo(THREE)
                .extensions()
                .get("x-list"))
        .isEqualTo(
            ExtensionValue.array(
                List.of(
                    ExtensionValue.of("a"),
                    ExtensionValue.of("b"),
                    ExtensionValue.of("c"),
                    ExtensionValue.of("d"))));
    CastJsonException e =
        applyFails("{\"op\": \"add\", \"path\": \"/x-list/4\", \"value\": \"e\"}");
    assertThat(e.detail()).contains("\"/x-list/4\" names no place: the array has 3 items");
  }

  @Test
  void oneItemIsSingular() {
    assertThat(applyFails("{\"op\": \"remove\", \"path\": \"/x-one/1\"}").detail())
        .contains("the array has 1 item")
        .doesNotContain("1 items");
  }

  @Test
  void aTokenThatIsNoIndexIsNamed() {
    for (String token : List.of("01", "x", "1234567890", "")) {
      assertThat(applyFails("{\"op\": \"remove\", \"path\": \"/x-list/" + token + "\"}").detail())
          .as(token)
          .contains("and \"" + token + "\" is not an index");
    }
    // "-" is the place after the last item: it names no item to remove, but is an index
    assertThat(applyFails("{\"op\": \"remove\", \"path\": \"/x-list/-\"}").detail())
        .contains("names no item")
        .doesNotContain("not an index");
    // nine digits are still read as a number
    assertThat(applyFails("{\"op\": \"remove\", \"path\": \"/x-list/123456789\"}").detail())
        .doesNotContain("not an index");
  }

  @Test
  void aMissingMemberIsNamedWithThePathUpToIt() {
    CastJsonException e = applyFails("{\"op\": \"remove\", \"path\": \"/x-obj/nope/deeper\"}");
    assertThat(e.detail()).contains("\"/x-obj/nope\" names no value: the object has no \"nope\"");
  }

  @Test
  void aFailedTestShowsTheValueFoundShortenedAfter77Characters() {
    String longText = "v".repeat(100);
    CastPatch setLong =
        CastPatch.parse(
            "[{\"op\": \"replace\", \"path\": \"/title\", \"value\": \""
                + longText
                + "\"},"
                + "{\"op\": \"test\", \"path\": \"/title\", \"value\": \"other\"}]");
    CastJsonException e =
        catchThrowableOfType(CastJsonException.class, () -> setLong.applyTo(THREE));
    assertThat(e.code()).isEqualTo(Code.PATCH_TEST_FAILED);
    assertThat(e.detail()).contains("\"" + "v".repeat(76) + "...").doesNotContain("v".repeat(77));
  }

  @Test
  void replacingAValueBeyondTheDeepestNestingIsRefusedByThePatch() {
    // 998 arrays still parse inside the patch (its array and operation make 1,000); placed at
    // /x-nest/a/b they would make the document 1,001 deep, deeper than any reader reads
    String deep = "[".repeat(998) + "]".repeat(998);
    CastPatch patch =
        CastPatch.parse(
            "[{\"op\": \"replace\", \"path\": \"/x-nest/a/b\", \"value\": " + deep + "}]");
    CastJsonException e = catchThrowableOfType(CastJsonException.class, () -> patch.applyTo(THREE));
    assertThat(e.code()).isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(e.detail()).contains("deeper than " + CastJson.MAX_NESTING_DEPTH_LIMIT);
    assertThat(e.jsonPointer()).isEqualTo("/0/path");
  }

  @Test
  void patchesOfEqualOperationsAreEqualWhateverTheirLayout() {
    CastPatch a = CastPatch.parse("[{\"op\": \"remove\", \"path\": \"/x-list/0\"}]");
    CastPatch b = CastPatch.parse("[\n  { \"path\" : \"/x-list/0\",\n    \"op\" : \"remove\" } ]");
    CastPatch other = CastPatch.parse("[{\"op\": \"remove\", \"path\": \"/x-list/1\"}]");
    CastPatch withValue =
        CastPatch.parse("[{\"op\": \"add\", \"path\": \"/x-list/0\", \"value\": 1}]");
    CastPatch otherValue =
        CastPatch.parse("[{\"op\": \"add\", \"path\": \"/x-list/0\", \"value\": 2}]");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
    assertThat(withValue).isNotEqualTo(otherValue);
    assertThat(a.toString()).isEqualTo(a.toJson()).contains("\"remove\"").contains("/x-list/0");
  }
}
