package org.copro.projects;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The project's details as a person types them; {@link #details} checks what annotations
 * cannot.
 */
class ProjectForm {

	/** What a valid form holds, with its dates and choices parsed. */
	record Details(String title, String purpose, String serviceArea, String place, @Nullable LocalDate startDate,
			@Nullable LocalDate endDate, Phase phase, Visibility visibility) {
	}

	@NotBlank(message = "{projects.title.required}")
	@Size(max = 200, message = "{projects.title.too-long}")
	private String title = "";

	@NotBlank(message = "{projects.purpose.required}")
	@Size(max = 5000, message = "{projects.purpose.too-long}")
	private String purpose = "";

	@Size(max = 200, message = "{projects.service-area.too-long}")
	private String serviceArea = "";

	@Size(max = 200, message = "{projects.place.too-long}")
	private String place = "";

	private String startDate = "";

	private String endDate = "";

	private String phase = "PLANNING";

	private String visibility = "LISTED";

	private String role = "LIVED_EXPERIENCE";

	static ProjectForm of(Project project) {
		ProjectForm form = new ProjectForm();
		form.title = project.title();
		form.purpose = project.purpose();
		form.serviceArea = project.serviceArea();
		form.place = project.place();
		form.startDate = project.startDate() == null ? "" : project.startDate().toString();
		form.endDate = project.endDate() == null ? "" : project.endDate().toString();
		form.phase = project.phase().name();
		form.visibility = project.visibility().name();
		return form;
	}

	/** The parsed details, or null after rejecting the fields that are wrong. */
	@Nullable Details details(BindingResult result) {
		LocalDate start = date(startDate, "startDate", result);
		LocalDate end = date(endDate, "endDate", result);
		if (start != null && end != null && end.isBefore(start)) {
			result.rejectValue("endDate", "projects.end-date.before-start");
		}
		Phase parsedPhase = parse(Phase.class, phase);
		if (parsedPhase == null) {
			result.rejectValue("phase", "projects.phase.invalid");
		}
		Visibility parsedVisibility = parse(Visibility.class, visibility);
		if (parsedVisibility == null) {
			result.rejectValue("visibility", "projects.visibility.invalid");
		}
		if (result.hasErrors() || parsedPhase == null || parsedVisibility == null) {
			return null;
		}
		return new Details(title.strip(), purpose.strip(), serviceArea.strip(), place.strip(), start, end, parsedPhase,
				parsedVisibility);
	}

	static @Nullable LocalDate date(String text, String field, BindingResult result) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "projects.date.invalid");
			return null;
		}
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
		if (name == null) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getServiceArea() {
		return serviceArea;
	}

	public void setServiceArea(String serviceArea) {
		this.serviceArea = serviceArea;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getStartDate() {
		return startDate;
	}

	public void setStartDate(String startDate) {
		this.startDate = startDate;
	}

	public String getEndDate() {
		return endDate;
	}

	public void setEndDate(String endDate) {
		this.endDate = endDate;
	}

	public String getPhase() {
		return phase;
	}

	public void setPhase(String phase) {
		this.phase = phase;
	}

	public String getVisibility() {
		return visibility;
	}

	public void setVisibility(String visibility) {
		this.visibility = visibility;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

}
