# bash completion for chainrisk (installed as share/bash-completion/completions/chainrisk).
# Commands, options and values follow docs/cli.md; a test checks that every command and
# option of `chainrisk ... --help` is offered. Works with or without the bash-completion
# package.

# COMPREPLY from `compgen ARGS`, one candidate a line (file names may hold blanks).
_chainrisk_reply() {
  mapfile -t COMPREPLY < <(compgen "$@")
}

_chainrisk_files() {
  compopt -o filenames 2>/dev/null
  _chainrisk_reply -f -- "$1"
}

_chainrisk_dirs() {
  compopt -o filenames 2>/dev/null
  _chainrisk_reply -d -- "$1"
}

# The --format values of a command path (`scan`, `data info`, ...).
_chainrisk_formats() {
  case $1 in
    scan | batch) echo "table json ndjson csv sarif junit markdown html" ;;
    commodity | country | entity) echo "table json markdown" ;;
    *) echo "table json" ;;
  esac
}

# The options of a command path, global options excluded.
_chainrisk_options() {
  case $1 in
    scan) echo "--format -o --output --fail-on --ignore --min-level --jobs" ;;
    validate) echo "--strict" ;;
    explain) echo "--line --id --format" ;;
    commodity | country) echo "--format" ;;
    entity) echo "--limit --format" ;;
    "data info") echo "--format" ;;
    "data import") echo "--out --version --id --published --publisher --title --source --license" ;;
    batch) echo "--out --format --jobs --fail-on --min-level --ignore" ;;
  esac
}

# Options that take a value: the next word is their value, not a command or a file.
_chainrisk_takes_value() {
  case $2 in
    --data | --policy | --color | --log-level | --config | --format | -o | --output | --fail-on | --ignore | \
      --min-level | --jobs | --line | --id | --limit | --out | --published | --publisher | --title | --source | \
      --license)
      return 0 ;;
    --version) [ "$1" = "data import" ] ;;  # the edition there; a flag everywhere else
    *) return 1 ;;
  esac
}

_chainrisk() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  # `--format=js`: bash splits at '=' (COMP_WORDBREAKS), so the option is one word further back.
  if [ "$cur" = "=" ]; then
    cur=""
  elif [ "$prev" = "=" ] && [ "$COMP_CWORD" -ge 2 ]; then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi

  local commands="scan validate explain commodity country entity data batch"
  local global="--data --no-default-data --policy --color -q --quiet -v --verbose --log-level --config --no-config --help"
  local levels="none low medium high critical"

  # The command path so far, skipping options and their values (global options may come
  # before or after the command); `positionals` counts the words after the path.
  local path="" positionals=0 i word
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    case $word in
      = ) continue ;;
      -*=*) continue ;;
      -*)
        if _chainrisk_takes_value "$path" "$word"; then
          [ "${COMP_WORDS[i + 1]}" = "=" ] && i=$((i + 1))
          i=$((i + 1))
        fi
        continue ;;
    esac
    if [ -z "$path" ]; then
      path=$word
    elif [ "$path" = data ] && [ "$positionals" -eq 0 ]; then
      path="data $word"
    else
      positionals=$((positionals + 1))
    fi
  done

  case $prev in
    --format)
      _chainrisk_reply -W "$(_chainrisk_formats "$path")" -- "$cur"
      return ;;
    --fail-on | --min-level)
      _chainrisk_reply -W "$levels" -- "$cur"
      return ;;
    --color)
      _chainrisk_reply -W "auto always never" -- "$cur"
      return ;;
    --log-level)
      _chainrisk_reply -W "trace debug info warn error off" -- "$cur"
      return ;;
    --data | --out)
      _chainrisk_dirs "$cur"
      return ;;
    --policy | --ignore | --config | -o | --output)
      _chainrisk_files "$cur"
      return ;;
    --jobs | --line | --id | --limit | --published | --publisher | --title | --source | --license)
      COMPREPLY=()
      return ;;
    --version)
      if [ "$path" = "data import" ]; then
        COMPREPLY=()
        return
      fi ;;
  esac

  if [[ $cur == -* ]]; then
    local options="$global"
    [ -z "$path" ] && options="$options --version"
    _chainrisk_reply -W "$(_chainrisk_options "$path") $options" -- "$cur"
    return
  fi

  case $path in
    "") _chainrisk_reply -W "$commands" -- "$cur" ;;
    data) _chainrisk_reply -W "info validate import" -- "$cur" ;;
    "data validate") _chainrisk_dirs "$cur" ;;
    "data import")
      if [ "$positionals" -eq 0 ]; then
        _chainrisk_reply -W "dol tip-tiers uflpa findings" -- "$cur"
      else
        _chainrisk_files "$cur"
      fi ;;
    commodity | country | entity | "data info") COMPREPLY=() ;;
    *) _chainrisk_files "$cur" ;;
  esac
}

complete -F _chainrisk chainrisk
