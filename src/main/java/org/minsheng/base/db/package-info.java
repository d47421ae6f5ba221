/**
 * Where the data lives: an embedded PostgreSQL started from a Maven dependency when no server is
 * configured, and the illustrative demo data loaded into an empty database after migration.
 */
package org.minsheng.base.db;
