package org.copro.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

/** The form that starts a local group. */
class GroupForm extends TextLanguageForm {

	@NotBlank(message = "{directory.group.name.required}")
	@Size(max = 200, message = "{directory.group.name.too-long}")
	private String name = "";

	private String kind = "AREA";

	private String area = "";

	@Size(max = 200, message = "{directory.group.theme.too-long}")
	private String theme = "";

	@NotBlank(message = "{directory.group.description.required}")
	@Size(max = 5000, message = "{directory.group.description.too-long}")
	private String description = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getArea() {
		return area;
	}

	public void setArea(String area) {
		this.area = area;
	}

	public String getTheme() {
		return theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}

/** A thread, an announcement (both with a title) or a reply (the title left empty). */
class PostForm extends TextLanguageForm {

	@Size(max = 200, message = "{directory.post.title.too-long}")
	private String title = "";

	@NotBlank(message = "{directory.post.body.required}")
	@Size(max = 5000, message = "{directory.post.body.too-long}")
	private String body = "";

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}

/** A meeting: its date and time in the UK, and a place or an online link. */
class MeetingForm extends TextLanguageForm {

	@NotBlank(message = "{directory.meeting.title.required}")
	@Size(max = 200, message = "{directory.meeting.title.too-long}")
	private String title = "";

	private String date = "";

	private String time = "";

	@NotBlank(message = "{directory.meeting.place.required}")
	@Size(max = 300, message = "{directory.meeting.place.too-long}")
	private String place = "";

	private boolean online;

	@Size(max = 5000, message = "{directory.meeting.description.too-long}")
	private String description = "";

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

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public boolean isOnline() {
		return online;
	}

	public void setOnline(boolean online) {
		this.online = online;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
