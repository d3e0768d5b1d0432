package org.copro.identity;

import java.util.Locale;

/**
 * Where and how to write to a person, for a module that tells them something (e.g. that
 * their input was answered): only for an account that exists and whose address has been
 * verified.
 */
public record MailRecipient(String email, String displayName, Locale language) {
}
