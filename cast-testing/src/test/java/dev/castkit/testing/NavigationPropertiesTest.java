package dev.castkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.castkit.core.CastAnalysis;
import dev.castkit.core.ExtensionValue;
import dev.castkit.core.internal.ReferenceGraph;
import dev.castkit.core.internal.ReferenceGraph.Place;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Properties of find, remove and replace on {@link CastAnalysis} over generated analyses (here, not
 * in cast-core, because the generators live in this module; cast-core's NavigationTest has the
 * examples).
 */
class NavigationPropertiesTest {
  private static List<Place> places(CastAnalysis a) {
    return ReferenceGraph.build(a).places();
  }

  @Test
  void findFindsEveryElementOfEveryGeneratedAnalysis() {
    qt().withExamples(200)
        .forAll(CastGenerators.analyses())
        .checkAssert(
            a -> {
              for (Place p : places(a)) {
                Optional<Object> found = a.find(p.id(), Object.class);
                assertThat(found).as("find(%s)", p.id()).isPresent();
                assertThat(found.get()).isInstanceOf(p.type().type());
                assertThat(p.type().idField().get(found.get())).isEqualTo(p.id());
              }
            });
  }

  @Test
  void afterRemovingAnElementFindFindsNothing() {
    qt().withExamples(200)
        .forAll(CastGenerators.analyses(), integers().allPositive())
        .checkAssert(
            (a, choice) -> {
              List<Place> places = places(a);
              if (places.size() < 2) {
                return;
              }
              // Any element but the analysis itself (the first place).
              Place p = places.get(1 + choice % (places.size() - 1));
              CastAnalysis without = a.remove(p.id());
              assertThat(without.find(p.id(), Object.class)).as("%s", p.id()).isEmpty();
              assertThat(places(without).size()).isLessThan(places.size());
            });
  }

  @Test
  void replacingAnElementChangesItAndKeepsEverythingElseEqual() {
    qt().withExamples(200)
        .forAll(CastGenerators.analyses(), integers().allPositive())
        .checkAssert(
            (a, choice) -> {
              List<Place> places = places(a);
              if (places.size() < 2) {
                return;
              }
              Place p = places.get(1 + choice % (places.size() - 1));
              Object original = a.find(p.id(), Object.class).orElseThrow();
              // Replacing an element by itself gives back an equal analysis.
              assertThat(a.replace(p.id(), original)).isEqualTo(a);

              Object marked = marked(original);
              CastAnalysis changed = a.replace(p.id(), marked);
              assertThat(changed.find(p.id(), Object.class)).contains(marked);
              assertThat(changed).isNotEqualTo(a);
              // Everything else is equal: take the element away from both, and they agree.
              assertThat(changed.remove(p.id())).isEqualTo(a.remove(p.id()));
            });
  }

  /** The element with one more extension attribute, through its public toBuilder(). */
  private static Object marked(Object element) {
    try {
      Method toBuilder = element.getClass().getMethod("toBuilder");
      toBuilder.setAccessible(true);
      Object builder = toBuilder.invoke(element);
      Method put = builder.getClass().getMethod("putExtension", String.class, ExtensionValue.class);
      put.setAccessible(true);
      put.invoke(builder, "x-navigation-test", ExtensionValue.of("marked"));
      Method build = builder.getClass().getMethod("build");
      build.setAccessible(true);
      return build.invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot mark " + element, e);
    }
  }
}
