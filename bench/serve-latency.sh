#!/bin/sh
# Save-to-reload latency of `quire serve` on the synthetic corpus: 20 saves of one page body, 20 of its title, 20 saves
# of a partial used by 100 pages and 5 of the page layout template, timed from the save to the reload event at an open page.
# Usage: bench/serve-latency.sh PAGES [WORKDIR]     (run from the repository root, after mvn test-compile)
set -eu
pages=${1:-1000}
work=${2:-/tmp/quire-serve-bench}
site="$work/mdx$pages"
if [ ! -d "$site/content" ]; then
  python3 "${QUIRE_CORPUS_GEN:-../shared/bench/gen_corpus.py}" --format quire --mdx --pages "$pages" --out "$site" > /dev/null
fi
# The corpus uses <Tabs>/<TabItem>; until the component library lands, the site brings its own.
mkdir -p "$site/templates/components"
[ -f "$site/templates/components/Tabs.peb" ] || printf '<div class="tabs">{{ children | raw }}</div>\n' > "$site/templates/components/Tabs.peb"
[ -f "$site/templates/components/TabItem.peb" ] || printf '<section class="tab" data-label="{{ label }}">{{ children | raw }}</section>\n' > "$site/templates/components/TabItem.peb"
[ -f target/bench.classpath ] || mvn -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath > /dev/null
exec java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.quire.serve.ServeLatency "$site"
