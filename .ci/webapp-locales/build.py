"""Builds app/<app>/locales/zh.json for Camunda 7.24 webapps: the key set and order of the shipped en.json,
values from the community zh-CN.json (Apache-2.0) where present, else from overrides.py; dateLocales from overrides."""
import json, sys, re
from overrides import COMMON, DATE, APPS
src, out = sys.argv[1], sys.argv[2]
def flat(d, p=''):
    o = {}
    if isinstance(d, dict):
        for k, v in d.items(): o.update(flat(v, p + '.' + k if p else k))
    elif isinstance(d, list):
        for i, v in enumerate(d): o.update(flat(v, f'{p}[{i}]'))
    else: o[p] = d
    return o
for app, extra in APPS.items():
    en = json.load(open(f'{src}/{app}.en.json', encoding='utf-8-sig'))
    zh = flat(json.load(open(f'{src}/{app}.zh-CN.json', encoding='utf-8-sig')))
    zh.update(COMMON); zh.update(extra)
    res = {}
    for top, val in en.items():
        if top == 'dateLocales':
            res[top] = DATE
        elif top == 'labels':
            missing = [k for k in val if f'labels.{k}' not in zh]
            if missing: sys.exit(f'{app}: no translation for {missing}')
            res[top] = {k: zh[f'labels.{k}'] for k in val}
        else:
            sys.exit(f'{app}: unexpected top-level key {top}')
    json.dump(res, open(f'{out}/{app}/locales/zh.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
    open(f'{out}/{app}/locales/zh.json', 'a').write('\n')
