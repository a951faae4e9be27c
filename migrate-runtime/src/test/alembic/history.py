"""Prints what the real `alembic history -r START:END` lists for the graphs of expected.py.

RevisionMapHistoryTest hard-codes these results; this script is how they were obtained and how to
check them again. Unlike expected.py it runs Alembic's own command (alembic.command.history, the
function behind `alembic history -r`), against a throw-away SQLite database whose alembic_version
table holds the case's current rows, so that `current` is read from a database as the CLI does.

Run (Debian, Alembic 1.8.1, with its python3-sqlalchemy), from the repository root:

    apt-get update && apt-get install -y python3-alembic
    /usr/bin/python3 migrate-runtime/src/test/alembic/history.py

Output, one line per case:  <scenario> [<current rows>] '<range>' => <ids, newest first>
or  ERROR <exception class>: <Alembic's message>.
"""
import importlib.util
import io
import os
import re
import sqlite3
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("expected", os.path.join(HERE, "expected.py"))
expected = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(expected)

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402

ENV_PY = """
from alembic import context
from sqlalchemy import create_engine
engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
with engine.connect() as connection:
    context.configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()
"""

CASES = [
    ("linear", [], "a2:a3"), ("linear", [], ":"), ("linear", [], "a2:"), ("linear", [], ":a2"),
    ("linear", ["a3"], "current:"), ("linear", ["a3"], ":current"), ("linear", [], ":current"),
    ("linear", [], "current:"), ("linear", ["a4"], "-2:current"), ("linear", ["a3"], "-1:current"),
    ("linear", ["a2"], "-1:current"), ("linear", ["a3"], "current:+1"), ("linear", ["a2"], "current:+5"),
    ("linear", [], "current:+1"), ("linear", [], "a1:+10"), ("linear", [], "-1:"), ("linear", [], "-2:a3"),
    ("linear", [], "-10:a2"), ("linear", [], "-10:"), ("linear", [], "a3:a1"), ("linear", [], "nope:"),
    ("linear", [], "a2"), ("linear", [], "a1:a2:a3"), ("linear", [], "base:base"), ("linear", [], "heads:heads"),
    ("linear", [], "a2:a2"), ("linear", [], "+1:"), ("linear", [], "a1+1:"), ("linear", [], "a3-1:"),
    ("linear", [], ":a1+2"), ("linear", [], ":a4-1"), ("linear", [], ":-1"), ("linear", [], "base:+2"),
    ("linear", [], "a2:+1"), ("linear", [], ":+1"), ("linear", [], "head:"), ("linear", [], ":head"),
    ("linear", [], ":base"), ("linear", [], "a:"), ("linear", [], "a2:heads"), ("linear", [], "a2:a2+1"),
    ("linear", ["a2"], "current:current"), ("linear", ["a2"], "current:heads"), ("linear", ["a2"], "base:current"),
    ("linear", [], "a2:a1+1"), ("linear", [], "base:-1"), ("linear", [], "a4:a2+1"), ("linear", [], " a2 : a3"),
    ("forest", [], ":"), ("forest", [], "a1:"), ("forest", [], "b1:"), ("forest", [], ":a2"), ("forest", [], ":head"),
    ("forest", [], "alpha:"), ("forest", [], "alpha@base:"), ("forest", [], "beta@base:"),
    ("forest", [], ":beta@head"), ("forest", [], ":alpha@heads"), ("forest", [], "alpha@a2:"),
    ("forest", [], "beta@a2:"), ("forest", [], "a1:b2"), ("forest", [], "-1:"), ("forest", [], "alpha@-1:"),
    ("forest", [], "beta@base:heads"), ("forest", [], "base:alpha@head"), ("forest", [], "beta@base:alpha@head"),
    ("forest", ["a2", "b1"], "current:"), ("forest", ["a2", "b1"], ":current"),
    ("forest", ["a2", "b1"], "current:+1"), ("forest", ["a2", "b1"], "current:alpha@+1"),
    ("forest", ["a2", "b1"], "-1:current"), ("forest", [], "alpha@a1:"), ("forest", [], "heads:+1"),
    ("forest", [], "base:+1"), ("forest", [], "base:beta@+1"), ("forest", ["a2", "b2"], "current:"),
    ("diamond", [], ":"), ("diamond", [], "r1a:"), ("diamond", [], "r1b:"), ("diamond", [], "r0:r2"),
    ("diamond", [], "r1a:r2"), ("diamond", [], "r1a:r1b"), ("diamond", [], "-1:"), ("diamond", [], "-3:"),
    ("diamond", [], "r0:+1"), ("diamond", [], "r1a:+1"), ("diamond", [], ":r1a"),
    ("diamond", ["r1a", "r1b"], "current:"), ("diamond", ["r1a", "r1b"], ":current"),
    ("split", [], ":"), ("split", [], "r1:"), ("split", [], "c1:"), ("split", [], "left@base:"),
    ("split", [], "left@r1:"), ("split", [], "c1:d2"), ("split", [], "r1:left@head"), ("split", [], ":left@head"),
    ("split", [], "left@r0:"), ("split", [], "-1:"), ("split", [], "left@-1:"), ("split", [], "right@-1:"),
    ("split", [], "c1@base:"), ("split", [], "r1@base:"), ("split", [], "c2@base:"), ("split", [], "left@base:c1"),
    ("split", [], "left@base:r1"), ("split", [], "left@-2:"), ("split", [], "r1:+1"), ("split", [], "r1:left@+1"),
    ("split", [], "r0:left@+2"), ("split", [], "c2:+1"),
    ("crossdep", [], ":"), ("crossdep", [], "a2:"), ("crossdep", [], "a2:b2"), ("crossdep", [], "b1:"),
    ("crossdep", [], ":b2"), ("crossdep", [], "beta@base:"), ("crossdep", [], "alpha@base:"),
    ("partial", [], "ab:"), ("partial", [], "abc1:"), ("partial", [], "b7:"), ("partial", [], "zz:"),
    ("three", [], "x:"), ("three", [], "x:m"), ("three", [], "r0:x"),
    ("mergedep", [], ":"), ("mergedep", [], "c1:"), ("mergedep", [], ":m"), ("mergedep", [], "gamma@base:"),
    ("basedep", [], "a1:"), ("basedep", [], "beta@base:"), ("basedep", [], ":b2"),
]


def config(name, current):
    root = expected.script_dir(expected.SCENARIOS[name]).dir
    with open(os.path.join(root, "env.py"), "w") as f:
        f.write(ENV_PY)
    db = os.path.join(root, "db.sqlite")
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    connection.executemany("INSERT INTO alembic_version VALUES (?)", [(row,) for row in current])
    connection.commit()
    connection.close()
    out = io.StringIO()
    cfg = Config(stdout=out)
    cfg.set_main_option("script_location", root)
    cfg.set_main_option("sqlalchemy.url", "sqlite:///" + db)
    return cfg, out


def main():
    for name, current, rev_range in CASES:
        cfg, out = config(name, current)
        try:
            command.history(cfg, rev_range)
            result = " ".join(re.search(r"-> (\w+)", line).group(1) for line in out.getvalue().splitlines() if line)
        except Exception as e:  # noqa: BLE001 - every refusal is a result here
            result = "ERROR %s: %s" % (type(e).__name__, e)
        print("%s [%s] %r => %s" % (name, ",".join(current), rev_range, result))


if __name__ == "__main__":
    main()
