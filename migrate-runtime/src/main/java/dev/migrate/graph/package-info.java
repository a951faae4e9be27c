/**
 * The rules of the revision graph, shared by the annotation processor and the runtime. This
 * package is not a stable API for users.
 */
package dev.migrate.graph;
