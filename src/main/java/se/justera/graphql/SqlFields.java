package se.justera.graphql;

import java.util.Map;

/**
 * Fields of one GraphQL object type that can be read as SQL (by field name), contributed as a bean
 * by the feature that owns them; several features may contribute to one type (Meeting's paragraphs
 * come from the paragraph feature, its findings from compliance).
 */
public record SqlFields(String typeName, Map<String, SqlField> fields) {
}
