#!/usr/bin/env python3
"""Static figures of a built site: the largest HTML pages, and how many clicks from index.html each page
is (following the links in the pages, as a reader would). Prints one line per figure; exit status 0."""
import os, re, sys
from collections import deque
from urllib.parse import unquote

site = sys.argv[1]
limit = int(sys.argv[2]) if len(sys.argv) > 2 else 3
pages = {}
for folder, _, files in os.walk(site):
    for f in files:
        if f.endswith('.html') and not f.endswith('-check.html'):  # the check's own pages
            path = os.path.relpath(os.path.join(folder, f), site).replace(os.sep, '/')
            pages[path] = os.path.getsize(os.path.join(folder, f))
link = re.compile(r'href="([^"#?:]+\.html)[^"]*"')

def links(path):
    with open(os.path.join(site, path), encoding='utf-8') as fh:
        text = fh.read()
    base = os.path.dirname(path)
    for href in link.findall(text):
        target = os.path.normpath(os.path.join(base, unquote(href))).replace(os.sep, '/')
        if target in pages:
            yield target

depth = {'index.html': 0}
queue = deque(['index.html'])
while queue:
    page = queue.popleft()
    if depth[page] >= limit:
        continue
    for target in links(page):
        if target not in depth:
            depth[target] = depth[page] + 1
            queue.append(target)
unreached = sorted(p for p in pages if p not in depth)
biggest = sorted(pages.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print('pages %d' % len(pages))
print('largest %s' % ' '.join('%s=%d' % kv for kv in biggest))
print('maxbytes %d %s' % (biggest[0][1], biggest[0][0]))
print('deepest %d' % max(depth.values()))
print('unreached %d %s' % (len(unreached), ' '.join(unreached[:8])))
