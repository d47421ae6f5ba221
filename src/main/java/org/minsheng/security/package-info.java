/**
 * Users, roles and district scopes. {@link org.minsheng.security.CurrentUser} is the one place
 * services ask who is acting and whether they may; views never decide access on their own.
 * {@link org.minsheng.security.UserAdminService} is how administrators keep accounts, and the
 * sign-in locks an account for a while after repeated wrong passwords.
 */
package org.minsheng.security;
