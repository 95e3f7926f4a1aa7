package dev.castkit.benchmarks;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.rules.CastRules;
import dev.castkit.core.rules.ValidationReport;
import dev.castkit.json.CastJson;
import java.nio.file.Path;

/**
 * The two programs the cold-start measurement runs, each in a fresh JVM ({@link ColdStartDriver}
 * times them): {@code hello} prints a line; {@code read-check FILE} reads an analysis with {@link
 * CastJson#standard()}, checks it with {@link CastRules#standard()} and prints how many findings
 * there are.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs one of the programs.
   *
   * @param args {@code hello}, or {@code read-check} and a file
   */
  public static void main(String[] args) {
    if (args.length == 1 && args[0].equals("hello")) {
      System.out.println("hello");
    } else if (args.length == 2 && args[0].equals("read-check")) {
      CastAnalysis analysis = CastJson.standard().read(Path.of(args[1]));
      ValidationReport report = CastRules.standard().check(analysis);
      System.out.println(analysis.id() + ": " + report.findings().size() + " findings");
    } else {
      System.err.println("usage: ColdStart hello | ColdStart read-check FILE");
      System.exit(2);
    }
  }
}
