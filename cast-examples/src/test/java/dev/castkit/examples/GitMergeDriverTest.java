package dev.castkit.examples;

import static dev.castkit.examples.CliDiffMergeTest.withHazard;
import static dev.castkit.examples.CliDiffMergeTest.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.Recommendation;
import dev.castkit.core.RecommendationId;
import dev.castkit.core.RecommendationStatus;
import dev.castkit.core.diff.AnalysisMerge;
import dev.castkit.core.testing.ChildProcesses;
import dev.castkit.json.CastJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program as git's merge driver, as the README sets it up: real {@code git merge} of two
 * branches that edit one analysis, in a repository whose {@code .gitattributes} names the driver
 * and whose config runs this program ({@code Main merge %O %A %B}) from the test class path.
 */
class GitMergeDriverTest {
  private static final CastAnalysis S3 = Examples.all().get(0);
  private static final CastAnalysis CLOUDFLARE = Examples.all().get(1);

  /** A git command and the JVM it may start (the driver) take well under this much CPU time. */
  private static final Duration CPU = Duration.ofSeconds(120);

  @TempDir Path repo;

  record Run(int status, String output) {}

  private Run git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile());
    pb.redirectErrorStream(true);
    // only this repository's config: not the user's, not the machine's
    pb.environment().put("HOME", repo.toString());
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    pb.environment().remove("GIT_DIR");
    pb.environment().remove("GIT_WORK_TREE");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    Process p = pb.start();
    byte[] out = ChildProcesses.output(p, CPU);
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private Run ok(String... args) throws IOException, InterruptedException {
    Run run = git(args);
    assertThat(run.status()).as("git %s: %s", String.join(" ", args), run.output()).isZero();
    return run;
  }

  private static String quoted(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @BeforeEach
  void repository() throws IOException, InterruptedException {
    Run version;
    try {
      version = git("--version");
    } catch (IOException e) {
      version = null;
    }
    if (version == null || version.status() != 0) {
      String missing = "git is not installed (enable with: sudo apt-get install -y git)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(missing + "; CI=true, so this check is not optional");
      }
      Assumptions.abort(missing);
    }
    ok("init", "-q");
    ok("checkout", "-q", "-b", "main");
    ok("config", "user.name", "castkit test");
    ok("config", "user.email", "test@castkit.invalid");
    ok("config", "commit.gpgsign", "false");
    ok("config", "merge.castkit.name", "CAST analyses, merged by meaning");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ok(
        "config",
        "merge.castkit.driver",
        quoted(java)
            + " -cp "
            + quoted(System.getProperty("java.class.path"))
            + " "
            + Main.class.getName()
            + " merge %O %A %B");
    Files.writeString(
        repo.resolve(".gitattributes"), "*.cast.json merge=castkit\n*.cast.yaml merge=castkit\n");
    // the analyses in canonical form, as castkit format writes them
    Files.writeString(repo.resolve("s3.cast.yaml"), CastJson.yaml().write(S3));
    Files.writeString(repo.resolve("cloudflare.cast.json"), CastJson.standard().write(CLOUDFLARE));
    ok("add", ".");
    ok("commit", "-q", "-m", "the analyses");
  }

  private void commit(String branch, String file, CastAnalysis analysis)
      throws IOException, InterruptedException {
    ok("checkout", "-q", "-b", branch, "main");
    CastJson format = file.endsWith(".yaml") ? CastJson.yaml() : CastJson.standard();
    Files.writeString(repo.resolve(file), format.write(analysis));
    ok("commit", "-q", "-am", "edit on " + branch);
  }

  @Test
  void editsOfDifferentElementsMergeCleanlyWhereATextMergeConflicts() throws Exception {
    // both sides add a hazard after H-3 and change a recommendation's status
    CastAnalysis ours =
        withHazard(
            withStatus(S3, "REC-3", RecommendationStatus.IMPLEMENTED),
            "H-8",
            "Operators have no way to see how much capacity a removal leaves");
    CastAnalysis theirs =
        withHazard(
            withStatus(S3, "REC-1", RecommendationStatus.VERIFIED_EFFECTIVE),
            "H-9",
            "The region runs without a tested way to restart its index subsystem");
    commit("ours", "s3.cast.yaml", ours);
    commit("theirs", "s3.cast.yaml", theirs);

    // line by line, git cannot merge these: both sides insert at the same place
    Files.writeString(repo.resolve("base.txt"), CastJson.yaml().write(S3));
    Files.writeString(repo.resolve("ours.txt"), CastJson.yaml().write(ours));
    Files.writeString(repo.resolve("theirs.txt"), CastJson.yaml().write(theirs));
    assertThat(git("merge-file", "-q", "-p", "ours.txt", "base.txt", "theirs.txt").status())
        .as("conflicts of a line-by-line merge")
        .isPositive();
    for (String f : List.of("base.txt", "ours.txt", "theirs.txt")) {
      Files.delete(repo.resolve(f));
    }

    ok("checkout", "-q", "ours");
    Run merge = git("merge", "--no-edit", "theirs");
    assertThat(merge.status()).as(merge.output()).isZero();
    String merged = Files.readString(repo.resolve("s3.cast.yaml"));
    CastAnalysis analysis = CastJson.yaml().read(merged);
    assertThat(status(analysis, "REC-3")).isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(status(analysis, "REC-1")).isEqualTo(RecommendationStatus.VERIFIED_EFFECTIVE);
    assertThat(analysis.hazards()).extracting(h -> h.id().value()).contains("H-8", "H-9");
    // exactly what the library merges, in canonical YAML
    assertThat(merged)
        .isEqualTo(CastJson.yaml().write(AnalysisMerge.merge(S3, ours, theirs).analysis()));
    assertThat(ok("status", "--porcelain").output()).isEmpty();
    assertThat(ok("log", "--oneline").output().lines()).hasSize(4);
  }

  @Test
  void editsOfOneFieldOnBothSidesConflictAndKeepOurSide() throws Exception {
    commit(
        "ours",
        "cloudflare.cast.json",
        withStatus(CLOUDFLARE, "REC-3", RecommendationStatus.IMPLEMENTED));
    commit(
        "theirs",
        "cloudflare.cast.json",
        withStatus(CLOUDFLARE, "REC-3", RecommendationStatus.IN_PROGRESS));

    ok("checkout", "-q", "ours");
    Run merge = git("merge", "--no-edit", "theirs");
    assertThat(merge.status()).as(merge.output()).isEqualTo(1);
    assertThat(merge.output())
        .contains("castkit merge: 1 conflict")
        .contains("recommendations[REC-3].status")
        .contains("ours:   IMPLEMENTED  (kept)")
        .contains("theirs: IN_PROGRESS")
        .contains("CONFLICT")
        .contains("cloudflare.cast.json");
    // the file holds our side, as canonical JSON, and is marked conflicted
    String file = Files.readString(repo.resolve("cloudflare.cast.json"));
    CastAnalysis analysis = CastJson.standard().read(file);
    assertThat(status(analysis, "REC-3")).isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(file).isEqualTo(CastJson.standard().write(analysis)).doesNotContain("<<<<<<<");
    assertThat(ok("status", "--porcelain").output()).contains("UU cloudflare.cast.json");
  }

  private static RecommendationStatus status(CastAnalysis a, String id) {
    return a.find(RecommendationId.of(id), Recommendation.class).orElseThrow().status();
  }
}
