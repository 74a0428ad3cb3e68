/**
 * Who may write: the editor identity provider, the guard that every write calls, login throttling, and the errors
 * an unauthenticated or forbidden request gets. May depend on {@code config}.
 */
package org.llmleaderboard.security;
