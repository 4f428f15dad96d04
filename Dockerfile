# Feltlogg: build with the Maven wrapper on JDK 21, run on a JRE 21 as a non-root user.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/feltlogg-*.jar /feltlogg.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system feltlogg && useradd --system --gid feltlogg --home /app feltlogg \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /feltlogg.jar /app/feltlogg.jar
USER feltlogg
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/feltlogg.jar"]
