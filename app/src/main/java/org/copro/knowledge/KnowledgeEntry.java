package org.copro.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * One piece of co-production evidence: a case study, method, research project, guide or
 * organisation.
 *
 * <p>
 * Lists (places aside) are kept as one value a line in their column, so that an entry is
 * one row; the index sees them as lists through the derived getters below.
 */
@Entity
@Table(name = "kb_entry")
@Indexed(index = "kb_entry")
// An update writes only what changed, so that an edit begun before the author's
// account was deleted does not bring their name back
// (KnowledgeEntryRepository.forgetAuthor).
@DynamicUpdate
class KnowledgeEntry {

	static final String SEPARATOR = "\n";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@KeywordField(projectable = Projectable.YES)
	@Column(unique = true, nullable = false)
	private String externalId = "";

	@Enumerated(EnumType.STRING)
	@Column(name = "entry_type")
	private EntryType type = EntryType.CASE;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private EntryStatus status = EntryStatus.DRAFT;

	@FullTextField(analyzer = KnowledgeAnalysis.ENGLISH, projectable = Projectable.YES)
	@FullTextField(name = "title_cy", analyzer = KnowledgeAnalysis.WELSH)
	@KeywordField(name = "title_sort", normalizer = KnowledgeAnalysis.SORT, sortable = Sortable.YES,
			searchable = Searchable.NO)
	private String title = "";

	@FullTextField(analyzer = KnowledgeAnalysis.ENGLISH, projectable = Projectable.YES)
	@FullTextField(name = "summary_cy", analyzer = KnowledgeAnalysis.WELSH)
	@Column(length = 20_000)
	private String summary = "";

	// Not searched on its own: the field "all" holds it for searching. Kept in the index
	// for cutting snippets.
	@FullTextField(name = ListedEntry.BODY, searchable = Searchable.NO, projectable = Projectable.YES)
	@Column(length = 1_000_000)
	private String body = "";

	@KeywordField(name = ListedEntry.PERIOD, searchable = Searchable.NO, projectable = Projectable.YES)
	private String period = "";

	@GenericField(sortable = Sortable.YES, aggregable = Aggregable.NO)
	private @Nullable Integer startYear;

	private @Nullable Integer endYear;

	private String country = "";

	private String region = "";

	private String localArea = "";

	@Column(length = 4000)
	private String serviceAreas = "";

	@Column(length = 4000)
	private String approaches = "";

	@Column(length = 8000)
	private String keywords = "";

	@Column(length = 2000)
	private String contributors = "";

	@Column(length = 1000)
	private String organiser = "";

	@Column(length = 2000)
	private String url = "";

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	private String language = "en";

	@GenericField(sortable = Sortable.YES)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	// The workflow's columns: who submitted the entry, why a moderator sent it back, its
	// translation.

	private @Nullable Long authorAccount;

	private @Nullable String authorName;

	private @Nullable String returnReason;

	private @Nullable Long translationId;

	@Column(length = 8000)
	private @Nullable String publications;

	protected KnowledgeEntry() {
	}

	KnowledgeEntry(String externalId) {
		this.externalId = externalId;
	}

	/** Copies every field that a file or a form gives, keeping the id and the version. */
	void update(EntryDraft draft) {
		this.type = draft.type();
		this.title = draft.title();
		this.summary = draft.summary();
		this.body = draft.body();
		this.period = draft.period();
		this.startYear = draft.startYear();
		this.endYear = draft.endYear();
		this.country = draft.country();
		this.region = draft.region();
		this.localArea = draft.localArea();
		this.serviceAreas = join(draft.serviceAreas());
		this.approaches = join(draft.approaches());
		this.keywords = join(draft.keywords());
		this.contributors = draft.contributors();
		this.organiser = draft.organiser();
		this.url = draft.url();
		this.language = draft.language();
		this.status = draft.status();
		this.updatedAt = Instant.now();
	}

	private static String join(List<String> values) {
		return values.stream()
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.distinct()
			.collect(Collectors.joining(SEPARATOR));
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
	}

	boolean sameContentAs(EntryDraft draft) {
		return type == draft.type() && title.equals(draft.title()) && summary.equals(draft.summary())
				&& body.equals(draft.body()) && period.equals(draft.period())
				&& java.util.Objects.equals(startYear, draft.startYear())
				&& java.util.Objects.equals(endYear, draft.endYear()) && country.equals(draft.country())
				&& region.equals(draft.region()) && localArea.equals(draft.localArea())
				&& serviceAreas.equals(join(draft.serviceAreas())) && approaches.equals(join(draft.approaches()))
				&& keywords.equals(join(draft.keywords())) && contributors.equals(draft.contributors())
				&& organiser.equals(draft.organiser()) && url.equals(draft.url()) && language.equals(draft.language())
				&& status == draft.status();
	}

	// Index-only views of the columns above.

	@KeywordField(name = "type", aggregable = Aggregable.YES, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "type")))
	public String getTypeCode() {
		return type.code();
	}

	@KeywordField(name = "place", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "country")),
			@ObjectPath(@PropertyValue(propertyName = "region")) })
	public List<String> getPlaceFacets() {
		return Stream.of(country, region).filter(value -> !value.isBlank()).distinct().toList();
	}

	/** The places as a result list shows them, kept in the index. */
	@KeywordField(name = ListedEntry.PLACES, searchable = Searchable.NO, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "country")),
			@ObjectPath(@PropertyValue(propertyName = "region")),
			@ObjectPath(@PropertyValue(propertyName = "localArea")) })
	public List<String> getPlaceNames() {
		return places();
	}

	@FullTextField(name = "places", analyzer = KnowledgeAnalysis.ENGLISH)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "country")),
			@ObjectPath(@PropertyValue(propertyName = "region")),
			@ObjectPath(@PropertyValue(propertyName = "localArea")) })
	public String getPlacesText() {
		return String.join(" ; ", country, region, localArea);
	}

	@KeywordField(name = "approach", aggregable = Aggregable.YES)
	@FullTextField(name = "approaches_text", analyzer = KnowledgeAnalysis.ENGLISH)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "approaches")))
	public List<String> getApproachList() {
		return split(approaches);
	}

	@KeywordField(name = "service_area", aggregable = Aggregable.YES)
	@FullTextField(name = "service_areas_text", analyzer = KnowledgeAnalysis.ENGLISH)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "serviceAreas")))
	public List<String> getServiceAreaList() {
		return split(serviceAreas);
	}

	@FullTextField(name = "keywords", analyzer = KnowledgeAnalysis.ENGLISH)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "keywords")))
	public List<String> getKeywordList() {
		return split(keywords);
	}

	@KeywordField(name = "period", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startYear")))
	public @Nullable String getDecade() {
		return startYear == null ? null : (startYear / 10 * 10) + "s";
	}

	@FullTextField(name = "spelling", analyzer = KnowledgeAnalysis.SPELLING, projectable = Projectable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "summary")),
			@ObjectPath(@PropertyValue(propertyName = "keywords")),
			@ObjectPath(@PropertyValue(propertyName = "approaches")),
			@ObjectPath(@PropertyValue(propertyName = "country")), @ObjectPath(@PropertyValue(propertyName = "region")),
			@ObjectPath(@PropertyValue(propertyName = "localArea")) })
	public String getSpellingText() {
		List<String> parts = new ArrayList<>(List.of(title, summary, country, region, localArea));
		parts.addAll(split(keywords));
		parts.addAll(split(approaches));
		return String.join(" . ", parts);
	}

	/**
	 * All the text of an entry in one field, the parts that say most repeated, so that
	 * one BM25 score weighs fields without counting a word once per field.
	 */
	@FullTextField(name = "all", analyzer = KnowledgeAnalysis.ENGLISH, projectable = Projectable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "keywords")),
			@ObjectPath(@PropertyValue(propertyName = "approaches")),
			@ObjectPath(@PropertyValue(propertyName = "serviceAreas")),
			@ObjectPath(@PropertyValue(propertyName = "country")), @ObjectPath(@PropertyValue(propertyName = "region")),
			@ObjectPath(@PropertyValue(propertyName = "localArea")) })
	public List<String> getAllText() {
		String places = String.join(" ; ", country, region, localArea);
		return List.of(title, title, title, places, places, summary, summary, String.join(" ; ", split(keywords)),
				String.join(" ; ", split(approaches)), String.join(" ; ", split(serviceAreas)), body);
	}

	public Long id() {
		if (id == null) {
			throw new IllegalStateException("Entry not saved yet");
		}
		return id;
	}

	public String externalId() {
		return externalId;
	}

	public EntryType type() {
		return type;
	}

	public EntryStatus status() {
		return status;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String body() {
		return body;
	}

	public String period() {
		return period;
	}

	public @Nullable Integer startYear() {
		return startYear;
	}

	public @Nullable Integer endYear() {
		return endYear;
	}

	public List<String> places() {
		return Stream.of(localArea, region, country).filter(value -> !value.isBlank()).toList();
	}

	public String country() {
		return country;
	}

	public String region() {
		return region;
	}

	public String localArea() {
		return localArea;
	}

	public List<String> serviceAreas() {
		return split(serviceAreas);
	}

	public List<String> approaches() {
		return split(approaches);
	}

	public List<String> keywords() {
		return split(keywords);
	}

	public String contributors() {
		return contributors;
	}

	public String organiser() {
		return organiser;
	}

	public String url() {
		return url;
	}

	public String language() {
		return language;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	void submittedBy(long account, String name) {
		this.authorAccount = account;
		this.authorName = name;
	}

	void changeStatus(EntryStatus status, @Nullable String reason) {
		this.status = status;
		this.returnReason = reason;
		this.updatedAt = Instant.now();
	}

	void details(String publications, @Nullable Long translationId) {
		this.publications = publications;
		this.translationId = translationId;
	}

	public @Nullable Long authorAccount() {
		return authorAccount;
	}

	public String authorName() {
		return authorName == null ? "" : authorName;
	}

	public @Nullable String returnReason() {
		return returnReason;
	}

	public @Nullable Long translationId() {
		return translationId;
	}

	/** Related publications, one a line: the citation, then the link. */
	public String publicationText() {
		return publications == null ? "" : publications;
	}

	public List<Publication> publications() {
		return Publication.parseAll(publicationText());
	}

	public String serviceAreaText() {
		return serviceAreas;
	}

	public String approachText() {
		return approaches;
	}

	public String keywordText() {
		return keywords;
	}

	public boolean published() {
		return status == EntryStatus.PUBLISHED;
	}

}
