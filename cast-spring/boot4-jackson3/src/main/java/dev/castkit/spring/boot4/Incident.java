package dev.castkit.spring.boot4;

import dev.castkit.core.CastAnalysis;

/**
 * The application's own DTO, holding an analysis beside its own fields.
 *
 * @param ticket the incident ticket
 * @param analysis the CAST analysis of the incident
 */
public record Incident(String ticket, CastAnalysis analysis) {}
