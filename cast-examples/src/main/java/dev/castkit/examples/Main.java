package dev.castkit.examples;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The castkit program: {@code java -jar castkit-examples.jar
 * [demo|validate|format|render|diff|merge] ...}.
 *
 * <p>With no arguments it runs {@code demo}: reads the three example analyses, checks them, writes
 * each one's JSON, Markdown report and diagrams to {@code ./cast-out/} and prints a summary. {@code
 * --help} lists the commands; each command has its own {@code --help}.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the program and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out = utf8(FileDescriptor.out, false);
    PrintStream err = utf8(FileDescriptor.err, true);
    System.setOut(out);
    System.setErr(err);
    int status = new Cli(out, err, java.nio.file.Path.of("")).run(args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * The standard stream as UTF-8, whatever the platform encoding: under {@code LC_ALL=C} (cron, CI,
   * containers) {@code System.out} encodes as ASCII and writes {@code ?} for every other character,
   * so {@code format a.json > b.json} would destroy text. Analyses, reports and diagrams are UTF-8
   * files; the program's output is too.
   */
  private static PrintStream utf8(FileDescriptor fd, boolean autoFlush) {
    return new PrintStream(
        new BufferedOutputStream(new FileOutputStream(fd), 1 << 16),
        autoFlush,
        StandardCharsets.UTF_8);
  }
}
