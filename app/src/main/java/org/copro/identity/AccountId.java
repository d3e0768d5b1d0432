package org.copro.identity;

/**
 * Identifies one account, so that other modules can refer to a person without holding
 * their data.
 */
public record AccountId(long value) {
}
