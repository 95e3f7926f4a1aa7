package dev.castkit.core.rules.internal;

import dev.castkit.core.ElementId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the cycles of a parent relation without recursion. Not API. */
final class Cycles {
  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  private Cycles() {}

  /**
   * The cycles of {@code parentOf} (each element has at most one parent, so each element is on at
   * most one cycle). Each cycle starts at its smallest id (natural order) and follows parents, so
   * the result does not depend on the order of the map. Every element is visited once.
   */
  static List<List<ElementId>> find(Map<ElementId, ElementId> parentOf) {
    Map<ElementId, Integer> state = new HashMap<>(Index.capacity(2 * parentOf.size()));
    List<List<ElementId>> cycles = new ArrayList<>();
    for (ElementId start : parentOf.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      List<ElementId> path = new ArrayList<>();
      ElementId node = start;
      while (node != null && !state.containsKey(node)) {
        state.put(node, ON_PATH);
        path.add(node);
        node = parentOf.get(node);
      }
      if (node != null && state.get(node) == ON_PATH) {
        cycles.add(rotate(path.subList(path.indexOf(node), path.size())));
      }
      for (ElementId visited : path) {
        state.put(visited, DONE);
      }
    }
    return cycles;
  }

  private static List<ElementId> rotate(List<ElementId> cycle) {
    int smallest = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (cycle.get(i).compareTo(cycle.get(smallest)) < 0) {
        smallest = i;
      }
    }
    List<ElementId> rotated = new ArrayList<>(cycle.size());
    for (int i = 0; i < cycle.size(); i++) {
      rotated.add(cycle.get((smallest + i) % cycle.size()));
    }
    return rotated;
  }
}
