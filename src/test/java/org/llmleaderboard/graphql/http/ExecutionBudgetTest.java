package org.llmleaderboard.graphql.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExecutionBudgetTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    @Test
    void shouldAdmitRequestsWhileTheirCostsFitAndRefuseTheOneThatDoesNot() throws Exception {
        ExecutionBudget budget = new ExecutionBudget(100_000, 0);
        assertNotNull(budget.admit(50_000, NO_WAIT));
        assertNotNull(budget.admit(50_000, NO_WAIT));
        assertNull(budget.admit(1, NO_WAIT), "a third request fits nowhere");
    }

    @Test
    void shouldLetACheapQueryPassBesideAnExpensiveOne() throws Exception {
        ExecutionBudget budget = new ExecutionBudget(100_000, 0);
        assertNotNull(budget.admit(90_000, NO_WAIT));
        assertNotNull(budget.admit(542, NO_WAIT));
    }

    @Test
    void shouldAdmitARequestCostlierThanTheBudgetAloneRatherThanNever() throws Exception {
        ExecutionBudget budget = new ExecutionBudget(1_000, 0);
        try (ExecutionBudget.Ticket ticket = budget.admit(50_000, NO_WAIT)) {
            assertNotNull(ticket);
            assertNull(budget.admit(1, NO_WAIT));
        }
        assertNotNull(budget.admit(50_000, NO_WAIT), "closing the ticket gave the whole budget back");
    }

    @Test
    void shouldAdmitAWaitingRequestWhenRoomIsGivenBack() throws Exception {
        ExecutionBudget budget = new ExecutionBudget(100, 1);
        ExecutionBudget.Ticket first = budget.admit(100, NO_WAIT);
        CompletableFuture<ExecutionBudget.Ticket> second = CompletableFuture.supplyAsync(() -> admit(budget, 100, Duration.ofSeconds(30)));
        first.close();
        first.close(); // twice gives back once
        assertNotNull(second.get(30, TimeUnit.SECONDS));
        assertNull(budget.admit(1, NO_WAIT), "the budget is the second request's now, not doubled by the second close");
    }

    @Test
    void shouldRefuseAtOnceWhenTooManyRequestsAlreadyWait() throws Exception {
        ExecutionBudget budget = new ExecutionBudget(100, 0);
        assertNotNull(budget.admit(100, NO_WAIT));
        assertNull(budget.admit(1, Duration.ofMinutes(10)), "no room to wait: refused without waiting ten minutes");
    }

    private static ExecutionBudget.Ticket admit(ExecutionBudget budget, long cost, Duration wait) {
        try {
            return budget.admit(cost, wait);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
