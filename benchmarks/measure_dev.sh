#!/usr/bin/env bash
# Development figures on gold/dev/train and gold/facts/train (never the test split).
# These are development figures: the rules were written on this text.
#
#   bash benchmarks/measure_dev.sh TAG [ROOT] [extra run options, e.g. --crf]
#
# Writes ROOT/TAG/{train-rules,d50-rules,facts-train}.txt (ROOT defaults to
# /tmp/measure): train-rules scores every train document (per label, per
# document and the errors by kind), d50-rules only d50 on (the later gold kept as
# a check), and facts-train the facts train gold on a --no-ner run of the same texts.
# train-errors.jsonl lists the mention errors; facts-errors.jsonl the facts errors of
# the facts train documents whose texts are NOT mention-test texts (gold/facts/train
# holds facts gold of dev-t03, t05, t06 and t08, whose texts are sealed as mention
# test: their figures count in facts-train.txt, their errors are never listed).
set -euo pipefail
tag=${1:?usage: measure_dev.sh TAG [ROOT] [run options]}
root=${2:-/tmp/measure}
shift $(( $# >= 2 ? 2 : 1 ))
dir=$root/$tag
rm -rf "$dir"; mkdir -p "$dir/texts"
for g in gold/dev/train/*.jsonl; do
  cp "gold/dev/texts/$(basename "$g" .jsonl).txt" "$dir/texts/"
done
policy-extract run "$dir/texts" -o "$dir/out" "$@" > "$dir/run.log" 2>&1
policy-extract score gold/dev/train/*.jsonl --pred "$dir/out" --by-document --error-kinds \
  --errors "$dir/train-errors.jsonl" > "$dir/train-rules.txt"
late=$(ls gold/dev/train/dev-d[5-9]*.jsonl | awk -F'dev-d' '{split($2,a,"-"); if (a[1]+0 >= 50) print}')
policy-extract score $late --pred "$dir/out" > "$dir/d50-rules.txt"
mkdir -p "$dir/facts-texts"
for g in gold/facts/train/*.facts.jsonl; do  # each file names its text as "source"
  cp "$(python -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["source"])' "$g")" "$dir/facts-texts/"
done
policy-extract run "$dir/facts-texts" -o "$dir/facts-out" --no-ner > "$dir/facts-run.log" 2>&1
policy-extract score --facts gold/facts/train/*.jsonl --pred "$dir/facts-out" > "$dir/facts-train.txt"
readable=$(ls gold/facts/train/*.facts.jsonl | grep -v '/dev-t')
policy-extract score --facts $readable --pred "$dir/facts-out" --errors "$dir/facts-errors.jsonl" \
  > /dev/null
grep -m3 -iE "^\| *(all|core)|micro|strict" "$dir/train-rules.txt" "$dir/d50-rules.txt" "$dir/facts-train.txt" || true
