# One image per app: docker build --build-arg APP=regulator-portal (or platform-agent) .
FROM eclipse-temurin:17-jdk AS build
ARG APP
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl ${APP} -am package && cp ${APP}/target/${APP}-*-exec.jar /app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
