/** The login page and the administrators' page for users, roles and district scopes. */
package org.minsheng.security.ui;
