package dev.castkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ElementId;
import dev.castkit.core.HazardId;
import dev.castkit.core.Loss;
import dev.castkit.core.LossId;
import dev.castkit.core.Provenance;
import dev.castkit.core.internal.ReferenceGraph.Ref;
import dev.castkit.core.internal.model.ElementType;
import dev.castkit.core.internal.model.Field;
import dev.castkit.core.internal.model.IdKind;
import dev.castkit.core.internal.model.Model;
import dev.castkit.core.internal.model.ValueKind;
import dev.castkit.core.testing.Format11Sample;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelEdit}, {@link ReferenceGraph} and {@link Navigation} on an analysis that uses every
 * field of the format: references renamed in place, elements replaced and dropped wherever they are
 * held (lists and optional objects), and the arguments refused with what is wrong.
 */
class ModelEditTest {
  private static final CastAnalysis SAMPLE = Format11Sample.checkoutOutage();

  private static String site(Ref r, String value) {
    return r.holder().type().name()
        + " "
        + r.holder().id()
        + " "
        + r.holder().structure()
        + " "
        + r.field().name()
        + " "
        + value;
  }

  @Test
  void anEditorThatKeepsEverythingGivesTheSameInstance() {
    assertThat(ModelEdit.edit(SAMPLE, (type, e) -> e)).isSameAs(SAMPLE);
  }

  @Test
  void referencesRenamedByTheEditorAreRenamedInPlaceAndNoOthers() {
    List<Ref> before = ReferenceGraph.build(SAMPLE).refs();
    // every other distinct id text: the first changed id of a set or list is often not its first
    TreeSet<String> texts = new TreeSet<>();
    before.forEach(r -> texts.add(r.value()));
    Set<String> renamed = new TreeSet<>();
    int n = 0;
    for (String t : texts) {
      if (n++ % 2 == 1) {
        renamed.add(t);
      }
    }
    // and every id held in a field that may name any kind
    before.stream()
        .filter(r -> r.field().kind() == ValueKind.ANY_ID)
        .forEach(r -> renamed.add(r.value()));
    CastAnalysis edited =
        ModelEdit.edit(
            SAMPLE,
            new ModelEdit.Editor() {
              @Override
              public Object element(ElementType<?, ?> type, Object element) {
                return element;
              }

              @Override
              public Object reference(Object holder, Field field, Object value) {
                String text = value instanceof ElementId id ? id.value() : (String) value;
                if (!renamed.contains(text)) {
                  return value;
                }
                return field.references() == null
                    ? text + "-r"
                    : field.references().of(text + "-r");
              }
            });
    List<String> expected = new ArrayList<>();
    for (Ref r : before) {
      expected.add(site(r, renamed.contains(r.value()) ? r.value() + "-r" : r.value()));
    }
    List<String> got = new ArrayList<>();
    for (Ref r : ReferenceGraph.build(edited).refs()) {
      got.add(site(r, r.value()));
    }
    assertThat(renamed).isNotEmpty();
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    // every kind of reference field was edited: optional, required, set, list and any-kind
    Set<String> kinds = new TreeSet<>();
    for (Ref r : before) {
      if (renamed.contains(r.value())) {
        kinds.add(r.field().kind() + " " + r.field().shape());
      }
    }
    assertThat(kinds).contains("ID REQUIRED", "ID OPTIONAL", "ID SET", "ANY_ID OPTIONAL");
  }

  /** Every element of a type anywhere in the analysis, walked through the description. */
  private static List<Object> all(ElementType<?, ?> wanted, ElementType<?, ?> type, Object e) {
    List<Object> found = new ArrayList<>();
    if (type == wanted) {
      found.add(e);
    }
    for (Field f : type.fields()) {
      if (f.kind() == ValueKind.OBJECT) {
        Object v = f.get(e);
        Collection<?> children =
            v instanceof Optional<?> o ? o.stream().toList() : (Collection<?>) v;
        for (Object child : children) {
          found.addAll(all(wanted, f.elementType(), child));
        }
      }
    }
    return found;
  }

  @Test
  void anElementHeldInAnOptionalObjectOrAListIsReplacedOrDropped() {
    Provenance other =
        Provenance.builder()
            .basis(dev.castkit.core.ProvenanceBasis.INFERRED)
            .source("a test")
            .build();
    List<Object> before = all(Model.PROVENANCE, Model.ANALYSIS, SAMPLE);
    assertThat(before).hasSizeGreaterThan(1).doesNotContain(other);
    CastAnalysis replaced =
        ModelEdit.edit(SAMPLE, (type, e) -> type == Model.PROVENANCE ? other : e);
    assertThat(all(Model.PROVENANCE, Model.ANALYSIS, replaced))
        .hasSameSizeAs(before)
        .containsOnly(other);
    CastAnalysis dropped = ModelEdit.edit(SAMPLE, (type, e) -> type == Model.PROVENANCE ? null : e);
    assertThat(all(Model.PROVENANCE, Model.ANALYSIS, dropped)).isEmpty();
    assertThat(dropped.losses()).hasSameSizeAs(SAMPLE.losses());

    Loss first = SAMPLE.losses().get(0);
    CastAnalysis withoutFirst = ModelEdit.edit(SAMPLE, (type, e) -> e == first ? null : e);
    assertThat(withoutFirst.losses()).isEqualTo(SAMPLE.losses().subList(1, SAMPLE.losses().size()));
    assertThatThrownBy(() -> ModelEdit.edit(SAMPLE, (type, e) -> e == first ? "a text" : e))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a Loss cannot be replaced by a String; give a Loss");
  }

  @Test
  void replaceCountsTheElementsItReplaced() {
    Loss first = SAMPLE.losses().get(0);
    Loss changed = first.toBuilder().description("another description").build();
    ModelEdit.Result r = ModelEdit.replace(SAMPLE, first.id(), changed);
    assertThat(r.count()).isEqualTo(1);
    assertThat(r.analysis().losses().get(0)).isSameAs(changed);
    ModelEdit.Result none = ModelEdit.replace(SAMPLE, LossId.of("L-none"), changed);
    assertThat(none.count()).isZero();
    assertThat(none.analysis()).isSameAs(SAMPLE);
  }

  @Test
  void rebuildTakesAPlainValueForAnOptionalField() {
    Loss first = SAMPLE.losses().get(0);
    List<Field> fields = Model.LOSS.fields();
    Object[] values = new Object[fields.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = fields.get(i).get(first);
    }
    values[Model.LOSS.field("impact").index()] = "a plain impact";
    Loss rebuilt = (Loss) ModelEdit.rebuild(Model.LOSS, values, Map.of());
    assertThat(rebuilt.impact()).contains("a plain impact");
    assertThat(rebuilt.id()).isEqualTo(first.id());
  }

  @Test
  void referencesToAnIdAreThoseOfItsKindOrOfAnyKind() {
    ReferenceGraph g = ReferenceGraph.build(SAMPLE);
    assertThat(g).isNotSameAs(ReferenceGraph.of(SAMPLE));
    assertThat(g.refs()).hasSameSizeAs(ReferenceGraph.of(SAMPLE).refs());
    int seen = 0;
    for (Ref target : g.refs()) {
      for (IdKind kind : IdKind.values()) {
        ElementId id = kind.of(target.value());
        List<Ref> expected =
            g.refs().stream()
                .filter(r -> r.value().equals(id.value()))
                .filter(r -> r.target() == null || r.target().equals(id))
                .toList();
        assertThat(g.refsTo(id)).as("references to %s %s", kind, id).isEqualTo(expected);
        seen += expected.size();
      }
    }
    assertThat(seen).isPositive();
    assertThat(g.refsTo(HazardId.of("H-none"))).isEmpty();
  }

  @Test
  void navigationNamesWhatIsWrongWithItsArguments() {
    assertThatThrownBy(() -> SAMPLE.referrers(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CastAnalysis.referrers needs an id, got null");
    Loss loss = SAMPLE.losses().get(0);
    assertThatThrownBy(() -> SAMPLE.replace(null, loss))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CastAnalysis.replace needs an id, got null");
    assertThatThrownBy(() -> SAMPLE.replace(loss.id(), "a text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CastAnalysis.replace: loss "
                + loss.id()
                + " can only be replaced by a Loss, got a String");
    HazardId hazard = SAMPLE.hazards().get(0).id();
    assertThatThrownBy(() -> SAMPLE.replace(hazard, loss))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("can only be replaced by a Hazard, got a Loss");
  }
}
