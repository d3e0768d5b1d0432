package org.copro.sortition;

import jakarta.validation.constraints.Size;

class DrawForm {

	private String seed = "";

	@Size(max = 300, message = "{sortition.seed-source.too-long}")
	private String seedSource = "";

	private String algorithm = "LEXIMIN";

	public String getSeed() {
		return seed;
	}

	public void setSeed(String seed) {
		this.seed = seed;
	}

	public String getSeedSource() {
		return seedSource;
	}

	public void setSeedSource(String seedSource) {
		this.seedSource = seedSource;
	}

	public String getAlgorithm() {
		return algorithm;
	}

	public void setAlgorithm(String algorithm) {
		this.algorithm = algorithm;
	}

}
