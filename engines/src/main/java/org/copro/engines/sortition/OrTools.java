package org.copro.engines.sortition;

import com.google.ortools.Loader;

/** Loads OR-Tools' native solvers once per process. */
final class OrTools {

	private static volatile boolean loaded;

	private OrTools() {
	}

	static void load() {
		if (!loaded) {
			synchronized (OrTools.class) {
				if (!loaded) {
					Loader.loadNativeLibraries();
					loaded = true;
				}
			}
		}
	}

}
