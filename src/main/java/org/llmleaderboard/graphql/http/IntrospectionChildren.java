package org.llmleaderboard.graphql.http;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;

import java.util.List;

/**
 * The elements an introspection field answers with, read from the schema itself, so that {@link QueryCost} costs
 * introspection exactly: {@code __schema { types { fields { args } } } } walks the real lists.
 */
final class IntrospectionChildren {

    private IntrospectionChildren() {
    }

    /** What an introspection field of {@code element} answers with, as a list (empty for null). */
    static List<?> of(GraphQLSchema schema, Object element, String field) {
        if (element instanceof GraphQLSchema s) {
            return switch (field) {
                case "types" -> s.getAllTypesAsList();
                case "queryType" -> List.of(s.getQueryType());
                case "mutationType" -> s.getMutationType() == null ? List.of() : List.of(s.getMutationType());
                case "subscriptionType" -> s.getSubscriptionType() == null ? List.of() : List.of(s.getSubscriptionType());
                case "directives" -> s.getDirectives();
                default -> List.of();
            };
        }
        if (element instanceof GraphQLType t) {
            return switch (field) {
                case "fields" -> t instanceof GraphQLFieldsContainer c ? c.getFieldDefinitions() : List.of();
                case "interfaces" -> t instanceof GraphQLObjectType o ? o.getInterfaces()
                        : t instanceof GraphQLInterfaceType i ? i.getInterfaces() : List.of();
                case "possibleTypes" -> t instanceof GraphQLUnionType u ? u.getTypes()
                        : t instanceof GraphQLInterfaceType i ? schema.getImplementations(i) : List.of();
                case "enumValues" -> t instanceof GraphQLEnumType e ? e.getValues() : List.of();
                case "inputFields" -> t instanceof GraphQLInputObjectType in ? in.getFieldDefinitions() : List.of();
                case "ofType" -> t instanceof GraphQLModifiedType m ? List.of(m.getWrappedType()) : List.of();
                default -> List.of();
            };
        }
        if (element instanceof GraphQLFieldDefinition f) {
            return switch (field) {
                case "args" -> f.getArguments();
                case "type" -> List.of(f.getType());
                default -> List.of();
            };
        }
        if (element instanceof GraphQLArgument a) {
            return field.equals("type") ? List.of(a.getType()) : List.of();
        }
        if (element instanceof GraphQLInputObjectField f) {
            return field.equals("type") ? List.of(f.getType()) : List.of();
        }
        if (element instanceof GraphQLDirective d) {
            return field.equals("args") ? d.getArguments() : List.of();
        }
        return List.of();
    }
}
