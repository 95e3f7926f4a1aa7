package dev.castkit.core.internal;

import dev.castkit.core.CastModelException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every castkit value type. Not API.
 *
 * <p>Generated classes are package-private; callers see the abstract type, its {@code builder()}
 * and its nested {@code Builder}. Missing or null attributes raise {@link CastModelException}, so a
 * caller handles one exception type for every construction error.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    builder = "new",
    build = "build",
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "loss:losses",
      "analysis:analyses",
      "responsibility:responsibilities",
      "evidence:evidence"
    },
    allowedClasspathAnnotations = {Override.class},
    throwForInvalidImmutableState = CastModelException.MissingAttributes.class,
    throwForNullPointer = CastModelException.NullAttribute.class,
    defaults = @Value.Immutable(copy = false, prehash = false),
    overshadowImplementation = true,
    headerComments = false)
public @interface CastStyle {}
