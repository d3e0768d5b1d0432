package org.copro.directory;

import java.util.Set;

import org.copro.identity.AccountId;
import org.springframework.stereotype.Component;

/**
 * Registers organisations in the directory for other modules' tests, which cannot reach
 * its internals.
 */
@Component
public class TestOrganisations {

	private final Organisations organisations;

	TestOrganisations(Organisations organisations) {
		this.organisations = organisations;
	}

	/** A voluntary organisation in Wrexham, willing to co-produce; returns its id. */
	public long register(String name, AccountId owner) {
		return organisations.register(new OrganisationDetails(name, "Supports young people and their families.",
				Sector.VOLUNTARY, OrganisationSize.SMALL, Willingness.READY, null, null, "hello@example.org",
				Set.of(Area.WREXHAM), Set.of(ServiceArea.SOCIAL_CARE), Set.of(Offer.MENTORING)), owner);
	}

}
