package org.copro.identity;

/**
 * A person deleted their account: modules keep that person's contributions but anonymise
 * them.
 */
public record AccountDeleted(AccountId account) {
}
