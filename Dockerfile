# Justera as a container, against an external PostgreSQL (see docker-compose.yml).
# Docker could not be run where this file was written: it is kept right by reading. Outside Docker,
# the jar's extraction into these four layers and the JarLauncher start from them were run and work.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
RUN mvn -q -DskipTests dependency:go-offline
COPY schema schema
COPY rules rules
COPY src src
RUN mvn -DskipTests package \
    && cp target/justera-*.jar /tmp/justera.jar \
    # the layered jar (layers.idx) taken apart: dependencies change seldom, the application often,
    # so a rebuild after a code change ships one small layer
    && java -Djarmode=tools -jar /tmp/justera.jar extract --layers --launcher --destination /extracted

FROM eclipse-temurin:17-jre
# never as root: a non-login system user that owns only /app/data
RUN groupadd --system --gid 10001 justera \
    && useradd --system --uid 10001 --gid justera --home-dir /app --shell /usr/sbin/nologin justera \
    && mkdir -p /app/data && chown justera:justera /app/data
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER 10001:10001
EXPOSE 8080
# The rules ship in the jar; to run others, mount a folder and set JUSTERA_RULES_PATH to it.
# Ready means the database answers and the rules are loaded (readiness group in application.yaml);
# bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# Out of memory: exit, so that the container restarts, rather than live on serving nothing.
# The parallel collector: requests allocate much and keep little, and on two cores it gave 8-16 %
# more throughput than G1 and a lower p99 on most queries (README, "Against PostGraphile", run P1).
# Arguments after the image name are the command line: `docker run IMAGE import --help`.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseParallelGC", "org.springframework.boot.loader.launch.JarLauncher"]
