import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The checks of .ci/check-release, run with {@code java .ci/CheckRelease.java BUILD1 BUILD2
 * EFFECTIVE_POM VERSION SIGNED}: BUILD1 and BUILD2 are what the Central plugin staged in two
 * release builds (a Maven repository layout), EFFECTIVE_POM is help:effective-pom's output for the
 * reactor. Prints one line per check and fails (exit 1) when any fails.
 */
public class CheckRelease {
  private static final String GROUP = "dev/castkit";
  private static final String URL = "https://github.com/castkit/castkit";

  /** The artifacts Central gets, and the files of each beside the POM. */
  private static final Map<String, List<String>> PUBLISHED = new LinkedHashMap<>();

  static {
    PUBLISHED.put("castkit-parent", List.of(".pom"));
    // cast-core's test-jar holds the test support castkit's own modules share (ArchUnit rules,
    // golden files, external renderers, render samples) that the other
    // modules' tests use; it is attached, so it is published with the rest.
    PUBLISHED.put(
        "cast-core", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar", "-tests.jar"));
    PUBLISHED.put("cast-json", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
    // test support for embedders: fixtures, finding codes, assertions, generators
    PUBLISHED.put("cast-testing", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
    PUBLISHED.put("cast-json-jackson3", List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar"));
  }

  private static int passed;
  private static final List<String> failures = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Path build1 = Path.of(args[0]);
    Path build2 = Path.of(args[1]);
    Document effective = parse(Path.of(args[2]));
    String version = args[3];
    boolean signed = Boolean.parseBoolean(args[4]);
    boolean snapshot = version.endsWith("-SNAPSHOT");

    Set<String> files1 = published(build1);
    Set<String> files2 = published(build2);

    // 1. exactly the files Central wants
    Set<String> expected = new TreeSet<>();
    for (Map.Entry<String, List<String>> a : PUBLISHED.entrySet()) {
      for (String suffix : a.getValue()) {
        String file =
            GROUP + "/" + a.getKey() + "/" + version + "/" + a.getKey() + "-" + version + suffix;
        expected.add(file);
        if (signed) {
          expected.add(file + ".asc");
        }
      }
    }
    check(
        "the bundle holds exactly the POM, jar, sources, javadoc"
            + (signed ? " and signatures" : "")
            + " of castkit-parent, cast-core, cast-testing, cast-json and cast-json-jackson3",
        files1.equals(expected),
        () -> "missing " + minus(expected, files1) + ", unexpected " + minus(files1, expected));
    check(
        "nothing of cast-examples (or any other module) is in the bundle",
        files1.stream().noneMatch(f -> !PUBLISHED.containsKey(f.split("/")[2])),
        () ->
            files1.stream()
                .filter(f -> !PUBLISHED.containsKey(f.split("/")[2]))
                .toList()
                .toString());
    if (!snapshot) {
      List<String> unsummed = new ArrayList<>();
      for (String f : files1) {
        if (f.endsWith(".asc")) {
          continue; // Central wants no checksums of signatures
        }
        for (String sum : List.of(".md5", ".sha1")) {
          if (!Files.exists(build1.resolve(f + sum))) {
            unsummed.add(f + sum);
          }
        }
      }
      check(
          "every file but the signatures has its MD5 and SHA-1 checksum",
          unsummed.isEmpty(),
          unsummed::toString);
    }

    // 2. reproducible: both builds made the same bytes (signatures differ by their time stamps)
    List<String> differing = new ArrayList<>();
    int compared = 0;
    for (String f : files1) {
      if (f.endsWith(".asc")) {
        continue;
      }
      compared++;
      if (!files2.contains(f)) {
        differing.add(f + " (only in the first build)");
      } else if (!Arrays.equals(
          Files.readAllBytes(build1.resolve(f)), Files.readAllBytes(build2.resolve(f)))) {
        differing.add(f + " " + differingEntries(build1.resolve(f), build2.resolve(f)));
      }
    }
    int identical = compared - differing.size();
    check(
        "two release builds made identical files (" + identical + " of " + compared + ")",
        differing.isEmpty() && files1.equals(files2),
        () -> "differ: " + differing + (files1.equals(files2) ? "" : "; file sets differ"));

    // 3. what is inside the jars
    String core = GROUP + "/cast-core/" + version + "/cast-core-" + version;
    String json = GROUP + "/cast-json/" + version + "/cast-json-" + version;
    for (String jar : List.of(core, json)) {
      String name = jar.substring(jar.lastIndexOf('/') + 1);
      Set<String> classes = entries(build1.resolve(jar + ".jar"));
      check(
          name + ".jar is a named module (module-info.class)",
          classes.contains("module-info.class"),
          () -> "no module-info.class");
      check(
          name + "-sources.jar holds the module-info.java",
          entries(build1.resolve(jar + "-sources.jar")).contains("module-info.java"),
          () -> "no module-info.java");
      Set<String> docs = entries(build1.resolve(jar + "-javadoc.jar"));
      check(
          name + "-javadoc.jar documents the API and nothing internal or generated",
          docs.contains("index.html")
              && docs.stream().noneMatch(e -> e.contains("/internal/") || e.contains("/Immutable")),
          () ->
              docs.stream()
                  .filter(e -> e.contains("/internal/") || e.contains("/Immutable"))
                  .limit(5)
                  .toList()
                  .toString());
    }
    check(
        "cast-core.jar leaves out CastStyle (source-retention, read only by the annotation processor)",
        !entries(build1.resolve(core + ".jar"))
            .contains("dev/castkit/core/internal/CastStyle.class"),
        () -> "CastStyle.class is in the jar");
    Set<String> tests = entries(build1.resolve(core + "-tests.jar"));
    check(
        "cast-core-tests.jar holds only the shared test support (dev.castkit.core.testing)",
        tests.stream()
            .filter(e -> e.endsWith(".class"))
            .allMatch(e -> e.startsWith("dev/castkit/core/testing/")),
        () ->
            tests.stream()
                .filter(e -> e.endsWith(".class") && !e.startsWith("dev/castkit/core/testing/"))
                .limit(5)
                .toList()
                .toString());

    // 4. Central's required metadata, in the effective POM of each published artifact
    XPath xpath = XPathFactory.newInstance().newXPath();
    NodeList projects =
        (NodeList) xpath.evaluate("//*[local-name()='project']", effective, XPathConstants.NODESET);
    Map<String, Element> byArtifact = new LinkedHashMap<>();
    for (int i = 0; i < projects.getLength(); i++) {
      Element p = (Element) projects.item(i);
      byArtifact.put(text(p, "artifactId"), p);
    }
    for (String artifact : PUBLISHED.keySet()) {
      Element p = byArtifact.get(artifact);
      if (p == null) {
        check(artifact + " has an effective POM", false, () -> "not in " + args[2]);
        continue;
      }
      List<String> problems = new ArrayList<>();
      for (String field : List.of("name", "description")) {
        if (text(p, field).isBlank()) {
          problems.add("no " + field);
        }
      }
      require(problems, "url", text(p, "url"), URL::equals);
      Element license = child(child(p, "licenses"), "license");
      require(problems, "license name", text(license, "name"), s -> !s.isBlank());
      require(problems, "license url", text(license, "url"), s -> s.startsWith("https://"));
      Element developer = child(child(p, "developers"), "developer");
      require(problems, "developer name", text(developer, "name"), s -> !s.isBlank());
      Element scm = child(p, "scm");
      require(
          problems, "scm connection", text(scm, "connection"), ("scm:git:" + URL + ".git")::equals);
      require(
          problems,
          "scm developerConnection",
          text(scm, "developerConnection"),
          s -> s.startsWith("scm:git:") && s.endsWith("castkit.git"));
      require(problems, "scm url", text(scm, "url"), URL::equals);
      check(
          artifact + "'s POM has what Central requires (name " + quote(text(p, "name")) + ")",
          problems.isEmpty(),
          problems::toString);
    }

    System.out.println("check-release: " + passed + " passed, " + failures.size() + " failed");
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }

  private static void check(String what, boolean ok, java.util.function.Supplier<String> why) {
    if (ok) {
      passed++;
      System.out.println("  ok    " + what);
    } else {
      failures.add(what);
      System.out.println("  FAIL  " + what + ": " + why.get());
    }
  }

  private static void require(
      List<String> problems, String field, String value, Predicate<String> ok) {
    if (!ok.test(value)) {
      problems.add(field + " is " + quote(value));
    }
  }

  /** The files a deployment would publish: all but repository metadata and checksums. */
  private static Set<String> published(Path repo) throws IOException {
    try (Stream<Path> files = Files.walk(repo)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> repo.relativize(f).toString().replace('\\', '/'))
          .filter(
              f ->
                  !f.startsWith(".")
                      && !f.contains("/maven-metadata")
                      && !f.matches(".*\\.(md5|sha1|sha256|sha512)$"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static Set<String> entries(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().map(ZipEntry::getName).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Which entries of two jars differ, to say why a build is not reproducible. */
  private static String differingEntries(Path a, Path b) throws IOException {
    if (!a.toString().endsWith(".jar")) {
      return "";
    }
    List<String> differ = new ArrayList<>();
    try (ZipFile za = new ZipFile(a.toFile());
        ZipFile zb = new ZipFile(b.toFile())) {
      for (ZipEntry ea : za.stream().toList()) {
        ZipEntry eb = zb.getEntry(ea.getName());
        if (eb == null
            || ea.getTime() != eb.getTime()
            || !Arrays.equals(bytes(za, ea), bytes(zb, eb))) {
          differ.add(ea.getName());
        }
      }
    }
    return differ.stream().limit(5).toList().toString();
  }

  private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    }
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? "" : e.getTextContent().trim();
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
