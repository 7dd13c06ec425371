#!/usr/bin/env bash
# The action's check step: one `macroplan check` prints the findings as workflow commands (inline
# annotations), writes the SARIF report, and fails the step the way it exits. Inputs come as
# INPUT_* env.
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

# One run: annotations on standard output, the SARIF report into its file (written whatever the
# findings, so upload-sarif has it even when the check fails the step).
rm -f "$sarif"
"${mp[@]}" "${paths[@]}" "${opts[@]}" "${extra[@]}" --format github --sarif-file "$sarif"
code=$?
[[ -f "$sarif" ]] && echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
echo "exit-code=$code" >>"$GITHUB_OUTPUT"
exit "$code"
