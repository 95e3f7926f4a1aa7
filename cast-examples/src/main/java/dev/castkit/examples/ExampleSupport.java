package dev.castkit.examples;

import dev.castkit.core.Component;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.EventTime;
import dev.castkit.core.Evidence;
import dev.castkit.core.EvidenceKind;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.LinkStatus;
import dev.castkit.core.StructureVariant;
import dev.castkit.core.TimePrecision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small conveniences shared by the example analyses. Everything here only calls the public model
 * API of {@code dev.castkit.core}; it exists so that each analysis reads as analysis, not as
 * repeated builder plumbing.
 */
final class ExampleSupport {

  private ExampleSupport() {}

  /** A time read to the minute from a post-mortem, given in UTC as {@code 2017-02-28T17:37:00Z}. */
  static EventTime minute(String utc) {
    return EventTime.of(Instant.parse(utc), TimePrecision.MINUTE);
  }

  /**
   * A day known only from the date a post-mortem names, with no clock time: an estimate at day
   * precision.
   */
  static EventTime aroundDay(String isoDate) {
    return EventTime.approximately(Instant.parse(isoDate + "T00:00:00Z"), TimePrecision.DAY);
  }

  /** Evidence that points at a public post-mortem. */
  static Evidence postMortem(String url) {
    return Evidence.of(EvidenceKind.URL, url);
  }

  /** A link that worked at the time of the loss. */
  static ControlLink link(
      LinkKind kind, String id, ComponentId source, ComponentId target, String label) {
    return ControlLink.builder()
        .id(LinkId.of(id))
        .kind(kind)
        .source(source)
        .target(target)
        .label(label)
        .build();
  }

  /** A link with the status it had at the time of the loss, and why. */
  static ControlLink link(
      LinkKind kind,
      String id,
      ComponentId source,
      ComponentId target,
      String label,
      LinkStatus status,
      String description) {
    return ControlLink.builder()
        .id(LinkId.of(id))
        .kind(kind)
        .source(source)
        .target(target)
        .label(label)
        .status(status)
        .description(description)
        .build();
  }

  /**
   * The structure as it operated at the time of the loss.
   *
   * @param components the components, shared with the as-designed structure
   * @param links the links with the status they had at the time
   */
  static ControlStructure operating(
      String name, String description, List<Component> components, List<ControlLink> links) {
    return ControlStructure.builder()
        .id(ControlStructureId.of("CS-operating"))
        .variant(StructureVariant.AS_OPERATING)
        .name(name)
        .description(description)
        .components(components)
        .links(links)
        .build();
  }

  /**
   * The structure as designed, derived from the operating one: the same components and links under
   * the same ids (a link present in both structures is one element, so the two can be compared),
   * every link {@link LinkStatus#PRESENT} unless {@code designedStatus} says otherwise, and without
   * the links that existed only as workarounds during the loss.
   *
   * @param designedStatus the status in the design of links that were not present by design, keyed
   *     by the operating link's id
   * @param operatingOnly the operating links that were not part of the design
   */
  static ControlStructure designed(
      String name,
      String description,
      ControlStructure operating,
      Map<LinkId, LinkStatus> designedStatus,
      Set<LinkId> operatingOnly) {
    List<ControlLink> links = new ArrayList<>();
    for (ControlLink link : operating.links()) {
      if (operatingOnly.contains(link.id())) {
        continue;
      }
      ControlLink.Builder designedLink =
          ControlLink.builder()
              .id(link.id())
              .kind(link.kind())
              .source(link.source())
              .target(link.target())
              .label(link.label())
              .status(designedStatus.getOrDefault(link.id(), LinkStatus.PRESENT));
      links.add(designedLink.build());
    }
    return ControlStructure.builder()
        .id(ControlStructureId.of("CS-designed"))
        .variant(StructureVariant.AS_DESIGNED)
        .name(name)
        .description(description)
        .components(operating.components())
        .links(links)
        .build();
  }
}
