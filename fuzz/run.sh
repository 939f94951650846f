#!/bin/sh
# fuzz/run.sh [SECONDS]: build the parser fuzz target with clang + libFuzzer and run it on a corpus
# seeded from tests/fixtures/syntax.
set -e
secs=${1:-60}
mkdir -p build/fuzz/corpus
srcs=$(ls src/syntax/*.c src/util/*.c | grep -v '/cmd_' | grep -v read_file)
clang -g -O1 -fsanitize=fuzzer,address,undefined -std=c17 -D_GNU_SOURCE -Isrc -o build/fuzz/fuzz_parse fuzz/fuzz_parse.c $srcs -lutf8proc -lm
cp tests/fixtures/syntax/*.py build/fuzz/corpus/ 2>/dev/null || true
build/fuzz/fuzz_parse -max_total_time="$secs" -max_len=4096 -timeout=5 build/fuzz/corpus
