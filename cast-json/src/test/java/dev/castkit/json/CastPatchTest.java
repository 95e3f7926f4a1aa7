package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.Hazard;
import dev.castkit.core.LossId;
import dev.castkit.json.CastJsonException.Code;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Patch: each operation, each error, and what between() gives for typical changes. */
class CastPatchTest {
  private static final CastJson JSON = CastJson.standard();
  private static final CastAnalysis COMPLETE = JSON.read(vector("valid-complete.json"));

  private static String vector(String name) {
    try (InputStream in = CastPatchTest.class.getResourceAsStream("/v1/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A patch of one operation, written as JSON. */
  private static CastPatch patch(String... operations) {
    return CastPatch.parse("[" + String.join(",", operations) + "]");
  }

  private static CastJsonException applyFails(CastPatch patch, CastAnalysis analysis) {
    CastJsonException e =
        catchThrowableOfType(CastJsonException.class, () -> patch.applyTo(analysis));
    assertThat(e).as("applying fails with a CastJsonException").isNotNull();
    return e;
  }

  private static CastJsonException parseFails(String patch) {
    CastJsonException e =
        catchThrowableOfType(CastJsonException.class, () -> CastPatch.parse(patch));
    assertThat(e).as("parsing fails with a CastJsonException").isNotNull();
    return e;
  }

  // ------------------------------------------------------------------ the six operations

  @Test
  void addSetsAMemberAndInsertsAnArrayItem() {
    CastAnalysis patched =
        patch(
                "{\"op\": \"add\", \"path\": \"/analysts/1\", \"value\": \"Katherine Johnson\"}",
                "{\"op\": \"add\", \"path\": \"/analysts/-\", \"value\": \"Alan Turing\"}",
                // tags are a field of 1.1: in a 1.0 document they would be an extension
                "{\"op\": \"replace\", \"path\": \"/formatVersion\", \"value\": \"1.1\"}",
                "{\"op\": \"add\", \"path\": \"/tags\", \"value\": [\"storage\"]}")
            .applyTo(COMPLETE);
    assertThat(patched.analysts())
        .containsExactly("Ada Lovelace", "Katherine Johnson", "Grace Hopper", "Alan Turing");
    assertThat(patched.tags()).containsExactly("storage");
  }

  @Test
  void addOfAnExistingMemberReplacesIt() {
    CastAnalysis patched =
        patch("{\"op\": \"add\", \"path\": \"/title\", \"value\": \"Renamed\"}").applyTo(COMPLETE);
    assertThat(patched.title()).isEqualTo("Renamed");
  }

  @Test
  void removeDropsAMemberAndAnArrayItem() {
    CastAnalysis patched =
        patch(
                "{\"op\": \"remove\", \"path\": \"/summary\"}",
                "{\"op\": \"remove\", \"path\": \"/hazards/0\"}")
            .applyTo(COMPLETE);
    assertThat(patched.summary()).isEmpty();
    assertThat(patched.hazards())
        .extracting(h -> h.id().toString())
        .containsExactly("H-2", "H-1.a");
  }

  @Test
  void replaceChangesAValueThatExists() {
    CastAnalysis patched =
        patch("{\"op\": \"replace\", \"path\": \"/hazards/1/description\", \"value\": \"New\"}")
            .applyTo(COMPLETE);
    assertThat(patched.hazards().get(1).description()).isEqualTo("New");
    assertThat(patched.hazards().get(0)).isEqualTo(COMPLETE.hazards().get(0));
  }

  @Test
  void replaceOfTheRootReplacesTheDocument() {
    String minimal = vector("valid-minimal.json");
    CastPatch patch =
        CastPatch.parse("[{\"op\": \"replace\", \"path\": \"\", \"value\": " + minimal + "}]");
    assertThat(patch.applyTo(JSON.write(COMPLETE))).isEqualTo(JSON.write(JSON.read(minimal)));
  }

  @Test
  void moveTakesAValueFromOnePlaceToAnother() {
    CastAnalysis patched =
        patch("{\"op\": \"move\", \"from\": \"/hazards/2\", \"path\": \"/hazards/0\"}")
            .applyTo(COMPLETE);
    assertThat(patched.hazards())
        .extracting(h -> h.id().toString())
        .containsExactly("H-1.a", "H-1", "H-2");
    CastAnalysis toItself =
        patch("{\"op\": \"move\", \"from\": \"/title\", \"path\": \"/title\"}").applyTo(COMPLETE);
    assertThat(toItself).isEqualTo(COMPLETE);
  }

  @Test
  void copyDuplicatesAValue() {
    CastAnalysis patched =
        patch("{\"op\": \"copy\", \"from\": \"/title\", \"path\": \"/summary\"}").applyTo(COMPLETE);
    assertThat(patched.summary()).contains(COMPLETE.title());
  }

  @Test
  void testPassesOnAnEqualValueAndFailsOnAnother() {
    CastPatch passing =
        patch(
            "{\"op\": \"test\", \"path\": \"/hazards/0\","
                + " \"value\": {\"losses\": [\"L-1\"], \"id\": \"H-1\","
                + " \"description\": \""
                + COMPLETE.hazards().get(0).description()
                + "\"}}",
            "{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"Tested\"}");
    assertThat(passing.applyTo(COMPLETE).title()).isEqualTo("Tested");

    CastJsonException e =
        applyFails(
            patch(
                "{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"Changed\"}",
                "{\"op\": \"test\", \"path\": \"/title\", \"value\": \"Original\"}"),
            COMPLETE);
    assertThat(e.code()).isEqualTo(Code.PATCH_TEST_FAILED);
    assertThat(e.jsonPointer()).isEqualTo("/1/value");
    assertThat(e.getMessage()).contains("operation 1", "/title", "\"Changed\"", "\"Original\"");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void testComparesNumbersByValue() {
    CastAnalysis withLevel =
        patch("{\"op\": \"add\", \"path\": \"/x-level\", \"value\": 10}").applyTo(COMPLETE);
    assertThat(
            patch("{\"op\": \"test\", \"path\": \"/x-level\", \"value\": 1.0e1}")
                .applyTo(withLevel))
        .isEqualTo(withLevel);
    assertThat(
            applyFails(
                    patch("{\"op\": \"test\", \"path\": \"/x-level\", \"value\": 11}"), withLevel)
                .code())
        .isEqualTo(Code.PATCH_TEST_FAILED);
  }

  @Test
  void pointersUnescapeTildeAndSlash() {
    CastAnalysis patched =
        patch("{\"op\": \"add\", \"path\": \"/x-a~1b~0c\", \"value\": true}").applyTo(COMPLETE);
    assertThat(patched.extensions()).containsEntry("x-a/b~c", ExtensionValue.of(true));
    assertThat(CastPatch.between(COMPLETE, patched).toJson()).contains("\"/x-a~1b~0c\"");
  }

  @Test
  void aValueOfThePatchIsNeverSharedWithADocument() {
    // the second operation changes what the first added: the patch's own value must not change
    CastPatch patch =
        patch(
            "{\"op\": \"add\", \"path\": \"/x-list\", \"value\": [1]}",
            "{\"op\": \"add\", \"path\": \"/x-list/-\", \"value\": 2}");
    String before = patch.toJson();
    CastAnalysis once = patch.applyTo(COMPLETE);
    assertThat(patch.applyTo(COMPLETE)).isEqualTo(once);
    assertThat(patch.toJson()).isEqualTo(before);
    assertThat(once.extensions().get("x-list"))
        .isEqualTo(
            ExtensionValue.array(List.of(ExtensionValue.number("1"), ExtensionValue.number("2"))));
  }

  @Test
  void applyingToTextGivesCanonicalText() {
    String compact = CastJson.builder().pretty(false).build().write(COMPLETE);
    String patched =
        patch("{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"T\"}").applyTo(compact);
    assertThat(patched)
        .isEqualTo(JSON.write(COMPLETE.toBuilder().title("T").build()))
        .isEqualTo(JSON.write(JSON.read(patched)));
  }

  // ------------------------------------------------------------------ failing operations

  @Test
  void aMissingPathIsReportedWithTheOperationsIndexAndPointer() {
    String second = "  {\"op\": \"remove\", \"path\": \"/nothing/here\"}";
    CastJsonException e =
        applyFails(
            CastPatch.parse(
                "[\n  {\"op\": \"test\", \"path\": \"/title\", \"value\": \""
                    + COMPLETE.title()
                    + "\"},\n"
                    + second
                    + "\n]"),
            COMPLETE);
    assertThat(e.code()).isEqualTo(Code.PATCH_TARGET_NOT_FOUND);
    assertThat(e.jsonPointer()).isEqualTo("/1/path");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(second.indexOf("\"/nothing") + 1);
    assertThat(e.getMessage()).contains("operation 1", "remove", "/nothing");
  }

  @Test
  void anIndexOutOfRangeIsReported() {
    CastJsonException e =
        applyFails(
            patch("{\"op\": \"replace\", \"path\": \"/hazards/3\", \"value\": {}}"), COMPLETE);
    assertThat(e.code()).isEqualTo(Code.PATCH_TARGET_NOT_FOUND);
    assertThat(e.getMessage()).contains("operation 0", "/hazards/3", "3 items");
    // one past the end is a place to add, not an item
    assertThat(
            applyFails(
                    patch("{\"op\": \"add\", \"path\": \"/analysts/3\", \"value\": \"x\"}"),
                    COMPLETE)
                .code())
        .isEqualTo(Code.PATCH_TARGET_NOT_FOUND);
    assertThat(
            patch("{\"op\": \"add\", \"path\": \"/analysts/2\", \"value\": \"x\"}")
                .applyTo(COMPLETE)
                .analysts())
        .hasSize(3);
  }

  @Test
  void indexesAreDecimalWithoutLeadingZerosAndDashOnlyAdds() {
    for (String path :
        List.of("/hazards/01", "/hazards/-", "/hazards/x", "/hazards/-1", "/hazards/")) {
      assertThat(
              applyFails(patch("{\"op\": \"remove\", \"path\": \"" + path + "\"}"), COMPLETE)
                  .code())
          .as(path)
          .isEqualTo(Code.PATCH_TARGET_NOT_FOUND);
    }
  }

  @Test
  void aStepThroughAStringIsReported() {
    CastJsonException e =
        applyFails(patch("{\"op\": \"add\", \"path\": \"/title/x\", \"value\": 1}"), COMPLETE);
    assertThat(e.code()).isEqualTo(Code.PATCH_TARGET_NOT_FOUND);
    assertThat(e.getMessage()).contains("\"/title\" is a string");
  }

  @Test
  void aMissingFromIsReportedAtFrom() {
    CastJsonException e =
        applyFails(
            patch("{\"op\": \"copy\", \"from\": \"/nothing\", \"path\": \"/summary\"}"), COMPLETE);
    assertThat(e.code()).isEqualTo(Code.PATCH_TARGET_NOT_FOUND);
    assertThat(e.jsonPointer()).isEqualTo("/0/from");
  }

  @Test
  void removingTheWholeDocumentIsRefused() {
    assertThat(applyFails(patch("{\"op\": \"remove\", \"path\": \"\"}"), COMPLETE).code())
        .isEqualTo(Code.PATCH_TARGET_NOT_FOUND);
  }

  @Test
  void aResultThatIsNoAnalysisIsTheReadersError() {
    CastJsonException blank =
        applyFails(
            patch("{\"op\": \"replace\", \"path\": \"/title\", \"value\": \" \"}"), COMPLETE);
    assertThat(blank.code()).isEqualTo(Code.BLANK_TEXT);
    assertThat(blank.jsonPointer()).isEqualTo("/title");
    assertThat(blank.line()).isPositive();
    CastJsonException missing =
        applyFails(patch("{\"op\": \"remove\", \"path\": \"/id\"}"), COMPLETE);
    assertThat(missing.code()).isEqualTo(Code.MISSING_FIELD);
  }

  @Test
  void aDocumentThatIsNoAnalysisIsTheReadersError() {
    CastPatch patch = patch("{\"op\": \"remove\", \"path\": \"/summary\"}");
    CastJsonException e =
        catchThrowableOfType(CastJsonException.class, () -> patch.applyTo("{\"id\": \"CAST-1\"}"));
    assertThat(e).isNotNull();
    assertThat(e.code()).isEqualTo(Code.MISSING_FIELD);
  }

  @Test
  void nullArgumentsAreRefusedClearly() {
    assertThatThrownBy(() -> CastPatch.parse((String) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("json");
    assertThatThrownBy(() -> CastPatch.between(COMPLETE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after");
    assertThatThrownBy(() -> patch().applyTo((CastAnalysis) null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ bad patches

  @Test
  void aPatchIsAnArrayOfObjects() {
    CastJsonException notArray = parseFails("{\"op\": \"add\"}");
    assertThat(notArray.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(notArray.jsonPointer()).isEmpty();
    CastJsonException notObject =
        parseFails("[\n  {\"op\": \"remove\", \"path\": \"/a\"},\n  7\n]");
    assertThat(notObject.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(notObject.jsonPointer()).isEqualTo("/1");
    assertThat(notObject.line()).isEqualTo(3);
    assertThat(notObject.column()).isEqualTo(3);
  }

  @Test
  void missingMembersAreReportedAtTheOperation() {
    CastJsonException noOp = parseFails("[{\"path\": \"/a\"}]");
    assertThat(noOp.code()).isEqualTo(Code.MISSING_FIELD);
    assertThat(noOp.jsonPointer()).isEqualTo("/0");
    assertThat(noOp.getMessage()).contains("\"op\"");
    assertThat(parseFails("[{\"op\": \"remove\"}]").getMessage()).contains("\"path\"");
    assertThat(parseFails("[{\"op\": \"add\", \"path\": \"/a\"}]").getMessage())
        .contains("\"value\"");
    assertThat(parseFails("[{\"op\": \"move\", \"path\": \"/a\"}]").getMessage())
        .contains("\"from\"");
    // null is a value
    assertThat(CastPatch.parse("[{\"op\": \"add\", \"path\": \"/x-n\", \"value\": null}]").size())
        .isEqualTo(1);
  }

  @Test
  void anUnknownOperationIsReportedWithTheSixThereAre() {
    CastJsonException e = parseFails("[{\"op\": \"delete\", \"path\": \"/a\"}]");
    assertThat(e.code()).isEqualTo(Code.UNKNOWN_ENUM_VALUE);
    assertThat(e.jsonPointer()).isEqualTo("/0/op");
    assertThat(e.column()).isEqualTo(9);
    assertThat(e.getMessage()).contains("delete", "add, remove, replace, move, copy, test");
  }

  @Test
  void membersOfTheWrongTypeAreReported() {
    CastJsonException e = parseFails("[{\"op\": \"remove\", \"path\": 3}]");
    assertThat(e.code()).isEqualTo(Code.WRONG_TYPE);
    assertThat(e.jsonPointer()).isEqualTo("/0/path");
  }

  @Test
  void malformedPointersAreReported() {
    for (String pointer : List.of("a/b", "/a~2", "/a~")) {
      CastJsonException e = parseFails("[{\"op\": \"remove\", \"path\": \"" + pointer + "\"}]");
      assertThat(e.code()).as(pointer).isEqualTo(Code.INVALID_VALUE);
      assertThat(e.jsonPointer()).isEqualTo("/0/path");
    }
  }

  @Test
  void aMoveIntoItselfIsRefused() {
    CastJsonException e = parseFails("[{\"op\": \"move\", \"from\": \"/a\", \"path\": \"/a/b\"}]");
    assertThat(e.code()).isEqualTo(Code.INVALID_VALUE);
    assertThat(e.jsonPointer()).isEqualTo("/0/path");
  }

  @Test
  void malformedJsonIsReportedWhereItIs() {
    CastJsonException syntax = parseFails("[\n  {\"op\": \"remove\", \"path\": \"/a\",}\n]");
    assertThat(syntax.code()).isEqualTo(Code.SYNTAX_ERROR);
    assertThat(syntax.line()).isEqualTo(2);
    assertThat(parseFails("").code()).isEqualTo(Code.EMPTY_DOCUMENT);
    assertThat(parseFails("[] []").code()).isEqualTo(Code.SYNTAX_ERROR);
    CastJsonException twice =
        parseFails("[{\"op\": \"remove\", \"op\": \"add\", \"path\": \"/a\"}]");
    assertThat(twice.code()).isEqualTo(Code.DUPLICATE_KEY);
    assertThat(twice.jsonPointer()).isEqualTo("/0/op");
    byte[] notUtf8 = {'[', '"', (byte) 0xC3, '"', ']'};
    assertThat(catchThrowableOfType(CastJsonException.class, () -> CastPatch.parse(notUtf8)).code())
        .isEqualTo(Code.SYNTAX_ERROR);
  }

  @Test
  void deepNestingIsRefusedNotOverflowed() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(parseFails(deep).code()).isEqualTo(Code.NESTING_TOO_DEEP);
  }

  @Test
  void aPatchCannotGrowADocumentWithoutBound() {
    // each copy of the whole document into a new member of itself doubles it
    List<String> doubling = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      doubling.add("{\"op\": \"copy\", \"from\": \"\", \"path\": \"/x-copy" + i + "\"}");
    }
    CastJsonException copies = applyFails(patch(doubling.toArray(new String[0])), COMPLETE);
    assertThat(copies.code()).isEqualTo(Code.TOO_MANY_VALUES);
    assertThat(copies.jsonPointer()).endsWith("/from");

    List<String> deeper = new ArrayList<>();
    StringBuilder path = new StringBuilder();
    for (int i = 0; i <= CastJson.MAX_NESTING_DEPTH_LIMIT; i++) {
      path.append(i == 0 ? "/x-deep" : "/a");
      deeper.add("{\"op\": \"add\", \"path\": \"" + path + "\", \"value\": {}}");
    }
    CastJsonException deep = applyFails(patch(deeper.toArray(new String[0])), COMPLETE);
    assertThat(deep.code()).isEqualTo(Code.NESTING_TOO_DEEP);
    assertThat(deep.getMessage()).contains("operation " + (CastJson.MAX_NESTING_DEPTH_LIMIT - 1));
  }

  @Test
  void unknownMembersOfAnOperationAreIgnored() {
    assertThat(CastPatch.parse("[{\"op\": \"remove\", \"path\": \"/summary\", \"why\": 1}]"))
        .isEqualTo(patch("{\"op\": \"remove\", \"path\": \"/summary\"}"));
  }

  // ------------------------------------------------------------------ between

  @Test
  void aChangedFieldOfOneElementIsOneReplace() {
    List<Hazard> hazards = new ArrayList<>(COMPLETE.hazards());
    hazards.set(2, hazards.get(2).toBuilder().description("Restated").build());
    CastAnalysis after = COMPLETE.toBuilder().hazards(hazards).build();
    CastPatch patch = CastPatch.between(COMPLETE, after);
    assertThat(patch.size()).isEqualTo(1);
    assertThat(patch.toJson())
        .isEqualTo(
            "[\n  {\n    \"op\": \"replace\",\n    \"path\": \"/hazards/2/description\",\n"
                + "    \"value\": \"Restated\"\n  }\n]\n");
  }

  @Test
  void anIdAddedToASetIsOneAdd() {
    List<Hazard> hazards = new ArrayList<>(COMPLETE.hazards());
    hazards.set(0, hazards.get(0).toBuilder().addLoss(LossId.of("L-2")).build());
    CastPatch patch = CastPatch.between(COMPLETE, COMPLETE.toBuilder().hazards(hazards).build());
    assertThat(patch)
        .isEqualTo(
            patch("{\"op\": \"add\", \"path\": \"/hazards/0/losses/1\", \"value\": \"L-2\"}"));
  }

  @Test
  void elementsThatChangedPlaceAreMovedNotRewritten() {
    List<Hazard> hazards = new ArrayList<>(COMPLETE.hazards());
    hazards.add(hazards.remove(0)); // H-2, H-1.a, H-1
    CastAnalysis after = COMPLETE.toBuilder().hazards(hazards).build();
    CastPatch patch = CastPatch.between(COMPLETE, after);
    assertThat(patch)
        .isEqualTo(patch("{\"op\": \"move\", \"from\": \"/hazards/0\", \"path\": \"/hazards/2\"}"));
    assertThat(patch.applyTo(COMPLETE)).isEqualTo(after);
  }

  @Test
  void anElementRemovedAndOneAddedAreOneOperationEach() {
    List<Hazard> hazards = new ArrayList<>(COMPLETE.hazards());
    hazards.remove(1);
    hazards.add(
        Hazard.builder()
            .id(dev.castkit.core.HazardId.of("H-3"))
            .description("A third")
            .addLoss(LossId.of("L-1"))
            .build());
    CastAnalysis after = COMPLETE.toBuilder().hazards(hazards).build();
    CastPatch patch = CastPatch.between(COMPLETE, after);
    assertThat(patch.toJson())
        .contains("\"remove\"", "\"/hazards/1\"", "\"add\"", "\"/hazards/2\"");
    assertThat(patch.size()).isEqualTo(2);
    assertThat(patch.applyTo(COMPLETE)).isEqualTo(after);
  }

  @Test
  void theSameAnalysisGivesAnEmptyPatch() {
    CastPatch empty = CastPatch.between(COMPLETE, JSON.read(JSON.write(COMPLETE)));
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.toJson()).isEqualTo("[]\n");
    assertThat(empty.applyTo(COMPLETE)).isEqualTo(COMPLETE);
  }
}
