package org.copro.events;

import jakarta.validation.constraints.Size;

class EventForm {

	@Size(max = 200, message = "{events.title.too-long}")
	private String titleEn = "";

	@Size(max = 200, message = "{events.title.too-long}")
	private String titleCy = "";

	@Size(max = 10000, message = "{events.description.too-long}")
	private String descriptionEn = "";

	@Size(max = 10000, message = "{events.description.too-long}")
	private String descriptionCy = "";

	private String capacity = "";

	@Size(max = 5000, message = "{events.facilitators.too-long}")
	private String facilitators = "";

	static EventForm of(EventDetails details) {
		EventForm form = new EventForm();
		form.titleEn = details.titleEn();
		form.titleCy = details.titleCy();
		form.descriptionEn = details.descriptionEn();
		form.descriptionCy = details.descriptionCy();
		form.capacity = Integer.toString(details.capacity());
		form.facilitators = details.facilitators();
		return form;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getTitleCy() {
		return titleCy;
	}

	public void setTitleCy(String titleCy) {
		this.titleCy = titleCy;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionCy() {
		return descriptionCy;
	}

	public void setDescriptionCy(String descriptionCy) {
		this.descriptionCy = descriptionCy;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public String getFacilitators() {
		return facilitators;
	}

	public void setFacilitators(String facilitators) {
		this.facilitators = facilitators;
	}

}
