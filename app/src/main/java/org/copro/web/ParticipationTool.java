package org.copro.web;

/**
 * The contract by which a participation tool (conversations, decisions, budgeting,
 * sortition, …) joins the platform: a module declares one bean, and the home page and
 * menu offer it, with no edit elsewhere.
 *
 * <p>
 * Like a Decidim component manifest, it names the tool, its public and administration
 * pages, and the statistics the platform shows about it.
 */
public interface ParticipationTool {

	/**
	 * A stable identifier, also the part of the message keys and paths that belong to the
	 * tool.
	 */
	String id();

	/** Message key of the tool's name, e.g. {@code conversations.tool.name}. */
	String nameKey();

	/**
	 * Message key of the tool's name in the menu, where a shorter name keeps the menu on
	 * one line.
	 */
	default String menuKey() {
		return nameKey();
	}

	/** Message key of one sentence saying what people do with the tool. */
	String descriptionKey();

	/**
	 * The public page where people find the tool's processes, e.g.
	 * {@code /conversations}.
	 */
	String path();

	/** The order in which the tool appears; lower first. */
	default int order() {
		return 100;
	}

	/**
	 * Whether the tool is one of the ways people take part in deciding (conversations,
	 * calls for ideas, decisions, budgeting, juries); the menu gathers these under one
	 * "Take part" page so that it stays short.
	 */
	default boolean takesPart() {
		return false;
	}

	/**
	 * How many processes the tool holds now (open or closed), shown beside it; negative
	 * when unknown.
	 */
	default long count() {
		return -1;
	}

}
