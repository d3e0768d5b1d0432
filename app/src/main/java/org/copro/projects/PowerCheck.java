package org.copro.projects;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One member's power check at one time: where they place the project on the ladder of
 * participation, how well it lives the five values of co-production (1 to 5 each), and
 * their reflections on the power-dynamics checklist.
 */
@Entity
@Table(name = "project_power_check")
class PowerCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long projectId;

	private @Nullable Long accountId;

	private Instant answeredAt = Instant.now();

	@Enumerated(EnumType.STRING)
	private Ladder ladder = Ladder.INFORMING;

	private int valueStrengths;

	private int valueNetworks;

	private int valueWhatMatters;

	private int valueSharedPower;

	private int valueChangeMakers;

	private String whoIsInvolved = "";

	private String socialInteraction = "";

	private String institutions = "";

	private String changesMade = "";

	protected PowerCheck() {
	}

	PowerCheck(long projectId, long accountId, Ladder ladder, int[] values, String[] reflections) {
		this.projectId = projectId;
		this.accountId = accountId;
		this.ladder = ladder;
		this.valueStrengths = values[0];
		this.valueNetworks = values[1];
		this.valueWhatMatters = values[2];
		this.valueSharedPower = values[3];
		this.valueChangeMakers = values[4];
		this.whoIsInvolved = reflections[0].strip();
		this.socialInteraction = reflections[1].strip();
		this.institutions = reflections[2].strip();
		this.changesMade = reflections[3].strip();
	}

	long projectId() {
		return projectId;
	}

	public @Nullable Long accountId() {
		return accountId;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public Ladder ladder() {
		return ladder;
	}

	/** The five values' ratings, in the order of the home page's values. */
	public int[] values() {
		return new int[] { valueStrengths, valueNetworks, valueWhatMatters, valueSharedPower, valueChangeMakers };
	}

	public double valuesAverage() {
		return (valueStrengths + valueNetworks + valueWhatMatters + valueSharedPower + valueChangeMakers) / 5.0;
	}

	public String[] reflections() {
		return new String[] { whoIsInvolved, socialInteraction, institutions, changesMade };
	}

	void anonymise() {
		accountId = null;
	}

}
