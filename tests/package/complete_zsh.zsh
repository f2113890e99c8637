# For each line read on stdin, prints the line, a tab and what the zsh completion of
# chainrisk offers for it (the cursor at its end), sorted and blank-separated. It drives an
# interactive `zsh -f` on a pseudo-terminal (zpty) with compinit and COMPLETION_DIR first on
# fpath, and binds a completion widget that records every candidate given to compadd.
# Usage: zsh complete_zsh.zsh COMPLETION_DIR SCRATCH_DIR <lines
zmodload zsh/zpty || exit 77
dir=$1 log=$2/candidates
zpty shell zsh -f -i
n=0
# Run a command in the shell and wait until it has run (the marker is split so the echo of
# the typed line does not match).
run() {
  n=$((n + 1))
  zpty -w shell "$1; echo STEP''$n"
  zpty -r shell out "*STEP$n*"
}
run "PROMPT=; fpath=($dir \$fpath); autoload -U compinit; compinit -u -D"
run "record() { compadd() { local -a m; builtin compadd -O m \"\$@\"; print -rl -- \$m >>$log; builtin compadd \"\$@\"; }; _main_complete; unfunction compadd; }"
run 'zle -C record-completion complete-word record; bindkey "^Y" record-completion'
# One completion made and thrown away: the first of a session loads the completion
# system, and on a loaded machine it has come back empty (CI, 'chainrisk -').
run "chainrisk -"$'\C-y\C-u'
while IFS= read -r line; do
  # Type the line, complete it, wipe it, then run only the marker. A completion that came
  # back empty is tried again (twice at most): on a loaded machine (the sanitizer build in
  # CI) one did, after the throwaway above, while every line of the test offers something.
  got=
  for try in 1 2 3; do
    : >$log
    run "$line"$'\C-y\C-u'
    got="$(grep -v '^$' $log | LC_ALL=C sort -u | paste -sd' ')"
    [[ -n $got ]] && break
  done
  print -r -- "$line"$'\t'"$got"
done
zpty -d shell
