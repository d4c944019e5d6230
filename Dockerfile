# Build: docker build -t village .
# Run:   docker run --rm -v "$PWD/inbox:/data/inbox" -v "$PWD/out:/data/out" -v village-work:/data/work \
#            village run --month 2026-10 --inbox /data/inbox --out /data/out --workdir /data/work
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY pipeline/pom.xml pipeline/
RUN mvn -B -q -pl pipeline dependency:go-offline
COPY pipeline/src pipeline/src
# The jar carries the default report templates and message bundles (pipeline/pom.xml's resources).
COPY report-templates report-templates
RUN mvn -B -q -pl pipeline package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /data village && mkdir -p /data/inbox /data/out /data/work && chown -R village /data
COPY --from=build /src/pipeline/target/village.jar /opt/village/village.jar
USER village
WORKDIR /data
VOLUME ["/data/inbox", "/data/out", "/data/work"]
ENV JAVA_TOOL_OPTIONS="-Djava.awt.headless=true"
ENTRYPOINT ["java", "-jar", "/opt/village/village.jar"]
CMD ["help"]
