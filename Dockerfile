# Builds and runs Justera against an external PostgreSQL (see docker-compose.yml).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY schema schema
COPY rules rules
COPY src src
RUN mvn -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/justera-*.jar /app/justera.jar
COPY rules /app/rules
EXPOSE 8080
# Out of memory: exit, so the container restarts, rather than live on serving nothing
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/justera.jar"]
