#!/usr/bin/env python3
"""Splits an optimised wasm file (built with a name section, see `make size-shares`) into parts
by function name and prints each part's raw and gzip size as a Markdown table row.

Generic code is counted where it was instantiated, so yew's component code for our views
counts as "UI component views". Each part is gzipped on its own, so the parts add up to a
little less than the whole file gzipped.
"""
import sys,gzip,re,collections
data = open(sys.argv[1], 'rb').read()
def leb(b,i):
    r=0;s=0
    while True:
        x=b[i];i+=1;r|=(x&0x7f)<<s;s+=7
        if x<0x80:return r,i
i=8;nimports=0;bodies=[];names={};datab=b''
while i<len(data):
    sid=data[i];i+=1;size,i=leb(data,i);start=i
    if sid==2:
        j=start;n,j=leb(data,j)
        for _ in range(n):
            l,j=leb(data,j);j+=l;l,j=leb(data,j);j+=l
            kind=data[j];j+=1
            if kind==0: _,j=leb(data,j);nimports+=1
            elif kind==1: j+=1;fl,j=leb(data,j);_,j=leb(data,j); j= leb(data,j)[1] if fl&1 else j
            elif kind==2: fl,j=leb(data,j);_,j=leb(data,j); j= leb(data,j)[1] if fl&1 else j
            elif kind==3: j+=2
    if sid==10:
        j=start;n,j=leb(data,j)
        for k in range(n):
            l,j=leb(data,j);bodies.append(data[j:j+l]);j+=l
    if sid==11:
        datab=data[start:start+size]
    if sid==0:
        j=start;l,j=leb(data,j);nm=data[j:j+l];j+=l
        if nm==b'name':
            while j<start+size:
                sub=data[j];j+=1;sl,j=leb(data,j);se=j+sl
                if sub==1:
                    n,j=leb(data,j)
                    for _ in range(n):
                        idx,j=leb(data,j);l,j=leb(data,j);names[idx]=data[j:j+l].decode('utf8','replace');j+=l
                j=se
    i=start+size
def cat(n):
    for k in ['toml','upon','pulldown_cmark','serde_json']:
        if k in n: return k
    if 'CompStateInner' in n and '::view' in n: return 'UI component views (with inlined engine and pulldown-cmark code)'
    if 'avv::ui' in n: return 'UI other'
    if 'avv::engine' in n: return 'engine'
    if 'yew' in n or 'implicit_clone' in n: return 'yew'
    if 'serde' in n: return 'serde'
    if 'web_sys' in n or 'js_sys' in n or 'wasm_bindgen' in n or 'gloo' in n: return 'bindgen'
    return 'std'
groups=collections.defaultdict(list)
for k,b in enumerate(bodies):
    groups[cat(names.get(k+nimports,''))].append(b)
groups['data segment']=[datab]
tot_raw=sum(len(b) for v in groups.values() for b in v)
rows=[(k,sum(len(b) for b in v),len(gzip.compress(b''.join(v),9))) for k,v in groups.items()]
tg=sum(r[2] for r in rows)
print(f'code and data: {tot_raw} bytes raw, {tg} bytes gzip (parts gzipped separately)')
for k,r,g in sorted(rows,key=lambda x:-x[2]):
    print(f"| {k} | {r/1000:.0f} KB | {g/1000:.0f} KB | {100*g/tg:.0f} % |")
