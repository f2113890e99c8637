# Sourced by the completion tests: `complete_bash LINE` prints, one a line, what the bash
# completion of chainrisk offers for LINE (the cursor at its end), as bash would compute it:
# LINE split into COMP_WORDS at blanks and at COMP_WORDBREAKS' '=', then _chainrisk called.
complete_bash() {
  local line=$1 words=() word
  read -r -a words <<<"${line//=/ = }"
  [[ $line == *" " ]] && words+=("")
  COMP_WORDS=("${words[@]}")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$line
  COMP_POINT=${#line}
  COMPREPLY=()
  _chainrisk chainrisk "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  for word in "${COMPREPLY[@]}"; do printf '%s\n' "$word"; done
}
