#!/usr/bin/env bash
# Lints every BPMN model under processes/ with bpmnlint (rules: .bpmnlintrc at the repo root:
# bpmnlint:recommended + camunda-compat for Camunda 7.24). The toolchain is pinned in
# .ci/lint/package.json / package-lock.json and installed with `npm ci`.
# Exits non-zero on any lint error (warnings are printed but do not fail).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

npm ci --prefix .ci/lint --no-audit --no-fund

models=()
while IFS= read -r -d '' f; do
  models+=("$f")
done < <(find processes -type f -name '*.bpmn' -print0 | sort -z)

if [ "${#models[@]}" -eq 0 ]; then
  echo "lint-models: no BPMN files found under processes/" >&2
  exit 1
fi

echo "lint-models: linting ${#models[@]} BPMN file(s):"
printf '  %s\n' "${models[@]}"

# bpmnlint resolves the plugin named in .bpmnlintrc from the working directory;
# the toolchain lives in .ci/lint/node_modules, so point Node's module lookup there.
NODE_PATH="$PWD/.ci/lint/node_modules${NODE_PATH:+:$NODE_PATH}" \
  .ci/lint/node_modules/.bin/bpmnlint --config .bpmnlintrc "${models[@]}"

echo "lint-models: OK, no lint errors"
