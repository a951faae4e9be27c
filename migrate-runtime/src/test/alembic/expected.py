"""Prints what the real Alembic plans for the graphs of RevisionMapAlembicTest.

The Java tests hard-code these results; this script is how they were obtained and how to check
them again. It needs no database: it builds each graph as an Alembic ScriptDirectory in a temp
dir, asks it for the upgrade/downgrade/stamp steps (the same calls `alembic upgrade` makes), and
replays the steps through Alembic's HeadMaintainer with the SQL left out, recording the
version-table operations.

Run (Debian, Alembic 1.8.1):

    apt-get update && apt-get install -y python3-alembic
    /usr/bin/python3 migrate-runtime/src/test/alembic/expected.py

Output, one line per case:  <scenario> <command> <current rows> <target> => <result>
  upgrade/downgrade result:  steps separated by spaces, each  <id>^[ops]  (upgrade) or
  <id>v[ops]  (downgrade); ops comma-separated:  +x insert, -x delete, x>y update.
  stamp result:  the ops, space-separated.
  ERROR <Alembic's message>  when Alembic refuses.

Python set iteration order decides a few things inside Alembic: which row a merge keeps, and,
for a revision with several dependsOn entries, even the order of steps (Alembic keeps normalised
dependencies in a set). The script re-runs itself with PYTHONHASHSEED=0 so that its output is
stable; with that seed Alembic's choices are the declaration order (revises, then dependsOn),
which is what the Java RevisionMap always uses. Other seeds change only the "multidep" lines.

One correction is applied to Alembic 1.8.1 before it plans: the fix of Alembic issue #1373
(released in Alembic 1.13.1). Reverting a merge whose parents include a revision another parent
depends on ("a1"; "b1" depending on "a1"; "bmerge" merging both) leaves rows [a1, b1] in 1.8.1,
a table that names a1 twice and refuses the next upgrade; 1.13.1 leaves [b1], and so does migrate.

The Java tests (src/test/java/dev/migrate/internal/engine/RevisionMap*Test.java) hold these lines
as data: RevisionMapAlembicTest the command lines, RevisionMapStructureTest heads, bases, history,
labels and resolutions. Where migrate deliberately refuses what Alembic accepts, the test says so.
"""
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

import tempfile  # noqa: E402

from alembic.runtime.migration import HeadMaintainer, RevisionStep  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402
from alembic.script.base import Script  # noqa: E402

# Alembic loads revision files in os.listdir order; sort them so that its "insertion order"
# (which breaks ties between independent branches) is the id order, as in the Java RevisionMap.
_orig_list = Script._list_py_dir.__func__
Script._list_py_dir = classmethod(lambda cls, sd, path: sorted(_orig_list(cls, sd, path)))


def _unmerge_to_revisions_1_13_1(self, heads):
    """RevisionStep._unmerge_to_revisions as Alembic 1.13.1 fixed it (issue #1373)."""
    other_heads = set(heads).difference([self.revision.revision])
    if other_heads:
        ancestors = set(
            r.revision
            for r in self.revision_map._get_ancestor_nodes(self.revision_map.get_revisions(other_heads), check=False)
        )
        return tuple(set(self.to_revisions).difference(ancestors))
    ancestors = set(
        r.revision
        for to_revision in self.to_revisions
        for r in self.revision_map._get_ancestor_nodes(self.revision_map.get_revisions(to_revision), check=False)
        if r.revision != to_revision
    )
    # 1.13.1 returns a set here, in an order that means nothing; keep 1.8.1's order (the down revisions').
    return tuple(r for r in self.to_revisions if r not in ancestors)


RevisionStep._unmerge_to_revisions = _unmerge_to_revisions_1_13_1


class Recorder(HeadMaintainer):
    """HeadMaintainer without a database: records the row operations."""

    def __init__(self, heads):
        super().__init__(None, heads)
        self.ops = []

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)
        self.ops.append("+" + version)

    def _delete_version(self, version):
        self.heads.remove(version)
        self.ops.append("-" + version)

    def _update_version(self, from_, to_):
        assert to_ not in self.heads
        self.heads.remove(from_)
        self.heads.add(to_)
        self.ops.append("%s>%s" % (from_, to_))


def script_dir(revisions):
    """revisions: list of (id, revises tuple, depends_on tuple, labels tuple)."""
    root = tempfile.mkdtemp(prefix="alembic-expected-")
    versions = os.path.join(root, "versions")
    os.mkdir(versions)
    for rid, revises, deps, labels in revisions:
        with open(os.path.join(versions, rid + "_.py"), "w") as f:
            f.write("revision = %r\n" % rid)
            f.write("down_revision = %r\n" % (tuple(revises) if len(revises) > 1 else (revises[0] if revises else None),))
            f.write("depends_on = %r\n" % (tuple(deps) if deps else None,))
            f.write("branch_labels = %r\n" % (tuple(labels) if labels else None,))
            f.write("def upgrade():\n    pass\n\ndef downgrade():\n    pass\n")
    return ScriptDirectory(root)


def fmt_steps(steps, current):
    rec = Recorder(current)
    out = []
    for step in steps:
        before = len(rec.ops)
        rec.update_to_step(step)
        arrow = "^" if step.is_upgrade else "v"
        out.append("%s%s[%s]" % (step.revision.revision, arrow, ",".join(rec.ops[before:])))
    return " ".join(out)


def run(name, sd, command, current, target, purge=False):
    current = tuple(current)
    try:
        if command == "upgrade":
            result = fmt_steps(sd._upgrade_revs(target, current), current)
        elif command == "downgrade":
            result = fmt_steps(sd._downgrade_revs(target, current), current)
        elif command == "stamp":
            rec = Recorder(() if purge else current)
            if purge:
                rec.ops.extend("-" + c for c in current)
            for step in sd._stamp_revs(tuple(target), () if purge else current):
                rec.update_to_step(step)
            result = " ".join(rec.ops)
            command = "stamp-purge" if purge else "stamp"
        else:
            raise ValueError(command)
    except Exception as e:  # noqa: BLE001 - every refusal is a result here
        result = "ERROR %s: %s" % (type(e).__name__, e)
    print("%s %s [%s] %s => %s" % (name, command, ",".join(current), target, result))


def info(name, sd):
    rm = sd.revision_map
    rm._revision_map  # noqa: B018 - builds the map
    print("%s heads=%s realheads=%s bases=%s" % (name, sorted(rm.heads), sorted(rm._real_heads), sorted(rm.bases)))
    print("%s history=%s" % (name, " ".join(r.revision for r in sd.walk_revisions())))
    for rid in sorted(r for r in rm._revision_map if r and rm._revision_map[r].revision == r):
        rev = rm._revision_map[rid]
        print("  %s labels=%s normdown=%s" % (rid, sorted(rev.branch_labels), list(rev._normalized_down_revisions)))


def resolve(name, sd, ident):
    try:
        revs = sd.revision_map.get_revisions(ident)
        result = ",".join(r.revision if r is not None else "None" for r in revs)
    except Exception as e:  # noqa: BLE001
        result = "ERROR %s: %s" % (type(e).__name__, e)
    print("%s resolve %s => %s" % (name, ident, result))


def R(rid, revises=(), deps=(), labels=()):
    return (rid, tuple(revises), tuple(deps), tuple(labels))


SCENARIOS = {
    "linear": [R("a1"), R("a2", ["a1"]), R("a3", ["a2"]), R("a4", ["a3"])],
    "diamond": [R("r0"), R("r1a", ["r0"]), R("r1b", ["r0"]), R("r2", ["r1a", "r1b"]), R("r3", ["r2"])],
    "three": [R("r0"), R("x", ["r0"]), R("y", ["r0"]), R("z", ["r0"]), R("m", ["x", "y", "z"])],
    "forest": [R("a1", labels=["alpha"]), R("a2", ["a1"]), R("a3", ["a2"]),
               R("b1", labels=["beta"]), R("b2", ["b1"])],
    "crossdep": [R("a1", labels=["alpha"]), R("a2", ["a1"]), R("a3", ["a2"]),
                 R("b1", labels=["beta"]), R("b2", ["b1"], deps=["a2"])],
    "labeldep": [R("a1", labels=["alpha"]), R("a2", ["a1"]), R("a3", ["a2"]),
                 R("b1", labels=["beta"]), R("b2", ["b1"], deps=["alpha"])],
    "basedep": [R("a1", labels=["alpha"]), R("a2", ["a1"]),
                R("b1", deps=["a1"], labels=["beta"]), R("b2", ["b1"])],
    "split": [R("r0"), R("r1", ["r0"]), R("c1", ["r1"], labels=["left"]), R("c2", ["c1"]),
              R("d1", ["r1"], labels=["right"]), R("d2", ["d1"])],
    "partial": [R("abc123"), R("abd456", ["abc123"]), R("b77001", ["abd456"])],
    "downlabel": [R("a1"), R("a2", ["a1"]), R("a3", ["a2"], labels=["top"]), R("a4", ["a3"])],
    "overlap": [R("r0", labels=["main"]), R("a", ["r0"]), R("b", ["r0"], deps=["a"])],
    "mainsplit": [R("r0", labels=["main"]), R("x", ["r0"]), R("y", ["r0"])],
    "mergedep": [R("r0"), R("a1", ["r0"]), R("b1", ["r0"]), R("m", ["a1", "b1"], deps=["c1"]),
                 R("c1", labels=["gamma"])],
    # Alembic's DependsOnBranchTestFive (issue #1373): a merge of a base and a base depending on it.
    "five": [R("a1"), R("b1", deps=["a1"]), R("bmerge", ["a1", "b1"])],
    # The graph of issue 9: two labelled branches above a common trunk.
    "twobranch": [R("a"), R("b", ["a"]), R("c1", ["b"], labels=["c1branch"]), R("d1", ["c1"]),
                  R("c2", ["b"], labels=["c2branch"]), R("d2", ["c2"])],
    # OpenStack Neutron's shape: expand and contract branches from one trunk, each contract step
    # depending on the expand step of its release.
    "expandcontract": [R("k0"), R("e1", ["k0"], labels=["expand"]), R("c1", ["k0"], deps=["e1"], labels=["contract"]),
                       R("e2", ["e1"]), R("c2", ["c1"], deps=["e2"])],
    "multidep": [R("a1", labels=["alpha"]), R("b1", labels=["beta"]),
                 R("c1", deps=["a1", "b1"], labels=["gamma"]), R("c2", ["c1"])],
    "mergelabel": [R("r0"), R("a1", ["r0"]), R("a2", ["a1"], labels=["feature"]), R("b1", ["r0"]),
                   R("m", ["a2", "b1"])],
}

CASES = [
    ("linear", "upgrade", [], "heads"), ("linear", "upgrade", [], "head"), ("linear", "upgrade", ["a2"], "head"),
    ("linear", "upgrade", [], "a2"), ("linear", "upgrade", ["a1"], "+2"), ("linear", "upgrade", [], "+1"),
    ("linear", "upgrade", ["a3"], "+2"), ("linear", "upgrade", [], "a1+2"), ("linear", "upgrade", ["a1"], "a4-1"),
    ("linear", "upgrade", ["a4"], "a2"), ("linear", "upgrade", ["a2"], "-1"), ("linear", "upgrade", ["a2"], "a2"),
    ("linear", "downgrade", ["a4"], "base"), ("linear", "downgrade", ["a4"], "a2"), ("linear", "downgrade", ["a4"], "-2"),
    ("linear", "downgrade", ["a2"], "-3"), ("linear", "downgrade", ["a2"], "a3"), ("linear", "downgrade", ["a2"], "a2"),
    ("linear", "downgrade", ["a4"], "a3-1"), ("linear", "downgrade", ["a4"], "a1+1"), ("linear", "downgrade", ["a2"], "+1"),
    ("linear", "downgrade", [], "base"), ("linear", "upgrade", [], "nope"),
    ("linear", "stamp", [], ["a2"]), ("linear", "stamp", ["a1"], ["a3"]), ("linear", "stamp", ["a3"], ["a1"]),
    ("linear", "stamp", ["a3"], ["base"]), ("linear", "stamp", ["a3"], ["a3"]), ("linear", "stamp", ["a3"], ["heads"]),
    ("diamond", "upgrade", [], "heads"), ("diamond", "upgrade", [], "r1b"), ("diamond", "upgrade", ["r1a"], "r2"),
    ("diamond", "upgrade", ["r1a", "r1b"], "r2"), ("diamond", "upgrade", ["r0"], "r1a"),
    ("diamond", "downgrade", ["r3"], "r0"), ("diamond", "downgrade", ["r3"], "r1a"), ("diamond", "downgrade", ["r2"], "-1"),
    ("diamond", "downgrade", ["r3"], "base"), ("diamond", "upgrade", ["r1a"], "+1"), ("diamond", "upgrade", ["r0"], "+1"),
    ("diamond", "downgrade", ["r1a", "r1b"], "r0"), ("diamond", "downgrade", ["r1a", "r1b"], "-1"),
    ("diamond", "stamp", ["r1a", "r1b"], ["r2"]), ("diamond", "stamp", ["r2"], ["r1a"]), ("diamond", "stamp", ["r0"], ["r1a", "r1b"]),
    ("three", "upgrade", [], "heads"), ("three", "upgrade", ["y"], "m"), ("three", "downgrade", ["m"], "r0"),
    ("three", "downgrade", ["m"], "x"), ("three", "upgrade", ["x", "z"], "m"),
    ("forest", "upgrade", [], "heads"), ("forest", "upgrade", [], "head"), ("forest", "upgrade", [], "beta@head"),
    ("forest", "upgrade", [], "alpha"), ("forest", "upgrade", [], "alpha@a2"), ("forest", "upgrade", [], "beta@a2"),
    ("forest", "upgrade", ["a1", "b1"], "alpha@+1"), ("forest", "upgrade", ["a1", "b1"], "+1"),
    ("forest", "upgrade", ["a1"], "beta@+1"), ("forest", "upgrade", [], "alpha@+2"),
    ("forest", "upgrade", ["a3"], "beta@heads"), ("forest", "upgrade", [], "alpha@base"),
    ("forest", "downgrade", ["a3", "b2"], "base"), ("forest", "downgrade", ["a3", "b2"], "beta@base"),
    ("forest", "downgrade", ["a3", "b2"], "alpha@-1"), ("forest", "downgrade", ["a3", "b2"], "-1"),
    ("forest", "downgrade", ["a3", "b2"], "alpha@a1"), ("forest", "downgrade", ["a3", "b2"], "a1"),
    ("forest", "downgrade", ["a3", "b2"], "beta@-2"), ("forest", "downgrade", ["a3", "b2"], "gamma@base"),
    ("forest", "stamp", ["a1", "b1"], ["a2", "b2"]), ("forest", "stamp", ["a3", "b2"], ["beta@base"]),
    ("forest", "stamp", ["a3"], ["b1"]), ("forest", "stamp", ["a3", "b2"], ["a1"]), ("forest", "stamp", ["a3", "b2"], ["base"]),
    ("forest", "stamp", ["a3", "b2"], ["heads"]), ("forest", "stamp", [], ["heads"]),
    ("crossdep", "upgrade", [], "heads"), ("crossdep", "upgrade", [], "b2"), ("crossdep", "upgrade", ["a1"], "beta@head"),
    ("crossdep", "upgrade", ["a3"], "b2"), ("crossdep", "downgrade", ["a3", "b2"], "a1"),
    ("crossdep", "downgrade", ["a3", "b2"], "alpha@a1"), ("crossdep", "downgrade", ["a2", "b2"], "beta@base"),
    ("crossdep", "downgrade", ["a3", "b2"], "beta@b1"), ("crossdep", "stamp", ["a3", "b2"], ["a1"]),
    ("labeldep", "upgrade", [], "b2"), ("labeldep", "upgrade", ["a1"], "heads"),
    ("labeldep", "downgrade", ["a3", "b2"], "base"),
    ("basedep", "upgrade", [], "heads"), ("basedep", "upgrade", [], "b1"), ("basedep", "upgrade", ["a1"], "beta@head"),
    ("basedep", "downgrade", ["a2", "b2"], "base"), ("basedep", "downgrade", ["b1"], "base"),
    ("basedep", "downgrade", ["a2", "b2"], "alpha@base"), ("basedep", "downgrade", ["b2"], "beta@base"),
    ("basedep", "downgrade", ["b1"], "-1"), ("basedep", "upgrade", ["a2"], "heads"),
    ("basedep", "stamp", [], ["b1"]), ("basedep", "stamp", ["b2"], ["base"]),
    ("split", "upgrade", [], "heads"), ("split", "upgrade", [], "left@head"), ("split", "upgrade", ["r1"], "left"),
    ("split", "upgrade", ["r1"], "+1"), ("split", "upgrade", ["c2", "d1"], "+1"), ("split", "upgrade", ["r1"], "right@+1"),
    ("split", "upgrade", ["r0"], "left@+2"), ("split", "upgrade", ["c1"], "right@+1"),
    ("split", "downgrade", ["c2", "d2"], "r1"), ("split", "downgrade", ["c2", "d2"], "left@r1"),
    ("split", "downgrade", ["c2", "d2"], "right@-1"), ("split", "downgrade", ["c2", "d2"], "r0"),
    ("split", "downgrade", ["c2", "d2"], "left@base"), ("split", "downgrade", ["c2", "d2"], "c1"),
    ("split", "downgrade", ["c2", "d2"], "-1"), ("split", "downgrade", ["c1", "d1"], "left@-1"),
    ("split", "stamp", ["c2", "d2"], ["r1"]), ("split", "stamp", ["r1"], ["c2"]), ("split", "stamp", ["c2"], ["d1"]),
    ("split", "stamp", ["c2", "d2"], ["left@base"]), ("split", "stamp", ["c1", "d1"], ["c2", "d2"]),
    ("split", "stamp", ["c2", "d2"], ["r0"]),
    ("partial", "upgrade", [], "abd"), ("partial", "upgrade", [], "ab"), ("partial", "upgrade", [], "b77"),
    ("partial", "upgrade", [], "zz"), ("partial", "upgrade", [], "abc123+1"),
    ("downlabel", "upgrade", [], "top@head"), ("downlabel", "downgrade", ["a4"], "top@base"),
    ("overlap", "upgrade", [], "main@heads"), ("overlap", "upgrade", [], "heads"), ("overlap", "upgrade", [], "b"),
    ("overlap", "downgrade", ["b"], "r0"), ("overlap", "downgrade", ["b"], "a"),
    ("mainsplit", "downgrade", ["x", "y"], "main@r0"), ("mainsplit", "upgrade", [], "main@head"),
    ("mainsplit", "upgrade", ["r0"], "main@+1"),
    ("mergedep", "upgrade", [], "heads"), ("mergedep", "upgrade", ["a1", "b1"], "m"),
    ("mergedep", "upgrade", ["a1", "b1", "c1"], "m"), ("mergedep", "downgrade", ["m"], "r0"),
    ("mergedep", "downgrade", ["m"], "gamma@base"), ("mergedep", "downgrade", ["m"], "base"),
    ("mergedep", "stamp", ["m"], ["a1"]), ("mergedep", "stamp", ["a1", "b1"], ["m"]),
    ("multidep", "upgrade", [], "heads"), ("multidep", "upgrade", ["a1"], "gamma@head"),
    ("multidep", "downgrade", ["c2"], "base"), ("multidep", "downgrade", ["c2"], "alpha@base"),
    ("multidep", "downgrade", ["c2"], "gamma@base"), ("multidep", "downgrade", ["c2"], "c1"),
    ("multidep", "stamp", ["c2"], ["alpha@base"]), ("multidep", "stamp", [], ["c1"]),
    ("five", "downgrade", ["bmerge"], "a1"), ("five", "downgrade", ["bmerge"], "b1"),
    ("five", "downgrade", ["bmerge"], "base"), ("five", "upgrade", ["b1"], "bmerge"),
    ("twobranch", "downgrade", ["d1", "d2"], "base+2"), ("twobranch", "downgrade", ["d1", "d2"], "c2branch@base+2"),
    ("twobranch", "downgrade", ["d1", "d2"], "c1branch@base+3"), ("twobranch", "downgrade", ["d1", "d2"], "base+1"),
    ("twobranch", "downgrade", ["d1", "d2"], "c2branch@base+1"), ("twobranch", "downgrade", ["d1", "d2"], "base+3"),
    ("twobranch", "upgrade", [], "base+1"), ("twobranch", "upgrade", [], "c2branch@base+3"),
    ("twobranch", "upgrade", ["d1", "d2"], "a"), ("twobranch", "upgrade", ["d1", "d2"], "c1"),
    ("twobranch", "upgrade", ["d1"], "c2"), ("twobranch", "upgrade", ["d1", "d2"], "base"),
    ("expandcontract", "downgrade", ["c2", "e2"], "c1"), ("expandcontract", "downgrade", ["c2", "e2"], "e1"),
    ("expandcontract", "downgrade", ["c2", "e2"], "contract@base"), ("expandcontract", "upgrade", ["c2"], "e1"),
]

RESOLVES = [
    ("forest", "alpha"), ("forest", "beta@head"), ("forest", "alpha@heads"), ("forest", "heads"), ("forest", "head"),
    ("split", "left"), ("split", "left@head"), ("split", "right@heads"), ("split", "left@r0"), ("split", "left@d1"),
    ("crossdep", "heads"), ("basedep", "heads"), ("basedep", "beta@heads"), ("partial", "ab"), ("partial", "abc1"),
    ("partial", "abc123"), ("partial", "b7"), ("linear", "a"), ("overlap", "main@heads"),
    ("multidep", "heads"), ("multidep", "gamma@head"),
]


def main():
    dirs = {name: script_dir(revs) for name, revs in SCENARIOS.items()}
    for name in SCENARIOS:
        info(name, dirs[name])
    for name, ident in RESOLVES:
        resolve(name, dirs[name], ident)
    for name, command, current, target in CASES:
        run(name, dirs[name], command, current, target)
    for name, current, targets in [("linear", ["a3"], ["a1"]), ("forest", ["a3", "b2"], ["b1"]),
                                   ("forest", ["a3", "b2"], ["base"])]:
        run(name, dirs[name], "stamp", current, targets, purge=True)


if __name__ == "__main__":
    main()
