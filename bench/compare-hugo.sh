#!/usr/bin/env bash
# Side-by-side benchmark of Quire and Hugo on the same synthetic text. See bench/README.md and --help.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: bench/compare-hugo.sh [options] [PAGES...]

Generates the synthetic site of ../shared/bench/gen_corpus.py for Quire and for Hugo (the same text,
PAGES leaf pages plus 201 folder index pages; default: 1000 5000 10000), adds the Hugo peer config and
layouts of ../shared/bench/hugo-peer/, builds the smallest site once with each tool without measuring
(bin/quire makes its class-data archive then), then alternates, N times for each size:
  - a clean Quire build   (java -jar target/quire.jar build --source DIR --out OUT, OUT removed first)
  - a clean Hugo build    (hugo --quiet -s DIR -d OUT, OUT removed first)
  - a Quire rebuild       (the previous output present, one page changed)
and prints median wall times, pages per second, the ratio of Quire's pages per second to Hugo's,
peak RSS and output size. The tables also go to target/bench/compare-hugo-<date>.md.

Options:
  --runs N          runs of each kind per size (default 3); medians are reported
  --check-rebuild   after the runs, also check that a rebuild's output equals a clean build's
                    (diff -r; two more Quire builds per size)
  --timeout SECS    kill a build that takes longer (default 600), so a run is bounded
  --jar FILE        the jar to benchmark (default target/quire.jar, built with Maven when missing)
  --keep-output     keep the built sites in the output folder (removed by default: 1 GB at 10000)
  --out-dir DIR     where the built sites go (default target/bench/out); e.g. a folder on tmpfs
                    (/dev/shm/...) measures both tools without the disk's cost of creating files
  -h, --help        show this help

Environment:
  QUIRE_BENCH_SHARED  folder with gen_corpus.py and hugo-peer/ (default ../shared/bench)
  QUIRE_JAVA_OPTS     extra JVM options for every Quire run

Needs hugo (Debian package hugo), python3, java, GNU time (Debian package time); no network.
Example: bench/compare-hugo.sh --runs 5 1000 5000
EOF
}

# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUNS=3
TIMEOUT=600
CHECK=false
KEEP=false
OUTDIR=
JAR=
SIZES=()
while (($# > 0)); do
    case $1 in
        -h | --help) usage; exit 0 ;;
        --runs) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive whole number"; RUNS=$2; shift 2 ;;
        --timeout) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--timeout needs a number of seconds"; TIMEOUT=$2; shift 2 ;;
        --jar) [[ -n "${2:-}" ]] || die "--jar needs a file"; JAR=$(realpath -m "$2"); shift 2 ;;
        --check-rebuild) CHECK=true; shift ;;
        --keep-output) KEEP=true; shift ;;
        --out-dir) [[ -n "${2:-}" ]] || die "--out-dir needs a folder"; OUTDIR=$(realpath -m "$2"); shift 2 ;;
        -*) die "unknown option '$1' (see --help)" ;;
        *) bench_check_pages "$1"; SIZES+=("$1"); shift ;;
    esac
done
((${#SIZES[@]} > 0)) || SIZES=(1000 5000 10000)

bench_init
JAR=${JAR:-$ROOT/target/quire.jar}
command -v hugo >/dev/null || die "hugo is not installed; install the Debian package: apt-get install -y hugo"
bench_check_tools
[[ -d "$SHARED/hugo-peer" ]] || die "no hugo-peer/ folder in $SHARED"
bench_ensure_jar

RESULTS="$BENCH/compare-hugo-$(date +%Y-%m-%d-%H%M%S).md"
LOGS="$BENCH/logs"
OUTDIR=${OUTDIR:-$BENCH/out}
mkdir -p "$LOGS" "$OUTDIR" "$BENCH/work"

# Removes OUT and its parent (where Quire keeps its temporary folder), then makes the parent again.
fresh() {
    rm -rf "$(dirname "$1")"
    mkdir -p "$(dirname "$1")"
}

# Shows one measured run and keeps it for the results file.
record() {
    note "  $1"
    RAW+=("- $1")
}

# One clean Hugo build of SITE into OUT; sets RUN_WALL, RUN_RSS and RUN_PAGES (the index.html files written).
hugo_build() {
    local log=$1 site=$2 out=$3
    bench_timed "$log" hugo --quiet -s "$site" -d "$out" || return
    RUN_PAGES=$(find "$out" -name index.html | wc -l)
}

# Measures one size; sets the S_* summary values used by the two tables.
bench_size() {
    local size=$1 cached hsite work page qout hout i kind
    local -a qwall=() qrss=() hwall=() hrss=() rwall=() rrss=() ratios=() rebuild_ratios=()
    cached=$(bench_site quire plain "$size") || return 2
    hsite=$(bench_site hugo plain "$size") || return 2
    # Rebuilds edit a page: they work on a copy, so the cached site stays as generated.
    work="$BENCH/work/quire-plain-$size"
    rm -rf "$work"
    cp -R "$cached" "$work" || return 2
    page=$(find "$work/content" -name '*.md' ! -name 'index.md' | LC_ALL=C sort | head -n 1)
    [[ -n "$page" ]] || { note "no leaf page found in $work/content"; return 2; }
    cp "$page" "$work.page" || return 2
    qout="$OUTDIR/cmp-quire-$size/site"
    hout="$OUTDIR/cmp-hugo-$size/site"
    for ((i = 1; i <= RUNS; i++)); do
        # Alternate who goes first, so neither tool always runs on a cooler (or warmer) machine.
        local order=(quire hugo)
        ((i % 2 == 0)) && order=(hugo quire)
        for kind in "${order[@]}"; do
            if [[ "$kind" == quire ]]; then
                fresh "$qout"
                bench_quire "$LOGS/cmp-quire-$size-$i" "$work" "$qout" || return 1
                qwall+=("$RUN_WALL") qrss+=("$RUN_RSS")
                S_QPAGES=$RUN_PAGES
                record "$size run $i/$RUNS: Quire clean $RUN_WALL s, $RUN_PAGES pages, $(bench_mib "$RUN_RSS") MiB"
            else
                fresh "$hout"
                hugo_build "$LOGS/cmp-hugo-$size-$i" "$hsite" "$hout" || return 1
                hwall+=("$RUN_WALL") hrss+=("$RUN_RSS")
                S_HPAGES=$RUN_PAGES
                record "$size run $i/$RUNS: Hugo clean $RUN_WALL s, $RUN_PAGES pages, $(bench_mib "$RUN_RSS") MiB"
            fi
        done
        # Rebuild: the clean output of this round is present; one page gets a new paragraph.
        printf '\nRebuild marker %s.\n' "$i" >>"$page"
        bench_quire "$LOGS/cmp-rebuild-$size-$i" "$work" "$qout" || return 1
        cp "$work.page" "$page"
        rwall+=("$RUN_WALL") rrss+=("$RUN_RSS")
        # Ratios within one round: both tools saw about the same load.
        ratios+=("$(bench_div "$(bench_div "$S_QPAGES" "${qwall[-1]}" 6)" "$(bench_div "$S_HPAGES" "${hwall[-1]}" 6)" 4)")
        rebuild_ratios+=("$(bench_div "${hwall[-1]}" "$RUN_WALL" 4)")
        record "$size run $i/$RUNS: Quire rebuild $RUN_WALL s, $RUN_PAGES pages, $(bench_mib "$RUN_RSS") MiB"
    done
    S_RATIO=$(bench_median "${ratios[@]}") S_RRATIO=$(bench_median "${rebuild_ratios[@]}")
    S_QMED=$(bench_median "${qwall[@]}") S_HMED=$(bench_median "${hwall[@]}") S_RMED=$(bench_median "${rwall[@]}")
    S_QRSS=$(bench_max "${qrss[@]}") S_HRSS=$(bench_max "${hrss[@]}") S_RRSS=$(bench_max "${rrss[@]}")
    S_QBYTES=$(bench_du "$qout") S_HBYTES=$(bench_du "$hout")
    S_CHECK="not checked"
    if $CHECK; then check_rebuild "$size" "$work" "$page" "$qout" || return 1; fi
    $KEEP || rm -rf "$work" "$work.page" "$OUTDIR/cmp-quire-$size" "$OUTDIR/cmp-hugo-$size" "$OUTDIR/cmp-check-$size"
}

# Rebuilds OUT after a page change, builds the same source clean elsewhere and compares the two outputs.
check_rebuild() {
    local size=$1 work=$2 page=$3 qout=$4 clean
    clean="$OUTDIR/cmp-check-$size/site"
    printf '\nRebuild check.\n' >>"$page"
    bench_quire "$LOGS/cmp-check-rebuild-$size" "$work" "$qout" || return 1
    fresh "$clean"
    bench_quire "$LOGS/cmp-check-clean-$size" "$work" "$clean" || return 1
    cp "$work.page" "$page"
    if diff -r -q "$qout" "$clean" >"$LOGS/cmp-check-$size.diff"; then
        S_CHECK="identical"
    else
        S_CHECK="DIFFERS ($(wc -l <"$LOGS/cmp-check-$size.diff") entries, see target/bench/logs/cmp-check-$size.diff)"
    fi
    note "  $size rebuild output vs clean build: $S_CHECK"
}

# One unmeasured build by each tool before any timing: bin/quire makes its class-data archive on the
# first build of a jar (as any install does once), and both tools' files are read from disk once.
warm_up() {
    local size=$1 qsite hsite
    qsite=$(bench_site quire plain "$size") || return 2
    hsite=$(bench_site hugo plain "$size") || return 2
    fresh "$OUTDIR/warm-up-quire/site"
    bench_quire "$LOGS/warm-up-quire" "$qsite" "$OUTDIR/warm-up-quire/site" || return 1
    fresh "$OUTDIR/warm-up-hugo/site"
    hugo_build "$LOGS/warm-up-hugo" "$hsite" "$OUTDIR/warm-up-hugo/site" || return 1
    rm -rf "$OUTDIR/warm-up-quire" "$OUTDIR/warm-up-hugo"
}

CHECK_FLAG=
$CHECK && CHECK_FLAG=" --check-rebuild"
[[ "$OUTDIR" != "$BENCH/out" ]] && CHECK_FLAG+=" --out-dir $OUTDIR"
MACHINE=$(bench_machine)
SPEED=() MEMORY=() CHECKS=() RAW=()
note "warming up: one unmeasured build by each tool of the ${SIZES[0]}-page site"
warm_up "${SIZES[0]}" || die "the warm-up build failed (logs in target/bench/logs/)"
for size in "${SIZES[@]}"; do
    note "$size pages: $RUNS rounds of Quire clean, Hugo clean, Quire rebuild"
    bench_size "$size" || die "benchmark of $size pages stopped: a build failed (logs in target/bench/logs/)"
    qps=$(bench_div "$S_QPAGES" "$S_QMED" 0)
    hps=$(bench_div "$S_HPAGES" "$S_HMED" 0)
    SPEED+=("$(printf '| %s | %s / %s | %s | %s | %s | %s | **%s×** | %s× | %s | %s | **%s×** |' "$size" \
        "$S_QPAGES" "$S_HPAGES" "$S_QMED" "$qps" "$S_HMED" "$hps" "$(bench_div "$S_RATIO" 1 2)" \
        "$(bench_div "$(bench_div "$S_QPAGES" "$S_QMED" 6)" "$(bench_div "$S_HPAGES" "$S_HMED" 6)" 2)" \
        "$S_RMED" "$(bench_div "$S_QPAGES" "$S_RMED" 0)" "$(bench_div "$S_RRATIO" 1 2)")")
    MEMORY+=("$(printf '| %s | %s | %s | %s | %s | %s | %s | %s |' "$size" "$(bench_mib "$S_QRSS")" \
        "$(bench_mib "$S_RRSS")" "$(bench_mib "$S_HRSS")" "$(bench_mb "$S_QBYTES")" "$(bench_mb "$S_HBYTES")" \
        "$(bench_div "$S_QBYTES" "$S_QPAGES" 0)" "$(bench_div "$S_HBYTES" "$S_HPAGES" 0)")")
    CHECKS+=("- $size pages: rebuild output vs clean build: $S_CHECK")
done

{
    printf '# Quire vs Hugo, same synthetic text\n\n'
    printf '%s\n' "$MACHINE"
    printf -- '- hugo: %s\n' "$(hugo version | head -n 1)"
    printf -- '- command: bench/compare-hugo.sh --runs %s --timeout %s%s %s\n' "$RUNS" "$TIMEOUT" \
        "$CHECK_FLAG" "${SIZES[*]}"
    printf -- '- %s rounds per size, alternating; times are medians in seconds, ratios are taken within each round and\n' "$RUNS"
    printf '  their median shown (the column "from the medians" divides the median times instead); peak RSS is the largest of the runs\n\n'
    printf '## Speed\n\n'
    printf '| leaf pages | pages Quire / Hugo | Quire clean s | Quire pages/s | Hugo clean s | Hugo pages/s | Quire/Hugo pages/s, median of rounds | same, from the medians | Quire rebuild s | rebuild pages/s | Hugo clean ÷ Quire rebuild, median of rounds |\n'
    printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
    printf '%s\n' "${SPEED[@]}"
    printf '\n## Memory and output\n\n'
    printf '| leaf pages | Quire clean peak RSS MiB | Quire rebuild peak RSS MiB | Hugo peak RSS MiB | Quire output MB | Hugo output MB | Quire bytes/page | Hugo bytes/page |\n'
    printf '|---|---|---|---|---|---|---|---|\n'
    printf '%s\n' "${MEMORY[@]}"
    printf '\n'
    printf '%s\n' "${CHECKS[@]}"
    printf -- '- load average at end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '\n## Runs, in the order they ran\n\n'
    printf '%s\n' "${RAW[@]}"
} | tee "$RESULTS"
note "results written to ${RESULTS#"$ROOT"/}"
