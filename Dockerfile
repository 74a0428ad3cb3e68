# syntax=docker/dockerfile:1
# LLM Leaderboard, JVM image. Build:  docker build -t llm-leaderboard .
#   PostgreSQL instead of the embedded H2 database:  docker build --build-arg DB_KIND=postgresql -t llm-leaderboard:pg .
# Run:    docker run -p 8080:8080 -v leaderboard-data:/data llm-leaderboard

# ---- build stage: compile and package with the Maven wrapper inside a JDK image ----
FROM eclipse-temurin:17-jdk AS build
ARG DB_KIND=h2
WORKDIR /build
# Dependencies first, so that they stay cached while only sources change.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline -Dquarkus.datasource.db-kind=${DB_KIND} || true
COPY src src
RUN ./mvnw -B package -DskipTests -Dquarkus.datasource.db-kind=${DB_KIND}

# ---- runtime stage: the packaged app (target/quarkus-app) on a slim JRE, as a non-root user ----
# Temurin 25 runs the Java 17 build and brings the AOT cache (JEP 483/514): a training run at image build
# time records the classes the app loads and links, and startup reuses them (see BENCHMARKS.md for the gain).
FROM eclipse-temurin:25-jre AS runtime
ARG DB_KIND=h2
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 1001 leaderboard \
    && useradd --system --uid 1001 --gid leaderboard --home-dir /app --shell /usr/sbin/nologin leaderboard \
    && mkdir -p /data && chown leaderboard:leaderboard /data
WORKDIR /app
COPY --from=build --chown=leaderboard:leaderboard /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=leaderboard:leaderboard /build/target/quarkus-app/*.jar /app/
COPY --from=build --chown=leaderboard:leaderboard /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=leaderboard:leaderboard /build/target/quarkus-app/quarkus/ /app/quarkus/

# Measured on 2 cores (BENCHMARKS.md): a 192 MB heap holds H2's page cache, the page cache (16 MB) and the working
# set at 100,000 models, and bench/soak.sh's 64 connections of mixed traffic, without an OutOfMemoryError (160 MB did,
# but ran into repeated full collections); the same options as README's run command. SerialGC has the smallest
# footprint on 1-2 cores; metaspace, code cache, thread stacks and direct buffers are capped, and two malloc arenas
# instead of one per thread keep native memory in check. Issue 18 (RSS <= 250 MB): a 16 MB young generation and heap
# shrinking after full collections (to 20 % free), a 48 MB code cache, C1 compiling only methods run 2,000 times
# instead of 200 (a third less compiled code), native heap trimmed every 5 s (the JIT's arenas), and compact object
# headers (Temurin 25; README's Java 17 command has all but this one).
ENV LEADERBOARD_DATA_DIR=/data \
    MALLOC_ARENA_MAX=2 \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    JAVA_OPTS="-Xms32m -Xmx192m -Xmn16m -XX:MaxHeapFreeRatio=20 -XX:MinHeapFreeRatio=5 -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -XX:Tier3InvocationThreshold=2000 -XX:Tier3MinInvocationThreshold=1000 -XX:Tier3CompileThreshold=20000 -XX:TrimNativeHeapInterval=5000 -XX:+UseCompactObjectHeaders -Xss512k -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"

# AOT training run on the H2 build (a PostgreSQL build has no database at image build time: no cache, a normal start).
# A first start loads the bundled data (not recorded); the recorded run is a start over that database, the usual start,
# and serves a few pages. It runs without -XX:MaxMetaspaceSize: with the 128 MB cap the cache of this app cannot be
# written ("Unable to allocate from 'ro' region"), and without a cache the run options fall back to a normal start
# ("Unable to map shared spaces"). The cache made this way maps with JAVA_OPTS as they are (cap included) and halves
# a start over an existing database on 2 cores (BENCHMARKS.md, "Startup").
USER 1001
RUN if [ "$DB_KIND" = "h2" ]; then \
      TRAIN_OPTS=$(echo "$JAVA_OPTS" | sed 's/-XX:MaxMetaspaceSize=[^ ]*//'); \
      for round in load record; do \
        aot=$([ "$round" = record ] && echo -XX:AOTCacheOutput=/app/app.aot); \
        LEADERBOARD_DATA_DIR=/tmp/aot-data java $TRAIN_OPTS $aot -jar /app/quarkus-run.jar & pid=$!; \
        for i in $(seq 1 300); do curl -fso /dev/null http://127.0.0.1:8080/ && break; sleep 1; done; \
        for p in / "/?sort=gpqa" /labs /models/deepseek-ai/deepseek-r2 /stats "/api/models?first=100"; do \
          curl -fso /dev/null -H 'Accept-Encoding: gzip' "http://127.0.0.1:8080$p"; done; \
        kill $pid; wait $pid; \
      done; \
      rm -rf /tmp/aot-data; test -f /app/app.aot; \
    fi

VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS $([ -f /app/app.aot ] && echo -XX:AOTCache=/app/app.aot) -jar /app/quarkus-run.jar"]
