package org.copro.conversations;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.copro.web.TextLanguageForm;
import org.jspecify.annotations.Nullable;

/** A new conversation, with its seed statements one per line. */
class ConversationForm extends TextLanguageForm {

	static final int MAX_SEED_STATEMENTS = 100;

	@NotBlank(message = "{conversations.title.required}")
	@Size(max = 200, message = "{conversations.title.tooLong}")
	private String title = "";

	@NotBlank(message = "{conversations.question.required}")
	@Size(max = 2000, message = "{conversations.question.tooLong}")
	private String question = "";

	private boolean open = true;

	private boolean participantStatements = true;

	@NotNull(message = "{conversations.moderation.required}")
	private @Nullable ModerationMode moderation;

	@Size(max = 20000, message = "{conversations.seedStatements.tooMany}")
	private String seedStatements = "";

	/** The non-blank lines of the seed statements box, stripped. */
	List<String> seedStatementList() {
		return seedStatements.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getQuestion() {
		return question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public boolean isOpen() {
		return open;
	}

	public void setOpen(boolean open) {
		this.open = open;
	}

	public boolean isParticipantStatements() {
		return participantStatements;
	}

	public void setParticipantStatements(boolean participantStatements) {
		this.participantStatements = participantStatements;
	}

	public @Nullable ModerationMode getModeration() {
		return moderation;
	}

	public void setModeration(@Nullable ModerationMode moderation) {
		this.moderation = moderation;
	}

	public String getSeedStatements() {
		return seedStatements;
	}

	public void setSeedStatements(String seedStatements) {
		this.seedStatements = seedStatements;
	}

}
