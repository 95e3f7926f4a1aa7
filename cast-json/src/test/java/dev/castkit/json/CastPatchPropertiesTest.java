package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.castkit.core.CastAnalysis;
import dev.castkit.json.internal.JsonTree;
import dev.castkit.json.internal.PatchDiff;
import dev.castkit.json.internal.PatchOp;
import dev.castkit.testing.CastGenerators;
import dev.castkit.testing.CastGenerators.Size;
import dev.castkit.testing.CastGenerators.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The properties of {@link CastPatch} over generated analyses and the example analyses: applying
 * between(a, b) to a gives b byte for byte, between(a, a) is empty, a patch's JSON reads back as
 * the same patch, and a change of one field of one element is one operation.
 */
class CastPatchPropertiesTest {
  private static final CastJson JSON = CastJson.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Gen<CastAnalysis> small() {
    return CastGenerators.analyses(Size.SMALL, Text.AWKWARD);
  }

  private static void patchGivesTheSecond(CastAnalysis a, CastAnalysis b) {
    // as RFC 6902 applies it, without castkit's reading and writing after: the very same JSON
    Object before = JsonTree.parse(JSON.write(a), "analysis", null);
    Object after = JsonTree.parse(JSON.write(b), "analysis", null);
    assertThat(PatchOp.applyAll(PatchDiff.between(before, after), before)).isEqualTo(after);

    CastPatch patch = CastPatch.between(a, b);
    assertThat(patch.applyTo(JSON.write(a))).isEqualTo(JSON.write(b));
    assertThat(patch.applyTo(a)).isEqualTo(JSON.read(JSON.write(b)));
    CastPatch read = CastPatch.parse(patch.toJson());
    assertThat(read).isEqualTo(patch);
    assertThat(read.toJson()).isEqualTo(patch.toJson());
    assertThat(CastPatch.parse(patch.toJson().getBytes(StandardCharsets.UTF_8))).isEqualTo(patch);
  }

  @Test
  void applyingBetweenTwoAnalysesToTheFirstGivesTheSecond() {
    qt().withExamples(40)
        .forAll(small(), small())
        .checkAssert(CastPatchPropertiesTest::patchGivesTheSecond);
  }

  @Test
  void applyingBetweenAnAnalysisAndAnEditOfItGivesTheEdit() {
    qt().withExamples(50)
        .forAll(CastGenerators.analysesWithAwkwardText(), longs().all())
        .checkAssert((a, seed) -> patchGivesTheSecond(a, edit(a, new Random(seed))));
  }

  @Test
  void anEditIsASmallPatch() {
    // not the whole document again: a few operations per edit made, and the formatVersion (an
    // item dropped may have been the only thing of 1.1)
    qt().withExamples(40)
        .forAll(CastGenerators.analyses(), longs().all())
        .checkAssert(
            (a, seed) -> {
              Edits edits = new Edits(new Random(seed));
              CastAnalysis b = edit(a, edits);
              assertThat(CastPatch.between(a, b).size()).isLessThanOrEqualTo(edits.made + 1);
            });
  }

  @Test
  void betweenAnAnalysisAndItselfIsEmpty() {
    qt().withExamples(30)
        .forAll(CastGenerators.analysesWithAwkwardText())
        .checkAssert(
            a -> {
              assertThat(CastPatch.between(a, a).isEmpty()).isTrue();
              assertThat(CastPatch.between(a, JSON.read(JSON.write(a))).toJson()).isEqualTo("[]\n");
            });
  }

  @Test
  void aChangeOfOneFieldOfOneElementIsOneReplace() {
    qt().withExamples(40)
        .forAll(CastGenerators.analysesWithAwkwardText(), longs().all())
        .checkAssert(
            (a, seed) -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> root =
                  (Map<String, Object>) JsonTree.parse(JSON.write(a), "analysis", null);
              List<String> texts = new ArrayList<>();
              descriptions(root, "", texts);
              String pointer =
                  texts.isEmpty() ? "/title" : texts.get(new Random(seed).nextInt(texts.size()));
              String text = "Restated: " + set(root, pointer);
              CastAnalysis b = JSON.read(JsonTree.write(root));

              ArrayNode expected = MAPPER.createArrayNode();
              expected.addObject().put("op", "replace").put("path", pointer).put("value", text);
              assertThat(CastPatch.between(a, b)).isEqualTo(CastPatch.parse(expected.toString()));
            });
  }

  /** Prefixes "Restated: " to the text at a pointer of plain tokens; returns the old text. */
  @SuppressWarnings("unchecked")
  private static String set(Object root, String pointer) {
    String[] tokens = pointer.substring(1).split("/");
    Object at = root;
    for (int i = 0; i < tokens.length - 1; i++) {
      at =
          at instanceof List<?> l
              ? l.get(Integer.parseInt(tokens[i]))
              : ((Map<?, ?>) at).get(tokens[i]);
    }
    Map<String, Object> parent = (Map<String, Object>) at;
    String old = (String) parent.get(tokens[tokens.length - 1]);
    parent.put(tokens[tokens.length - 1], "Restated: " + old);
    return old;
  }

  @Test
  void theExampleAnalysesAndVectorsPatchIntoEachOther() {
    List<CastAnalysis> seeds = new ArrayList<>();
    for (String doc : HostileDocs.seeds().values()) {
      seeds.add(JSON.read(doc));
    }
    assertThat(seeds).hasSizeGreaterThan(10);
    CastAnalysis previous = seeds.get(seeds.size() - 1);
    for (CastAnalysis a : seeds) {
      patchGivesTheSecond(previous, a);
      assertThat(CastPatch.between(a, a).isEmpty()).isTrue();
      for (long seed = 0; seed < 2; seed++) {
        patchGivesTheSecond(a, edit(a, new Random(seed)));
      }
      previous = a;
    }
  }

  // ------------------------------------------------------------------------------ edits

  /** Decides the edits, and counts them. */
  private static final class Edits {
    final Random random;
    int made;

    Edits(Random random) {
      this.random = random;
    }

    boolean oneIn(int n) {
      return random.nextInt(n) == 0;
    }
  }

  private static CastAnalysis edit(CastAnalysis a, Random random) {
    return edit(a, new Edits(random));
  }

  /**
   * The analysis with some texts restated, some lists reversed or rotated and some items dropped,
   * done on its JSON (as castkit's own tree, which keeps number literals as written); where a
   * dropped item leaves no valid analysis, its title changed instead.
   */
  private static CastAnalysis edit(CastAnalysis a, Edits edits) {
    Object root = JsonTree.parse(JSON.write(a), "analysis", null);
    edit(root, edits);
    try {
      return JSON.read(JsonTree.write(root));
    } catch (CastJsonException e) {
      edits.made = 1;
      return a.toBuilder().title(a.title() + " (edited)").build();
    }
  }

  @SuppressWarnings("unchecked")
  private static void edit(Object node, Edits edits) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> object = (Map<String, Object>) map;
      for (String name : new ArrayList<>(object.keySet())) {
        Object child = object.get(name);
        if (child instanceof String text && (name.equals("description") || name.equals("title"))) {
          if (edits.oneIn(5)) {
            object.put(name, text + " (revised)");
            edits.made++;
          }
        } else if (!name.equals("formatVersion")) {
          edit(child, edits);
        }
      }
    } else if (node instanceof List<?> list) {
      List<Object> array = (List<Object>) list;
      for (Object item : array) {
        edit(item, edits);
      }
      int n = array.size();
      int choice = edits.random.nextInt(8);
      if (choice == 0 && n > 1) {
        Collections.reverse(array);
        // at most all but one moved (elements), or n removed and n added (values without key)
        edits.made += 2 * n;
      } else if (choice == 1 && n > 1) {
        array.add(array.remove(0));
        // one move (elements); values without key pair up by a common subsequence, which edits
        // inside them shorten
        edits.made += 2 * n;
      } else if (choice == 2 && n > 0) {
        array.remove(edits.random.nextInt(n));
        edits.made++;
      }
    }
  }

  /** The pointers of the descriptions of elements of lists. */
  private static void descriptions(Object node, String at, List<String> found) {
    if (node instanceof Map<?, ?> object) {
      for (Map.Entry<?, ?> e : object.entrySet()) {
        String name = (String) e.getKey();
        String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (name.equals("description") && e.getValue() instanceof String && at.matches(".*/\\d+")) {
          found.add(child);
        } else if (!name.startsWith("x-")) {
          descriptions(e.getValue(), child, found);
        }
      }
    } else if (node instanceof List<?> array) {
      for (int i = 0; i < array.size(); i++) {
        descriptions(array.get(i), at + "/" + i, found);
      }
    }
  }
}
