#!/usr/bin/env bash
# JMH benchmarks of Quire's hot paths (MDX parse, highlighting, page render). Not run by mvn verify.
#   bench/jmh.sh                       all benchmarks, default settings (about 5 minutes)
#   bench/jmh.sh Highlight             only those whose name matches (a JMH regex)
#   bench/jmh.sh PageRender -p site=target/bench/sites/<hash>/quire-plain-1000   on a generated site
# Any arguments are passed to org.openjdk.jmh.Main (-h lists them; e.g. -f 1 -wi 2 -i 3 for a quick run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
