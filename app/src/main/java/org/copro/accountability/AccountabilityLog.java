package org.copro.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.copro.identity.AccountId;
import org.copro.web.InputReceived;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accountability module's facade: what other modules may ask of the "you said, we
 * did" log, and the use cases its pages need.
 */
@Service
public class AccountabilityLog {

	private static final Logger log = LoggerFactory.getLogger(AccountabilityLog.class);

	private final InputItemRepository items;

	private final ResponseRepository responses;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountabilityLog(InputItemRepository items, ResponseRepository responses, ApplicationEventPublisher events) {
		this.items = items;
		this.responses = responses;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Every piece of input of a project or group, oldest first, with where its response
	 * stands.
	 */
	@Transactional(readOnly = true)
	public List<InputSummary> forScope(String scope) {
		List<InputItem> found = items.findByScopeOrderByReceivedAtAsc(scope);
		Map<Long, Response> latest = latestResponses(found);
		return found.stream().map(item -> summary(item, latest.get(item.id()))).toList();
	}

	/** How many pieces of input of a project or group still wait for a response. */
	@Transactional(readOnly = true)
	public long waitingCount(String scope) {
		return items.countByScopeAndStatusIsNull(scope);
	}

	/** How many pieces of input, from every tool, still wait for a response. */
	@Transactional(readOnly = true)
	public long waitingCount() {
		return items.countByStatusIsNull();
	}

	/**
	 * One piece of input by its tool and reference, e.g. for a tool that shows the
	 * response beside it.
	 */
	@Transactional(readOnly = true)
	public Optional<InputSummary> find(String tool, String reference) {
		return items.findByToolAndReference(tool, reference)
			.map(item -> summary(item, latestResponses(List.of(item)).get(item.id())));
	}

	/**
	 * Records input a tool announced; a second delivery of the same input changes
	 * nothing.
	 */
	@Transactional
	boolean record(InputReceived input) {
		if (input.tool().isBlank() || input.reference().isBlank() || input.tool().strip().length() > 50
				|| input.reference().strip().length() > 200) {
			// A tool's bug, not a person's: recording it would fail on every redelivery.
			log.warn("Input with a missing or overlong tool or reference ignored: {} {}", input.tool(),
					input.reference());
			return false;
		}
		if (items.existsByToolAndReference(input.tool().strip(), input.reference().strip())) {
			return false;
		}
		items.save(new InputItem(input, clock.instant()));
		return true;
	}

	/**
	 * Answers a piece of input; its latest answer becomes its status and its author will
	 * be told.
	 */
	@Transactional
	Response respond(long itemId, ActionStatus status, String text, @Nullable String reason, AccountId responder,
			String responderName) {
		return respond(itemId, status, text, reason, "en", responder, responderName);
	}

	/**
	 * Answers a piece of input in the given language; its latest answer becomes its
	 * status and its author will be told.
	 */
	@Transactional
	Response respond(long itemId, ActionStatus status, String text, @Nullable String reason, String language,
			AccountId responder, String responderName) {
		InputItem item = item(itemId);
		Instant now = clock.instant();
		if (item.answeredAt() != null && !now.isAfter(item.answeredAt())) {
			// Keep the history in order even when two answers come within the clock's
			// resolution.
			now = item.answeredAt().plusMillis(1);
		}
		Response response = responses.save(new Response(item.id(), status, text,
				status == ActionStatus.NOT_POSSIBLE ? reason : null, language, responder, responderName, now));
		item.answer(response);
		AccountId author = item.author();
		events.publishEvent(
				new InputAnswered(item.tool(), item.reference(), status, author == null ? null : author.value()));
		return response;
	}

	@Transactional(readOnly = true)
	InputItem item(long id) {
		return items.findById(id).orElseThrow(() -> new InputNotFoundException(id));
	}

	@Transactional(readOnly = true)
	Optional<InputItem> item(String tool, String reference) {
		return items.findByToolAndReference(tool, reference);
	}

	@Transactional(readOnly = true)
	List<Response> history(long itemId) {
		return responses.findByInputIdOrderByRespondedAtDescIdDesc(itemId);
	}

	/** Input still waiting, oldest first. */
	@Transactional(readOnly = true)
	Page<InputItem> waiting(@Nullable String tool, @Nullable String scope, Collection<String> hidden, int page,
			int size) {
		Specification<InputItem> where = filter(tool, scope, hidden)
			.and((root, query, cb) -> cb.isNull(root.get("status")));
		return items.findAll(where, PageRequest.of(page, size, Sort.by("receivedAt", "id")));
	}

	/** Input answered, most recently answered first, optionally only with one status. */
	@Transactional(readOnly = true)
	Page<InputItem> answered(@Nullable String tool, @Nullable String scope, Collection<String> hidden,
			@Nullable ActionStatus status, int page, int size) {
		Specification<InputItem> where = filter(tool, scope, hidden).and((root, query, cb) -> status == null
				? cb.isNotNull(root.get("status")) : cb.equal(root.get("status"), status));
		return items.findAll(where,
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("answeredAt"), Sort.Order.desc("id"))));
	}

	/**
	 * Input of one tool, one scope, or both; never input filed under a scope the reader
	 * may not see.
	 */
	private static Specification<InputItem> filter(@Nullable String tool, @Nullable String scope,
			Collection<String> hidden) {
		Specification<InputItem> where = (root, query, cb) -> cb.conjunction();
		if (!hidden.isEmpty()) {
			where = where
				.and((root, query, cb) -> cb.or(cb.isNull(root.get("scope")), cb.not(root.get("scope").in(hidden))));
		}
		if (tool != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("tool"), tool));
		}
		if (scope != null) {
			where = where.and((root, query, cb) -> cb.equal(root.get("scope"), scope));
		}
		return where;
	}

	@Transactional(readOnly = true)
	List<String> tools() {
		return items.tools();
	}

	@Transactional(readOnly = true)
	List<String> scopes() {
		return items.scopes();
	}

	@Transactional(readOnly = true)
	long count() {
		return items.count();
	}

	/** The latest response of each item, by item id. */
	@Transactional(readOnly = true)
	Map<Long, Response> latestResponses(List<InputItem> found) {
		Map<Long, Response> latest = new LinkedHashMap<>();
		List<Long> answered = found.stream().filter(item -> !item.waiting()).map(InputItem::id).toList();
		if (!answered.isEmpty()) {
			// Newest first, so the first seen for each item is its latest.
			responses.findByInputIdInOrderByRespondedAtDescIdDesc(answered)
				.forEach(response -> latest.putIfAbsent(response.inputId(), response));
		}
		return latest;
	}

	/** A person's own input, newest first, each with its responses newest first. */
	@Transactional(readOnly = true)
	Map<InputItem, List<Response>> inputOf(AccountId author) {
		List<InputItem> mine = items.findByAuthorIdOrderByReceivedAtDesc(author.value());
		Map<InputItem, List<Response>> result = new LinkedHashMap<>();
		mine.forEach(item -> result.put(item, new ArrayList<>()));
		List<Long> ids = mine.stream().map(InputItem::id).toList();
		if (!ids.isEmpty()) {
			Map<Long, InputItem> byId = new LinkedHashMap<>();
			mine.forEach(item -> byId.put(item.id(), item));
			responses.findByInputIdInOrderByRespondedAtDescIdDesc(ids)
				.forEach(response -> result.get(byId.get(response.inputId())).add(response));
		}
		return result;
	}

	/** The responses a person wrote, newest first. */
	@Transactional(readOnly = true)
	List<Response> responsesBy(AccountId responder) {
		return responses.findByResponderIdOrderByRespondedAtDesc(responder.value());
	}

	/** Keeps a deleted account's input and responses, but forgets whose they were. */
	@Transactional
	void forget(AccountId account) {
		items.forgetAuthor(account.value());
		responses.findByResponderIdOrderByRespondedAtDesc(account.value()).forEach(Response::forgetResponder);
	}

	private static InputSummary summary(InputItem item, @Nullable Response latest) {
		return new InputSummary(item.id(), item.tool(), item.reference(), item.excerpt(), item.language(), item.path(),
				item.scope(), item.receivedAt(), item.status(), latest == null ? null : latest.text(),
				latest == null ? null : latest.language(), item.answeredAt());
	}

}
