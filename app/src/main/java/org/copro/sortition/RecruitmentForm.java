package org.copro.sortition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;

class RecruitmentForm extends TextLanguageForm {

	@NotBlank(message = "{sortition.title.required}")
	@Size(max = 200, message = "{sortition.title.too-long}")
	private String title = "";

	@NotBlank(message = "{sortition.invitation.required}")
	@Size(max = 5000, message = "{sortition.invitation.too-long}")
	private String invitation = "";

	private String panelSize = "";

	private String closesDay = "";

	private String closesMonth = "";

	private String closesYear = "";

	@Size(max = 300, message = "{sortition.population-source.too-long}")
	private String populationSource = "";

	private String quotas = "";

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getInvitation() {
		return invitation;
	}

	public void setInvitation(String invitation) {
		this.invitation = invitation;
	}

	public String getPanelSize() {
		return panelSize;
	}

	public void setPanelSize(String panelSize) {
		this.panelSize = panelSize;
	}

	public String getClosesDay() {
		return closesDay;
	}

	public void setClosesDay(String closesDay) {
		this.closesDay = closesDay;
	}

	public String getClosesMonth() {
		return closesMonth;
	}

	public void setClosesMonth(String closesMonth) {
		this.closesMonth = closesMonth;
	}

	public String getClosesYear() {
		return closesYear;
	}

	public void setClosesYear(String closesYear) {
		this.closesYear = closesYear;
	}

	public String getPopulationSource() {
		return populationSource;
	}

	public void setPopulationSource(String populationSource) {
		this.populationSource = populationSource;
	}

	public String getQuotas() {
		return quotas;
	}

	public void setQuotas(String quotas) {
		this.quotas = quotas;
	}

}
