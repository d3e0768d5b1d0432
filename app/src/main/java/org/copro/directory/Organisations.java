package org.copro.directory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.copro.identity.AccountId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations' use cases: registering, editing, removing, searching, joining and
 * contacting them.
 */
@Service
class Organisations {

	static final int PAGE_SIZE = 20;

	private static final Locale WELSH = Locale.forLanguageTag("cy");

	private final OrganisationRepository organisations;

	private final OrganisationMemberRepository members;

	private final DirectoryMailer mailer;

	private final MessageSource messages;

	Organisations(OrganisationRepository organisations, OrganisationMemberRepository members, DirectoryMailer mailer,
			MessageSource messages) {
		this.organisations = organisations;
		this.members = members;
		this.mailer = mailer;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	Organisation find(long id) {
		return organisations.findById(id).orElseThrow(() -> new DirectoryNotFoundException("organisation", id));
	}

	@Transactional(readOnly = true)
	Optional<Organisation> findOptional(long id) {
		return organisations.findById(id);
	}

	/**
	 * Registers an organisation; the person who registers it becomes its first member and
	 * manager.
	 */
	@Transactional
	long register(OrganisationDetails details, AccountId registrar) {
		Organisation organisation = organisations.save(new Organisation(details, registrar.value()));
		members.save(new OrganisationMember(organisation.id(), registrar.value(), true));
		return organisation.id();
	}

	@Transactional
	void change(long id, OrganisationDetails details) {
		find(id).change(details);
	}

	@Transactional
	void remove(long id) {
		Organisation organisation = find(id);
		members.deleteByOrganisationId(id);
		organisations.delete(organisation);
	}

	/** Saves every imported organisation, or none of them when one cannot be saved. */
	@Transactional
	int importAll(List<OrganisationDetails> imported) {
		organisations.saveAll(imported.stream().map(details -> new Organisation(details, null)).toList());
		return imported.size();
	}

	@Transactional(readOnly = true)
	List<Organisation> all() {
		return organisations.findAllByName();
	}

	@Transactional(readOnly = true)
	OrganisationResults search(OrganisationFilter filter, int page) {
		String text = filter.text().strip().toLowerCase(Locale.ROOT);
		List<Organisation> matching = text.isEmpty() ? organisations.findAllByName()
				: organisations.findMatching(text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
		// Touch the collections inside the transaction: batch fetching loads them a
		// hundred at a time.
		matching.forEach(organisation -> organisation.areas().size());
		List<Organisation> found = matching.stream().filter(filter::matches).toList();
		int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<Organisation> onPage = found.subList((current - 1) * PAGE_SIZE,
				Math.min(found.size(), current * PAGE_SIZE));
		return new OrganisationResults(new ArrayList<>(onPage), found.size(), current, pages,
				counts(Sector.class, matching, filter::withSector), counts(Area.class, matching, filter::withArea),
				counts(Offer.class, matching, filter::withOffer),
				counts(Willingness.class, matching, filter::withWillingness));
	}

	private static <E extends Enum<E>> Map<E, Long> counts(Class<E> type, List<Organisation> matching,
			Function<E, OrganisationFilter> filterWith) {
		Map<E, Long> counts = new EnumMap<>(type);
		for (E choice : type.getEnumConstants()) {
			OrganisationFilter filter = filterWith.apply(choice);
			counts.put(choice, matching.stream().filter(filter::matches).count());
		}
		return counts;
	}

	@Transactional(readOnly = true)
	List<OrganisationMember> members(long organisationId) {
		return members.findByOrganisationIdOrderByJoinedAt(organisationId);
	}

	@Transactional(readOnly = true)
	List<OrganisationMember> membershipsOf(AccountId account) {
		return members.findByAccountId(account.value());
	}

	@Transactional(readOnly = true)
	boolean isManager(long organisationId, AccountId account) {
		return members.findByOrganisationIdAndAccountId(organisationId, account.value())
			.map(OrganisationMember::manager)
			.orElse(false);
	}

	@Transactional(readOnly = true)
	boolean isMember(long organisationId, AccountId account) {
		return members.findByOrganisationIdAndAccountId(organisationId, account.value()).isPresent();
	}

	@Transactional
	void join(long organisationId, AccountId account) {
		find(organisationId);
		if (!isMember(organisationId, account)) {
			members.save(new OrganisationMember(organisationId, account.value(), false));
		}
	}

	@Transactional
	void leave(long organisationId, AccountId account) {
		members.findByOrganisationIdAndAccountId(organisationId, account.value()).ifPresent(members::delete);
	}

	@Transactional
	void forget(AccountId account) {
		members.deleteByAccountId(account.value());
	}

	/**
	 * Sends a visitor's message to the organisation's contact address, in English and
	 * Welsh.
	 */
	@Transactional(readOnly = true)
	void contact(long organisationId, String senderName, String senderEmail, String message) {
		Organisation organisation = find(organisationId);
		Object[] arguments = { organisation.name(), senderName, senderEmail, message.strip() };
		String subject = messages.getMessage("directory.contact.mail.subject", arguments, Locale.ENGLISH) + " / "
				+ messages.getMessage("directory.contact.mail.subject", arguments, WELSH);
		String body = messages.getMessage("directory.contact.mail.body", arguments, Locale.ENGLISH) + "\n\n---\n\n"
				+ messages.getMessage("directory.contact.mail.body", arguments, WELSH);
		mailer.send(new DirectoryMailer.Mail(organisation.contactEmail(), senderEmail, subject, body));
	}

}
