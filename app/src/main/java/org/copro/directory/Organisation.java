package org.copro.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * An organisation in the directory. Its contact address receives messages sent through
 * the contact form and is never shown on a page, so it has no public accessor.
 */
@Entity
@Table(name = "dir_organisation")
class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name = "";

	private String description = "";

	private String language = "en";

	@Enumerated(EnumType.STRING)
	private Sector sector = Sector.VOLUNTARY;

	@Enumerated(EnumType.STRING)
	@Column(name = "size_band")
	private OrganisationSize size = OrganisationSize.SMALL;

	@Enumerated(EnumType.STRING)
	private Willingness willingness = Willingness.INTERESTED;

	private @Nullable String willingOn;

	private @Nullable String areasOther;

	private String contactEmail = "";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dir_organisation_area", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "area")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<Area> areas = EnumSet.noneOf(Area.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dir_organisation_service", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "service")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<ServiceArea> services = EnumSet.noneOf(ServiceArea.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dir_organisation_offer", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "offer")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<Offer> offers = EnumSet.noneOf(Offer.class);

	private @Nullable Long createdBy;

	private Instant createdAt = Instant.now();

	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(OrganisationDetails details, @Nullable Long createdBy) {
		this.createdBy = createdBy;
		change(details);
	}

	void change(OrganisationDetails details) {
		this.name = details.name().strip();
		this.description = details.description().strip();
		this.language = details.language();
		this.sector = details.sector();
		this.size = details.size();
		this.willingness = details.willingness();
		this.willingOn = blankToNull(details.willingOn());
		this.areasOther = blankToNull(details.areasOther());
		this.contactEmail = details.contactEmail().strip();
		this.areas = new TreeSet<>(details.areas());
		this.services = new TreeSet<>(details.services());
		this.offers = new TreeSet<>(details.offers());
		this.updatedAt = Instant.now();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Organisation not saved yet");
		}
		return id;
	}

	public String name() {
		return name;
	}

	/**
	 * The language the description and what it is willing to co-produce on are written
	 * in.
	 */
	public String language() {
		return language;
	}

	public String description() {
		return description;
	}

	public List<String> paragraphs() {
		return Arrays.stream(description.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	public Sector sector() {
		return sector;
	}

	public OrganisationSize size() {
		return size;
	}

	public Willingness willingness() {
		return willingness;
	}

	public @Nullable String willingOn() {
		return willingOn;
	}

	public @Nullable String areasOther() {
		return areasOther;
	}

	public Set<Area> areas() {
		return new TreeSet<>(areas);
	}

	public Set<ServiceArea> services() {
		return new TreeSet<>(services);
	}

	public Set<Offer> offers() {
		return new TreeSet<>(offers);
	}

	/**
	 * Only for mailing the contact form and the administrators' export; never for a page.
	 */
	String contactEmail() {
		return contactEmail;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	OrganisationDetails details() {
		return new OrganisationDetails(name, description, sector, size, willingness, willingOn, areasOther,
				contactEmail, areas(), services(), offers(), language);
	}

}
