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
FROM eclipse-temurin:17-jre AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 1001 leaderboard \
    && useradd --system --uid 1001 --gid leaderboard --home-dir /app --shell /usr/sbin/nologin leaderboard \
    && mkdir -p /data && chown leaderboard:leaderboard /data
WORKDIR /app
COPY --from=build --chown=leaderboard:leaderboard /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=leaderboard:leaderboard /build/target/quarkus-app/*.jar /app/
COPY --from=build --chown=leaderboard:leaderboard /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=leaderboard:leaderboard /build/target/quarkus-app/quarkus/ /app/quarkus/

# The embedded H2 database lives in the volume. With DB_KIND=postgresql, set QUARKUS_DATASOURCE_JDBC_URL,
# QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD instead.
ENV LEADERBOARD_DATA_DIR=/data \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75.0 -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
VOLUME ["/data"]
EXPOSE 8080
USER 1001
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/q/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
