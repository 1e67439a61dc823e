#!/usr/bin/env python3
"""unity-clashes.py BUILD_DIR -- every unity target's sources in one translation unit, syntax-checked.

The build is a unity build (CMakeLists.txt): CMake pastes a target's .cpp files into chunks of
eight, so two files' helpers in anonymous namespaces share a scope only when the chunking puts
them together. Two helpers of one name (the tokenizer's and the text normalizer's `classify`,
session 13) or a file-scope `using namespace` beside a library's global name then break the build
the day a new file shifts the chunks. Compiling each target's files together, whatever the
chunking, finds those clashes now. Needs BUILD_DIR/compile_commands.json (configured by
scripts/build.sh); prints each clash and exits 1 if there is one.
"""
import collections
import concurrent.futures
import json
import os
import pathlib
import re
import shlex
import subprocess
import sys
import tempfile

UNITY_FILE = re.compile(r"(.*\.dir)/Unity/unity_\d+_cxx\.cxx$")


def targets_of(build_dir):
    """Each unity target's sources and the flags its chunks are compiled with."""
    sources, flags = collections.defaultdict(set), {}
    for entry in json.loads((build_dir / "compile_commands.json").read_text()):
        target = UNITY_FILE.match(entry["file"])
        if not target:
            continue
        for line in pathlib.Path(entry["file"]).read_text().splitlines():
            included = re.match(r'#include "(.*)"', line)
            if included:
                sources[target.group(1)].add(included.group(1))
        words, kept, skip = shlex.split(entry["command"]), [], False
        for word in words[1:]:
            if skip:
                skip = False
            elif word in ("-o", "-c", "-include"):  # the chunk's output, its input, its precompiled header
                skip = True
            elif word != entry["file"] and "cmake_pch" not in word and not word.startswith("-Winvalid-pch"):
                kept.append(word)
        flags[target.group(1)] = [words[0], *kept]
    return sources, flags


def check(target, sources, flags, folder):
    together = pathlib.Path(folder) / (re.sub(r"\W", "_", target)[-80:] + ".cpp")
    together.write_text("".join(f'#include "{source}"\n' for source in sorted(sources)))
    result = subprocess.run([*flags, "-fsyntax-only", str(together)], capture_output=True, text=True)
    return target, result.returncode, [line for line in result.stderr.splitlines() if "error" in line]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: unity-clashes.py BUILD_DIR")
    build_dir = pathlib.Path(sys.argv[1])
    if not (build_dir / "compile_commands.json").exists():
        sys.exit(f"unity-clashes.py: {build_dir}/compile_commands.json is missing: configure the build first (bash scripts/build.sh)")
    sources, flags = targets_of(build_dir)
    clashes = 0
    with tempfile.TemporaryDirectory() as folder, concurrent.futures.ThreadPoolExecutor(os.cpu_count()) as pool:
        jobs = [pool.submit(check, t, s, flags[t], folder) for t, s in sorted(sources.items()) if len(s) > 1]
        for job in jobs:
            target, code, errors = job.result()
            if code != 0:
                clashes += 1
                print(f"unity-clashes.py: {os.path.basename(target)}: its files do not compile as one unit:")
                print("\n".join("  " + e for e in errors[:10]))
    print(f"unity-clashes.py: {len(jobs)} targets checked, {clashes} with a clash")
    sys.exit(1 if clashes else 0)


if __name__ == "__main__":
    main()
