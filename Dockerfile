# Builds the production jar (pre-compiled Vaadin bundle, no Node needed) and runs it on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline -Pproduction
COPY src src
COPY db db
RUN ./mvnw -q -B -Pproduction package -Dmaven.test.skip=true -Dspotless.check.skip=true

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --home-dir /app crmsync
WORKDIR /app
COPY --from=build /src/target/crmsync-*.jar /app/crmsync.jar
USER crmsync
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/crmsync.jar"]
