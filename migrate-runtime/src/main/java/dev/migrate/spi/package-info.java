/**
 * The contract between the code {@code migrate-processor} generates and the runtime that loads
 * it. Users do not implement these types.
 */
package dev.migrate.spi;
