/**
 * The command line tests' revisions, compiled by the real annotation processor: a base, two
 * labelled branches ({@code left}, {@code right}), their merge and one revision on top; each creates
 * one table named after it, so a test sees what ran from the tables alone.
 */
package dev.migrate.cli.shop;
