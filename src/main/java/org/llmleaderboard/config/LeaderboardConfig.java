package org.llmleaderboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the leaderboard itself; Quarkus settings stay under {@code quarkus.*}. */
@ConfigMapping(prefix = "leaderboard")
public interface LeaderboardConfig {

    /** Directory of the embedded H2 database files. */
    @WithName("data-dir")
    @WithDefault("./data")
    String dataDir();

    BundledData bundledData();

    /**
     * The editor who may write. In production the credentials come only from the environment
     * ({@code LEADERBOARD_EDITOR_USERNAME}, {@code LEADERBOARD_EDITOR_PASSWORD}); without a password, writes are off.
     */
    Editor editor();

    Cache cache();

    Graphql graphql();

    /**
     * Limits of {@code /graphql}: every request is costed before it runs (the number of field values it can
     * produce, lists multiplied by their size) and refused over {@code max-cost}; a running request stops at
     * {@code timeout}; an answer larger than {@code max-response-bytes} is refused.
     */
    interface Graphql {
        /**
         * Above every query the README and the GraphQL UI use (the UI's schema query costs 3,445, README's
         * examples at most 542, 500 models with 20 fields 10,502), and low enough that an accepted query's
         * answer stays a few megabytes whatever the size of the data.
         */
        @WithName("max-cost")
        @WithDefault("50000")
        long maxCost();

        /** Above the GraphQL UI's schema query (13 levels: its type references nest {@code ofType} 7 deep). */
        @WithName("max-depth")
        @WithDefault("15")
        int maxDepth();

        @WithDefault("5s")
        java.time.Duration timeout();

        /**
         * The sum of the costs of the GraphQL requests running at once: two of the most expensive accepted
         * queries, or many cheap ones. Keeps the heap of README's run command (192 MB) enough at 100,000 models.
         */
        @WithName("max-cost-in-flight")
        @WithDefault("100000")
        long maxCostInFlight();

        /** Requests that may wait for {@code max-cost-in-flight} at once (each holds a worker thread); more get a 503. */
        @WithName("max-waiting")
        @WithDefault("8")
        int maxWaiting();

        @WithName("max-request-bytes")
        @WithDefault("262144")
        int maxRequestBytes();

        @WithName("max-response-bytes")
        @WithDefault("16777216")
        int maxResponseBytes();

        /**
         * Upper bound of the bytes of cached answers (anonymous queries, per data version; {@code graphql/http/
         * GraphQLResponseCache}); 0 turns that cache off, as {@code leaderboard.cache.enabled=false} does.
         */
        @WithName("cache-max-bytes")
        @WithDefault("8388608")
        long cacheMaxBytes();

        /**
         * Read by SmallRye GraphQL itself (the key of {@code graphql/http/ResolverEvents}): the time limit and the
         * resolver timings hook into each resolver call. Kept on; declared here so that the mapping knows the key.
         */
        @WithName("resolver-events")
        @WithDefault("true")
        boolean resolverEvents();
    }

    Limits limits();

    /**
     * The largest requests the app reads; larger ones get a page saying so (414, 431) from {@code RequestLimitsRoute}.
     * Kept below {@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, past which Vert.x
     * answers by itself with an empty body, before any route runs.
     */
    interface Limits {
        /** Longest request target (path and query) in characters. */
        @WithName("max-url-length")
        @WithDefault("4096")
        int maxUrlLength();

        /** Largest sum of request header names and values, in bytes. */
        @WithName("max-header-size")
        @WithDefault("8192")
        int maxHeaderSize();

        /**
         * A page not answered by then gets a 503 page saying so ({@code PageTimeLimitRoute}); each SQL statement
         * has the same timeout, so the work behind it stops too. An export that has started streaming goes on.
         */
        @WithName("page-timeout")
        @WithDefault("5s")
        java.time.Duration pageTimeout();
    }

    /** Failed editor logins, counted per client address, to slow down password guessing. */
    @WithName("login-limit")
    LoginLimit loginLimit();

    /** Limits of uploaded imports. */
    Imports imports();

    /** An editor's refresh of one open source from a newer checkout or download, and the optional scheduled one. */
    Refresh refresh();

    /** The {@code /events} stream of "data changed" notices ({@code web.DataEventsRoute}). */
    Events events();

    /**
     * Open pages subscribe to {@code /events}; past {@code max-subscribers} at once a new one gets a 503 (the browser
     * retries later). A comment every {@code heartbeat} keeps proxies from closing an idle stream.
     */
    interface Events {
        @WithDefault("1000")
        int maxSubscribers();

        @WithDefault("25s")
        java.time.Duration heartbeat();
    }

    /**
     * Where a refresh may read: a checkout directory only under one of {@code roots} (the server's files are not the
     * editor's to browse), a zip only over http(s), at most {@code max-download-bytes} within {@code download-timeout}.
     * The scheduled refresh is off by default: the default set-up has no network.
     */
    interface Refresh {
        /** Directories a refresh may read checkouts from (absolute, or relative to the working directory). */
        @WithDefault("${leaderboard.data-dir}/sources")
        java.util.List<String> roots();

        @WithName("max-download-bytes")
        @WithDefault("100M")
        io.quarkus.runtime.configuration.MemorySize maxDownloadBytes();

        @WithName("download-timeout")
        @WithDefault("120s")
        java.time.Duration downloadTimeout();

        Schedule schedule();

        /** Re-imports each listed source from its URL every {@code every}, the first time {@code every} after start. */
        interface Schedule {
            @WithDefault("false")
            boolean enabled();

            @WithDefault("24h")
            java.time.Duration every();

            /** Source id → the URL of a zip of its upstream layout, e.g. {@code livebench=https://github.com/...zip}. */
            java.util.Map<String, String> urls();
        }
    }

    /**
     * After {@code max-failures} failed logins from one client (one IP address) its requests with credentials are
     * answered 429 for {@code cool-down}, without checking them. Failures decay: the count drops by
     * {@code max-failures} per {@code window}, so 10 per 5 minutes forgives one failure every 30 s. The client
     * address is the connection's, unless {@code quarkus.http.proxy.proxy-address-forwarding} says to trust a proxy.
     */
    interface LoginLimit {
        @WithDefault("true")
        boolean enabled();

        @WithName("max-failures")
        @WithDefault("10")
        int maxFailures();

        @WithDefault("5m")
        java.time.Duration window();

        @WithName("cool-down")
        @WithDefault("5m")
        java.time.Duration coolDown();

        /** Clients tracked at most; beyond it the least recently seen are forgotten (bounded memory). */
        @WithName("max-clients")
        @WithDefault("10000")
        int maxClients();
    }

    interface Imports {
        /**
         * An uploaded zip is refused (413) when its entries or their uncompressed bytes exceed these, before it is
         * unpacked; sizes are checked again while inflating, since a zip's declared sizes can lie. The defaults are
         * far above the bundled sets and GitHub's zip of the llm-stats repository.
         */
        @WithName("zip-max-entries")
        @WithDefault("20000")
        int zipMaxEntries();

        @WithName("zip-max-uncompressed-bytes")
        @WithDefault("200M")
        io.quarkus.runtime.configuration.MemorySize zipMaxUncompressedBytes();
    }

    /**
     * The cache of rendered pages and exports. Entries are kept per data version: every write bumps
     * the version in the database; this instance sees its own writes at once and other instances'
     * writes within {@code refresh-interval}.
     */
    interface Cache {
        @WithDefault("true")
        boolean enabled();

        /** Upper bound of the cached bytes (identity and gzip bodies together). */
        @WithName("max-bytes")
        @WithDefault("16777216")
        long maxBytes();

        /**
         * The largest view export (in rows) kept, gzipped, per data version and URL; larger ones are streamed on each
         * request. 10,000 rows are about 8 MB of JSON and 0.6 MB gzipped.
         */
        @WithName("export-max-rows")
        @WithDefault("10000")
        int exportMaxRows();

        /** How often the data version is read from the database, to see other instances' writes. */
        @WithName("refresh-interval")
        @WithDefault("1s")
        java.time.Duration refreshInterval();
    }

    interface Editor {
        @WithDefault("editor")
        String username();

        java.util.Optional<String> password();
    }

    interface BundledData {
        /** Load the bundled data set into an empty database at start-up. */
        @WithDefault("true")
        boolean enabled();

        /** Class-path resource holding the markdown leaderboard set as a zip. */
        @WithDefault("bundled/aicomputing101-llm-leaderboard.zip")
        String resource();

        /** Class-path resource holding the llm-stats set as a zip, merged after the markdown set. */
        @WithName("llm-stats-resource")
        @WithDefault("bundled/llm-stats.zip")
        String llmStatsResource();

        /**
         * Load the eight open sources of 2026 too (models.dev, Epoch AI's sets, HELM, LiveBench, aider, genai-prices).
         * On by default; most tests turn it off, so that their figures stay those of the first three sets they were
         * written for, and the suites about the open sources run on a database of their own with everything loaded.
         */
        @WithName("open-sources")
        @WithDefault("true")
        boolean openSources();

        /**
         * On a first start with every set due, on embedded H2, take the rows the sets' merges leave from the bundled
         * snapshot ({@code bundled/first-start.snapshot}, made by {@code scripts/snapshot-first-start.sh}) instead of
         * merging the sets (12 s): as the seed database built from it at package time (a file copy), or else restored
         * in one transaction (2.7 s). {@code FirstStartSnapshotTest} fails when the snapshot no longer equals what the
         * merges produce.
         */
        @WithDefault("true")
        boolean snapshot();
    }
}
