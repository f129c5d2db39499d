# Shared helpers for bench/run.sh and bench/compare-hugo.sh; sourced, not run.
# shellcheck shell=bash disable=SC2034  # RUN_* are results for the caller
#
# Callers set, before using the helpers:
#   JAR       the Quire jar to run (absolute path)
#   TIMEOUT   seconds one build may take before it is killed
# and may set in the environment:
#   QUIRE_BENCH_SHARED  the folder holding gen_corpus.py and hugo-peer/ (default ../shared/bench)
#   QUIRE_JAVA_OPTS     extra JVM options for every Quire run (word-split), e.g. "-Xmx512m"
#   QUIRE_LAUNCHER=1    run Quire through bin/quire (its JVM options and class-data archive) instead of java -jar

# Moves to the repository root (the parent of this script's folder) and sets ROOT, BENCH and SHARED.
bench_init() {
    cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
    ROOT=$(pwd -P)
    BENCH="$ROOT/target/bench"
    SHARED="${QUIRE_BENCH_SHARED:-../shared/bench}"
    mkdir -p "$BENCH"
}

die() {
    printf '%s: error: %s\n' "${0##*/}" "$*" >&2
    exit 2
}

note() {
    printf '%s\n' "$*" >&2
}

# Checks the tools every benchmark needs and resolves SHARED to an absolute path.
bench_check_tools() {
    command -v python3 >/dev/null || die "python3 is not installed (Debian package python3); it runs the corpus generator"
    command -v java >/dev/null || die "java is not installed (Debian package openjdk-17-jre-headless)"
    command -v timeout >/dev/null || die "timeout is not installed (Debian package coreutils)"
    if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
        die "GNU time is needed at /usr/bin/time to measure peak memory; install it with: apt-get install -y time"
    fi
    [[ -f "$SHARED/gen_corpus.py" ]] ||
        die "no gen_corpus.py in $SHARED; set QUIRE_BENCH_SHARED to the shared/bench folder (e.g. QUIRE_BENCH_SHARED=/work/shared/bench)"
    SHARED=$(cd "$SHARED" && pwd -P)
}

# Makes sure $JAR exists: builds target/quire.jar with Maven when it is the default jar and missing.
bench_ensure_jar() {
    [[ -f "$JAR" ]] && return 0
    [[ "$JAR" == "$ROOT/target/quire.jar" ]] || die "no jar at $JAR"
    command -v mvn >/dev/null || die "target/quire.jar is missing and mvn is not installed (Debian package maven)"
    note "target/quire.jar is missing: building it (mvn -q -DskipTests package)"
    mvn -q -DskipTests package || die "mvn -q -DskipTests package failed"
    [[ -f "$JAR" ]] || die "mvn package did not produce target/quire.jar"
}

# Validates a page count given on the command line.
bench_check_pages() {
    [[ "$1" =~ ^[1-9][0-9]*$ ]] || die "page count must be a positive whole number, got '$1' (see --help)"
}

# Prints the folder of a generated site, generating it first when it is not cached yet.
# Usage: bench_site FORMAT VARIANT PAGES   (FORMAT quire|hugo, VARIANT plain|mdx)
# Sites are cached under target/bench/sites/<generator hash>/, so a changed generator regenerates.
bench_site() {
    local format=$1 variant=$2 pages=$3 hash name dir tmp
    local -a flags=(--format "$format" --pages "$pages")
    [[ "$variant" == mdx ]] && flags+=(--mdx)
    hash=$(sha256sum "$SHARED/gen_corpus.py" | cut -c1-12)
    name="$format-$variant-$pages"
    dir="$BENCH/sites/$hash/$name"
    if [[ ! -d "$dir" ]]; then
        tmp="$dir.tmp.$$"
        rm -rf "$dir".tmp.*    # left by an interrupted generation
        mkdir -p "$(dirname "$dir")"
        note "generating $name into ${dir#"$ROOT"/}"
        python3 "$SHARED/gen_corpus.py" "${flags[@]}" --out "$tmp" >/dev/null ||
            die "gen_corpus.py ${flags[*]} failed"
        mv "$tmp" "$dir"
    fi
    if [[ "$format" == hugo ]]; then
        # Always the current peer config and layouts; they are read-only in shared/, Hugo needs to write a lock file.
        cp -R "$SHARED/hugo-peer/." "$dir/"
        chmod -R u+w "$dir"
    fi
    printf '%s\n' "$dir"
}

# Runs one timed command. Sets RUN_WALL (seconds) and RUN_RSS (KiB); stdout and stderr go to LOG.out and
# LOG.err. Returns the command's exit status (124 when killed after TIMEOUT seconds) and shows its errors.
# Usage: bench_timed LOG COMMAND...
bench_timed() {
    local log=$1 status=0 last
    shift
    /usr/bin/time -f '%e %M' -o "$log.time" timeout -k 10 "$TIMEOUT" "$@" >"$log.out" 2>"$log.err" || status=$?
    last=$(tail -n 1 "$log.time")
    RUN_WALL=${last% *}
    RUN_RSS=${last#* }
    if ((status != 0)); then
        if ((status == 124)); then
            note "killed after ${TIMEOUT}s (raise it with --timeout): $*"
        else
            note "exit status $status: $*"
        fi
        tail -n 20 "$log.err" >&2
    fi
    return "$status"
}

# Runs one Quire build of SITE into OUT. Sets RUN_WALL, RUN_RSS and RUN_PAGES (from "built N pages").
# Usage: bench_quire LOG SITE OUT
bench_quire() {
    local log=$1 site=$2 out=$3
    local -a opts=()
    # Word splitting is the point: QUIRE_JAVA_OPTS holds several options.
    # shellcheck disable=SC2206
    [[ -n "${QUIRE_JAVA_OPTS:-}" ]] && opts=($QUIRE_JAVA_OPTS)
    if [[ "${QUIRE_LAUNCHER:-0}" == 1 ]]; then
        # bin/quire: the launcher's JVM options and class-data archive, as a user runs it
        QUIRE_JAR="$JAR" QUIRE_JAVA_OPTS="${QUIRE_JAVA_OPTS:-}" bench_timed "$log" "$ROOT/bin/quire" build --source "$site" --out "$out" || return
    else
        bench_timed "$log" java "${opts[@]}" -jar "$JAR" build --source "$site" --out "$out" || return
    fi
    RUN_PAGES=$(sed -n 's/^built \([0-9][0-9]*\) pages.*/\1/p' "$log.out" | head -n 1)
    [[ -n "$RUN_PAGES" ]] || { note "no 'built N pages' line in the output of Quire (see $log.out)"; return 1; }
}

# Median of the numbers given as arguments (the mean of the two middle ones for an even count).
bench_median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Largest of the numbers given as arguments.
bench_max() {
    printf '%s\n' "$@" | sort -g | tail -n 1
}

# Smallest of the numbers given as arguments.
bench_min() {
    printf '%s\n' "$@" | sort -g | head -n 1
}

# Prints A / B with DIGITS decimals. Usage: bench_div A B DIGITS
bench_div() {
    awk -v a="$1" -v b="$2" -v d="$3" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.*f\n", d, a / b }'
}

# KiB to MiB, one decimal.
bench_mib() {
    bench_div "$1" 1024 0
}

# Output folder size in bytes (apparent size, as du -sb counts it).
bench_du() {
    du -sb "$1" | cut -f1
}

# Bytes to MB (10^6), one decimal.
bench_mb() {
    bench_div "$1" 1000000 1
}

# Describes the machine and the tools, as Markdown lines, for the head of a results file.
bench_machine() {
    local commit
    commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
    git -C "$ROOT" diff --quiet HEAD -- src pom.xml templates 2>/dev/null || commit="$commit (+ uncommitted changes)"
    printf -- '- date: %s\n' "$(date '+%Y-%m-%d %H:%M:%S %Z')"
    printf -- '- machine: %s cores, %s MiB RAM, load average at start %s\n' "$(nproc)" \
        "$(awk '/MemTotal/ { printf "%d", $2 / 1024 }' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf -- '- java: %s%s\n' "$(java -version 2>&1 | head -n 1)" "${QUIRE_JAVA_OPTS:+, options: $QUIRE_JAVA_OPTS}"
    [[ "${QUIRE_LAUNCHER:-0}" == 1 ]] && printf -- '- Quire run through bin/quire (C1 only, SerialGC, class-data archive)\n'
    printf -- '- jar: %s (modified %s); repository at commit %s\n' "${JAR#"$ROOT"/}" \
        "$(date -r "$JAR" '+%Y-%m-%d %H:%M')" "$commit"
    printf -- '- corpus: gen_corpus.py sha256 %s\n' "$(sha256sum "$SHARED/gen_corpus.py" | cut -c1-12)"
}
