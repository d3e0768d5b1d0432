package org.copro.engines.budgeting;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The cells of one {@code .pb} row by column name, in column order, immutable: the header
 * is shared by all rows of a section, so a row costs one array of values rather than a
 * hash map of its own.
 */
final class RowFields extends AbstractMap<String, String> {

	private final String[] columns;

	private final String[] values;

	/**
	 * The header array is shared, never changed; {@code values} has one cell per column.
	 */
	RowFields(String[] columns, String[] values) {
		this.columns = columns;
		this.values = values;
	}

	@Override
	public int size() {
		return columns.length;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public String get(Object key) {
		int index = indexOf(key);
		return index < 0 ? null : values[index];
	}

	private int indexOf(Object key) {
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].equals(key)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public Set<Map.Entry<String, String>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public int size() {
				return columns.length;
			}

			@Override
			public Iterator<Map.Entry<String, String>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return next < columns.length;
					}

					@Override
					public Map.Entry<String, String> next() {
						if (next >= columns.length) {
							throw new NoSuchElementException();
						}
						int i = next++;
						return new SimpleImmutableEntry<>(columns[i], values[i]);
					}
				};
			}
		};
	}

}
