/**
 * Runs planned steps on the database, each with its bookkeeping: a step in one transaction
 * ({@code AtomicStep}), a step in pieces outside one ({@code StepInPieces}), every step of a
 * command in a single transaction ({@code OneTransaction}), and the wording of a failed step
 * ({@code StepFailure}). {@code StepExecutor} chooses between them. Internal: not API.
 */
package dev.migrate.internal.execution;
