package org.copro.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		Account account = accounts.findByEmail(Account.normalise(email))
			.filter(found -> !found.deleted() && found.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account for this address"));
		return new SignedInAccount(account.id().value(), account.email(), account.passwordHash(), account.displayName(),
				account.role(), account.language());
	}

}
