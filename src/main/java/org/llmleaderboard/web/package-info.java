/**
 * The browser-facing edge: page resources ({@code *Resource}, one URL per page that answers the full page or, for an
 * htmx request that is not a history restore, its fragment), the page cache ({@code PageCache}, {@code CachedPagesRoute},
 * {@code ByteBoundedLru}), htmx headers ({@code Htmx}), exports, and the routes that guard every request before it
 * reaches a page: request limits, page time limit, security headers, error pages in the site's layout.
 * {@code DataEventsRoute} streams "data changed" to open pages ({@code /events}, server-sent events).
 * May depend on {@code service} (read records and services), {@code query}, {@code security}, {@code config} and
 * domain enums; never on {@code repository}, {@code importer} or entities (ArchitectureTest).
 */
package org.llmleaderboard.web;
