import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Runs after each module's tests (exec-maven-plugin, phase verify; see the parent pom.xml) and reads
 * the surefire reports of this build:
 *
 * <ul>
 *   <li>fails when fewer tests ran than the module's floor ({@code min}), or when a class named in
 *       {@code required} ran none: a test class renamed or no longer discovered cannot pass
 *       unnoticed;
 *   <li>lists the tests that were skipped because a tool is missing on this machine, with the
 *       command that enables them ({@code summary} names the report folders of the other modules,
 *       for the list at the end of the build);
 *   <li>under {@code CI=true}, fails when any test was skipped: in CI every check runs.
 * </ul>
 *
 * <p>Arguments are {@code key=value}; a value left as an unresolved Maven expression counts as
 * empty. Only reports written since {@code since} (the build's start) are read, so reports left by
 * an earlier build in {@code target/} do not count.
 *
 * <p>Skip messages that end with {@code (enable with: COMMAND)} give the command; those of the form
 * {@code apt-get install -y PACKAGES} are merged into one.
 */
public final class CheckTests {
  private static final String ENABLE = "(enable with: ";

  private record Suite(String name, int tests, int skipped, Map<String, String> skips) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      String value = arg.substring(eq + 1).trim();
      a.put(arg.substring(0, eq), value.startsWith("${") ? "" : value);
    }
    String module = a.getOrDefault("module", "?");
    if (a.getOrDefault("packaging", "").equals("pom")
        || a.getOrDefault("skipTests", "").equals("true")
        || a.getOrDefault("skip", "").equals("true")) {
      return;
    }
    Instant since = Instant.EPOCH;
    try {
      since = Instant.parse(a.getOrDefault("since", "")).minusSeconds(2);
    } catch (DateTimeParseException e) {
      // read every report
    }
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    boolean filtered = !a.getOrDefault("test", "").isEmpty();
    List<Suite> suites = read(a.getOrDefault("reports", ""), since);
    int tests = suites.stream().mapToInt(Suite::tests).sum();
    int skipped = suites.stream().mapToInt(Suite::skipped).sum();
    int ran = tests - skipped;
    int min = Integer.parseInt(a.getOrDefault("min", "0").isEmpty() ? "0" : a.get("min"));
    List<String> errors = new ArrayList<>();

    System.out.printf(
        "[castkit] %s: %d tests ran, %d skipped%s%n",
        module, ran, skipped, filtered ? " (-Dtest: floor not checked)" : " (floor " + min + ")");
    if (!filtered) {
      if (ran < min) {
        errors.add(
            String.format(
                "%s: %d tests ran, fewer than the floor of %d (castkit.tests.min in %s/pom.xml): a"
                    + " test class was renamed, removed or is no longer discovered. If tests were"
                    + " removed on purpose, lower the floor.",
                module, ran, min, module));
      }
      for (String required : a.getOrDefault("required", "").split(",")) {
        String name = required.trim();
        if (!name.isEmpty()
            && !name.replace("**/", "").contains("*")
            && suites.stream()
                .noneMatch(s -> matches(s.name(), name) && s.tests() - s.skipped() > 0)) {
          errors.add(
              module
                  + ": "
                  + name
                  + " ran no test: it was renamed, removed or is no longer discovered (it is"
                  + " named in castkit.tests.long or castkit.tests.required of "
                  + module
                  + "/pom.xml)");
        }
      }
    }
    Map<String, String> skips = new LinkedHashMap<>();
    suites.forEach(s -> skips.putAll(s.skips()));
    if (ci && !skips.isEmpty()) {
      errors.add(
          module
              + ": CI=true and "
              + skips.size()
              + " tests were skipped; in CI every check runs. Skipped: "
              + skips);
    }
    String summaryDirs = a.getOrDefault("summary", "");
    if (!summaryDirs.isEmpty()) {
      Map<String, String> all = new LinkedHashMap<>();
      read(summaryDirs, since).forEach(s -> all.putAll(s.skips()));
      all.putAll(skips);
      printNotRun(all);
    } else if (!skips.isEmpty()) {
      printNotRun(skips);
    }
    if (!errors.isEmpty()) {
      errors.forEach(e -> System.out.println("[castkit] ERROR " + e));
      System.exit(1);
    }
  }

  /** Tells which checks did not run and the one command that enables them. */
  private static void printNotRun(Map<String, String> skips) {
    if (skips.isEmpty()) {
      return;
    }
    Map<String, List<String>> byReason = new TreeMap<>();
    skips.forEach((test, message) -> byReason.computeIfAbsent(message, k -> new ArrayList<>()).add(test));
    Set<String> packages = new LinkedHashSet<>();
    Set<String> commands = new LinkedHashSet<>();
    StringBuilder out = new StringBuilder();
    out.append("[castkit] WARNING ")
        .append(skips.size())
        .append(" tests did NOT run on this machine (the build passes without them; CI runs them):\n");
    byReason.forEach(
        (message, tests) -> {
          int at = message.lastIndexOf(ENABLE);
          String reason = at < 0 ? message : message.substring(0, at).trim();
          out.append("[castkit]   - ")
              .append(reason)
              .append("\n[castkit]     ")
              .append(tests.size())
              .append(" tests: ")
              .append(String.join(", ", tests.subList(0, Math.min(4, tests.size()))))
              .append(tests.size() > 4 ? ", ..." : "")
              .append('\n');
          if (at >= 0) {
            String command = message.substring(at + ENABLE.length(), message.lastIndexOf(')'));
            for (String part : command.split(" && ")) {
              String p = part.trim();
              if (p.startsWith("apt-get install -y ")) {
                packages.addAll(List.of(p.substring("apt-get install -y ".length()).split(" +")));
              } else {
                commands.add(p);
              }
            }
          }
        });
    List<String> steps = new ArrayList<>();
    if (!packages.isEmpty()) {
      steps.add("sudo apt-get install -y " + String.join(" ", packages));
    }
    steps.addAll(commands);
    if (!steps.isEmpty()) {
      out.append("[castkit]   To run them (Debian/Ubuntu; then run the build again): ")
          .append(String.join(" && ", steps))
          .append('\n');
    }
    System.out.print(out);
  }

  private static boolean matches(String suite, String name) {
    String simple = name.replace("**/", "").replace(".java", "").replace(".class", "");
    return suite.equals(simple) || suite.endsWith("." + simple);
  }

  private static List<Suite> read(String dirs, Instant since) throws Exception {
    List<Suite> suites = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    for (String d : dirs.split(",")) {
      Path dir = Path.of(d.trim());
      if (d.isBlank() || !Files.isDirectory(dir)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> list = Files.list(dir)) {
        files =
            list.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
                .sorted()
                .toList();
      }
      for (Path file : files) {
        if (Files.getLastModifiedTime(file).toInstant().isBefore(since)) {
          continue;
        }
        Document doc = factory.newDocumentBuilder().parse(new File(file.toString()));
        Element root = doc.getDocumentElement();
        String name = root.getAttribute("name");
        Map<String, String> skips = new LinkedHashMap<>();
        NodeList cases = root.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element c = (Element) cases.item(i);
          NodeList skippedNodes = c.getElementsByTagName("skipped");
          if (skippedNodes.getLength() > 0) {
            Element skip = (Element) skippedNodes.item(0);
            String message = skip.getAttribute("message");
            if (message.isEmpty()) {
              // JUnit's aborted tests: the exception, its message and stack trace as text
              message = skip.getTextContent().strip();
              int at = message.indexOf("\n\tat ");
              message = at < 0 ? message : message.substring(0, at);
              String type = skip.getAttribute("type");
              if (!type.isEmpty() && message.startsWith(type + ": ")) {
                message = message.substring(type.length() + 2);
              }
            }
            String simple = name.substring(name.lastIndexOf('.') + 1);
            skips.put(simple + "." + c.getAttribute("name"), message.isEmpty() ? "(no reason given)" : message);
          }
        }
        suites.add(
            new Suite(
                name,
                Integer.parseInt(root.getAttribute("tests")),
                Integer.parseInt(root.getAttribute("skipped")),
                skips));
      }
    }
    return suites;
  }
}
