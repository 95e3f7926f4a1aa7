package dev.castkit.core.testing;

import dev.castkit.core.Component;
import dev.castkit.core.ComponentId;
import dev.castkit.core.ComponentKind;
import dev.castkit.core.ControlLink;
import dev.castkit.core.ControlStructure;
import dev.castkit.core.ControlStructureId;
import dev.castkit.core.LinkId;
import dev.castkit.core.LinkKind;
import dev.castkit.core.StructureVariant;

/**
 * The smallest control loop: an operator ({@code C-ops}) restarts a service ({@code C-svc}) by
 * control action {@code CA-1} and sees its health by feedback {@code FB-1}. Tests put it in two
 * structures (as designed and as operating) under one set of ids.
 */
public final class TwoComponents {
  public static final ComponentId OPS = ComponentId.of("C-ops");
  public static final ComponentId SVC = ComponentId.of("C-svc");
  public static final LinkId CA1 = LinkId.of("CA-1");
  public static final LinkId FB1 = LinkId.of("FB-1");

  private TwoComponents() {}

  /** The loop as a control structure of this id and variant. */
  public static ControlStructure structure(String id, StructureVariant variant) {
    return ControlStructure.builder()
        .id(ControlStructureId.of(id))
        .variant(variant)
        .addComponent(
            Component.builder()
                .id(OPS)
                .name("Operator")
                .kind(ComponentKind.HUMAN_CONTROLLER)
                .build())
        .addComponent(
            Component.builder()
                .id(SVC)
                .name("Service")
                .kind(ComponentKind.CONTROLLED_PROCESS)
                .build())
        .addLink(
            ControlLink.builder()
                .id(CA1)
                .kind(LinkKind.CONTROL_ACTION)
                .source(OPS)
                .target(SVC)
                .label("restart")
                .build())
        .addLink(
            ControlLink.builder()
                .id(FB1)
                .kind(LinkKind.FEEDBACK)
                .source(SVC)
                .target(OPS)
                .label("health")
                .build())
        .build();
  }
}
