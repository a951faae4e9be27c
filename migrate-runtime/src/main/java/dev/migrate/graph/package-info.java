/**
 * The rules of the revision graph, shared by the annotation processor and the runtime. This
 * package is not API: the runtime's module exports it to the processor's module
 * ({@code dev.migrate.processor}) only, and it may change in any release.
 */
package dev.migrate.graph;
