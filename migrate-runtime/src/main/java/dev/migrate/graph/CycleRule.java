package dev.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * No revision comes after itself through {@code revises} and {@code dependsOn}. Each cycle is
 * reported once, on its first member by id, naming its members in order.
 */
final class CycleRule implements GraphRule {

    @Override
    public void check(Graph graph, List<Problem> problems) {
        for (List<String> component : stronglyConnected(graph)) {
            if (component.size() < 2) {
                continue;
            }
            Set<String> members = new HashSet<>(component);
            String start = Collections.min(component);
            List<String> cycle = shortestCycle(graph, start, members);
            RevisionNode first = graph.byId.get(start);
            String next = cycle.get(1);
            StringBuilder text = new StringBuilder();
            for (String id : cycle) {
                if (text.length() > 0) {
                    text.append(" -> ");
                }
                text.append(graph.byId.get(id).display());
            }
            Attribute attribute = first.revises().contains(next) ? Attribute.REVISES : Attribute.DEPENDS_ON;
            String value = attribute == Attribute.REVISES ? next : dependencyNaming(graph, first, next);
            problems.add(Problem.on(first, attribute, value, Message.CYCLE, text));
        }
    }

    /** The dependsOn entry of {@code node} that resolves to {@code target}: its id or one of its labels. */
    private static String dependencyNaming(Graph graph, RevisionNode node, String target) {
        for (String dependency : node.dependsOn()) {
            RevisionNode resolved = graph.byId.containsKey(dependency)
                    ? graph.byId.get(dependency) : graph.byLabel.get(dependency);
            if (resolved != null && resolved.id().equals(target)) {
                return dependency;
            }
        }
        return target;
    }

    /** Breadth-first from {@code start} back to it, inside one component: a shortest cycle, start first and last. */
    private static List<String> shortestCycle(Graph graph, String start, Set<String> members) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String next : graph.predecessors(graph.byId.get(id))) {
                if (!members.contains(next)) {
                    continue;
                }
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>();
                    path.add(start);
                    for (String at = id; at != null; at = cameFrom.get(at)) {
                        path.add(at);
                    }
                    Collections.reverse(path);
                    return path;
                }
                if (!cameFrom.containsKey(next) && !next.equals(start)) {
                    cameFrom.put(next, id);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    /** Tarjan's algorithm without recursion: a chain of 10,000 revisions must not overflow the stack. */
    private static List<List<String>> stronglyConnected(Graph graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> components = new ArrayList<>();
        int counter = 0;
        for (RevisionNode root : graph.unique()) {
            if (index.containsKey(root.id())) {
                continue;
            }
            Deque<Frame> frames = new ArrayDeque<>();
            frames.push(new Frame(root.id(), graph.predecessors(root)));
            index.put(root.id(), counter);
            low.put(root.id(), counter);
            counter++;
            stack.push(root.id());
            onStack.add(root.id());
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.next < frame.edges.size()) {
                    String target = frame.edges.get(frame.next++);
                    if (!index.containsKey(target)) {
                        index.put(target, counter);
                        low.put(target, counter);
                        counter++;
                        stack.push(target);
                        onStack.add(target);
                        frames.push(new Frame(target, graph.predecessors(graph.byId.get(target))));
                    } else if (onStack.contains(target)) {
                        low.put(frame.id, Math.min(low.get(frame.id), index.get(target)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    String parent = frames.peek().id;
                    low.put(parent, Math.min(low.get(parent), low.get(frame.id)));
                }
                if (low.get(frame.id).equals(index.get(frame.id))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(frame.id));
                    components.add(component);
                }
            }
        }
        components.sort((a, b) -> Collections.min(a).compareTo(Collections.min(b)));
        return components;
    }

    private static final class Frame {
        final String id;
        final List<String> edges;
        int next;

        Frame(String id, List<String> edges) {
            this.id = id;
            this.edges = edges;
        }
    }
}
