package dev.castkit.examples;

/**
 * The castkit program: {@code java -jar castkit-examples.jar [demo|validate|format|render] ...}.
 *
 * <p>With no arguments it runs {@code demo}: builds the three example analyses, checks them, writes
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
    int status = new Cli(System.out, System.err, java.nio.file.Path.of("")).run(args);
    System.out.flush();
    System.exit(status);
  }
}
