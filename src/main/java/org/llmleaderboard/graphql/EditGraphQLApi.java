package org.llmleaderboard.graphql;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.llmleaderboard.graphql.error.InvalidInputException;
import org.llmleaderboard.graphql.input.BenchmarkInput;
import org.llmleaderboard.graphql.input.LabInput;
import org.llmleaderboard.graphql.input.ModelInput;
import org.llmleaderboard.graphql.input.ScoreInput;
import org.llmleaderboard.service.read.BenchmarkInfo;
import org.llmleaderboard.service.read.LabInfo;
import org.llmleaderboard.service.read.ModelSummary;
import org.llmleaderboard.service.read.ScoreEntry;
import org.llmleaderboard.security.EditorGuard;
import org.llmleaderboard.security.ForbiddenException;
import org.llmleaderboard.security.UnauthenticatedException;
import org.llmleaderboard.service.InvalidArgumentException;
import org.llmleaderboard.service.edit.ConflictException;
import org.llmleaderboard.service.edit.EditService;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The write API. Every mutation needs an authenticated editor (HTTP Basic); the guard answers
 * UNAUTHENTICATED or FORBIDDEN before anything is read or written. Java method names equal the
 * operation names, which SmallRye needs to report Bean Validation errors properly.
 */
@GraphQLApi
public class EditGraphQLApi {

    private final EditService edits;
    private final EditorGuard guard;
    private final Validator validator;

    EditGraphQLApi(EditService edits, EditorGuard guard, Validator validator) {
        this.edits = edits;
        this.guard = guard;
        this.validator = validator;
    }

    /**
     * Bean Validation, by hand rather than with {@code @Valid}, so that the error carries a code
     * (VALIDATION_FAILED) and names each field with its rule: "ModelInput.parameters: must be ...". The rules are the
     * command's (the service's), named by the GraphQL input type.
     */
    private <T> T check(String type, T command) throws InvalidInputException {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> type + "." + v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
        return command;
    }

    @Mutation
    @Description("Creates a lab, or updates it by slug")
    public @NonNull LabInfo upsertLab(@NonNull LabInput input) throws UnauthenticatedException, ForbiddenException, InvalidInputException {
        guard.requireEditor();
        return edits.upsertLab(check("LabInput", input.toCommand()));
    }

    @Mutation
    @Description("Creates a model, or updates it by slug; an update needs the `version` read from the model")
    public @NonNull ModelSummary upsertModel(@NonNull ModelInput input)
            throws UnauthenticatedException, ForbiddenException, InvalidInputException, InvalidArgumentException, ConflictException {
        guard.requireEditor();
        return edits.upsertModel(check("ModelInput", input.toCommand()));
    }

    @Mutation
    @Description("Deletes a model and its scores; false when there was no such model")
    public boolean deleteModel(@NonNull String slug, String reason) throws UnauthenticatedException, ForbiddenException {
        guard.requireEditor();
        return edits.deleteModel(slug, reason);
    }

    @Mutation
    @Description("Merges model `from` into model `into` (the same model under two records): its scores, facts, offerings, aliases and variants go to `into`, and its slug becomes an alias of `into` (old links answer 301; re-imports find `into`). Logged in the change history with all an undo needs (`unmergeModels`); the survivor")
    public @NonNull ModelSummary mergeModels(@NonNull String from, @NonNull String into, String reason)
            throws UnauthenticatedException, ForbiddenException, InvalidArgumentException {
        guard.requireEditor();
        return edits.mergeModels(from, into, reason);
    }

    @Mutation
    @Description("Undoes `mergeModels`: the model merged away under the slug `model` comes back with its own fields, lab and links, takes back its scores (with their headline flags), facts, offerings, aliases and variants, and the alias the merge left is removed. Refused when the slug was never merged or is already back (INVALID_VALUE, UNKNOWN_REFERENCE), or when a later change makes the undo unsafe: the survivor merged away or deleted since, the slug used by another model (CONFLICT). Logged in the change history; the restored model")
    public @NonNull ModelSummary unmergeModels(@NonNull String model, String reason)
            throws UnauthenticatedException, ForbiddenException, InvalidArgumentException, ConflictException {
        guard.requireEditor();
        return edits.unmergeModels(model, reason);
    }

    @Mutation
    @Description("Makes `model` a variant of `of` (a dated snapshot, instruct/base, a setting): no leaderboard row of its own, listed with its model; kept so by later imports. Undone by `splitVariant`. The variant")
    public @NonNull ModelSummary makeVariant(@NonNull String model, @NonNull String of, String reason)
            throws UnauthenticatedException, ForbiddenException, InvalidArgumentException {
        guard.requireEditor();
        return edits.makeVariant(model, of, reason);
    }

    @Mutation
    @Description("Splits a variant off: a model of its own again, a leaderboard row; kept so by later imports. Undone by `makeVariant`")
    public @NonNull ModelSummary splitVariant(@NonNull String model, String reason)
            throws UnauthenticatedException, ForbiddenException, InvalidArgumentException {
        guard.requireEditor();
        return edits.splitVariant(model, reason);
    }

    @Mutation
    @Description("Creates a benchmark, or updates it by slug")
    public @NonNull BenchmarkInfo upsertBenchmark(@NonNull BenchmarkInput input)
            throws UnauthenticatedException, ForbiddenException, InvalidInputException, InvalidArgumentException {
        guard.requireEditor();
        return edits.upsertBenchmark(check("BenchmarkInput", input.toCommand()));
    }

    @Mutation
    @Description("Records a score with its source; recording the same model, benchmark, setting and source again updates it")
    public @NonNull ScoreEntry recordScore(@NonNull ScoreInput input)
            throws UnauthenticatedException, ForbiddenException, InvalidInputException, InvalidArgumentException {
        guard.requireEditor();
        return edits.recordScore(check("ScoreInput", input.toCommand()));
    }

    @Mutation
    @Description("Deletes a model's scores on a benchmark with this setting (null: without a setting); false when there were none")
    public boolean deleteScore(@NonNull String model, @NonNull String benchmark, String setting, String reason)
            throws UnauthenticatedException, ForbiddenException {
        guard.requireEditor();
        return edits.deleteScore(model, benchmark, setting, reason);
    }
}
