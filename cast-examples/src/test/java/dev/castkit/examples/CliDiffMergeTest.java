package dev.castkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Hazard;
import dev.castkit.core.HazardId;
import dev.castkit.core.LossId;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.diff.AnalysisDiff;
import dev.castkit.core.diff.AnalysisMerge;
import dev.castkit.core.render.ChangeSummary;
import dev.castkit.json.CastJson;
import dev.castkit.json.CastPatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code castkit diff} and {@code castkit merge}, run in-process on the Amazon S3 example. */
class CliDiffMergeTest {

  /** The Amazon S3 example, read from its YAML file. */
  static final CastAnalysis S3 = Examples.all().get(0);

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return new Cli(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir)
        .run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The analysis with one recommendation's status changed. */
  static CastAnalysis withStatus(CastAnalysis a, String id, RecommendationStatus status) {
    Recommendation r = a.find(RecommendationId.of(id), Recommendation.class).orElseThrow();
    assertThat(r.status()).as("%s's status before the edit", id).isNotEqualTo(status);
    return a.replace(r.id(), r.toBuilder().status(status).build());
  }

  /** The analysis with one more hazard, leading to its first loss. */
  static CastAnalysis withHazard(CastAnalysis a, String id, String description) {
    LossId loss = a.losses().get(0).id();
    return a.toBuilder()
        .addHazard(
            Hazard.builder().id(HazardId.of(id)).description(description).addLoss(loss).build())
        .build();
  }

  private String write(String name, CastAnalysis analysis) throws IOException {
    CastJson codec = name.endsWith(".yaml") ? CastJson.yaml() : CastJson.standard();
    Files.writeString(dir.resolve(name), codec.write(analysis), StandardCharsets.UTF_8);
    return name;
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- diff

  @Test
  void diffOfOneAnalysisInTwoFormatsExitsZeroAndSaysSo() throws IOException {
    String json = write("s3.cast.json", S3);
    String yaml = write("s3.cast.yaml", S3);
    assertThat(run("diff", json, yaml)).isEqualTo(Cli.OK);
    assertThat(out()).isEqualTo(json + " and " + yaml + " are the same analysis by meaning\n");
    assertThat(err()).isEmpty();
    assertThat(run("diff", json, yaml, "--to", "md")).isEqualTo(Cli.OK);
    assertThat(out()).contains("the same analysis by meaning");
  }

  @Test
  void diffIgnoresTheOrderOfSets() throws IOException {
    // the canonical writer sorts sets; a hand-written file lists them in any order
    String sorted = write("sorted.cast.json", S3);
    String text = read(sorted);
    // a recommendation's contributions: a set of ids
    String shuffled =
        text.replaceFirst(
            "(\"contributions\": \\[\\s*)(\"[^\"]+\")(,\\s*)(\"[^\"]+\")", "$1$4$3$2");
    assertThat(shuffled).as("the example has a set of two contributions").isNotEqualTo(text);
    Files.writeString(dir.resolve("shuffled.cast.json"), shuffled, StandardCharsets.UTF_8);
    assertThat(run("diff", sorted, "shuffled.cast.json")).isEqualTo(Cli.OK);
  }

  @Test
  void diffOfTwoVersionsExitsOneAndPrintsTheSummaryInCastsWords() throws IOException {
    CastAnalysis later =
        withHazard(
            withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED),
            "H-9",
            "The region runs without a tested way to restart its index subsystem");
    String a = write("before.cast.yaml", S3);
    String b = write("after.cast.json", later);
    assertThat(run("diff", a, b)).isEqualTo(Cli.DIFFERENT);
    AnalysisDiff diff = AnalysisDiff.between(S3, later);
    assertThat(out()).isEqualTo(ChangeSummary.text(diff));
    assertThat(out().lines())
        .anySatisfy(l -> assertThat(l).contains("REC-3", "IN_PROGRESS", "IMPLEMENTED"))
        .anySatisfy(l -> assertThat(l).contains("H-9"))
        .noneSatisfy(l -> assertThat(l).contains("REC-1"));
    assertThat(err()).isEmpty();

    // and the other way round
    assertThat(run("diff", b, a, "--to", "text")).isEqualTo(Cli.DIFFERENT);
    assertThat(out()).isEqualTo(ChangeSummary.text(AnalysisDiff.between(later, S3)));
  }

  @Test
  void diffOfTheS3ExamplesTwoVersionsPrintsTheSummaryAPersonRead() throws IOException {
    Path resources = Path.of("src", "main", "resources");
    Path draft = resources.resolve(Examples.S3_FIRST_DRAFT);
    Path revised = resources.resolve(Examples.RESOURCES.get(0));
    assertThat(
            run(
                "diff",
                draft.toAbsolutePath().toString(),
                revised.toAbsolutePath().toString(),
                "--to",
                "md"))
        .isEqualTo(Cli.DIFFERENT);
    assertThat(out())
        .isEqualTo(
            Files.readString(
                Path.of(
                    "src",
                    "test",
                    "resources",
                    "golden",
                    "CAST-2017-02-28-S3",
                    "changes-since-draft.md"),
                StandardCharsets.UTF_8));
    assertThat(run("diff", draft.toAbsolutePath().toString(), revised.toAbsolutePath().toString()))
        .isEqualTo(Cli.DIFFERENT);
    assertThat(out().lines()).contains("- The analysis: status DRAFT -> IN_REVIEW");
  }

  @Test
  void diffToMarkdownPrintsTheMarkdownSummary() throws IOException {
    CastAnalysis later = withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED);
    String a = write("a.cast.json", S3);
    String b = write("b.cast.json", later);
    assertThat(run("diff", "--to", "md", a, b)).isEqualTo(Cli.DIFFERENT);
    assertThat(out())
        .isEqualTo(ChangeSummary.markdown(AnalysisDiff.between(S3, later)))
        .contains("REC-3")
        .isNotEqualTo(ChangeSummary.text(AnalysisDiff.between(S3, later)));
  }

  @Test
  void diffToJsonPatchPrintsAPatchThatTurnsTheFirstCanonicalJsonIntoTheSecond() throws IOException {
    CastAnalysis later =
        withHazard(withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED), "H-9", "x y z");
    String a = write("a.cast.yaml", S3);
    String b = write("b.cast.yaml", later);
    assertThat(run("diff", a, b, "--to", "json-patch")).isEqualTo(Cli.DIFFERENT);
    CastPatch patch = CastPatch.parse(out());
    assertThat(patch.isEmpty()).isFalse();
    assertThat(patch.applyTo(CastJson.standard().write(S3)))
        .isEqualTo(CastJson.standard().write(later));
    assertThat(err()).isEmpty();

    assertThat(run("diff", a, a, "--to", "json-patch")).isEqualTo(Cli.OK);
    assertThat(CastPatch.parse(out()).isEmpty()).isTrue();
  }

  @Test
  void diffOfAnUnreadableFileExitsTwoAndSaysWhatAndWhere() throws IOException {
    String good = write("good.cast.json", S3);
    Files.writeString(
        dir.resolve("broken.cast.json"),
        "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"X-1\",\n  \"title\": \"t\",\n"
            + "  \"status\": \"DONE\"\n}\n");
    assertThat(run("diff", good, "broken.cast.json")).isEqualTo(Cli.UNREADABLE);
    assertThat(err())
        .startsWith("broken.cast.json:5:")
        .contains("UNKNOWN_ENUM_VALUE")
        .contains("/status")
        .doesNotContain("Exception");
    assertThat(out()).isEmpty();

    // both files are reported, not only the first
    assertThat(run("diff", "missing.cast.json", "broken.cast.json")).isEqualTo(Cli.UNREADABLE);
    assertThat(err().lines()).hasSize(2);
    assertThat(err()).contains("missing.cast.json: cannot read: IO_ERROR");
  }

  @Test
  void diffWithWrongArgumentsExitsTwoWithItsUsage() throws IOException {
    String a = write("a.cast.json", S3);
    for (String[] args :
        new String[][] {
          {"diff"},
          {"diff", a},
          {"diff", a, a, a},
          {"diff", a, a, "--to", "pdf"},
          {"diff", a, a, "--to"},
          {"diff", a, a, "--color"}
        }) {
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(Cli.UNREADABLE);
      assertThat(err()).as(String.join(" ", args)).contains("usage: castkit diff");
      assertThat(out()).isEmpty();
    }
    assertThat(run("diff", a, a, "--to", "pdf")).isEqualTo(Cli.UNREADABLE);
    assertThat(err()).contains("text, md or json-patch");
  }

  // ---------------------------------------------------------------- merge

  @Test
  void mergeOfEditsToDifferentElementsIsCleanAndReplacesOurs() throws IOException {
    CastAnalysis ours =
        withHazard(
            withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED), "H-8", "ours adds one");
    CastAnalysis theirs =
        withHazard(
            withStatus(S3, "REC-1", RecommendationStatus.VERIFIED_EFFECTIVE),
            "H-9",
            "theirs adds another");
    write("base.cast.json", S3);
    write("ours.cast.json", ours);
    write("theirs.cast.json", theirs);
    assertThat(run("merge", "base.cast.json", "ours.cast.json", "theirs.cast.json"))
        .isEqualTo(Cli.OK);
    assertThat(err()).isEmpty();
    assertThat(out()).isEmpty();
    CastAnalysis merged = CastJson.standard().read(dir.resolve("ours.cast.json"));
    assertThat(status(merged, "REC-3")).isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(status(merged, "REC-1")).isEqualTo(RecommendationStatus.VERIFIED_EFFECTIVE);
    assertThat(merged.hazards()).extracting(h -> h.id().value()).contains("H-8", "H-9");
    // everything else as in the base: the merge is both edits and nothing more
    assertThat(AnalysisDiff.between(S3, merged).changes()).hasSize(4);
    // written canonically
    assertThat(read("ours.cast.json")).isEqualTo(CastJson.standard().write(merged));
    // the other files untouched
    assertThat(CastJson.standard().read(dir.resolve("theirs.cast.json"))).isEqualTo(theirs);
  }

  private static RecommendationStatus status(CastAnalysis a, String id) {
    return a.find(RecommendationId.of(id), Recommendation.class).orElseThrow().status();
  }

  @Test
  void mergeOfConflictingEditsExitsOneKeepsOurSideAndPrintsEachConflict() throws IOException {
    CastAnalysis ours = withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED);
    CastAnalysis theirs =
        withStatus(
            withStatus(S3, "REC-3", RecommendationStatus.VERIFIED_EFFECTIVE),
            "REC-1",
            RecommendationStatus.VERIFIED_EFFECTIVE);
    write("base.cast.json", S3);
    write("ours.cast.json", ours);
    write("theirs.cast.json", theirs);
    assertThat(run("merge", "base.cast.json", "ours.cast.json", "theirs.cast.json"))
        .isEqualTo(Cli.CONFLICTS);
    CastAnalysis merged = CastJson.standard().read(dir.resolve("ours.cast.json"));
    assertThat(status(merged, "REC-3"))
        .as("our side kept")
        .isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(status(merged, "REC-1"))
        .as("their change that does not conflict taken")
        .isEqualTo(RecommendationStatus.VERIFIED_EFFECTIVE);
    var conflict = AnalysisMerge.merge(S3, ours, theirs).conflicts();
    assertThat(conflict).hasSize(1);
    assertThat(err())
        .startsWith("castkit merge: 1 conflict between ours.cast.json (ours) and theirs.cast.json")
        .contains("  recommendations[REC-3].status: " + conflict.get(0).reason() + "\n")
        .contains("    base:   IN_PROGRESS\n")
        .contains("    ours:   IMPLEMENTED  (kept)\n")
        .contains("    theirs: VERIFIED_EFFECTIVE\n")
        .doesNotContain("REC-1");
    assertThat(out()).isEmpty();
  }

  @Test
  void mergeWritesOursInItsOwnFormatYamlStaysYaml() throws IOException {
    CastAnalysis ours = withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED);
    CastAnalysis theirs = withStatus(S3, "REC-1", RecommendationStatus.VERIFIED_EFFECTIVE);
    CastAnalysis expected = AnalysisMerge.merge(S3, ours, theirs).analysis();
    write("base.cast.json", S3);
    write("ours.cast.yaml", ours);
    write("theirs.cast.json", theirs);
    assertThat(run("merge", "base.cast.json", "ours.cast.yaml", "theirs.cast.json"))
        .isEqualTo(Cli.OK);
    assertThat(read("ours.cast.yaml")).isEqualTo(CastJson.yaml().write(expected));
  }

  @Test
  void mergeReadsGitsTemporaryFilesByTheirContent() throws IOException {
    CastAnalysis ours = withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED);
    CastAnalysis theirs = withStatus(S3, "REC-1", RecommendationStatus.VERIFIED_EFFECTIVE);
    CastAnalysis expected = AnalysisMerge.merge(S3, ours, theirs).analysis();
    for (CastJson format : new CastJson[] {CastJson.yaml(), CastJson.standard()}) {
      Files.writeString(dir.resolve(".merge_file_O"), format.write(S3));
      Files.writeString(dir.resolve(".merge_file_A"), format.write(ours));
      Files.writeString(dir.resolve(".merge_file_B"), format.write(theirs));
      assertThat(run("merge", ".merge_file_O", ".merge_file_A", ".merge_file_B"))
          .as("%s", format)
          .isEqualTo(Cli.OK);
      assertThat(read(".merge_file_A")).as("%s", format).isEqualTo(format.write(expected));
    }
  }

  @Test
  void mergeWithOutputLeavesOursAsItIs() throws IOException {
    CastAnalysis ours = withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED);
    CastAnalysis theirs = withStatus(S3, "REC-1", RecommendationStatus.VERIFIED_EFFECTIVE);
    CastAnalysis expected = AnalysisMerge.merge(S3, ours, theirs).analysis();
    write("base.cast.json", S3);
    write("ours.cast.json", ours);
    String oursText = read("ours.cast.json");
    write("theirs.cast.json", theirs);
    assertThat(
            run(
                "merge",
                "-o",
                "merged.cast.yaml",
                "base.cast.json",
                "ours.cast.json",
                "theirs.cast.json"))
        .isEqualTo(Cli.OK);
    assertThat(read("merged.cast.yaml")).isEqualTo(CastJson.yaml().write(expected));
    assertThat(read("ours.cast.json")).isEqualTo(oursText);

    assertThat(run("merge", "base.cast.json", "ours.cast.json", "theirs.cast.json", "-o", "-"))
        .isEqualTo(Cli.OK);
    assertThat(out()).isEqualTo(CastJson.standard().write(expected));
    assertThat(read("ours.cast.json")).isEqualTo(oursText);
  }

  @Test
  void mergeOfAnUnreadableFileExitsTwoAndWritesNothing() throws IOException {
    write("base.cast.json", S3);
    String oursText = CastJson.standard().write(S3);
    write("ours.cast.json", S3);
    Files.writeString(dir.resolve("theirs.cast.json"), "{\"formatVersion\": \"1.0\", \"id\": ");
    assertThat(run("merge", "base.cast.json", "ours.cast.json", "theirs.cast.json"))
        .isEqualTo(Cli.UNREADABLE);
    assertThat(err()).startsWith("theirs.cast.json:1:").doesNotContain("Exception");
    assertThat(read("ours.cast.json")).isEqualTo(oursText);

    assertThat(run("merge", "nothing.cast.json", "ours.cast.json", "theirs.cast.json"))
        .isEqualTo(Cli.UNREADABLE);
    assertThat(err()).contains("nothing.cast.json: cannot read: IO_ERROR");
  }

  @Test
  void mergeWithWrongArgumentsExitsTwoWithItsUsage() throws IOException {
    String a = write("a.cast.json", S3);
    for (String[] args :
        new String[][] {
          {"merge"}, {"merge", a, a}, {"merge", a, a, a, a}, {"merge", a, a, a, "-x"}
        }) {
      assertThat(run(args)).as(String.join(" ", args)).isEqualTo(Cli.UNREADABLE);
      assertThat(err()).as(String.join(" ", args)).contains("usage: castkit merge");
    }
  }

  @Test
  void diffAndMergeHaveHelp() {
    for (String command : new String[] {"diff", "merge"}) {
      assertThat(run(command, "--help")).as(command).isEqualTo(Cli.OK);
      assertThat(out()).as(command).startsWith("usage: castkit " + command);
    }
    assertThat(run("merge", "--help")).isZero();
    assertThat(out()).contains("merge.castkit.driver").contains("%O %A %B");
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("  diff A B").contains("  merge BASE OURS THEIRS");
  }

  @Test
  void aLongConflictValueIsShownOnOneShortLine() {
    assertThat(Cli.shown(null)).isEqualTo("(none)");
    assertThat(Cli.shown("two\n  lines")).isEqualTo("two lines");
    String shown = Cli.shown("x".repeat(1000));
    assertThat(shown).hasSizeLessThan(400).endsWith("... (1000 characters)");
  }
}
