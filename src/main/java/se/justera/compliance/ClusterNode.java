package se.justera.compliance;

/** This app instance, as the queue and the rulesets name it (justera.node.id; generated when unset). */
public record ClusterNode(String id) {
}
