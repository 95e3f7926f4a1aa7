/**
 * Test support for code that embeds castkit: {@link dev.castkit.testing.CastFixtures} (small
 * complete analyses, one ready for each CAST step), {@link dev.castkit.testing.FindingCode} (every
 * standard finding code), {@link dev.castkit.testing.CastAssertions} (AssertJ assertions on a
 * {@link dev.castkit.core.rules.ValidationReport}) and {@link dev.castkit.testing.CastGenerators}
 * (QuickTheories generators of consistent analyses).
 *
 * <pre>{@code
 * import static dev.castkit.testing.CastAssertions.assertThat;
 *
 * CastAnalysis analysis = CastFixtures.complete().toBuilder()
 *     .addHazard(Hazard.builder().id(HazardId.of("H-2")).description("Load above capacity").build())
 *     .build();
 * assertThat(CastRules.standard().check(analysis))
 *     .hasFinding(FindingCode.CAST_H001, "H-2")   // a hazard that leads to no loss
 *     .hasNoFinding(FindingCode.CAST_I001);
 * }</pre>
 */
@NullMarked
package dev.castkit.testing;

import org.jspecify.annotations.NullMarked;
