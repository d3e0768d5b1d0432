package org.copro.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's facade: the account use cases, and the queries other modules may
 * make.
 */
@Service
public class Accounts {

	static final Duration VERIFY_EMAIL_VALIDITY = Duration.ofDays(3);

	static final Duration RESET_PASSWORD_VALIDITY = Duration.ofHours(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final AccountMailer mailer;

	private final ApplicationEventPublisher events;

	private final List<PersonalDataContributor> contributors;

	private final String baseUrl;

	Accounts(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
			AccountMailer mailer, ApplicationEventPublisher events, List<PersonalDataContributor> contributors,
			@Value("${copro.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.events = events;
		this.contributors = contributors;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The name to show beside a person's contributions, or empty for a former
	 * participant.
	 */
	@Transactional(readOnly = true)
	public Optional<String> displayName(AccountId account) {
		return accounts.findById(account.value()).filter(found -> !found.deleted()).map(Account::displayName);
	}

	/**
	 * The accounts that can be sent a notice: not deleted, with a verified email address.
	 */
	@Transactional(readOnly = true)
	public List<AccountId> reachableAccounts() {
		return accounts.findByDeletedAtIsNullAndEmailVerifiedIsTrue().stream().map(Account::id).toList();
	}

	/**
	 * Emails a notice to a person in their language (written to the log when no mail host
	 * is configured), so that other modules reach people without holding their addresses.
	 * The message key's {@code .subject} and {@code .body} receive the person's name,
	 * then the arguments.
	 * @return whether there was a reachable account to send it to
	 */
	@Transactional(readOnly = true)
	public boolean sendNotice(AccountId to, String messageKey, Object... arguments) {
		return sendNotice(to, messageKey, language -> arguments);
	}

	/**
	 * Emails a notice whose arguments depend on the person's language (an event's title
	 * in Welsh or English, a date written out), as
	 * {@link #sendNotice(AccountId, String, Object...)} does otherwise.
	 * @return whether there was a reachable account to send it to
	 */
	@Transactional(readOnly = true)
	public boolean sendNotice(AccountId to, String messageKey, Function<Locale, Object[]> argumentsInLanguage) {
		Optional<Account> account = accounts.findById(to.value())
			.filter(found -> !found.deleted() && found.emailVerified());
		account.ifPresent(found -> {
			Object[] arguments = argumentsInLanguage.apply(found.language());
			Object[] withName = new Object[arguments.length + 1];
			withName[0] = found.displayName();
			System.arraycopy(arguments, 0, withName, 1, arguments.length);
			mailer.send(String.valueOf(found.email()), messageKey, found.language(), withName);
		});
		return account.isPresent();
	}

	/**
	 * Whom to write to when another module tells a person something; empty for a former
	 * participant or an address not yet verified, so that no mail goes to an address its
	 * owner has not confirmed.
	 */
	@Transactional(readOnly = true)
	public Optional<MailRecipient> mailRecipient(AccountId account) {
		return accounts.findById(account.value())
			.filter(found -> !found.deleted() && found.emailVerified() && found.email() != null)
			.map(found -> new MailRecipient(String.valueOf(found.email()), String.valueOf(found.displayName()),
					found.language()));
	}

	/**
	 * The account with this email address, so that a person can add someone they know to
	 * a shared space; empty when no account (or only a deleted one) has it.
	 */
	@Transactional(readOnly = true)
	public Optional<AccountId> findByEmail(String email) {
		return accounts.findByEmail(Account.normalise(email)).filter(found -> !found.deleted()).map(Account::id);
	}

	/**
	 * Signs a person up. When the address already has an account, that account's owner is
	 * told by email and nothing else changes, so the page the person sees never reveals
	 * who has an account.
	 */
	@Transactional
	void signUp(String email, String displayName, String password, Locale language) {
		String address = Account.normalise(email);
		Optional<Account> existing = accounts.findByEmail(address);
		if (existing.isPresent()) {
			// Hash anyway, so that the time taken does not tell whether the address has
			// an account.
			passwordEncoder.encode(password);
			mailer.send(address, "identity.mail.already-registered", existing.get().language(), baseUrl + "/sign-in",
					baseUrl + "/reset-password");
			return;
		}
		Account account = accounts.save(new Account(address, displayName, passwordEncoder.encode(password), language));
		sendVerification(account);
	}

	@Transactional
	void resendVerification(AccountId id) {
		accounts.findById(id.value())
			.filter(account -> !account.deleted() && !account.emailVerified())
			.ifPresent(this::sendVerification);
	}

	private void sendVerification(Account account) {
		String token = issueToken(account, AccountToken.Purpose.VERIFY_EMAIL, VERIFY_EMAIL_VALIDITY);
		mailer.send(account.email(), "identity.mail.verify", account.language(), account.displayName(),
				baseUrl + "/verify-email?token=" + token);
	}

	/**
	 * Marks the address behind a verification link as verified; false when the link is
	 * unknown or used.
	 */
	@Transactional
	boolean verifyEmail(String token) {
		return useToken(token, AccountToken.Purpose.VERIFY_EMAIL).map(account -> {
			account.verifyEmail();
			return true;
		}).orElse(false);
	}

	/** Sends a reset link when the address has an account; says nothing either way. */
	@Transactional
	void requestPasswordReset(String email) {
		accounts.findByEmail(Account.normalise(email)).filter(account -> !account.deleted()).ifPresent(account -> {
			String token = issueToken(account, AccountToken.Purpose.RESET_PASSWORD, RESET_PASSWORD_VALIDITY);
			mailer.send(account.email(), "identity.mail.reset", account.language(), account.displayName(),
					baseUrl + "/reset-password/new?token=" + token);
		});
	}

	@Transactional(readOnly = true)
	boolean resetTokenUsable(String token) {
		return tokens.findByTokenHashAndPurpose(hash(token), AccountToken.Purpose.RESET_PASSWORD)
			.filter(found -> found.usableAt(Instant.now()))
			.isPresent();
	}

	/**
	 * Sets a new password from a reset link; false when the link is unknown, used or out
	 * of date.
	 */
	@Transactional
	boolean resetPassword(String token, String newPassword) {
		return useToken(token, AccountToken.Purpose.RESET_PASSWORD).map(account -> {
			account.changePassword(passwordEncoder.encode(newPassword));
			// Following the link proves the person reads this mailbox.
			account.verifyEmail();
			return true;
		}).orElse(false);
	}

	@Transactional
	void changeLanguage(AccountId id, Locale language) {
		find(id).changeLanguage(language);
	}

	@Transactional
	void changeRole(AccountId id, Role role) {
		find(id).changeRole(role);
	}

	/**
	 * Creates an administrator, or promotes the existing account with this address and
	 * sets its password.
	 */
	@Transactional
	AccountId createAdministrator(String email, String displayName, String password) {
		String address = Account.normalise(email);
		Account account = accounts.findByEmail(address)
			.orElseGet(() -> new Account(address, displayName, passwordEncoder.encode(password), Locale.ENGLISH));
		account.changePassword(passwordEncoder.encode(password));
		account.changeRole(Role.ADMINISTRATOR);
		account.verifyEmail();
		return accounts.save(account).id();
	}

	@Transactional(readOnly = true)
	boolean administratorExists() {
		return accounts.countByRoleAndDeletedAtIsNull(Role.ADMINISTRATOR) > 0;
	}

	@Transactional(readOnly = true)
	long administratorCount() {
		return accounts.countByRoleAndDeletedAtIsNull(Role.ADMINISTRATOR);
	}

	@Transactional(readOnly = true)
	Page<AccountSummary> list(Pageable page) {
		return accounts.findByDeletedAtIsNullOrderByCreatedAtDesc(page).map(AccountSummary::of);
	}

	@Transactional(readOnly = true)
	AccountSummary summary(AccountId id) {
		return AccountSummary.of(find(id));
	}

	@Transactional(readOnly = true)
	boolean passwordMatches(AccountId id, String password) {
		String hash = find(id).passwordHash();
		return hash != null && passwordEncoder.matches(password, hash);
	}

	/** Everything the platform holds about one person, for "download my data". */
	@Transactional(readOnly = true)
	Map<String, Object> personalData(AccountId id) {
		Account account = find(id);
		Map<String, Object> data = new LinkedHashMap<>();
		Map<String, Object> identity = new LinkedHashMap<>();
		identity.put("id", account.id().value());
		identity.put("email", account.email());
		identity.put("displayName", account.displayName());
		identity.put("role", account.role().name());
		identity.put("language", account.language().getLanguage());
		identity.put("emailVerified", account.emailVerified());
		identity.put("createdAt", account.createdAt().toString());
		data.put("exportedAt", Instant.now().toString());
		data.put("account", identity);
		for (PersonalDataContributor contributor : contributors) {
			data.put(contributor.section(), contributor.personalData(id));
		}
		return data;
	}

	/**
	 * Deletes a person's account: their details go, their contributions stay under
	 * "former participant".
	 */
	@Transactional
	void delete(AccountId id) {
		Account account = find(id);
		tokens.deleteByAccountId(id.value());
		account.anonymise();
		events.publishEvent(new AccountDeleted(id));
	}

	private Account find(AccountId id) {
		return accounts.findById(id.value())
			.filter(account -> !account.deleted())
			.orElseThrow(() -> new AccountNotFoundException(id));
	}

	private String issueToken(Account account, AccountToken.Purpose purpose, Duration validity) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.save(new AccountToken(account.id().value(), purpose, hash(token), Instant.now().plus(validity)));
		return token;
	}

	private Optional<Account> useToken(String token, AccountToken.Purpose purpose) {
		Instant now = Instant.now();
		return tokens.findByTokenHashAndPurpose(hash(token), purpose)
			.filter(found -> found.usableAt(now))
			.flatMap(found -> {
				found.use(now);
				return accounts.findById(found.accountId()).filter(account -> !account.deleted());
			});
	}

	private static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
