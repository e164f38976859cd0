#!/usr/bin/env bash
# Start the Neo4j test server in the foreground: builds it first when needed (Maven, downloads cached
# in ~/.m2), then runs the class on the dependency classpath (faster than `mvn exec:java`).
# Arguments go to the server: --port N (0 = a free port), --data DIR, --host H, --page-cache SIZE.
# It prints bolt://HOST:PORT on stdout when ready; SIGTERM stops it cleanly.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cp_file="$here/target/classpath.txt"
class_file="$here/target/classes/renmian/Neo4jTestServer.class"
if [ ! -s "$cp_file" ] || [ ! -f "$class_file" ] || [ "$here/pom.xml" -nt "$cp_file" ] \
	|| [ -n "$(find "$here/src" -newer "$class_file" -name '*.java' 2>/dev/null)" ]; then
	echo "neo4j-test-server: building (mvn)" >&2
	mvn -q -B -Dstyle.color=never -f "$here/pom.xml" compile dependency:build-classpath \
		-Dmdep.outputFile="$cp_file" >&2
fi
exec java ${NEO4J_JAVA_OPTS:--Xms256m -Xmx1g} -XX:+UseG1GC \
	-cp "$here/target/classes:$(cat "$cp_file")" renmian.Neo4jTestServer "$@"
