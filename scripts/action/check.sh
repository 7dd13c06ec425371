#!/usr/bin/env bash
# The action's check step: writes SARIF, then prints the findings as workflow commands (inline
# annotations) and fails the step the way `macroplan check` exits. Inputs come as INPUT_* env.
set -uo pipefail
cd "${GITHUB_WORKSPACE:?}"

paths=()
if [[ "${INPUT_PATHS:-}" == *$'\n'* ]]; then
  while IFS= read -r p; do [[ -n "${p//[[:space:]]/}" ]] && paths+=("$p"); done <<<"$INPUT_PATHS"
else
  read -r -a paths <<<"${INPUT_PATHS:-.}"
fi
((${#paths[@]})) || paths=(.)

opts=()
[[ -n "${INPUT_PROFILE:-}" ]] && opts+=(--profile "$INPUT_PROFILE")
case "${INPUT_FAIL_ON_WARNINGS:-false}" in
  true) opts+=(--max-warnings 0) ;;
  false | '') ;;
  *) echo "::error title=macroplan::fail-on-warnings must be true or false, not \"$INPUT_FAIL_ON_WARNINGS\""; exit 2 ;;
esac
extra=()
read -r -a extra <<<"${INPUT_ARGS:-}"

sarif="${INPUT_SARIF_FILE:-${RUNNER_TEMP:?}/macroplan.sarif}"
mkdir -p "$(dirname "$sarif")"
mp=(node "$GITHUB_ACTION_PATH/bin/macroplan.js" check)

# SARIF first, so the report exists for upload-sarif even when the check fails the step.
"${mp[@]}" "${paths[@]}" "${opts[@]}" "${extra[@]}" --format sarif >"$sarif"
sarif_code=$?
echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
if ((sarif_code == 2)); then
  echo "exit-code=2" >>"$GITHUB_OUTPUT"
  exit 2
fi

"${mp[@]}" "${paths[@]}" "${opts[@]}" "${extra[@]}" --format github
code=$?
echo "exit-code=$code" >>"$GITHUB_OUTPUT"
exit "$code"
