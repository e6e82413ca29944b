package io.github.sockcheck.python.gunicorn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Options are gunicorn's only in a command whose program is gunicorn. */
class GunicornArgsTest {

  private static String found(String shell) {
    List<GunicornArgs.Found> found = GunicornArgs.inCommands(ShellWords.split(shell));
    return String.join(" ", found.stream().map(f -> f.kind() + "=" + f.value()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "gunicorn -k gevent app:app | WORKER_CLASS=gevent",
        "/usr/local/bin/gunicorn --worker-class=gevent app | WORKER_CLASS=gevent",
        "exec gunicorn -kgevent -c conf.py app | WORKER_CLASS=gevent CONFIG=conf.py",
        "FOO=1 BAR=2 gunicorn --worker-class gevent app | WORKER_CLASS=gevent",
        "python3.11 -m gunicorn -k gevent app | WORKER_CLASS=gevent",
        "python -u -m gunicorn -k gevent app | WORKER_CLASS=gevent",
        "poetry run gunicorn -k gevent app | WORKER_CLASS=gevent",
        "uv run --frozen gunicorn -k gevent app | WORKER_CLASS=gevent",
        "uv run --with gevent gunicorn -k gevent app | WORKER_CLASS=gevent",
        "sudo -u www gunicorn -k gevent app | WORKER_CLASS=gevent",
        "gosu app gunicorn -k gevent app | WORKER_CLASS=gevent",
        "ddtrace-run gunicorn -k gevent app | WORKER_CLASS=gevent",
        "newrelic-admin run-program gunicorn -k gevent app | WORKER_CLASS=gevent",
        "sh -c 'exec gunicorn -k gevent app' | WORKER_CLASS=gevent",
        "cd /srv && gunicorn -k gevent app | WORKER_CLASS=gevent",
        "if true; then gunicorn -k gevent app; fi | WORKER_CLASS=gevent",
        // Another program's options, though "gunicorn" is among its words:
        "pip install gunicorn -c constraints.txt | \"\"",
        "echo gunicorn -k gevent | \"\"",
        "echo 'gunicorn -k gevent' | \"\"",
        "celery -A tasks worker -P gevent -c 100 | \"\"",
        "timeout -k 5 60 ./run.sh gunicorn | \"\"",
        "python app.py -m gunicorn -k gevent | \"\"",
        "gunicorn app:app; celery worker -c 4 | \"\"",
      })
  void optionsAreGunicornsOnlyWhenGunicornRuns(String shell, String expected) {
    assertEquals(expected, found(shell));
  }
}
