package org.copro.engines.budgeting;

import java.util.Arrays;

/** A small open-addressing map from non-negative ints to longs, without boxing. */
final class IntLongMap {

	private int[] keys;

	private long[] values;

	private int size;

	IntLongMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
		keys = new int[capacity];
		Arrays.fill(keys, -1);
		values = new long[capacity];
	}

	private IntLongMap(IntLongMap other) {
		keys = other.keys.clone();
		values = other.values.clone();
		size = other.size;
	}

	IntLongMap copy() {
		return new IntLongMap(this);
	}

	void add(int key, long delta) {
		int mask = keys.length - 1;
		int slot = mix(key) & mask;
		while (true) {
			int found = keys[slot];
			if (found == key) {
				values[slot] += delta;
				return;
			}
			if (found < 0) {
				keys[slot] = key;
				values[slot] = delta;
				if (++size * 2 > keys.length) {
					grow();
				}
				return;
			}
			slot = (slot + 1) & mask;
		}
	}

	/** Slots to iterate over with {@link #keyAt} and {@link #valueAt}; empty slots have key −1. */
	int capacity() {
		return keys.length;
	}

	int keyAt(int slot) {
		return keys[slot];
	}

	long valueAt(int slot) {
		return values[slot];
	}

	/** Drops keys whose value is zero when they make up most of the map. */
	void compactIfSparse() {
		int live = 0;
		for (int slot = 0; slot < keys.length; slot++) {
			if (keys[slot] >= 0 && values[slot] != 0) {
				live++;
			}
		}
		if (live * 4 >= size || size < 16) {
			return;
		}
		int[] oldKeys = keys;
		long[] oldValues = values;
		int capacity = Integer.highestOneBit(Math.max(4, live * 2) - 1) << 1;
		keys = new int[capacity];
		Arrays.fill(keys, -1);
		values = new long[capacity];
		size = 0;
		for (int slot = 0; slot < oldKeys.length; slot++) {
			if (oldKeys[slot] >= 0 && oldValues[slot] != 0) {
				add(oldKeys[slot], oldValues[slot]);
			}
		}
	}

	private void grow() {
		int[] oldKeys = keys;
		long[] oldValues = values;
		keys = new int[oldKeys.length * 2];
		Arrays.fill(keys, -1);
		values = new long[oldKeys.length * 2];
		size = 0;
		for (int slot = 0; slot < oldKeys.length; slot++) {
			if (oldKeys[slot] >= 0) {
				add(oldKeys[slot], oldValues[slot]);
			}
		}
	}

	private static int mix(int key) {
		int h = key * 0x9E3779B9;
		return h ^ (h >>> 16);
	}
}
