/**
 * Loads the revision indexes that {@code migrate-processor} generated, found on the class loader
 * with {@link java.util.ServiceLoader}, and the revisions they name. Internal: not API.
 */
package dev.migrate.internal.index;
