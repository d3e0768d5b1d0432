package org.copro.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

class OrganisationForm extends TextLanguageForm {

	@NotBlank(message = "{directory.name.required}")
	@Size(max = 200, message = "{directory.name.too-long}")
	private String name = "";

	@NotBlank(message = "{directory.description.required}")
	@Size(max = 5000, message = "{directory.description.too-long}")
	private String description = "";

	private String sector = "";

	private String size = "";

	private String willingness = "";

	@Size(max = 2000, message = "{directory.willing-on.too-long}")
	private String willingOn = "";

	private List<String> areas = new ArrayList<>();

	@Size(max = 500, message = "{directory.areas-other.too-long}")
	private String areasOther = "";

	private List<String> services = new ArrayList<>();

	private List<String> offers = new ArrayList<>();

	@NotBlank(message = "{directory.contact-email.required}")
	@Email(message = "{directory.contact-email.invalid}")
	@Size(max = 320, message = "{directory.contact-email.invalid}")
	private String contactEmail = "";

	static OrganisationForm of(OrganisationDetails details) {
		OrganisationForm form = new OrganisationForm();
		form.name = details.name();
		form.description = details.description();
		form.setLanguage(details.language());
		form.sector = details.sector().name();
		form.size = details.size().name();
		form.willingness = details.willingness().name();
		form.willingOn = details.willingOn() == null ? "" : details.willingOn();
		form.areas = details.areas().stream().map(Enum::name).toList();
		form.areasOther = details.areasOther() == null ? "" : details.areasOther();
		form.services = details.services().stream().map(Enum::name).toList();
		form.offers = details.offers().stream().map(Enum::name).toList();
		form.contactEmail = details.contactEmail();
		return form;
	}

	/**
	 * The details when every choice is one of the fixed ones; otherwise the errors go on
	 * the result.
	 */
	@Nullable OrganisationDetails details(BindingResult result) {
		Sector chosenSector = Choices.parse(Sector.class, sector);
		if (chosenSector == null) {
			result.rejectValue("sector", "directory.sector.invalid");
		}
		OrganisationSize chosenSize = Choices.parse(OrganisationSize.class, size);
		if (chosenSize == null) {
			result.rejectValue("size", "directory.size.invalid");
		}
		Willingness chosenWillingness = Choices.parse(Willingness.class, willingness);
		if (chosenWillingness == null) {
			result.rejectValue("willingness", "directory.willingness.invalid");
		}
		Set<Area> chosenAreas = Choices.parseAll(Area.class, areas);
		if (chosenAreas == null || (chosenAreas.isEmpty() && areasOther.isBlank())) {
			result.rejectValue("areas", "directory.areas.required");
		}
		Set<ServiceArea> chosenServices = Choices.parseAll(ServiceArea.class, services);
		if (chosenServices == null) {
			result.rejectValue("services", "directory.services.invalid");
		}
		Set<Offer> chosenOffers = Choices.parseAll(Offer.class, offers);
		if (chosenOffers == null) {
			result.rejectValue("offers", "directory.offers.invalid");
		}
		if (result.hasErrors() || getLanguage() == null || chosenSector == null || chosenSize == null
				|| chosenWillingness == null || chosenAreas == null || chosenServices == null || chosenOffers == null) {
			return null;
		}
		return new OrganisationDetails(name, description, chosenSector, chosenSize, chosenWillingness, willingOn,
				areasOther, contactEmail, chosenAreas, chosenServices, chosenOffers, language());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getSize() {
		return size;
	}

	public void setSize(String size) {
		this.size = size;
	}

	public String getWillingness() {
		return willingness;
	}

	public void setWillingness(String willingness) {
		this.willingness = willingness;
	}

	public String getWillingOn() {
		return willingOn;
	}

	public void setWillingOn(String willingOn) {
		this.willingOn = willingOn;
	}

	public List<String> getAreas() {
		return areas;
	}

	public void setAreas(List<String> areas) {
		this.areas = areas;
	}

	public String getAreasOther() {
		return areasOther;
	}

	public void setAreasOther(String areasOther) {
		this.areasOther = areasOther;
	}

	public List<String> getServices() {
		return services;
	}

	public void setServices(List<String> services) {
		this.services = services;
	}

	public List<String> getOffers() {
		return offers;
	}

	public void setOffers(List<String> offers) {
		this.offers = offers;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

}
