/**
 * Accounts, roles, sign-up and sign-in, language preference, and each person's own data:
 * download and deletion.
 */
@NullMarked
@ApplicationModule(displayName = "Identity")
package org.copro.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
