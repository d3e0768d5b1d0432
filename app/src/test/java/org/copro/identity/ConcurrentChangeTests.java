package org.copro.identity;

import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change that meets another change of the same versioned row, made at the same moment,
 * is answered with 409 and the reason in the person's language (web.ConflictHandler), or
 * a problem document for a program (web.ApiExceptionHandler), and nothing of it is saved.
 * The clash is made deterministic by test-only handlers: transaction A reads two
 * accounts, writes one, and while it is open a second transaction changes the other and
 * commits first.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ ConcurrentChangeTests.ClashingPages.class, ConcurrentChangeTests.ClashingApi.class,
		ConcurrentChangeTests.SelfSettlingPages.class })
class ConcurrentChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountRepository accountRepository;

	@Test
	void aClashOnAPageIsAConflictPageInEnglishAndWelshAndNothingIsHalfSaved() throws Exception {
		for (Locale language : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("cy") }) {
			SignedInAccount person = accounts.person("Clashing", Role.PARTICIPANT);
			SignedInAccount bystander = accounts.person("Bystander", Role.PARTICIPANT);
			ResultActions page = mvc
				.perform(post("/test-only/clash/{id}/{other}", person.account().value(), bystander.account().value())
					.with(user(person))
					.with(csrf())
					.locale(language)
					.accept(MediaType.TEXT_HTML))
				.andExpect(status().isConflict())
				.andExpect(content().string(not(containsString("??"))))
				.andExpect(content().string(not(containsString("Exception"))))
				.andExpect(content().string(not(containsString("at org."))));
			if ("cy".equals(language.getLanguage())) {
				page.andExpect(content().string(containsString("lang=\"cy\"")))
					.andExpect(content().string(containsString("Newidiodd rhywun arall hyn ar yr un pryd")))
					.andExpect(content().string(containsString("Ni chafodd dim a anfonoch ei gadw.")));
			}
			else {
				page.andExpect(content().string(containsString("lang=\"en\"")))
					.andExpect(content().string(containsString("Someone else changed this at the same time")))
					.andExpect(content().string(containsString("Nothing you sent was saved.")));
			}
			assertNothingHalfSaved(person, bystander);
		}
	}

	@Test
	void aClashThroughTheApiIsAProblemDocument() throws Exception {
		SignedInAccount person = accounts.person("Clashing", Role.PARTICIPANT);
		SignedInAccount bystander = accounts.person("Bystander", Role.PARTICIPANT);
		mvc.perform(post("/api/test-only/clash/{id}/{other}", person.account().value(), bystander.account().value())
			.with(user(person))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.title").value("Someone else changed this at the same time"))
			.andExpect(jsonPath("$.detail").value(containsString("Nothing you sent was saved.")))
			.andExpect(jsonPath("$.trace").doesNotExist())
			.andExpect(jsonPath("$.exception").doesNotExist());
		assertNothingHalfSaved(person, bystander);
	}

	@Test
	void aControllerThatSettlesAClashItselfKeepsItsOwnAnswer() throws Exception {
		SignedInAccount person = accounts.person("Clashing", Role.PARTICIPANT);
		SignedInAccount bystander = accounts.person("Bystander", Role.PARTICIPANT);
		mvc.perform(post("/test-only/settled/{id}/{other}", person.account().value(), bystander.account().value())
			.with(user(person))
			.with(csrf())).andExpect(status().isConflict()).andExpect(content().string("settled by the module"));
	}

	private void assertNothingHalfSaved(SignedInAccount person, SignedInAccount bystander) {
		Account after = accountRepository.findById(person.account().value()).orElseThrow();
		assertThat(after.role()).as("the other transaction's change stays").isEqualTo(Role.FACILITATOR);
		assertThat(after.language().getLanguage()).as("the clashing change is not saved").isEqualTo("en");
		assertThat(accountRepository.findById(bystander.account().value()).orElseThrow().role())
			.as("what the clashing transaction wrote before the clash is rolled back too")
			.isEqualTo(Role.PARTICIPANT);
	}

	/**
	 * Writes the bystander's role (flushed, so really written), then changes the person's
	 * language after another transaction changed the person's role and committed.
	 */
	static void clash(PlatformTransactionManager transactions, AccountRepository repository, EntityManager entities,
			long id, long other) {
		TransactionTemplate mine = new TransactionTemplate(transactions);
		TransactionTemplate theirs = new TransactionTemplate(transactions);
		theirs.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		mine.executeWithoutResult(status -> {
			repository.findById(other).orElseThrow().changeRole(Role.ADMINISTRATOR);
			entities.flush();
			Account account = repository.findById(id).orElseThrow();
			theirs.executeWithoutResult(inner -> repository.findById(id).orElseThrow().changeRole(Role.FACILITATOR));
			account.changeLanguage(Locale.forLanguageTag("cy"));
		});
	}

	@Controller
	static class ClashingPages {

		private final PlatformTransactionManager transactions;

		private final AccountRepository repository;

		private final EntityManager entities;

		ClashingPages(PlatformTransactionManager transactions, AccountRepository repository, EntityManager entities) {
			this.transactions = transactions;
			this.repository = repository;
			this.entities = entities;
		}

		@PostMapping("/test-only/clash/{id}/{other}")
		String processClash(@PathVariable long id, @PathVariable long other) {
			clash(transactions, repository, entities, id, other);
			return "redirect:/";
		}

	}

	@RestController
	static class ClashingApi {

		private final PlatformTransactionManager transactions;

		private final AccountRepository repository;

		private final EntityManager entities;

		ClashingApi(PlatformTransactionManager transactions, AccountRepository repository, EntityManager entities) {
			this.transactions = transactions;
			this.repository = repository;
			this.entities = entities;
		}

		@PostMapping("/api/test-only/clash/{id}/{other}")
		Map<String, Object> processClash(@PathVariable long id, @PathVariable long other) {
			clash(transactions, repository, entities, id, other);
			return Map.of("saved", true);
		}

	}

	@Controller
	static class SelfSettlingPages {

		private final PlatformTransactionManager transactions;

		private final AccountRepository repository;

		private final EntityManager entities;

		SelfSettlingPages(PlatformTransactionManager transactions, AccountRepository repository,
				EntityManager entities) {
			this.transactions = transactions;
			this.repository = repository;
			this.entities = entities;
		}

		@PostMapping("/test-only/settled/{id}/{other}")
		String processClash(@PathVariable long id, @PathVariable long other) {
			clash(transactions, repository, entities, id, other);
			return "redirect:/";
		}

		@ExceptionHandler(OptimisticLockingFailureException.class)
		ResponseEntity<String> settle(OptimisticLockingFailureException conflict) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body("settled by the module");
		}

	}

}
