#!/usr/bin/env bash
# The figures on the sealed test splits (gold/dev/test, gold/facts/test), as README reports
# them: read them in aggregate and per document only, once, at the end of a session; never
# read a test document's errors to write rules.
#
#   bash benchmarks/measure_test.sh TAG [ROOT]
#
# Writes into ROOT/TAG (ROOT defaults to /tmp/measure-test):
#   mentions-rules.txt   the default pipeline, per label, per document and the errors
#                        counted by kind (counts only: where errors lie, no text)
#   mentions-crf.txt     the same with --crf
#   mentions-first9.txt  the default pipeline on t03-t11 alone (the split until the
#                        twenty-first session, for comparison with earlier sessions)
#   facts.txt            facts of `run --no-ner` and of the baseline, per document, and the
#                        paired facts' differences by field and shape (counts only)
set -euo pipefail
tag=${1:?usage: measure_test.sh TAG [ROOT]}
root=${2:-/tmp/measure-test}
dir=$root/$tag
rm -rf "$dir"; mkdir -p "$dir/texts" "$dir/facts-texts"
for g in gold/dev/test/*.jsonl; do
  cp "gold/dev/texts/$(basename "$g" .jsonl).txt" "$dir/texts/"
done
policy-extract run "$dir/texts" -o "$dir/out" > "$dir/run.log" 2>&1
policy-extract run "$dir/texts" -o "$dir/out-crf" --crf > "$dir/run-crf.log" 2>&1
policy-extract score gold/dev/test/*.jsonl --pred "$dir/out" --by-document --error-kinds \
  > "$dir/mentions-rules.txt"
policy-extract score gold/dev/test/*.jsonl --pred "$dir/out-crf" --by-document > "$dir/mentions-crf.txt"
first9=$(ls gold/dev/test/dev-t0[3-9]-*.jsonl gold/dev/test/dev-t1[01]-*.jsonl)
policy-extract score $first9 --pred "$dir/out" --by-document > "$dir/mentions-first9.txt"
for g in gold/facts/test/*.facts.jsonl; do  # each file names its text as "source"
  cp "$(python -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["source"])' "$g")" "$dir/facts-texts/"
done
policy-extract run "$dir/facts-texts" -o "$dir/facts-out" --no-ner > "$dir/facts-run.log" 2>&1
policy-extract run "$dir/facts-texts" -o "$dir/facts-base" --no-ner --facts-method baseline \
  > "$dir/facts-base.log" 2>&1
policy-extract score --facts gold/facts/test/*.jsonl --pred "$dir/facts-out" \
  --facts-baseline "$dir/facts-base" --error-kinds > "$dir/facts.txt"
grep -m2 -E "^(all micro|headline)" "$dir/mentions-rules.txt" "$dir/mentions-crf.txt" "$dir/mentions-first9.txt" || true
grep -m2 -E "^(facts-out|ftest|facts-base)" "$dir/facts.txt" || head -4 "$dir/facts.txt"
