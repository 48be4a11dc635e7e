#!/usr/bin/env python3
"""Writes a hostile seeds folder: script in every field a source can carry, odd and long file names, deep
folders, an 11 MB single line, symbolic links out of the folder. Usage: make_corpus.py DIR [MEGABYTES].
DIR/seeds is the seeds folder; DIR/outside holds what the links point at (it must never reach the site).
A script that runs sets data-pwned="1" on the page's root element; the browser check looks for that."""
import os, sys, pathlib

root = pathlib.Path(sys.argv[1])
megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 11
seeds, outside = root / "seeds", root / "outside"
SET = "document.documentElement.setAttribute('data-pwned','1')"
PAYLOADS = [
    f"<script>{SET}</script>",
    f'<img src=x onerror="{SET}">',
    f"<svg onload=\"{SET}\"></svg>",
    f'"><script>{SET}</script>',
    f"'><img src=x onerror={SET}>",
    f"javascript:{SET}",
    f"</textarea></title><script>{SET}</script>",
    f"{{{{{SET}}}}} {{{{{{x}}}}}} {{{{#a}}}}",
    "\u202eevil\u202c \u0000 \ufeff",
]
P = " ".join(PAYLOADS)
# YAML allows no control characters: the analyst's fields get every payload but the NUL.
q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\u0000", "") + '"'

def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

# A plain text source: script in the headline, prose, a caption and its credit, boilerplate.
write(seeds / "script-everywhere.txt", f"""Minister Maria Lopez {P}

Maria Lopez said on 3 May 2021 in Lisbon: “{P},” and left. The Port Authority <b>denied</b> it.

[Photo: {P} / Reuters]

In this photo taken on Monday, Maria Lopez {P} walks in Lisbon.
AP Photo/{P}

Sign up for our newsletter {P}
""")
# A Markdown source: script in front matter, raw HTML blocks and inline HTML, links and images.
write(seeds / "front matter.md", f"""---
title: {q("Front matter " + PAYLOADS[0])}
published: 2021-05-04
outlet: {q("Outlet " + PAYLOADS[1])}
url: "https://example.com/?q='onmouseover='x&amp;#"
author: {q(PAYLOADS[3])}
---

# Heading {P}

<div onmouseover="{SET}">raw block</div>

Inline <span onclick="{SET}">html</span> and [a link](javascript:{SET}) and [data](data:text/html,<script>{SET}</script>)
and ![img](x" onerror="{SET}) and <{SET}> and [ok](https://example.com/"onmouseover="{SET}).

> Maria Lopez said “{PAYLOADS[0]}”.
""")
# Odd and long file names, and a deep folder.
odd = ["<script>alert(1)<\u2044script>.txt", "quote\"s and 'apostrophes'.txt", "per%cent #hash ?query.txt",
       "spaces   and\ttab.txt", "ünïcödé — ダッシュ.txt", "-leading-dash.txt", "UPPER.TXT", "a" * 200 + ".txt",
       "dots...txt", "semi;colon&amp.txt"]
for i, name in enumerate(odd):
    write(seeds / "odd" / name, f"Odd name {i} {PAYLOADS[i % len(PAYLOADS)]}\n\nMaria Lopez met the Port Authority in Lisbon on {i + 1} June 2020.\n")
deep = seeds.joinpath(*[f"level{i}" for i in range(40)])
write(deep / "deep.txt", "Deep article\n\nMaria Lopez was in Lisbon in 2019.\n")
# One paragraph of many megabytes on a single line.
sentence = "Maria Lopez met officials of the Port Authority in Lisbon on 3 May 2021 and said nothing. "
count = int(megabytes * 1_000_000 / len(sentence))
write(seeds / "huge.txt", "A huge single line\n\n" + sentence * count + "\n")
# Links out of the folder, to a file and to a folder, and one that stays inside.
write(outside / "secret.txt", "Secret headline PRIVATE-MARKER\n\nPRIVATE-MARKER paragraph.\n")
write(outside / "folder" / "private.txt", "Private PRIVATE-MARKER\n\nPRIVATE-MARKER.\n")
for name, target in [("linked-secret.txt", "../outside/secret.txt"), ("linked-folder", "../outside/folder"),
                     ("absolute-secret.txt", str((outside / "secret.txt").resolve())), ("inside-again.txt", "script-everywhere.txt")]:
    link = seeds / name
    if link.is_symlink() or link.exists(): link.unlink()
    os.symlink(target, link)
# The analyst's file: script in every field it has.
write(seeds / "dossier.yml", f"""title: {q("Dossier " + P)}
description: {q("Description " + P + " [x](javascript:alert(1))")}
sources:
  script-everywhere.txt:
    outlet: {q(P)}
    author: {q(P)}
    url: "https://example.com/a?'onerror='x"
entities:
  - name: Maria Lopez
    kind: person
    aliases: [{q("Lopez " + PAYLOADS[0])}]
    note: {q("Note " + P)}
  - name: {q("Evil " + PAYLOADS[1])}
    kind: organization
ignore: [{q(PAYLOADS[2])}]
annotations:
  - source: script-everywhere.txt
    quote: and left
    note: {q("Annotation " + P)}
    tags: [{q(PAYLOADS[0])}, {q(PAYLOADS[1])}]
events:
  - date: 2021-05
    title: {q("Event " + P)}
    note: {q("Event note " + P)}
    entities: [Maria Lopez]
    sources: [script-everywhere.txt]
""")
print(seeds)
