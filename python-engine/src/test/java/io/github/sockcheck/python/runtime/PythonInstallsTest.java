package io.github.sockcheck.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.sockcheck.python.gunicorn.ShellWords;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interpreter a RUN line installs, the word that names it (where it is reported) and how it is
 * described.
 */
class PythonInstallsTest {

  private static String found(String shell) {
    PythonInstalls.Found f = PythonInstalls.find(ShellWords.split(shell));
    return f == null
        ? ""
        : f.version() + " | " + f.command() + " | " + f.word().start() + "-" + f.word().end();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '!',
      quoteCharacter = '`',
      value = {
        "apt-get install -y python3.9 ! 3.9 | apt-get install python3.9 | 19-28",
        "apt install python3.11-venv python3.11 ! 3.11 | apt install python3.11 | 28-38",
        "apt-get install -y python3.11-dev python3.11-venv ! 3.11 | apt-get install python3.11-dev | 19-33",
        "yum install -y python39 ! 3.9 | yum install python39 | 15-23",
        "dnf install python3.12 ! 3.12 | dnf install python3.12 | 12-22",
        "microdnf install python311-devel ! 3.11 | microdnf install python311-devel | 17-32",
        "apk add python3.10 ! 3.10 | apk add python3.10 | 8-18",
        "zypper install python311 ! 3.11 | zypper install python311 | 15-24",
        "apt-get install -y python3 python3-pip ! ``",
        "apt-get update python3.9 ! ``",
        "apt-get install -y python2.7 ! ``",
        "apt-get install -y python3.9.1 ! ``",
        "pyenv install 3.11.4 ! 3.11.4 | pyenv install 3.11.4 | 14-20",
        "pyenv global 3.10 ! 3.10 | pyenv global 3.10 | 13-17",
        "pyenv install -s 3.9.* ! 3.9 | pyenv install -s 3.9.* | 17-22",
        "pyenv install 2.7.18 ! ``",
        "pyenv versions 3.11 ! ``",
        "uv python install 3.12 ! 3.12 | uv python install 3.12 | 18-22",
        "uv python list 3.12 ! ``",
        "uv python ! ``",
        "conda install -y python=3.10 ! 3.10 | conda install python=3.10 | 17-28",
        "mamba create -n env python==3.8.5 ! 3.8.5 | mamba create python==3.8.5 | 20-33",
        "micromamba install python=3.11.* ! 3.11 | micromamba install python=3.11.* | 19-32",
        "conda remove python=3.10 ! ``",
        "conda install python ! ``",
        "apt-get install -y python3.8 && pyenv install 3.12.1 ! 3.12.1 | pyenv install 3.12.1 | 46-52",
        "pyenv install 3.12.1 && apt-get install -y python3.8 ! 3.8 | apt-get install python3.8 | 43-52",
        "apt-get install ! ``",
        "echo apt-get install python3.9 ! ``"
      })
  void interpreterInstalls(String shell, String expected) {
    assertEquals(expected, found(shell));
  }
}
