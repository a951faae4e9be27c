/**
 * H2: the dialect (bookkeeping DDL, quoting, timestamps), the renderer of schema operations
 * and of values, and the migration lock. Internal: users do not use it.
 */
package dev.migrate.internal.db.h2;
