/**
 * The CAST domain model: {@link dev.castkit.core.CastAnalysis}, the aggregate root, and the values
 * it holds for each of the five steps of the CAST Handbook (losses, hazards, safety constraints,
 * timeline, control structures, component analyses, systemic flaws, recommendations, questions).
 *
 * <pre>{@code
 * CastAnalysis analysis = CastAnalysis.builder()
 *     .id(AnalysisId.of("CAST-1"))
 *     .title("Checkout unavailable after a configuration push")
 *     .addLoss(Loss.builder().id(LossId.of("L-1")).category(LossCategory.AVAILABILITY)
 *         .description("Customers cannot pay").build())
 *     .build();
 * CastAnalysis inReview = analysis.toBuilder().status(AnalysisStatus.IN_REVIEW).build();
 * }</pre>
 *
 * <p>Every value is immutable and built with its {@code builder()}; a value that could not mean
 * anything is refused at {@code build()} with a {@link dev.castkit.core.CastModelException}.
 * Nothing in this package accepts or returns {@code null}: absent values are {@link
 * java.util.Optional} or empty collections.
 */
@NullMarked
package dev.castkit.core;

import org.jspecify.annotations.NullMarked;
