#!/usr/bin/env python3
"""Attributes the bytes of a WebAssembly module: its sections, then its
function bodies by kind (the pipeline, libc++ sort instantiations,
nlohmann/json, the allocator, ...), raw and gzipped, then the largest
functions.

    python3 scripts/wasm-size.py MODULE.wasm [--top N]

Function names come from the module's name section: link a copy with
--profiling-funcs, e.g. (in build-wasm/wasm, the link line of
CMakeFiles/precis_wasm_en.dir/link.txt with another -o)
    em++ ... -o /tmp/prof/precis-en.mjs ... --profiling-funcs
The gzipped figure of a group is its bodies gzipped together (zlib -9), so
the groups add up to about the code section gzipped on its own.
"""
import collections
import re
import sys
import zlib

SECTION_NAMES = {0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory',
                 6: 'global', 7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data',
                 12: 'data count'}

# (pattern on the function's own name, group); the first match wins.
GROUPS = [
    (r'^precis::internal::AnalyzeText$', 'core: AnalyzeText (the pipeline, inlined)'),
    (r'^precis::SummarizeJson$', 'api: SummarizeJson (Summarize and the envelope, inlined)'),
    (r'nlohmann', 'nlohmann/json (options parse, envelope dump, document)'),
    (r'^precis::(ParseOptionsJson|ContractJson|ErrorEnvelope)$|OptionTypeError|FindOption'
     r'|UnknownOption|CheckNumber|TooManyLengths', 'api: options and contract'),
    (r'^std::__2::__(sort|insertion_sort|stable_sort|inplace_merge|merge|buffered_inplace|sort3'
     r'|sort4|sort5|partial_sort|nth_element|floyd|sift|pop_heap|make_heap|partition|selection)',
     'libc++ sort and merge instantiations'),
    (r'__hash_table|unordered_|__next_prime', 'libc++ hash tables'),
    (r'^std::', 'libc++ other (strings, vectors, ...)'),
    (r'^emscripten::|embind|^\(anonymous namespace\)::', 'embind bindings'),
    (r'^(malloc|free|realloc|calloc|dispose_chunk|internal_memalign|sbrk|try_realloc_chunk'
     r'|prepend_alloc|tmalloc_|release_|init_|sys_alloc|change_mparams|posix_memalign'
     r'|aligned_alloc|memalign|emscripten_builtin)', 'dlmalloc'),
    (r'printf|^fmt_|^pop_arg|^out$|^pad|^__towrite|^__fwrite|^fputs|^sn_write|^frexp|^wctomb'
     r'|^wcrtomb|^strtod|^__floatscan|^__intscan|^scanexp|^decfloat|^hexfloat|^__shgetc'
     r'|^__shlim|^strerror|^__lctrans', 'libc printf and strtod'),
    (r'^__(div|mul|add|sub|extend|trunc|fix|float|lt|ge|eq|ne|le|unord|ashl|lshr|ashr|udiv|umod'
     r'|mod)[a-z0-9]*$|^__fe_', 'compiler-rt (long double arithmetic)'),
    (r'_UTF_8_|^r_|^SN_|find_among|slice_|_grouping|^eq_s|^replace_s|^skip_utf8|^insert_'
     r'|^len_utf8|_env$|^sb_stemmer', 'Snowball stemmer'),
    (r'^__cxa|^__cxxabiv1|^__dynamic_cast|^operator (new|delete)|^std::terminate',
     'libc++abi (RTTI, new)'),
    (r'^precis::internal::keyfacts|Fact', 'core: key facts'),
    (r'^precis::internal::junk', 'core: junk removal'),
    (r'Date|Month|Year|Weekday', 'core: dates'),
    (r'Tokeniz|LineSplitter|Segment|Sentence|Abbrev', 'core: segmentation, tokens'),
    (r'FoldCase|Unicode|Utf8|Utf16|Compose|ToLower|Unpack|UnicodeMaps', 'core: Unicode'),
    (r'Language|Trigram|Profile|Stopword', 'core: language detection'),
    (r'^precis::', 'core: other'),
    (r'^[a-z_]', 'libc and libm, other'),
]


def leb(data, i):
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def read_module(data):
    if data[:4] != b'\0asm':
        sys.exit('wasm-size: not a WebAssembly module')
    sections, i = [], 8
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        sections.append((sid, i, size))
        i += size
    imported, bodies, names = 0, [], {}
    for sid, off, size in sections:
        if sid == 2:
            n, j = leb(data, off)
            for _ in range(n):
                for _ in range(2):
                    length, j = leb(data, j)
                    j += length
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif kind in (1, 2):
                    if kind == 1:
                        j += 1
                    flags = data[j]
                    _, j = leb(data, j + 1)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:
                    j += 2
        elif sid == 10:
            n, j = leb(data, off)
            for k in range(n):
                size_k, j = leb(data, j)
                bodies.append((imported + k, data[j:j + size_k]))
                j += size_k
        elif sid == 0:
            length, j = leb(data, off)
            if data[j:j + length] != b'name':
                continue
            j += length
            while j < off + size:
                kind = data[j]
                sub, j = leb(data, j + 1)
                if kind == 1:
                    n, k = leb(data, j)
                    for _ in range(n):
                        index, k = leb(data, k)
                        length, k = leb(data, k)
                        names[index] = data[k:k + length].decode('utf-8', 'replace')
                        k += length
                j += sub
    return sections, bodies, names


def own_name(name):
    """The function's qualified name without its parameters or return type."""
    name = name.replace('(anonymous namespace)', '{anonymous}')
    depth, end = 0, len(name)
    for i, c in enumerate(name):
        if c == '<':
            depth += 1
        elif c == '>':
            depth -= 1
        elif c == '(' and depth == 0 and i > 0:
            end = i
            break
    head = name[:end]
    # A template function's name starts with its return type: keep what
    # follows the last space outside template arguments.
    depth, start = 0, 0
    for i, c in enumerate(head):
        if c == '<':
            depth += 1
        elif c == '>':
            depth -= 1
        elif c == ' ' and depth == 0 and not head[:i].endswith('operator'):
            start = i + 1
    return head[start:].replace('{anonymous}', '(anonymous namespace)')


def main():
    args = sys.argv[1:]
    top = 25
    if '--top' in args:
        at = args.index('--top')
        top = int(args[at + 1])
        del args[at:at + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    data = open(args[0], 'rb').read()
    sections, bodies, names = read_module(data)
    print(f'{args[0]}: {len(data)} bytes, {len(zlib.compress(data, 9))} gzipped')
    print(f'{"section":<12} {"bytes":>9} {"gzipped":>8}')
    for sid, off, size in sections:
        z = len(zlib.compress(data[off:off + size], 9))
        print(f'{SECTION_NAMES.get(sid, sid):<12} {size:9d} {z:8d}')
    if not names:
        print('no name section: link with --profiling-funcs to group the functions')
        return
    groups = collections.OrderedDict()
    for index, body in bodies:
        name = own_name(names.get(index, ''))
        group = 'unnamed'
        for pattern, label in GROUPS:
            if re.search(pattern, name):
                group = label
                break
        entry = groups.setdefault(group, [0, bytearray()])
        entry[0] += 1
        entry[1] += body
    print(f'\n{"bytes":>8} {"gzipped":>8} {"funcs":>5}  function bodies by kind')
    total = total_z = 0
    for label, (count, blob) in sorted(groups.items(), key=lambda g: -len(g[1][1])):
        z = len(zlib.compress(bytes(blob), 9))
        total += len(blob)
        total_z += z
        print(f'{len(blob):8d} {z:8d} {count:5d}  {label}')
    print(f'{total:8d} {total_z:8d}        all')
    print(f'\n{"bytes":>8} {"gzipped":>8}  largest functions')
    ranked = sorted(bodies, key=lambda b: -len(b[1]))[:top]
    for index, body in ranked:
        print(f'{len(body):8d} {len(zlib.compress(body, 9)):8d}  {names.get(index, "?")[:100]}')


if __name__ == '__main__':
    main()
