package dev.castkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.castkit.core.AnalysisStatus;
import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Milestone;
import dev.castkit.core.MilestoneKind;
import dev.castkit.core.Revision;
import dev.castkit.core.TimelineEvent;
import dev.castkit.core.diff.AnalysisDiff;
import dev.castkit.core.render.ChangeSummary;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.Finding;
import dev.castkit.core.rules.Severity;
import dev.castkit.core.testing.GoldenFiles;
import dev.castkit.json.CastJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The first draft of the S3 example ({@link Examples#S3_FIRST_DRAFT}): what could be known on 1
 * March 2017, before AWS's summary. It is an analysis of its own (it reads, it passes the
 * structural rules, its canonical JSON is committed beside it) and an earlier version of the S3
 * example (same id, its revision history the start of the example's, the same ids for the same
 * elements, times that the revision made precise rather than moved).
 */
class ExampleRevisionsTest {

  private static final Path RESOURCES = Path.of("src", "main", "resources");
  private static final Path SUMMARY =
      Path.of("src", "test", "resources", "golden", "CAST-2017-02-28-S3", "changes-since-draft.md");
  private static final String DRAFT_JSON =
      Examples.S3_FIRST_DRAFT.replace(".cast.yaml", ".cast.json");

  private static CastAnalysis draft() {
    return Examples.read(Examples.S3_FIRST_DRAFT);
  }

  private static CastAnalysis revised() {
    return Examples.all().stream()
        .filter(a -> a.id().equals(draft().id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no example with the draft's id " + draft().id()));
  }

  @Test
  void theDraftReadsAsAPersonWritesIt() throws IOException {
    String yaml = Files.readString(RESOURCES.resolve(Examples.S3_FIRST_DRAFT));
    assertThat(yaml.lines())
        .as("lines of at most 100 characters")
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(yaml).as("a header that says what the file is").startsWith("# ");
    CastAnalysis draft = draft();
    assertThat(CastJson.yaml().read(CastJson.yaml().write(draft))).isEqualTo(draft);
  }

  @Test
  void committedJsonIsTheCanonicalFormOfTheDraft() throws IOException {
    CastAnalysis draft = draft();
    GoldenFiles.assertMatches(RESOURCES.resolve(DRAFT_JSON), CastJson.standard().write(draft));
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DRAFT_JSON)) {
      assertThat(in).as("resource on the class path").isNotNull();
      String packaged = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(CastJson.standard().read(packaged)).isEqualTo(draft);
    }
  }

  @Test
  void theDraftIsNotOneOfTheExamples() {
    assertThat(Examples.RESOURCES).doesNotContain(Examples.S3_FIRST_DRAFT);
    assertThat(Examples.all()).doesNotContain(draft());
  }

  @Test
  void theDraftPassesTheStructuralRules() {
    List<Finding> errors =
        CastRules.standard().check(draft()).findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .toList();
    assertThat(errors).isEmpty();
  }

  @Test
  void theDraftIsRevisionOneOfTheExample() {
    CastAnalysis draft = draft();
    CastAnalysis revised = revised();
    assertThat(draft.status()).isEqualTo(AnalysisStatus.DRAFT);
    assertThat(revised.status()).isNotEqualTo(AnalysisStatus.DRAFT);
    assertThat(draft.revisions()).isNotEmpty();
    assertThat(revised.revisions())
        .as("the revised analysis's history starts with the draft's")
        .hasSizeGreaterThan(draft.revisions().size())
        .startsWith(draft.revisions().toArray(Revision[]::new));
    List<Revision> history = revised.revisions();
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).date().orElseThrow())
          .as("oldest first")
          .isAfterOrEqualTo(history.get(i - 1).date().orElseThrow());
    }
    // the draft was written before the summary it does not know
    assertThat(draft.revisions().get(draft.revisions().size() - 1).date().orElseThrow())
        .isBefore(history.get(history.size() - 1).date().orElseThrow());
  }

  /**
   * The draft knows only what the day after the outage showed: the command, the playbook and the
   * subsystems that lost capacity came with AWS's summary, so no event, hazard, constraint,
   * contribution or flaw of the draft states them (a question may ask about them).
   */
  @Test
  void theDraftStatesNothingOnlyTheSummaryMadeKnown() {
    CastAnalysis draft = draft();
    List<String> statements =
        Stream.of(
                draft.timeline().stream().map(TimelineEvent::description),
                draft.hazards().stream().map(h -> h.description()),
                draft.constraints().stream().map(c -> c.text()),
                draft.componentAnalyses().stream()
                    .flatMap(ca -> ca.contributions().stream())
                    .flatMap(c -> Stream.of(c.description(), c.context().orElse(""))),
                draft.flaws().stream().map(f -> f.description()))
            .flatMap(s -> s)
            .map(s -> s.toLowerCase(Locale.ROOT))
            .toList();
    assertThat(statements).isNotEmpty();
    for (String known : List.of("playbook", "command", "index", "placement", "billing")) {
      assertThat(statements).as(known).noneMatch(s -> s.contains(known));
    }
    assertThat(draft.references())
        .noneMatch(r -> r.value().contains("aws.amazon.com/message/41926"));
  }

  /** An id the two versions share names an element of the same kind in both. */
  @Test
  void sharedIdsNameElementsOfTheSameKind() {
    Map<String, String> before = kinds(draft());
    Map<String, String> after = kinds(revised());
    long shared = before.keySet().stream().filter(after::containsKey).count();
    assertThat(shared).as("ids the two versions share").isGreaterThan(10);
    before.forEach(
        (id, kind) -> {
          if (after.containsKey(id)) {
            assertThat(after.get(id)).as(id).isEqualTo(kind);
          }
        });
  }

  private static Map<String, String> kinds(CastAnalysis a) {
    Map<String, String> kinds = new HashMap<>();
    a.losses().forEach(x -> put(kinds, x.id(), "loss"));
    a.hazards().forEach(x -> put(kinds, x.id(), "hazard"));
    a.constraints().forEach(x -> put(kinds, x.id(), "constraint"));
    a.timeline().forEach(x -> put(kinds, x.id(), "event"));
    a.questions().forEach(x -> put(kinds, x.id(), "question"));
    for (ControlStructure s : a.controlStructures()) {
      s.components().forEach(x -> put(kinds, x.id(), "component"));
      s.components().stream()
          .flatMap(c -> c.responsibilities().stream())
          .forEach(x -> put(kinds, x.id(), "responsibility"));
      s.links().forEach(x -> put(kinds, x.id(), "link " + x.kind()));
    }
    a.componentAnalyses().stream()
        .flatMap(ca -> ca.contributions().stream())
        .forEach(x -> put(kinds, x.id(), "contribution"));
    a.flaws().forEach(x -> put(kinds, x.id(), "flaw"));
    a.recommendations().forEach(x -> put(kinds, x.id(), "recommendation"));
    return kinds;
  }

  private static void put(Map<String, String> kinds, ElementId id, String kind) {
    String was = kinds.putIfAbsent(id.value(), kind);
    assertThat(was == null || was.equals(kind)).as(id.value() + " is one kind").isTrue();
  }

  /**
   * The revision made times precise, it did not move them: each time of the draft, read as the
   * interval of its precision, holds the time the revision gives the same event or milestone.
   */
  @Test
  void theRevisionsTimesLieWithinTheDraftsCoarserOnes() {
    CastAnalysis draft = draft();
    CastAnalysis revised = revised();
    int compared = 0;
    for (TimelineEvent e : draft.timeline()) {
      Optional<EventTime> later =
          revised.timeline().stream()
              .filter(r -> r.id().equals(e.id()))
              .findFirst()
              .flatMap(TimelineEvent::time);
      if (e.time().isPresent() && later.isPresent()) {
        assertThat(contains(e.time().get(), later.get().at())).as(e.id().value()).isTrue();
        compared++;
      }
    }
    for (Milestone m : draft.milestones()) {
      MilestoneKind kind = m.kind();
      EventTime later =
          revised.milestones().stream()
              .filter(r -> r.kind() == kind)
              .findFirst()
              .flatMap(Milestone::time)
              .orElseThrow(() -> new AssertionError("the revision has no " + kind));
      assertThat(contains(m.time().orElseThrow(), later.at())).as(kind.name()).isTrue();
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(5);
  }

  /**
   * What the revision changed, in CAST's words, is a golden file a person has read: the summary of
   * the two versions as the README shows it.
   */
  @Test
  void theSummaryOfTheRevisionIsAGoldenFile() {
    AnalysisDiff diff = AnalysisDiff.between(draft(), revised());
    GoldenFiles.assertMatches(SUMMARY, ChangeSummary.markdown(diff));
  }

  /**
   * The README's excerpt of the summary is lines of the golden file, in its order ("..." stands for
   * lines left out): it cannot drift from what castkit writes.
   */
  @Test
  void theReadmeShowsAnExcerptOfTheGoldenSummary() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int begin = readme.indexOf("<!-- changes-excerpt:begin -->");
    int end = readme.indexOf("<!-- changes-excerpt:end -->");
    assertThat(begin).as("excerpt markers in README.md").isNotNegative().isLessThan(end);
    List<String> excerpt =
        readme.subList(begin + 1, end).stream()
            .filter(l -> !l.startsWith("```") && !l.equals("..."))
            .toList();
    assertThat(excerpt).hasSizeBetween(10, 20);
    List<String> golden = Files.readAllLines(SUMMARY, StandardCharsets.UTF_8);
    int at = 0;
    for (String line : excerpt) {
      int found = golden.subList(at, golden.size()).indexOf(line);
      assertThat(found).as("in the golden summary, after line %d: %s", at, line).isNotNegative();
      at += found + 1;
    }
  }

  /** The news of the revision, as the summary says it in plain text. */
  @Test
  void theSummarySaysWhatTheRevisionLearned() {
    List<String> lines =
        ChangeSummary.text(AnalysisDiff.between(draft(), revised())).lines().toList();
    assertThat(lines)
        .contains(
            "- The analysis: status DRAFT -> IN_REVIEW",
            "- Milestone STARTED: event E-5 -> E-2",
            "- Question Q-5: status OPEN -> ANSWERED",
            "- Link FB-1 (as operating): PRESENT -> DEGRADED",
            "- Recommendation REC-5: status PROPOSED -> IMPLEMENTED")
        .anyMatch(l -> l.startsWith("- Hazard H-2 added, leads to L-1: "))
        .anyMatch(l -> l.startsWith("- Component C-s3 (as operating) removed"))
        .anyMatch(
            l ->
                l.equals(
                    "- Timeline event E-10: time 2017-02-28T20:00:00Z (HOUR, approximate)"
                        + " -> 2017-02-28T20:26:00Z (MINUTE)"));
  }

  private static boolean contains(EventTime coarse, Instant at) {
    ZonedDateTime start = coarse.at().atZone(ZoneOffset.UTC);
    ZonedDateTime end =
        switch (coarse.precision()) {
          case MILLISECOND -> start.plusNanos(1_000_000);
          case SECOND -> start.plusSeconds(1);
          case MINUTE -> start.plusMinutes(1);
          case HOUR -> start.plusHours(1);
          case DAY -> start.plusDays(1);
          case MONTH -> start.plusMonths(1);
          case YEAR -> start.plusYears(1);
        };
    return !at.isBefore(start.toInstant()) && at.isBefore(end.toInstant());
  }
}
