/**
 * Where the data lives: an embedded PostgreSQL started from a Maven dependency when no server is
 * configured (the application works only on the server it started, and refuses in one clear message
 * when its port or data directory is taken), the connection pools that hand out only live
 * connections, and the illustrative demo data loaded into an empty database after migration.
 */
package org.minsheng.base.db;
