/**
 * GraphQL errors that belong to the edge itself (an input the schema accepts but the API cannot read, the time
 * limit), each with a stable {@code @ErrorCode}.
 */
package org.llmleaderboard.graphql.error;
