package io.github.sockcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.python.gunicorn.GunicornConfReader;
import io.github.sockcheck.python.gunicorn.ProcfileReader;
import io.github.sockcheck.python.gunicorn.WorkerFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worker class gunicorn's config file, a Procfile and a shell script set, with the exact place
 * each is reported at (the related location of a finding), and the config files a {@code -c} names.
 */
class GunicornSettingsTest {

  @TempDir Path root;

  private String conf(String python) throws Exception {
    Path file = root.resolve("gunicorn.conf.py");
    Files.writeString(file, python);
    RecordingSink sink = new RecordingSink();
    GunicornConfReader.read(sink.facts(root), file, new WorkerFinder(sink.facts(root)));
    return workers(sink) + problems(sink);
  }

  private static String workers(RecordingSink sink) {
    return sink.configs().stream()
        .map(c -> c.value() + "@" + FactLines.span(c.declaredAt()))
        .collect(Collectors.joining(" "));
  }

  private static String problems(RecordingSink sink) {
    return sink.notifications().stream()
        .map(n -> " problem@" + n.location().startLine())
        .collect(Collectors.joining());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '!',
      quoteCharacter = '`',
      value = {
        "worker_class = 'gevent' ! gevent@1:16-24",
        "`worker_class = \"gev\" 'ent'` ! gevent@1:16-21",
        "`worker_class='egg:gunicorn#gevent'` ! gevent@1:14-35",
        "`import os\nworker_class = os.getenv('W', 'eventlet')` ! eventlet@2:31-41",
        "worker_class = os.environ.get('W', 'gthread') ! gthread@1:36-45",
        "worker_class = environ.get('W', 'gthread') ! gthread@1:33-42",
        "worker_class = getenv('W', 'tornado') ! tornado@1:28-37",
        "worker_class = os.getenv('W') ! ``",
        "worker_class = os.getenv('W', default) ! ``",
        "worker_class = choose('W', 'gevent') ! ``",
        "worker_class = f'{x}' ! ``",
        "worker_class = 'a' + x ! ``",
        "worker_class = WORKER ! ``",
        "worker_class == 'gevent' ! ``",
        "worker_class ! ``",
        "conf.worker_class = 'gevent' ! ``",
        "`# worker_class = 'gevent'` ! ``",
        "`x = 'worker_class = \"gevent\"'` ! ``",
        "`x = 1; worker_class = 'gevent'` ! gevent@1:23-31",
        "`if True:\n    worker_class = 'sync'` ! sync@2:20-26",
        "`worker_class = '''gev\nent'''` ! `gev\nent@1:16-17`",
        "worker_class = '' ! ``",
        "`worker_class = 'gevent'\nworker_class = 'eventlet'` ! gevent@1:16-24 eventlet@2:16-26"
      })
  void workerClassInTheConfigFile(String python, String expected) throws Exception {
    assertEquals(expected, conf(python));
  }

  @Test
  void aConfigFileThatDoesNotTokenizeIsReportedAndReadAsFarAsItGoes() throws Exception {
    assertEquals("gevent@1:16-24 problem@2", conf("worker_class = 'gevent'\nx = 'open\n"));
  }

  @Test
  void procfileLinesAndScripts() throws Exception {
    Path procfile = root.resolve("Procfile");
    Files.writeString(
        procfile,
        String.join(
            "\n",
            "# web: gunicorn -k eventlet app",
            "web: gunicorn -k gevent app",
            "release: python manage.py migrate",
            "no colon here gunicorn -k tornado",
            "worker:gunicorn --worker-class=gthread -c conf.py app"));
    RecordingSink sink = new RecordingSink();
    WorkerFinder workers = new WorkerFinder(sink.facts(root));
    ProcfileReader.procfile(sink.facts(root), procfile, workers);
    assertEquals("gevent@2:18-24 gthread@5:17-39", workers(sink));
    assertEquals(
        "conf.py@5:43-50 in Procfile",
        workers.configs().stream()
            .map(c -> c.value() + "@" + FactLines.span(c.at()) + " in " + c.namedIn().getFileName())
            .collect(Collectors.joining(" ")));

    Path script = root.resolve("run.sh");
    Files.writeString(
        script,
        "export GUNICORN_CMD_ARGS=\"--worker-class eventlet\"\n"
            + "GUNICORN_CMD_ARGS: \"-k gevent\"\nexec gunicorn -k $WORKER app\ngunicorn -k '' app\n");
    RecordingSink scriptSink = new RecordingSink();
    ProcfileReader.shellScript(
        scriptSink.facts(root), script, new WorkerFinder(scriptSink.facts(root)));
    assertEquals(
        "eventlet@1:8-51 gevent@2:1-19",
        workers(scriptSink),
        "GUNICORN_CMD_ARGS is reported at the assignment; a variable or empty worker class names none");
  }

  @Test
  void unreadableFilesAreProblems() throws Exception {
    RecordingSink sink = new RecordingSink();
    Path missing = root.resolve("missing");
    ProcfileReader.procfile(sink.facts(root), missing, new WorkerFinder(sink.facts(root)));
    ProcfileReader.shellScript(sink.facts(root), missing, new WorkerFinder(sink.facts(root)));
    GunicornConfReader.read(sink.facts(root), missing, new WorkerFinder(sink.facts(root)));
    assertEquals(3, sink.notifications().size());
    assertEquals("", workers(sink));
  }
}
