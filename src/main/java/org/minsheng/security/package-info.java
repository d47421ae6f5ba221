/**
 * Users, roles and district scopes. {@link org.minsheng.security.CurrentUser} is the one place
 * services ask who is acting and whether they may; views never decide access on their own.
 * {@link org.minsheng.security.UserAdminService} is how administrators keep accounts, and the
 * sign-in locks an account for a while after repeated wrong passwords. Account changes reach the
 * audit trail as {@link org.minsheng.security.AccountChanged} events, since audit depends on security.
 */
package org.minsheng.security;
