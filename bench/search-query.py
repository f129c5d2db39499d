#!/usr/bin/env python3
"""What one search query costs the reader: replays search.js's fetches on a built site.

Usage: bench/search-query.py OUT_DIR [WORD...]

For each word (default: 30 words drawn with a fixed seed from the index's own vocabulary), it does what
templates/assets/search.js does for a one-word query typed and finished with a space: fetch
search/index.json, the chunk of the word, and the page files of the top results (10 sections, at most
3 per page). It prints the chunks fetched and the bytes transferred, raw and gzip-compressed (static
hosts compress JSON), per word, and their median and maximum; plus the index's size on disk.
"""
import gzip
import json
import os
import random
import statistics
import sys


def load(out, path):
    with open(os.path.join(out, "search", path), "rb") as f:
        return f.read()


def chunk_key(word, keys):
    best = None
    for k in keys:
        if word.startswith(k) and (best is None or len(k) > len(best)):
            best = k
    return best


def query(out, manifest, word):
    files = ["index.json"]
    key = chunk_key(word, manifest["chunks"])
    if key is None:
        return files, []
    files.append(manifest["chunks"][key])
    chunk = json.loads(load(out, manifest["chunks"][key]))
    if word not in chunk["w"]:
        return files, []
    postings = chunk["s"][chunk["w"][word]]
    ranked, page = [], 0
    for i in range(0, len(postings), 3):
        page += postings[i]
        ranked.append((page in manifest["deprecated"], -postings[i + 2], page, postings[i + 1]))
    ranked.sort()
    shown, per_page = [], {}
    for _, _, page, section in ranked:
        if len(shown) == 10:
            break
        if per_page.get(page, 0) < 3:
            per_page[page] = per_page.get(page, 0) + 1
            shown.append(page)
    for page in dict.fromkeys(shown):
        files.append("p/%d.json" % page)
    return files, shown


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    manifest = json.loads(load(out, "index.json"))
    words = sys.argv[2:]
    if not words:
        vocabulary = []
        for file in sorted(set(manifest["chunks"].values())):
            vocabulary.extend(json.loads(load(out, file))["w"].keys())
        words = random.Random(7).sample(sorted(vocabulary), min(30, len(vocabulary)))
    raw_sizes, gz_sizes = [], []
    for word in words:
        files, shown = query(out, manifest, word)
        raw = sum(len(load(out, f)) for f in files)
        gz = sum(len(gzip.compress(load(out, f))) for f in files)
        raw_sizes.append(raw)
        gz_sizes.append(gz)
        chunks = sum(1 for f in files if f.startswith("c/"))
        print("%-20s %d chunk(s), %2d files, %7d B raw, %6d B gzip, %d results" % (word, chunks, len(files), raw, gz, len(shown)))
    total = 0
    count = 0
    for root, _, names in os.walk(os.path.join(out, "search")):
        for n in names:
            total += os.path.getsize(os.path.join(root, n))
            count += 1
    print("index: %d files, %.1f MB; index.json %d B; %d chunks" % (count, total / 1e6, len(load(out, "index.json")),
                                                                   len(set(manifest["chunks"].values()))))
    print("per one-word query: median %d B raw / %d B gzip, max %d B raw / %d B gzip" % (
        statistics.median(raw_sizes), statistics.median(gz_sizes), max(raw_sizes), max(gz_sizes)))


if __name__ == "__main__":
    main()
