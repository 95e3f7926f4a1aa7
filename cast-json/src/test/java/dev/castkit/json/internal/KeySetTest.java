package dev.castkit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeySetTest {
  @Test
  void aRepeatIsFoundWhereverItsFirstOccurrenceLies() {
    // the first 8 keys are scanned, the rest hashed: a repeat of each one is found, on each side
    for (int size = 1; size <= 20; size++) {
      for (int repeated = 0; repeated < size; repeated++) {
        KeySet keys = new KeySet();
        for (int i = 0; i < size; i++) {
          assertThat(keys.add(new String("k" + i))).as("key %d of %d", i, size).isTrue();
        }
        assertThat(keys.add(new String("k" + repeated)))
            .as("repeat of key %d of %d", repeated, size)
            .isFalse();
        assertThat(keys.add("other")).isTrue();
      }
    }
  }

  @Test
  void keysAreComparedByValueNotIdentity() {
    KeySet keys = new KeySet();
    assertThat(keys.add(new String("H-1"))).isTrue();
    assertThat(keys.add(new String("H-1"))).isFalse();
  }

  @Test
  void clearForgetsEveryKeyOfTheLastList() {
    KeySet keys = new KeySet();
    for (int i = 0; i < 12; i++) {
      keys.add("k" + i);
    }
    keys.clear();
    for (int i = 0; i < 12; i++) {
      assertThat(keys.add("k" + i)).as("key %d after clear", i).isTrue();
    }
    keys.clear();
    assertThat(keys.add("k3")).isTrue();
    assertThat(keys.add("k3")).isFalse();
  }
}
