package dev.castkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start is this test's code: the test fails when the two drift apart. */
class ReadmeQuickStartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src", "test", "java", "dev", "castkit", "core", "ReadmeQuickStartTest.java");

  @Test
  void quickStartBuildsAnAnalysis() {
    // quick-start:begin
    LossId outage = LossId.of("L-1");
    HazardId tooLittleCapacity = HazardId.of("H-1");
    ComponentId operator = ComponentId.of("C-operator");
    ComponentId storage = ComponentId.of("C-storage");

    CastAnalysis analysis =
        CastAnalysis.builder()
            .id(AnalysisId.of("CAST-2017-S3"))
            .title("Object storage unavailable after a capacity removal")
            .system(
                AnalyzedSystem.builder()
                    .name("Object storage, one region")
                    .addInside("storage subsystems", "operators", "capacity tooling")
                    .addEnvironment("customer applications")
                    .build())
            .addLoss(
                Loss.builder()
                    .id(outage)
                    .category(LossCategory.AVAILABILITY)
                    .description("Customers cannot read or write objects")
                    .build())
            .addHazard(
                Hazard.builder()
                    .id(tooLittleCapacity)
                    .description("A subsystem runs with less capacity than its load needs")
                    .addLoss(outage)
                    .build())
            .addConstraint(
                SafetyConstraint.builder()
                    .id(ConstraintId.of("SC-1"))
                    .text("Capacity is never removed below what a subsystem needs")
                    .addHazard(tooLittleCapacity)
                    .build())
            .addTimeline(
                TimelineEvent.builder()
                    .id(EventId.of("E-1"))
                    .time(EventTime.of(Instant.parse("2017-02-28T17:37:00Z")))
                    .description("A capacity-removal command removes more servers than intended")
                    .addComponent(operator)
                    .build())
            .addControlStructure(
                ControlStructure.builder()
                    .id(ControlStructureId.of("CS-1"))
                    .variant(StructureVariant.AS_OPERATING)
                    .addComponent(
                        Component.builder()
                            .id(operator)
                            .name("Operator")
                            .kind(ComponentKind.HUMAN_CONTROLLER)
                            .level(0)
                            .build())
                    .addComponent(
                        Component.builder()
                            .id(storage)
                            .name("Storage subsystems")
                            .kind(ComponentKind.CONTROLLED_PROCESS)
                            .level(1)
                            .build())
                    .addLink(
                        ControlLink.builder()
                            .id(LinkId.of("CA-1"))
                            .kind(LinkKind.CONTROL_ACTION)
                            .source(operator)
                            .target(storage)
                            .label("remove capacity")
                            .build())
                    .addLink(
                        ControlLink.builder()
                            .id(LinkId.of("FB-1"))
                            .kind(LinkKind.FEEDBACK)
                            .source(storage)
                            .target(operator)
                            .label("capacity remaining")
                            .status(LinkStatus.MISSING)
                            .build())
                    .build())
            .build();
    // quick-start:end

    assertThat(analysis.hazards())
        .singleElement()
        .satisfies(h -> assertThat(h.losses()).containsExactly(outage));
    assertThat(analysis.controlStructures().get(0).links())
        .extracting(ControlLink::status)
        .containsExactly(LinkStatus.PRESENT, LinkStatus.MISSING);
  }

  @Test
  void readmeShowsExactlyThisQuickStart() throws IOException {
    List<String> inReadme =
        section(README, "<!-- quick-start:begin -->", "<!-- quick-start:end -->");
    List<String> inTest = section(SOURCE, "// quick-start:begin", "// quick-start:end");
    assertThat(inReadme).as("README.md quick start (without the ``` fences)").isEqualTo(inTest);
  }

  private static List<String> section(Path file, String begin, String end) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int from = -1;
    int to = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(begin)) {
        from = i + 1;
      } else if (lines.get(i).trim().equals(end) && from >= 0) {
        to = i;
        break;
      }
    }
    assertThat(from).as("%s has a line %s", file, begin).isPositive();
    assertThat(to).as("%s has a line %s", file, end).isGreaterThan(from);
    return lines.subList(from, to).stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("```"))
        .collect(Collectors.toList());
  }
}
