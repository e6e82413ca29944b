# Shared by eval/rebuild and eval/score (sourced, not run): paths, messages, and the corpus tool
# (io.github.sockcheck.eval.CorpusMain, built from this module with the engines it measures).

EVAL=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$EVAL")
WORK=${EVAL_WORK:-$EVAL/work}
MIRRORS=${EVAL_MIRRORS:-/work/.mirror}
LABELS=${EVAL_LABELS:-$EVAL/labels.yaml}
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

say() { printf '[eval] %s\n' "$*" >&2; }
die() { printf '[eval] ERROR: %s\n' "$*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing ($2)"; }

# Builds the eval module and everything it depends on (the engines under test), unless EVAL_SKIP_BUILD=1.
build_tool() {
  if [[ ${EVAL_SKIP_BUILD:-0} == 1 && -f $EVAL/target/classpath.txt ]]; then return; fi
  say "building the engines and the corpus tool (mvn -pl eval -am package -DskipTests)"
  (cd "$ROOT" && mvn -B -q -ntp -Dstyle.color=never ${EVAL_MAVEN_OPTS:-} -pl eval -am package -DskipTests -Dinvoker.skip) \
    || die "building the eval module failed"
}

corpus() {
  java ${EVAL_JAVA_OPTS:-} -cp "$EVAL/target/classes:$(cat "$EVAL/target/classpath.txt")" \
    io.github.sockcheck.eval.CorpusMain "$@"
}
