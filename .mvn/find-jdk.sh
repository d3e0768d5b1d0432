# Sourced by mvnw, copro and .ci/run (POSIX sh): points JAVA_HOME at a JDK 21 or newer.
# The default java on a machine is often older (17 on Debian 12), so look beside it too.

copro_jdk_major() {
  [ -x "$1/bin/javac" ] || { echo 0; return; }
  "$1/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p' | head -n 1
}

copro_find_jdk() {
  copro_candidates=""
  [ -n "${JAVA_HOME-}" ] && copro_candidates="$JAVA_HOME"
  if command -v javac >/dev/null 2>&1; then
    copro_javac="$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)"
    copro_candidates="$copro_candidates
$(dirname "$(dirname "$copro_javac")")"
  fi
  # mvnw runs with `set -f`; the search below needs globbing.
  copro_noglob=0
  case $- in *f*) copro_noglob=1; set +f ;; esac
  for copro_dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$copro_dir" ] && copro_candidates="$copro_candidates
$copro_dir"
  done
  [ "$copro_noglob" = 1 ] && set -f
  copro_best=""
  copro_best_major=0
  copro_seen=""
  copro_old_ifs="$IFS"
  IFS='
'
  for copro_dir in $copro_candidates; do
    [ -n "$copro_dir" ] || continue
    copro_major="$(copro_jdk_major "$copro_dir")"
    [ -n "$copro_major" ] || copro_major=0
    copro_seen="$copro_seen $copro_dir($copro_major)"
    # Keep JAVA_HOME or the java on PATH when it is new enough; otherwise take the newest found.
    if [ "$copro_major" -ge 21 ] && [ "$copro_major" -gt "$copro_best_major" ]; then
      copro_best="$copro_dir"
      copro_best_major="$copro_major"
      [ "$copro_dir" = "${JAVA_HOME-}" ] && break
    fi
  done
  IFS="$copro_old_ifs"
  if [ -z "$copro_best" ]; then
    echo "CoPro needs a JDK 21 or newer, and none was found." >&2
    echo "Looked at:${copro_seen:- nothing}" >&2
    echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$copro_best"
  export JAVA_HOME
}
