package org.copro.projects;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A member's answers to the power check, as typed and chosen. */
class PowerCheckForm {

	private String ladder = "";

	private List<String> values = new ArrayList<>(List.of("", "", "", "", ""));

	@Size(max = 2000, message = "{projects.power.reflection.too-long}")
	private String whoIsInvolved = "";

	@Size(max = 2000, message = "{projects.power.reflection.too-long}")
	private String socialInteraction = "";

	@Size(max = 2000, message = "{projects.power.reflection.too-long}")
	private String institutions = "";

	@Size(max = 2000, message = "{projects.power.reflection.too-long}")
	private String changesMade = "";

	@Nullable Ladder ladder(BindingResult result) {
		Ladder parsed = ProjectForm.parse(Ladder.class, ladder);
		if (parsed == null) {
			result.rejectValue("ladder", "projects.power.ladder.required");
		}
		return parsed;
	}

	int @Nullable [] values(BindingResult result) {
		int[] ratings = new int[5];
		boolean complete = values.size() == 5;
		for (int i = 0; i < 5 && complete; i++) {
			String value = values.get(i);
			if (value == null || !value.matches("[1-5]")) {
				result.rejectValue("values[" + i + "]", "projects.power.value.required", new Object[] { i + 1 }, null);
				complete = false;
			}
			else {
				ratings[i] = Integer.parseInt(value);
			}
		}
		if (values.size() != 5) {
			result.rejectValue("values", "projects.power.value.required", new Object[] { 1 }, null);
		}
		return complete ? ratings : null;
	}

	String[] reflections() {
		return new String[] { whoIsInvolved, socialInteraction, institutions, changesMade };
	}

	public String getLadder() {
		return ladder;
	}

	public void setLadder(String ladder) {
		this.ladder = ladder;
	}

	public List<String> getValues() {
		return values;
	}

	public void setValues(List<String> values) {
		this.values = values;
	}

	public String getWhoIsInvolved() {
		return whoIsInvolved;
	}

	public void setWhoIsInvolved(String whoIsInvolved) {
		this.whoIsInvolved = whoIsInvolved;
	}

	public String getSocialInteraction() {
		return socialInteraction;
	}

	public void setSocialInteraction(String socialInteraction) {
		this.socialInteraction = socialInteraction;
	}

	public String getInstitutions() {
		return institutions;
	}

	public void setInstitutions(String institutions) {
		this.institutions = institutions;
	}

	public String getChangesMade() {
		return changesMade;
	}

	public void setChangesMade(String changesMade) {
		this.changesMade = changesMade;
	}

}
