package org.copro.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountTokenRepository extends ListCrudRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

	@Modifying
	@Query("delete from AccountToken t where t.accountId = :accountId")
	void deleteByAccountId(long accountId);

}
