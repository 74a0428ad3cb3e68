/** {@code @ConfigMapping} interfaces: every setting of the app, with its default and why. Depends on nothing. */
package org.llmleaderboard.config;
