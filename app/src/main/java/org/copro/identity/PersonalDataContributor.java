package org.copro.identity;

import java.util.Map;

/**
 * Implemented by each module that holds personal data, so that "download my data" is
 * complete.
 */
public interface PersonalDataContributor {

	/** The section name in the download, e.g. {@code "knowledge"}. */
	String section();

	/**
	 * Everything this module holds about the person, as JSON-ready maps, lists and
	 * values.
	 */
	Map<String, Object> personalData(AccountId account);

}
