"""Writes differential.txt: what the real Alembic plans for every graph of expected.py, from every
version-table state an upgrade can leave, for every kind of target. RevisionMapDifferentialTest
replays each line against the Java RevisionMap (no Python needed at test time).

Run (Debian, Alembic 1.8.1), from the repository root:

    apt-get update && apt-get install -y python3-alembic
    PYTHONHASHSEED=0 /usr/bin/python3 migrate-runtime/src/test/alembic/differential.py \\
        > migrate-runtime/src/test/alembic/differential.txt

Format:
  # <graph>          a graph of expected.py's SCENARIOS
  @ <rows>           the version table's rows, comma-separated (empty: no rows)
  u <target> => <result>   upgrade; d ... downgrade; s ... stamp to that one target
  results as in expected.py; a refusal is "ERROR <Alembic's exception class>".

"multidep" is left out: Alembic orders its several dependencies by Python set order.
"""
import contextlib
import importlib.util
import io
import os
import sys
import warnings

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("expected", os.path.join(HERE, "expected.py"))
ex = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ex)
warnings.simplefilter("ignore")


def result(sd, command, rows, target):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        ex.run("g", sd, command, list(rows), target)
    text = buf.getvalue().rstrip("\n").split(" => ", 1)[1] if " => " in buf.getvalue() else ""
    if text.startswith("ERROR"):
        return "ERROR " + text[6:].split(":", 1)[0]
    return text


def main():
    for name, revs in ex.SCENARIOS.items():
        if name in ("multidep", "mergelabel"):
            continue
        sd = ex.script_dir(revs)
        ids = [r[0] for r in revs]
        labels = sorted({label for r in revs for label in r[3]})
        states = {()}
        for target in ids + ["heads"]:
            try:
                rec = ex.Recorder(())
                for step in sd._upgrade_revs(target, ()):
                    rec.update_to_step(step)
                states.add(tuple(sorted(rec.heads)))
            except Exception:  # noqa: BLE001 - a target that cannot be reached gives no state
                pass
        targets = ids + labels + ["heads", "head", "base", "+1", "+2", "-1", "-2", "+0"]
        for label in labels:
            targets += [label + "@head", label + "@heads", label + "@base", label + "@+1", label + "@-1",
                        label + "@+2"]
            targets += [label + "@" + i for i in ids]
        for i in ids:
            targets += [i + "+1", i + "-1", i + "+2"]
        stamps = ids + labels + ["heads", "base"] + [label + "@base" for label in labels] + [
            label + "@head" for label in labels]
        print("# " + name)
        for rows in sorted(states):
            print("@ " + ",".join(rows))
            for target in targets:
                print("u %s => %s" % (target, result(sd, "upgrade", rows, target)))
                print("d %s => %s" % (target, result(sd, "downgrade", rows, target)))
            for target in stamps:
                print("s %s => %s" % (target, result(sd, "stamp", rows, [target])))


if __name__ == "__main__":
    main()
