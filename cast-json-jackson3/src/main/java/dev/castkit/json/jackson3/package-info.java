/**
 * The CAST interchange format on Jackson 3: {@link dev.castkit.json.jackson3.CastJackson3} for
 * whole documents, {@link dev.castkit.json.jackson3.CastJackson3Module} for analyses inside a
 * caller's own {@code JsonMapper}.
 */
@NullMarked
package dev.castkit.json.jackson3;

import org.jspecify.annotations.NullMarked;
