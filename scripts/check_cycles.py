#!/usr/bin/env python3
"""Find import cycles between the source files of each crate.

    python3 scripts/check_cycles.py [--no-tests] [--crate NAME] [ROOT]

For every crate under ROOT/crates (default: the repository this script lives
in), the module tree is rebuilt from `src/lib.rs` (or `src/main.rs`) by
following `mod name;` declarations to their files (`name.rs` or
`name/mod.rs` next to a `lib.rs`/`main.rs`/`mod.rs`, or inside the directory
named after any other file; `#[path = "…"]` is honoured; inline `mod name {
… }` blocks stay part of their file). A file then imports another when it
names a module of that file:

- in a `use` declaration (`use crate::a::b`, `use super::x::{y, z}`,
  `use self::…`, `use child::…`, `pub use …`), or
- in a path in code (`crate::a::b::f()`, `super::X`, `child::f()` where
  `child` is a module declared in the same module).

A path names the file of the deepest module it walks through (`use
crate::syntax::tree::Tree` names `syntax/tree.rs`), and a name another
`use` brought into a module is followed to where it comes from: in
dyad-core, `use crate::Published` names `published.rs`, which `lib.rs` only
re-exports (a name `lib.rs` defines itself names `lib.rs`). Declaring
`mod child;` is not an import: a parent is not said to depend on a child
it only declares. Not followed: names brought in by a glob (`pub use
x::*`; the glob's own line still names `x`), paths made by macros, and
`include!`d files; a `use` inside a function counts as its module's.

A cycle is a strongly connected component of this graph with more than one
file. Each is printed with its files, every import line inside it, and the
shortest cycle through each file. Exit status: 0 no cycle, 1 cycles found,
2 usage error. No dependencies beyond the Python 3 standard library.
"""

import argparse
import os
import re
import sys
from collections import defaultdict, deque

# --------------------------------------------------------------------------
# Lexing: blank out comments, strings and char literals, keeping offsets.
# --------------------------------------------------------------------------


def clean_source(text):
    """`text` with comments and the contents of string and char literals
    replaced by spaces (newlines kept), so that offsets and line numbers are
    those of the original."""
    out = list(text)
    n = len(text)
    i = 0

    def blank(a, b):
        for k in range(a, b):
            if out[k] != "\n":
                out[k] = " "

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            blank(i, j)
            i = j
        elif c == "r" and re.match(r'r#*"', text[i:i + 40]) and not _ident_before(text, i):
            m = re.match(r'r(#*)"', text[i:])
            hashes = m.group(1)
            start = i + len(m.group(0))
            end = text.find('"' + hashes, start)
            end = n if end < 0 else end + 1 + len(hashes)
            blank(start, end - 1 - len(hashes))
            i = end
        elif c == "b" and text.startswith('b"', i) and not _ident_before(text, i):
            i += 1  # the string itself is handled next round
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            blank(i + 1, min(j, n))
            i = j + 1
        elif c == "'":
            # A char literal ('a', '\n', '\u{1F600}') or a lifetime ('a).
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'", text[i:i + 12])
            if m:
                blank(i + 1, i + len(m.group(0)) - 1)
                i += len(m.group(0))
            else:
                i += 1
        else:
            i += 1
    return "".join(out)


def _ident_before(text, i):
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def matching_brace(clean, open_at):
    depth = 0
    for k in range(open_at, len(clean)):
        if clean[k] == "{":
            depth += 1
        elif clean[k] == "}":
            depth -= 1
            if depth == 0:
                return k
    return len(clean) - 1


# --------------------------------------------------------------------------
# Module tree.
# --------------------------------------------------------------------------

MOD_DECL = re.compile(r"(?<![\w:])mod\s+(r#)?(\w+)\s*([;{])")
PATH_ATTR = re.compile(r'#\s*\[\s*path\s*=\s*"([^"]+)"\s*\]\s*$')
CFG_TEST = re.compile(r"#\s*\[\s*cfg\s*\(\s*test\s*\)\s*\]")


class SourceFile:
    def __init__(self, path, module):
        self.path = path
        self.module = module  # tuple of names; () is the crate root
        with open(path, encoding="utf-8") as f:
            self.text = f.read()
        self.clean = clean_source(self.text)
        # Inline modules: (start, end, module path, test-only).
        self.inline = []

    def module_at(self, offset):
        """The module (tuple) at `offset`, and whether it is test-only code."""
        best, test = self.module, False
        for start, end, module, is_test in self.inline:
            if start <= offset <= end and len(module) > len(best):
                best = module
            if start <= offset <= end and is_test:
                test = True
        return best, test

    def line(self, offset):
        return line_of(self.text, offset)

    def line_text(self, number):
        lines = self.text.split("\n")
        return lines[number - 1].strip() if 0 < number <= len(lines) else ""


class Crate:
    def __init__(self, name, src):
        self.name = name
        self.src = src
        self.files = {}  # path -> SourceFile
        self.modules = {}  # module tuple -> file path (inline modules: their file)
        self.children = defaultdict(set)  # module tuple -> child names
        self.bindings = defaultdict(dict)  # module tuple -> name -> path it imports
        self.problems = []

    def load(self):
        for root_name in ("lib.rs", "main.rs"):
            root = os.path.join(self.src, root_name)
            if os.path.isfile(root) and root not in self.files:
                self._load_file(root, ())
        self.bind_uses()

    def _load_file(self, path, module):
        if path in self.files:
            return
        source = SourceFile(path, module)
        self.files[path] = source
        self.modules.setdefault(module, path)
        self._declarations(source)

    def _declarations(self, source):
        clean = source.clean
        # Inline module blocks first, so that declarations inside them land
        # in the right module.
        for m in MOD_DECL.finditer(clean):
            if m.group(3) != "{":
                continue
            open_at = m.end() - 1
            close_at = matching_brace(clean, open_at)
            parent, parent_test = source.module_at(m.start())
            module = parent + (m.group(2),)
            is_test = parent_test or bool(CFG_TEST.search(_attributes_before(clean, m.start())))
            source.inline.append((open_at, close_at, module, is_test))
            self.children[parent].add(m.group(2))
            self.modules.setdefault(module, source.path)
        for m in MOD_DECL.finditer(clean):
            if m.group(3) != ";":
                continue
            name = m.group(2)
            parent, _ = source.module_at(m.start())
            module = parent + (name,)
            self.children[parent].add(name)
            attrs = source.text[_attributes_start(clean, m.start()):m.start()]
            path_attr = PATH_ATTR.search(attrs.strip())
            target = self._child_file(source, parent, name, path_attr.group(1) if path_attr else None)
            if target is None:
                self.problems.append(
                    f"{source.path}:{source.line(m.start())}: no file for `mod {name};`"
                )
                continue
            self._load_file(target, module)

    def _child_file(self, source, parent, name, path_attr):
        """The file of `mod name;` declared in `source` inside module `parent`."""
        here = os.path.dirname(source.path)
        base = os.path.basename(source.path)
        owns_dir = base in ("lib.rs", "main.rs", "mod.rs")
        if path_attr is not None:
            return os.path.normpath(os.path.join(here, path_attr))
        directory = here if owns_dir else os.path.join(here, base[:-3])
        # Inline modules between the file's module and `parent` add directories.
        extra = parent[len(source.module):]
        directory = os.path.join(directory, *extra) if extra else directory
        for candidate in (os.path.join(directory, name + ".rs"), os.path.join(directory, name, "mod.rs")):
            if os.path.isfile(candidate):
                return os.path.normpath(candidate)
        return None

    def bind_uses(self):
        """Records the names each module's `use` declarations bring in, so
        that a path through a re-export (`crate::Published`, where `lib.rs`
        has `pub use published::Published`) names the file that defines it."""
        for source in self.files.values():
            for m in USE_DECL.finditer(source.clean):
                module, _ = source.module_at(m.start())
                for segs, alias in expand_use_tree(m.group(1), with_alias=True):
                    if not segs or alias in (None, "_", "*"):
                        continue
                    if segs[0] not in ("crate", "super", "self") and segs[0] not in self.children.get(module, ()):
                        continue
                    self.bindings[module].setdefault(alias, segs)

    def resolve(self, module, segments, depth=0):
        """The file a path names, starting at `module` (a tuple), or None when
        the path leaves the crate or names nothing in it. Names a module
        imported with `use` are followed to where they come from."""
        cur = module
        for k, seg in enumerate(segments):
            if seg == "super":
                if not cur:
                    return None
                cur = cur[:-1]
            elif seg == "self":
                continue
            elif seg == "crate":
                cur = ()
            elif seg in self.children.get(cur, ()):
                cur = cur + (seg,)
            elif seg in self.bindings.get(cur, {}) and depth < 16:
                return self.resolve(cur, self.bindings[cur][seg] + list(segments[k + 1:]), depth + 1)
            else:
                break
        return self.modules.get(cur)


def _attributes_start(clean, at):
    """Start of the attributes (and visibility) written just before `at`."""
    k = at
    while True:
        before = clean[:k].rstrip()
        vis = re.search(r"pub\s*(\(\s*(crate|super|self|in\s+[\w:]+)\s*\))?\s*$", before)
        if vis:
            k = vis.start()
            continue
        if before.endswith("]"):
            depth, j = 0, len(before) - 1
            while j >= 0:
                if before[j] == "]":
                    depth += 1
                elif before[j] == "[":
                    depth -= 1
                    if depth == 0:
                        break
                j -= 1
            j -= 1
            while j >= 0 and before[j] in " \t\n!":
                j -= 1
            if j >= 0 and before[j] == "#":
                k = j
                continue
        return k


def _attributes_before(clean, at):
    return clean[_attributes_start(clean, at):at]


# --------------------------------------------------------------------------
# Imports.
# --------------------------------------------------------------------------

USE_DECL = re.compile(r"(?<![\w:])use\s+([^;]+);")
CODE_PATH = re.compile(r"(?<![\w:$])((?:r#)?\w+)((?:\s*::\s*(?:r#)?\w+)+)")


def expand_use_tree(tree, with_alias=False):
    """`a::{b, c::{self, d as e}}` → [['a','b'], ['a','c'], ['a','c','d']];
    with `with_alias`, pairs (path, name bound): ('b', 'c', 'e'); a glob
    binds None."""
    tree = re.sub(r"\s+as\s+", "\x00", tree)
    tree = re.sub(r"\s+", "", tree).replace("\x00", " as ")
    tree = tree.lstrip(":")  # `use ::name::…`: an extern crate

    def parse(s, prefix):
        paths = []
        for part in split_top(s):
            if not part:
                continue
            if "{" in part:
                head, inner = part.split("{", 1)
                inner = inner[: inner.rfind("}")]
                head_segs = [h for h in head.split("::") if h]
                paths.extend(parse(inner, prefix + head_segs))
                continue
            alias = None
            if " as " in part:
                part, alias = part.split(" as ", 1)
            segs = [p for p in part.split("::") if p]
            glob = bool(segs) and segs[-1] == "*"
            if glob:
                segs = segs[:-1]
            if segs and segs[-1] == "self":
                segs = segs[:-1]
            full = prefix + segs
            if alias is None and not glob and full:
                alias = full[-1]
            paths.append((full, alias))
        return paths

    found = parse(tree, [])
    return found if with_alias else [p for p, _ in found]


def split_top(s):
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


class Edge:
    """`source` names `target` on `line` (whose text is `text`); `names` are
    the names a `use` imports from there; `test` marks #[cfg(test)] code."""

    def __init__(self, source, target, line, text, test):
        self.source, self.target, self.line, self.text, self.test = source, target, line, text, test
        self.names = []


def imports(crate, source):
    """Every import of `source`: Edge objects to other files of the crate."""
    edges = []
    clean = source.clean
    use_spans = []
    for m in USE_DECL.finditer(clean):
        use_spans.append((m.start(), m.end()))
        module, test = source.module_at(m.start())
        for segs in expand_use_tree(m.group(1)):
            if not segs:
                continue
            first = segs[0]
            if first not in ("crate", "super", "self") and first not in crate.children.get(module, ()):
                continue  # an extern crate or a name imported from elsewhere
            target = crate.resolve(module, segs)
            if target is None or target == source.path:
                continue
            offset = _segment_offset(clean, m.start(), m.end(), segs)
            number = source.line(offset)
            edge = Edge(source.path, target, number, _statement_text(source, m.start(), m.end(), number), test)
            edge.names = [segs[-1]] if segs[-1] not in ("crate", "super", "self") else []
            edges.append(edge)
    for m in CODE_PATH.finditer(clean):
        if any(a <= m.start() < b for a, b in use_spans):
            continue
        first = m.group(1).replace("r#", "")
        if first in ("Self",):
            continue
        module, test = source.module_at(m.start())
        # A name brought in by `use` already made its edge there.
        if first not in ("crate", "super", "self") and first not in crate.children.get(module, ()):
            continue
        if _is_declaration(clean, m.start()):
            continue
        segs = [first] + [s.replace("r#", "") for s in re.split(r"\s*::\s*", m.group(2)) if s]
        target = crate.resolve(module, segs)
        if target is None or target == source.path:
            continue
        number = source.line(m.start())
        edges.append(Edge(source.path, target, number, source.line_text(number), test))
    return edges


def _is_declaration(clean, at):
    # `pub(in crate::a)`, `pub(crate)`: visibility, not a reference.
    before = clean[max(0, at - 12):at]
    return re.search(r"pub\s*\(\s*(in\s+)?$", before) is not None


def _segment_offset(clean, start, end, segs):
    """Offset of the last module-looking segment of `segs` in the statement."""
    body = clean[start:end]
    for seg in reversed(segs):
        k = body.find(seg)
        if k >= 0 and seg not in ("self", "super", "crate"):
            return start + k
    return start


def _statement_text(source, start, end, number):
    first = source.line(start)
    last = source.line(end)
    if first == last:
        return source.line_text(first)
    # A multi-line use: the statement's first line, and the line naming the
    # module when it is another one.
    head = source.line_text(first)
    if number != first:
        return f"{head} … {source.line_text(number)}"
    return f"{head} …"


# --------------------------------------------------------------------------
# Graph.
# --------------------------------------------------------------------------


def strongly_connected(nodes, succ):
    """Tarjan's algorithm, iterative. Returns a list of components."""
    index, low, on_stack, stack, out = {}, {}, set(), [], []
    counter = [0]
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(sorted(succ.get(root, ()))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(succ.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == node:
                        break
                out.append(sorted(component))
    return out


def shortest_cycle(start, succ, allowed):
    """The shortest cycle through `start` within `allowed`, as a node list."""
    prev = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in sorted(succ.get(node, ())):
            if nxt not in allowed:
                continue
            if nxt == start:
                path = [node]
                while prev[path[-1]] is not None:
                    path.append(prev[path[-1]])
                return list(reversed(path)) + [start]
            if nxt not in prev:
                prev[nxt] = node
                queue.append(nxt)
    return None


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", default=os.path.dirname(here), help="repository root (default: this script's)")
    parser.add_argument("--no-tests", action="store_true", help="ignore imports made by #[cfg(test)] modules")
    parser.add_argument("--crate", action="append", help="check only this crate (repeatable)")
    args = parser.parse_args(argv)

    crates_dir = os.path.join(args.root, "crates")
    if not os.path.isdir(crates_dir):
        print(f"check_cycles: {crates_dir}: no crates directory", file=sys.stderr)
        return 2
    total_cycles = 0
    total_files = 0
    problems = []
    for name in sorted(os.listdir(crates_dir)):
        if args.crate and name not in args.crate:
            continue
        src = os.path.join(crates_dir, name, "src")
        if not os.path.isdir(src):
            continue
        crate = Crate(name, src)
        crate.load()
        problems.extend(crate.problems)
        total_files += len(crate.files)
        edges = []
        for path in sorted(crate.files):
            edges.extend(e for e in imports(crate, crate.files[path]) if not (args.no_tests and e.test))
        succ = defaultdict(set)
        by_pair = defaultdict(list)
        for e in edges:
            succ[e.source].add(e.target)
            same = [x for x in by_pair[(e.source, e.target)] if (x.line, x.text) == (e.line, e.text)]
            if same:
                same[0].names.extend(n for n in e.names if n not in same[0].names)
            else:
                by_pair[(e.source, e.target)].append(e)
        components = [c for c in strongly_connected(sorted(crate.files), succ) if len(c) > 1]
        rel = lambda p: os.path.relpath(p, args.root)
        for component in sorted(components):
            total_cycles += 1
            members = set(component)
            print(f"cycle {total_cycles} in {name}: {len(component)} files")
            for path in component:
                print(f"  {rel(path)}")
            print("  imports inside it:")
            for (a, b), found in sorted(by_pair.items()):
                if a in members and b in members:
                    print(f"    {rel(a)} -> {rel(b)}")
                    for e in sorted(found, key=lambda e: e.line):
                        what = f"  (imports {', '.join(e.names)})" if e.names and "{" in e.text else ""
                        tag = "  [test]" if e.test else ""
                        print(f"      {rel(a)}:{e.line}: {e.text}{what}{tag}")
            seen = set()
            print("  shortest cycles:")
            for path in component:
                cycle = shortest_cycle(path, succ, members)
                if not cycle:
                    continue
                ring = cycle[:-1]
                k = ring.index(min(ring))
                key = tuple(ring[k:] + ring[:k])
                if key in seen:
                    continue
                seen.add(key)
                print("    " + " -> ".join(rel(p) for p in list(key) + [key[0]]))
            print()
    for p in problems:
        print(f"check_cycles: {p}", file=sys.stderr)
    if total_cycles:
        print(f"{total_cycles} cycle(s) among {total_files} files")
        return 1
    print(f"no cycles among {total_files} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
