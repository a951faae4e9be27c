package dev.migrate.graph;

import java.util.List;

/** One rule of the revision graph. */
interface GraphRule {

    /** Adds a problem for each place the graph breaks this rule. */
    void check(Graph graph, List<Problem> problems);
}
