"""Writes differential.txt: what the real Alembic plans for every graph of expected.py, from every
version-table state an upgrade can leave, for every kind of target. RevisionMapDifferentialTest
replays each line against the Java RevisionMap (no Python needed at test time).

Run (Debian, Alembic 1.8.1), from the repository root:

    apt-get update && apt-get install -y python3-alembic
    PYTHONHASHSEED=0 /usr/bin/python3 migrate-runtime/src/test/alembic/differential.py \\
        > migrate-runtime/src/test/alembic/differential.txt

Format:
  # <graph>          a graph of expected.py's SCENARIOS, or random-<n>: a generated one
  = <id>;<revises>;<depends on>;<branch labels>   one revision of the graph (lists comma-separated)
  @ <rows>           the version table's rows, comma-separated (empty: no rows)
  u <target> => <result>   upgrade; d ... downgrade; s ... stamp to that one target
  results as in expected.py (so with its fix of Alembic #1373); a refusal is "ERROR <Alembic's
  exception class>".

"multidep" is left out: Alembic orders its several dependencies by Python set order.

The random graphs (seeded, so the file is the same on every run) check that a downgrade never
reverts more than Alembic does: RevisionMapDowngradePropertyTest reads them. Their states are
every version table two upgrades in a row can leave; each gets a downgrade to every kind of target
(label@<id>+1 where the named graphs have label@<id>) and an upgrade to every revision (already
applied or not).
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


def upgraded(sd, rows, target):
    """The rows an upgrade from rows to target leaves, or None when Alembic refuses it."""
    try:
        rec = ex.Recorder(tuple(rows))
        for step in sd._upgrade_revs(target, tuple(rows)):
            rec.update_to_step(step)
        return tuple(sorted(rec.heads))
    except Exception:  # noqa: BLE001 - a target that cannot be reached gives no state
        return None


def targets_for(ids, labels, label_at_ids=True):
    targets = ids + labels + ["heads", "head", "base", "+1", "+2", "-1", "-2", "+0", "base+1", "base+2", "base+3"]
    for label in labels:
        targets += [label + "@head", label + "@heads", label + "@base", label + "@+1", label + "@-1",
                    label + "@+2", label + "@base+1", label + "@base+2", label + "@base+3"]
        if label_at_ids:
            targets += [label + "@" + i for i in ids]
        else:
            targets += [label + "@" + i + "+1" for i in ids]
    for i in ids:
        targets += [i + "+1", i + "-1", i + "+2"]
    return targets


def print_graph(name, revs):
    print("# " + name)
    for rid, revises, deps, labels in revs:
        print("= %s;%s;%s;%s" % (rid, ",".join(revises), ",".join(deps), ",".join(labels)))


def random_graph(rng, n):
    """A graph of n revisions: chains, branches, merges of two, extra bases and single dependencies."""
    revs = []
    label_count = 0
    for i in range(n):
        rid = "r%d" % i
        revises, deps, labels = [], [], []
        roll = rng.random()
        if i == 0 or roll < 0.12:
            labels.append("L%d" % label_count)
            label_count += 1
        elif roll < 0.25 and i >= 2:
            revises = sorted(rng.sample([r[0] for r in revs], 2), key=lambda x: int(x[1:]))
        else:
            revises = [rng.choice(revs[max(0, i - 3):])[0]]
            if roll > 0.85:
                labels.append("L%d" % label_count)
                label_count += 1
        ancestors = set(revises)
        stack = list(revises)
        by_id = {r[0]: r for r in revs}
        while stack:
            for down in by_id[stack.pop()][1]:
                if down not in ancestors:
                    ancestors.add(down)
                    stack.append(down)
        others = [r[0] for r in revs if r[0] not in ancestors]
        if others and rng.random() < 0.3:
            deps.append(rng.choice(others))
        revs.append(ex.R(rid, revises, deps, labels))
    return revs


def random_section(count, seed=1373):
    import random
    rng = random.Random(seed)
    made = 0
    while made < count:
        revs = random_graph(rng, rng.randint(4, 7))
        try:
            sd = ex.script_dir(revs)
            sd.revision_map.heads  # noqa: B018 - Alembic checks the graph here
        except Exception:  # noqa: BLE001 - a graph Alembic rejects is skipped
            continue
        ids = [r[0] for r in revs]
        labels = sorted({label for r in revs for label in r[3]})
        states = {()}
        for first in ids:
            once = upgraded(sd, (), first)
            if once is None:
                continue
            states.add(once)
            for second in ids:
                twice = upgraded(sd, once, second)
                if twice is not None:
                    states.add(twice)
        print_graph("random-%d" % made, revs)
        for rows in sorted(states):
            print("@ " + ",".join(rows))
            for target in ids:
                print("u %s => %s" % (target, result(sd, "upgrade", rows, target)))
            for target in targets_for(ids, labels, label_at_ids=False):
                print("d %s => %s" % (target, result(sd, "downgrade", rows, target)))
        made += 1


def main():
    for name, revs in ex.SCENARIOS.items():
        if name in ("multidep", "mergelabel"):
            continue
        sd = ex.script_dir(revs)
        ids = [r[0] for r in revs]
        labels = sorted({label for r in revs for label in r[3]})
        states = {()}
        for target in ids + ["heads"]:
            state = upgraded(sd, (), target)
            if state is not None:
                states.add(state)
        targets = targets_for(ids, labels)
        stamps = ids + labels + ["heads", "base"] + [label + "@base" for label in labels] + [
            label + "@head" for label in labels]
        print_graph(name, revs)
        for rows in sorted(states):
            print("@ " + ",".join(rows))
            for target in targets:
                print("u %s => %s" % (target, result(sd, "upgrade", rows, target)))
                print("d %s => %s" % (target, result(sd, "downgrade", rows, target)))
            for target in stamps:
                print("s %s => %s" % (target, result(sd, "stamp", rows, [target])))
    random_section(40)


if __name__ == "__main__":
    main()
