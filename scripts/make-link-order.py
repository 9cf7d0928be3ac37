#!/usr/bin/env python3
"""Writes scripts/leadterm.order: the functions an operator's session runs, for the linker.

Why: the kernel maps a program's code in 64 KiB windows around each page it touches, so a
few thousand functions spread over a 28 MB text make 13 MB of resident code. Put next to
each other (lld's --symbol-ordering-file, with every function in a section of its own), the
same functions fit in a few MiB. scripts/build-release links with this file.

The session is the benchmark's (scripts/bench-terminal.py), run twice: against a separate
`leadterm-sim` (as in a branch) and with `--demo`. The menu, a new lead, the person and
passport screens typed, then every other section, the send key (its problem list), back to
the menu and out. The app runs under valgrind's callgrind; every function of the app's own
binary (stdlib and Foundation included, linked statically) that ran is written, hottest
first, named from the binary's symbol table by instruction address.

    scripts/build-release                          # a first build (any order file)
    python3 scripts/make-link-order.py --bin .build-rel/release/leadterm
    scripts/build-release                          # relink with the new order

Functions missing from the file (new code) still link; they only sit further away. Rerun
this when the code has changed much. Needs valgrind (Debian package `valgrind`).
"""

import argparse
import bisect
import collections
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load_bench():
    spec = importlib.util.spec_from_file_location("bench", os.path.join(HERE, "bench-terminal.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def drive(bench, app):
    """The session: what an operator does in the benchmark, and the rest of the form."""
    app.wait_for(bench.MENU_TEXT, 120)
    app.drain(1.0, 20)
    app.press(b"1", 1.0)
    app.drain(1.0, 20)
    for key in bench.SCRIPT:
        app.press(key, 0.3)
    for digit in "34567890":
        app.press(bench.alt(digit), 0.5)
        app.press(b"\t", 0.3)
    app.press(b"\x1bOQ", 1.0)  # F2: send; the problem list
    app.press(b"\x1b", 1.0)
    app.press(b"\x1b", 1.0)    # back to the menu
    app.drain(1.0, 20)


def function_symbols(binary):
    """(start address, name) of every function symbol, sorted by address."""
    listing = subprocess.run(["nm", "-n", "--defined-only", binary],
                             capture_output=True, text=True, errors="replace", check=True).stdout
    symbols = []
    for line in listing.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[1] in "tTwW":
            symbols.append((int(parts[0], 16), parts[2]))
    return symbols


def executed_functions(profile, binary):
    """Instructions per function, for every function of `binary` that callgrind saw run.

    Read by instruction address (--dump-instr=yes) and named from the binary's own symbol
    table: callgrind shortens long Swift names, which would then match nothing."""
    symbols = function_symbols(binary)
    starts = [address for address, _ in symbols]
    cost = collections.Counter()
    inside = False
    skip_next = False  # the line after calls= is the callee's inclusive cost, not ours
    with open(profile, errors="replace") as lines:
        for line in lines:
            if line.startswith("ob="):
                inside = os.path.realpath(line[3:].strip()) == binary
            elif line.startswith("calls="):
                skip_next = True
            elif line.startswith("0x"):
                if skip_next:
                    skip_next = False
                    continue
                if not inside:
                    continue
                parts = line.split()
                index = bisect.bisect_right(starts, int(parts[0], 16)) - 1
                if index >= 0:
                    cost[symbols[index][1]] += int(parts[-1]) if len(parts) > 2 else 1
    return cost


def profile_session(bench, valgrind, profiled, work, name, extra_env, extra_args):
    """Runs one session under callgrind; returns the profile's path."""
    profile = os.path.join(work, f"callgrind-{name}.out")
    data = os.path.join(work, name)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": data,
        "XDG_CONFIG_HOME": os.path.join(data, "config"),
        "XDG_DATA_HOME": os.path.join(data, "data"),  # as operators start it: no --data-dir
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        **extra_env,
    }
    argv = [valgrind, "--tool=callgrind", f"--callgrind-out-file={profile}", "--dump-instr=yes",
            "--compress-strings=no", "--compress-pos=no", "--demangle=no",
            profiled, "--lang", "ru", *extra_args]
    app = bench.App(argv, env, 80, 24)
    try:
        drive(bench, app)
    finally:
        app.stop(timeout=120)  # under valgrind the app needs seconds to exit and write its profile
    if not os.path.exists(profile):
        raise SystemExit(f"make-link-order: callgrind wrote no profile for the {name} session")
    return profile


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True, help="a release leadterm built with scripts/build-release")
    parser.add_argument("--sim", help="leadterm-sim for the session against a separate core "
                                      "(default: the one beside --bin)")
    parser.add_argument("--out", default=os.path.join(HERE, "leadterm.order"))
    args = parser.parse_args()
    binary = os.path.realpath(args.bin)
    simulator = os.path.realpath(args.sim or os.path.join(os.path.dirname(binary), "leadterm-sim"))
    if not os.access(simulator, os.X_OK):
        raise SystemExit(f"make-link-order: no leadterm-sim at {simulator} (scripts/build-release builds it)")
    valgrind = shutil.which("valgrind")
    if not valgrind:
        raise SystemExit("make-link-order: valgrind is needed (apt-get install valgrind)")
    bench = load_bench()
    work = tempfile.mkdtemp(prefix="leadterm-order-")
    try:
        # valgrind 3.19 cannot read the toolchain's DWARF 5; the symbol table is all it needs.
        profiled = os.path.join(work, "leadterm")
        subprocess.run(["objcopy", "--strip-debug", binary, profiled], check=True)
        # Both ways the app runs: against a core (a branch), and with the simulator inside.
        sim, url = bench.start_simulator(simulator)
        try:
            profiles = [profile_session(bench, valgrind, profiled, work, "core",
                                        {"LEADTERM_SERVER": url, "LEADTERM_CUSTOMER_KEY": "demo",
                                         "LEADTERM_USER": "demo", "LEADTERM_PASSWORD": "demo"}, [])]
        finally:
            sim.kill()
            sim.wait()
        profiles.append(profile_session(bench, valgrind, profiled, work, "demo", {}, ["--demo"]))
        cost = collections.Counter()
        for profile in profiles:
            cost.update(executed_functions(profile, profiled))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if len(cost) < 1000:
        raise SystemExit(f"make-link-order: only {len(cost)} functions seen; is {binary} a leadterm build?")
    ordered = [name for name, _ in sorted(cost.items(), key=lambda item: -item[1])]
    with open(args.out, "w") as out:
        out.write("\n".join(ordered) + "\n")
    print(f"{len(ordered)} functions written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
