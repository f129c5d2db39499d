#!/usr/bin/env bash
# Whole-build benchmark of Quire on the synthetic corpus. See bench/README.md and --help.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bench/run.sh [options] [PAGES...]

Builds the synthetic documentation sites of ../shared/bench/gen_corpus.py (PAGES leaf pages each,
plus 201 folder index pages; default: 1000 10000) with target/quire.jar, clean (output removed before
each run), several times each, and prints per site: median wall time, pages per second, peak RSS,
output size and bytes per page. The table also goes to target/bench/results-<date>.md.

Options:
  --runs N        builds per site (default 3); the median wall time is reported
  --mdx           also benchmark the MDX variant of each size (gen_corpus.py --mdx)
  --timeout SECS  kill a build that takes longer (default 600), so a run is bounded
  --jar FILE      the jar to benchmark (default target/quire.jar, built with Maven when missing)
  --keep-output   keep the built sites in target/bench/out/ (removed by default: 0.8 GB at 10000)
  -h, --help      show this help

Environment:
  QUIRE_BENCH_SHARED  folder with gen_corpus.py (default ../shared/bench from the repository root)
  QUIRE_JAVA_OPTS     extra JVM options for every Quire run, e.g. "-XX:TieredStopAtLevel=1"

Generated sites are cached in target/bench/sites/ and made again only when missing or when
gen_corpus.py changed. Needs python3, java, GNU time (Debian package time) and no network.
Example: bench/run.sh --runs 5 1000
EOF
}

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=3
TIMEOUT=600
MDX=false
KEEP=false
JAR=
SIZES=()
while (($# > 0)); do
    case $1 in
        -h | --help) usage; exit 0 ;;
        --runs) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive whole number"; RUNS=$2; shift 2 ;;
        --timeout) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--timeout needs a number of seconds"; TIMEOUT=$2; shift 2 ;;
        --jar) [[ -n "${2:-}" ]] || die "--jar needs a file"; JAR=$(realpath -m "$2"); shift 2 ;;
        --mdx) MDX=true; shift ;;
        --keep-output) KEEP=true; shift ;;
        -*) die "unknown option '$1' (see --help)" ;;
        *) bench_check_pages "$1"; SIZES+=("$1"); shift ;;
    esac
done
((${#SIZES[@]} > 0)) || SIZES=(1000 10000)

bench_init
JAR=${JAR:-$ROOT/target/quire.jar}
bench_check_tools
bench_ensure_jar

VARIANTS=(plain)
MDX_FLAG=
if $MDX; then VARIANTS+=(mdx); MDX_FLAG=" --mdx"; fi
RESULTS="$BENCH/results-$(date +%Y-%m-%d-%H%M%S).md"
LOGS="$BENCH/logs"
mkdir -p "$LOGS" "$BENCH/out"

# Builds one site RUNS times and prints its table row.
bench_one() {
    local variant=$1 size=$2 site out i pages=0 median rss bytes
    local -a walls=() rsses=()
    site=$(bench_site quire "$variant" "$size") || return 2
    # The output gets a parent folder of its own: Quire's temporary folder next to it goes too.
    out="$BENCH/out/quire-$variant-$size/site"
    for ((i = 1; i <= RUNS; i++)); do
        rm -rf "$(dirname "$out")"
        mkdir -p "$(dirname "$out")"
        bench_quire "$LOGS/quire-$variant-$size-$i" "$site" "$out" ||
            { printf '| %s | %s | failed, see target/bench/logs/ | | | | | | |\n' "$variant" "$size"; return 1; }
        walls+=("$RUN_WALL")
        rsses+=("$RUN_RSS")
        pages=$RUN_PAGES
        note "  $variant $size run $i/$RUNS: $RUN_WALL s, $RUN_PAGES pages, $(bench_mib "$RUN_RSS") MiB peak RSS"
    done
    median=$(bench_median "${walls[@]}")
    rss=$(bench_max "${rsses[@]}")
    bytes=$(bench_du "$out")
    $KEEP || rm -rf "$(dirname "$out")"
    printf '| %s | %s | %s | %s | %s–%s | %s | %s | %s | %s |\n' "$variant" "$size" "$pages" "$median" \
        "$(bench_min "${walls[@]}")" "$(bench_max "${walls[@]}")" "$(bench_div "$pages" "$median" 0)" \
        "$(bench_mib "$rss")" "$(bench_mb "$bytes")" "$(bench_div "$bytes" "$pages" 0)"
}

status=0
{
    failed=0
    printf '# Quire whole-build benchmark\n\n'
    bench_machine
    printf -- '- command: bench/run.sh --runs %s --timeout %s%s %s\n' "$RUNS" "$TIMEOUT" "$MDX_FLAG" "${SIZES[*]}"
    printf -- '- clean builds (output removed before each run); wall time median of %s runs, peak RSS the largest of them\n\n' "$RUNS"
    printf '| site | leaf pages | pages built | median s | min–max s | pages/s | peak RSS MiB | output MB | bytes/page |\n'
    printf '|---|---|---|---|---|---|---|---|---|\n'
    for size in "${SIZES[@]}"; do
        for variant in "${VARIANTS[@]}"; do
            note "quire $variant $size: $RUNS clean builds"
            bench_one "$variant" "$size" || failed=1
        done
    done
    printf '\n- load average at end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
    exit "$failed"
} | tee "$RESULTS" || status=$?
note "results written to ${RESULTS#"$ROOT"/}"
exit "$status"
