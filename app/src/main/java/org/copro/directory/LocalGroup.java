package org.copro.directory;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A local group: people of one area, or around one theme, who talk, announce and meet.
 */
@Entity
@Table(name = "dir_group")
class LocalGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name = "";

	@Enumerated(EnumType.STRING)
	private GroupKind kind = GroupKind.AREA;

	@Enumerated(EnumType.STRING)
	private @Nullable Area area;

	private @Nullable String theme;

	private String description = "";

	private String language = "en";

	private Instant createdAt = Instant.now();

	protected LocalGroup() {
	}

	LocalGroup(String name, GroupKind kind, @Nullable Area area, @Nullable String theme, String description,
			String language) {
		this.language = language;
		this.name = name.strip();
		this.kind = kind;
		this.area = area;
		this.theme = theme == null || theme.isBlank() ? null : theme.strip();
		this.description = description.strip();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Group not saved yet");
		}
		return id;
	}

	public String name() {
		return name;
	}

	public GroupKind kind() {
		return kind;
	}

	public @Nullable Area area() {
		return area;
	}

	public @Nullable String theme() {
		return theme;
	}

	/**
	 * The language the theme and description are written in: {@code en} or {@code cy}.
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

}
