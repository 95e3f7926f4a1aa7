package dev.castkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ElementId;
import dev.castkit.testing.CastGenerators;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading gives every mention of an id in a document one instance, and never mixes up ids. */
class IdSharingTest {
  private static final CastJson JSON = CastJson.builder().pretty(false).build();

  @Test
  void everyMentionOfAComponentIsTheInstanceOfItsDefinition() {
    qt().withExamples(30)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            generated -> {
              CastAnalysis read = JSON.read(JSON.toBytes(generated));
              assertThat(read).isEqualTo(generated);
              for (ControlStructure s : read.controlStructures()) {
                Map<ComponentId, ComponentId> defined = new java.util.HashMap<>();
                s.components().forEach(c -> defined.put(c.id(), c.id()));
                for (ControlLink link : s.links()) {
                  assertThat(link.source()).isSameAs(defined.get(link.source()));
                  assertThat(link.target()).isSameAs(defined.get(link.target()));
                }
              }
            });
  }

  @Test
  void idsThatCollideInTheTableStillReadAsWhatWasWritten() {
    // Strings with equal String.hashCode ("Aa" and "BB" collide, and so do all their
    // concatenations), long ids (not packed) and ids of two kinds with one value (a link and a
    // component): every one must come back as written.
    List<String> values = new ArrayList<>();
    String[] pair = {"Aa", "BB"};
    for (int i = 0; i < 64; i++) {
      StringBuilder v = new StringBuilder("C-");
      for (int bit = 0; bit < 6; bit++) {
        v.append(pair[(i >> bit) & 1]);
      }
      values.add(v.toString()); // 14 characters: packed
      values.add(v + "-long-suffix"); // 26 characters: not packed
    }
    values.add("C-1.a:b_c-d");
    StringBuilder doc =
        new StringBuilder(
            "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\", \"controlStructures\":"
                + " [{\"id\": \"CS-1\", \"variant\": \"AS_DESIGNED\", \"name\": \"n\", \"components\": [");
    for (int i = 0; i < values.size(); i++) {
      doc.append(i == 0 ? "" : ",")
          .append("{\"id\": \"")
          .append(values.get(i))
          .append("\", \"name\": \"n\", \"kind\": \"HUMAN_CONTROLLER\"}");
    }
    doc.append("], \"links\": [");
    for (int i = 0; i < values.size(); i++) {
      doc.append(i == 0 ? "" : ",")
          .append("{\"id\": \"")
          .append(values.get(i))
          .append("\", \"kind\": \"CONTROL_ACTION\", \"source\": \"")
          .append(values.get(i))
          .append("\", \"target\": \"")
          .append(values.get((i + 1) % values.size()))
          .append("\", \"label\": \"l\"}");
    }
    doc.append("]}]}");
    CastAnalysis read = JSON.read(doc.toString());
    ControlStructure s = read.controlStructures().get(0);
    List<String> components = s.components().stream().map(c -> c.id().value()).toList();
    assertThat(components).containsExactlyElementsOf(values);
    Map<ElementId, Boolean> distinct = new IdentityHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      ControlLink link = s.links().get(i);
      assertThat(link.id().value()).isEqualTo(values.get(i));
      assertThat(link.source().value()).isEqualTo(values.get(i));
      assertThat(link.target().value()).isEqualTo(values.get((i + 1) % values.size()));
      distinct.put(link.source(), true);
    }
    assertThat(distinct).hasSize(values.size());
  }

  @Test
  void aDocumentWithMoreIdsThanTheTableHoldsReadsCorrectlyAndSharesRecentMentions() {
    int n = 40_000; // more than the table's 32,768 slots
    StringBuilder doc =
        new StringBuilder(
            "{\"formatVersion\": \"1.0\", \"id\": \"CAST-1\", \"title\": \"t\", \"controlStructures\":"
                + " [{\"id\": \"CS-1\", \"variant\": \"AS_DESIGNED\", \"name\": \"n\", \"components\": [");
    for (int i = 0; i < n; i++) {
      doc.append(i == 0 ? "" : ",")
          .append("{\"id\": \"C-")
          .append(i)
          .append("\", \"name\": \"n\", \"kind\": \"HUMAN_CONTROLLER\"}");
    }
    doc.append("], \"links\": [");
    for (int i = 0; i < n; i++) {
      // each link names the component defined last and one defined long before
      doc.append(i == 0 ? "" : ",")
          .append("{\"id\": \"L-")
          .append(i)
          .append("\", \"kind\": \"CONTROL_ACTION\", \"source\": \"C-")
          .append(n - 1)
          .append("\", \"target\": \"C-")
          .append(i)
          .append("\", \"label\": \"l\"}");
    }
    doc.append("]}]}");
    ControlStructure s = JSON.read(doc.toString()).controlStructures().get(0);
    ComponentId last = s.components().get(n - 1).id();
    for (int i = 0; i < n; i++) {
      assertThat(s.components().get(i).id().value()).isEqualTo("C-" + i);
      ControlLink link = s.links().get(i);
      assertThat(link.id().value()).isEqualTo("L-" + i);
      assertThat(link.target().value()).isEqualTo("C-" + i);
      assertThat(link.source()).isEqualTo(last);
    }
    // An id mentioned again and again is mostly still in its slot at the next mention (a new id
    // takes its slot now and then, after which the next mention puts it back), so mentions close
    // together share an instance.
    int shared = 0;
    for (int i = 1; i < n; i++) {
      if (s.links().get(i).source() == s.links().get(i - 1).source()) {
        shared++;
      }
    }
    assertThat(shared).isGreaterThan(n * 9 / 10);
  }
}
