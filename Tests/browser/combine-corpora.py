#!/usr/bin/env python3
"""Builds a large seeds folder from copies of real corpora, for measuring the site at thousands of
articles: `combine-corpora.py OUT SEEDS[:COPIES] ...`. Each copy goes in its own sub-folder (a collection),
named after the corpus folder, and the corpus's dossier.yml `sources:` entries follow it. The corpora stay
where they are; OUT is meant to be a temporary folder (corpus text is never committed)."""
import os, shutil, sys
import yaml

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
merged = {'title': 'Combined corpora', 'sources': {}}
for arg in sys.argv[2:]:
    seeds, _, copies = arg.partition(':')
    name = os.path.basename(os.path.dirname(os.path.abspath(seeds))) if os.path.basename(seeds.rstrip('/')) == 'seeds' else os.path.basename(seeds.rstrip('/'))
    config = {}
    if os.path.exists(os.path.join(seeds, 'dossier.yml')):
        with open(os.path.join(seeds, 'dossier.yml'), encoding='utf-8') as fh:
            config = yaml.safe_load(fh) or {}
    for k in range(int(copies or 1)):
        folder = name if k == 0 else '%s-%d' % (name, k + 1)
        for entry in sorted(os.listdir(seeds)):
            if entry == 'dossier.yml' or entry.startswith('.'):
                continue
            src = os.path.join(seeds, entry)
            if os.path.isfile(src):
                os.makedirs(os.path.join(out, folder), exist_ok=True)
                shutil.copyfile(src, os.path.join(out, folder, entry))
        for path, meta in sorted((config.get('sources') or {}).items()):
            merged['sources']['%s/%s' % (folder, path)] = dict(meta)
with open(os.path.join(out, 'dossier.yml'), 'w', encoding='utf-8') as fh:
    class Plain(yaml.SafeDumper):
        def ignore_aliases(self, data):
            return True
    yaml.dump(merged, fh, Dumper=Plain, allow_unicode=True, sort_keys=True)
