/**
 * Users, roles and district scopes. {@link org.minsheng.security.CurrentUser} is the one place
 * services ask who is acting and whether they may; views never decide access on their own.
 */
package org.minsheng.security;
