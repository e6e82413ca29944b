package io.github.sockcheck.python.gunicorn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The program each simple command runs, past wrappers, interpreters, runners and {@code sh -c}, and
 * its arguments.
 */
class CommandLinesTest {

  private static String commands(String shell) {
    return CommandLines.of(ShellWords.split(shell)).stream()
        .map(
            c ->
                c.program()
                    + "("
                    + c.args().stream().map(ShellWords.Word::text).collect(Collectors.joining(" "))
                    + ")")
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '!',
      quoteCharacter = '`',
      value = {
        "gunicorn app ! gunicorn(app)",
        "/usr/local/bin/gunicorn app ! gunicorn(app)",
        "A=1 B= gunicorn app ! gunicorn(app)",
        "exec nohup time nice gunicorn app ! gunicorn(app)",
        "env -u X -C /srv -S y A=1 -i gunicorn app ! gunicorn(app)",
        "sudo -u www -g grp -E gunicorn app ! gunicorn(app)",
        "su-exec app gunicorn app ! gunicorn(app)",
        "gosu ! ``",
        "newrelic-admin run-program gunicorn app ! gunicorn(app)",
        "newrelic-admin record-deploy x ! newrelic-admin(record-deploy x)",
        "python3.11 -u -X dev -W error -m gunicorn app ! gunicorn(app)",
        "pypy3 -m pip install x ! pip(install x)",
        "python -m ! ``",
        "python script.py -m gunicorn ! ``",
        "python ! ``",
        "pip3.11 install x ! pip(install x)",
        "pip3 install x ! pip(install x)",
        "pipx install x ! pipx(install x)",
        "uv pip install x ! pip(install x)",
        "uv run --frozen --with x gunicorn app ! gunicorn(app)",
        "uv run --with=x -p 3.12 --env-file .env gunicorn app ! gunicorn(app)",
        "poetry run -C /srv gunicorn app ! gunicorn(app)",
        "uv run --with ! ``",
        "poetry run gunicorn app ! gunicorn(app)",
        "pipenv run python -m gunicorn app ! gunicorn(app)",
        "poetry install ! poetry(install)",
        "uv ! uv()",
        "uv run ! ``",
        "pdm run -- gunicorn app ! gunicorn(app)",
        "sh -c 'gunicorn app; celery worker' ! gunicorn(app) celery(worker)",
        "bash -ec 'gunicorn app' ! gunicorn(app)",
        "bash -e -c 'gunicorn app' ! gunicorn(app)",
        "bash --login -c 'gunicorn app' ! gunicorn(app)",
        "bash script.sh ! bash(script.sh)",
        "sh -c ! sh(-c)",
        "a; b && c | d ! a() b() c() d()",
        "`sh -c \"sh -c 'sh -c \\\"sh -c \\\\\\\"sh -c x\\\\\\\"\\\"'\"` ! sh(-c x)"
      })
  void programsAndTheirArguments(String shell, String expected) {
    assertEquals(expected, commands(shell));
  }
}
