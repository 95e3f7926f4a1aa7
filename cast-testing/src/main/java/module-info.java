/**
 * castkit testing: test support for code that embeds castkit ({@link dev.castkit.testing}).
 * Fixtures, the standard finding codes, AssertJ assertions on validation reports and QuickTheories
 * generators of analyses. For the test scope only.
 *
 * <pre>{@code
 * open module my.incident.tool.test {
 *   requires dev.castkit.testing; // reads dev.castkit.core, AssertJ and QuickTheories too
 * }
 * }</pre>
 */
// QuickTheories has no module name of its own: its name comes from its jar (quicktheories-0.26.jar)
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.castkit.testing {
  exports dev.castkit.testing;

  // The API mentions their types: CastAnalysis, AbstractAssert, Gen.
  requires transitive dev.castkit.core;
  requires transitive org.assertj.core;
  requires transitive quicktheories;
  requires static org.jspecify;
}
