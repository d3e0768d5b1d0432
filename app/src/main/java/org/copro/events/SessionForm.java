package org.copro.events;

import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

class SessionForm extends TextLanguageForm {

	@Size(max = 200, message = "{events.session.title.too-long}")
	private String title = "";

	private String date = "";

	private String startTime = "";

	private String endTime = "";

	@Size(max = 500, message = "{events.session.place.too-long}")
	private String place = "";

	@Size(max = 500, message = "{events.session.link.too-long}")
	private String onlineLink = "";

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

}
