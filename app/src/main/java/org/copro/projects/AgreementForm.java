package org.copro.projects;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * An edit of an agreement: its text, the decision method, or the rows of the
 * communication plan.
 */
class AgreementForm {

	static final int MAX_TEXT = 10_000;

	static final int MAX_CELL = 200;

	private String text = "";

	private String method = "";

	private List<RowForm> rows = new ArrayList<>();

	static AgreementForm of(@Nullable AgreementVersion current) {
		AgreementForm form = new AgreementForm();
		if (current != null) {
			form.text = current.text();
			form.method = current.method() == null ? "" : current.method().name();
			current.rows().forEach(row -> form.rows.add(RowForm.of(row)));
		}
		form.padRows();
		return form;
	}

	/** Always two empty rows to fill in, so that the plan grows without JavaScript. */
	void padRows() {
		rows.removeIf(row -> row.blank());
		rows.add(new RowForm());
		rows.add(new RowForm());
	}

	@Nullable DecisionMethod decisionMethod() {
		return ProjectForm.parse(DecisionMethod.class, method);
	}

	List<CommunicationRow> communicationRows() {
		return rows.stream()
			.filter(row -> !row.blank())
			.map(row -> new CommunicationRow(row.audience.strip(), row.channel.strip(), row.frequency.strip(),
					row.owner.strip()))
			.toList();
	}

	void validate(AgreementKind kind, BindingResult result) {
		if (text.length() > MAX_TEXT) {
			result.rejectValue("text", "projects.agreement.text.too-long");
		}
		switch (kind) {
			case GROUND_RULES -> {
				if (text.isBlank()) {
					result.rejectValue("text", "projects.agreement.text.required");
				}
			}
			case DECISION_MAKING -> {
				if (text.isBlank()) {
					result.rejectValue("text", "projects.agreement.decisions.required");
				}
				if (decisionMethod() == null) {
					result.rejectValue("method", "projects.agreement.method.required");
				}
			}
			case COMMUNICATION -> {
				for (int i = 0; i < rows.size(); i++) {
					RowForm row = rows.get(i);
					if (!row.blank() && !row.complete()) {
						result.rejectValue("rows[" + i + "].audience", "projects.agreement.row.incomplete",
								new Object[] { i + 1 }, null);
					}
					else if (row.tooLong()) {
						result.rejectValue("rows[" + i + "].audience", "projects.agreement.row.too-long",
								new Object[] { i + 1 }, null);
					}
				}
				if (communicationRows().isEmpty()) {
					result.rejectValue("rows[0].audience", "projects.agreement.rows.required");
				}
			}
		}
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public List<RowForm> getRows() {
		return rows;
	}

	public void setRows(List<RowForm> rows) {
		this.rows = rows;
	}

	/** One row of the communication plan as typed. */
	public static class RowForm {

		private String audience = "";

		private String channel = "";

		private String frequency = "";

		private String owner = "";

		static RowForm of(CommunicationRow row) {
			RowForm form = new RowForm();
			form.audience = row.audience();
			form.channel = row.channel();
			form.frequency = row.frequency();
			form.owner = row.owner();
			return form;
		}

		boolean blank() {
			return audience.isBlank() && channel.isBlank() && frequency.isBlank() && owner.isBlank();
		}

		boolean complete() {
			return !audience.isBlank() && !channel.isBlank() && !frequency.isBlank() && !owner.isBlank();
		}

		boolean tooLong() {
			return audience.length() > MAX_CELL || channel.length() > MAX_CELL || frequency.length() > MAX_CELL
					|| owner.length() > MAX_CELL;
		}

		public String getAudience() {
			return audience;
		}

		public void setAudience(String audience) {
			this.audience = audience;
		}

		public String getChannel() {
			return channel;
		}

		public void setChannel(String channel) {
			this.channel = channel;
		}

		public String getFrequency() {
			return frequency;
		}

		public void setFrequency(String frequency) {
			this.frequency = frequency;
		}

		public String getOwner() {
			return owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

	}

}
