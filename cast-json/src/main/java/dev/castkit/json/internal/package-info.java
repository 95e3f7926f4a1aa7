/** The codec behind {@link dev.castkit.json.CastJson}. Not API: may change in any release. */
package dev.castkit.json.internal;
